/**
 * The stylesheets: breakpoints are named once (src/styles/media.css) and used by name, and every
 * colour a rule uses is a token of tokens.css, so a width or a colour is changed in one place.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFilesDeep } from '../../src/build/files.ts';
import { ROOT } from '../helpers/content.ts';
import { DARK_STEP, SCALE_STEPS, paint, scaleFill } from '../../src/lib/charts/svg.ts';
import { contrast } from '../helpers/contrast.ts';

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

describe('chart colours', () => {
  // The builders of every chart: the figures' (charts/ and figures/views/) and the tool's ranking.
  const builders = [...listFilesDeep(join(ROOT, 'src/lib/charts'), '.ts'), ...listFilesDeep(join(ROOT, 'src/lib/figures/views'), '.ts')].map((file) => ({
    file: relative(ROOT, file),
    text: readFileSync(file, 'utf8'),
  }));
  const charts = readFileSync(join(ROOT, 'src/styles/charts.css'), 'utf8');
  const forced = charts.slice(charts.indexOf('@media (forced-colors: active)'));
  const tokens = readFileSync(join(ROOT, 'src/styles/tokens.css'), 'utf8');
  const token = (name: string) => new RegExp(`${name}:\\s*(#[0-9a-f]{3,6})`, 'i').exec(tokens)?.[1] ?? '';

  it('are written in no chart builder: no hex, rgb(), hsl() or colour name, only paints (classes) and currentColor', () => {
    expect(builders.length).toBeGreaterThan(10);
    const names = /['"](?:white|black|red|blue|green|grey|gray|navy|steelblue|orange)['"]/;
    for (const { file, text } of builders) {
      expect(text, file).not.toMatch(/#[0-9a-fA-F]{3,8}\b/);
      expect(text, file).not.toMatch(/\b(?:rgba?|hsla?)\(/);
      expect(text, file).not.toMatch(names);
    }
  });

  it('every paint a chart uses has a token rule and a system colour in forced-colours mode', () => {
    const used = new Set<string>(Object.values(paint));
    for (let k = 0; k < SCALE_STEPS; k += 1) used.add(scaleFill(k));
    expect(used.size).toBeGreaterThan(10);
    for (const cls of used) {
      const property = cls.startsWith('fill') ? 'fill' : 'stroke';
      expect(charts, cls).toMatch(new RegExp(`\\.chart \\.${cls}\\b[^{]*\\{\\s*${property}: var\\(--color-[\\w-]+\\);`));
      expect(forced, cls).toMatch(new RegExp(`\\.${cls}\\b[^{]*\\{\\s*${property}: (CanvasText|Canvas|GrayText|Highlight);`));
    }
  });

  it('the scale: its text colour reads at 4.5:1 or more on every step, dark or light', () => {
    for (let k = 0; k < SCALE_STEPS; k += 1) {
      const ground = token(`--color-scale-${k}`);
      const ink = token(k >= DARK_STEP ? '--color-accent-text' : '--color-text');
      expect(ground, `--color-scale-${k}`).not.toBe('');
      expect(contrast(ground, ink), `--color-scale-${k}`).toBeGreaterThanOrEqual(4.5);
    }
    // Marks and cell outlines: 3:1 on the page (WCAG 1.4.11).
    expect(contrast(token('--color-chart-edge'), token('--color-bg'))).toBeGreaterThanOrEqual(3);
    expect(contrast(token('--color-accent'), token('--color-bg'))).toBeGreaterThanOrEqual(3);
  });
});
