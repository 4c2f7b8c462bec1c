/**
 * The dictionaries hold only strings the site uses: every key of src/i18n is named in the code of
 * src/ or scripts/, or belongs to a family the code builds from a value (a component's letter, a
 * stage, a rating level, an import error's code), or is one the tool's script asks for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zh } from '../../src/i18n/zh.ts';
import { scriptNeeds } from '../../src/lib/prioritise/strings.ts';
import { listFilesDeep } from '../../src/build/files.ts';
import { ROOT } from '../helpers/content.ts';

const code = ['src', 'scripts']
  .flatMap((dir) => [...listFilesDeep(join(ROOT, dir), '.ts'), ...listFilesDeep(join(ROOT, dir), '.astro')])
  .filter((file) => !file.includes(`${join('src', 'i18n')}`))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

/** Keys the code builds from a value, e.g. t(`toolkit.component.${letter}`). */
const FAMILIES = ['toolkit.component.', 'toolkit.stage.'];

const named = (key: string) => ["'", '"', '`'].some((q) => code.includes(`${q}${key}${q}`));
const used = (key: string) =>
  named(key) || FAMILIES.some((f) => key.startsWith(f) && code.includes(`\`${f}\${`)) || (key.startsWith('tool.') && scriptNeeds(key.slice('tool.'.length)));

describe('the interface strings', () => {
  it('are all used', () => {
    expect(Object.keys(zh).filter((k) => !used(k))).toEqual([]);
  });
  it('the check finds a key nothing uses', () => {
    expect(used('figures.all')).toBe(false);
    expect(used('nav.home')).toBe(true);
    expect(used('toolkit.component.c')).toBe(true);
    expect(used('tool.err.proto-key')).toBe(true);
  });
});
