/**
 * The stylesheets: breakpoints are named once (src/styles/media.css) and used by name, and every
 * colour a rule uses is a token of tokens.css, so a width or a colour is changed in one place.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFilesDeep } from '../../scripts/files.ts';
import { ROOT } from '../helpers/content.ts';

const styles = [...listFilesDeep(join(ROOT, 'src'), '.css'), ...listFilesDeep(join(ROOT, 'src'), '.astro')].map((file) => ({
  file: relative(ROOT, file),
  text: readFileSync(file, 'utf8'),
}));
const media = readFileSync(join(ROOT, 'src/styles/media.css'), 'utf8');
const named = new Set([...media.matchAll(/@custom-media (--[\w-]+)/g)].map((m) => m[1]));

describe('breakpoints', () => {
  it('are written as widths only in src/styles/media.css', () => {
    const raw = styles.filter((s) => s.file !== 'src/styles/media.css' && /@media[^{]*\((min|max)-width/.test(s.text)).map((s) => s.file);
    expect(raw).toEqual([]);
  });
  it('are used by a name media.css defines, by files that import it', () => {
    expect(named.size).toBeGreaterThan(3);
    for (const { file, text } of styles.filter((s) => s.file !== 'src/styles/media.css')) {
      const used = [...text.matchAll(/@media[^{]*\((--[\w-]+)\)/g)].map((m) => m[1]);
      for (const name of used) expect(named, `${file}: ${name}`).toContain(name);
      if (used.length > 0) expect(text, file).toContain("@import './media.css';");
    }
  });
});

describe('colours', () => {
  it('every var(--color-…) a rule uses is defined in tokens.css, without a fallback', () => {
    const tokens = readFileSync(join(ROOT, 'src/styles/tokens.css'), 'utf8');
    const defined = new Set([...tokens.matchAll(/(--color-[\w-]+):/g)].map((m) => m[1]));
    for (const { file, text } of styles) {
      for (const m of text.matchAll(/var\((--color-[\w-]+)(,[^)]*)?\)/g)) {
        expect(defined, `${file}: ${m[0]}`).toContain(m[1]);
        expect(m[2], `${file}: ${m[0]} repeats the token's value as a fallback`).toBeUndefined();
      }
    }
  });
});
