/** What the tool's page script parts share (src/scripts/prioritise/context.ts): its translator and lists. */
import { describe, expect, it } from 'vitest';
import { joinList, translator } from '../../src/scripts/prioritise/context.ts';
import { scriptNeeds } from '../../src/lib/prioritise/strings.ts';
import { zh } from '../../src/i18n/zh.ts';
import { en } from '../../src/i18n/en.ts';

describe('the tool script translator', () => {
  const s = translator({ 'tool.skipped': '{n} could not be read', 'tool.importedName': '{name} (imported {date})', 'tool.saved': 'Saved.' });

  it('takes the string under tool. and fills its placeholders', () => {
    expect(s('saved')).toBe('Saved.');
    expect(s('skipped', { n: 2 })).toBe('2 could not be read');
    expect(s('importedName', { name: 'Viet Nam', date: '2026-12-02' })).toBe('Viet Nam (imported 2026-12-02)');
  });
  it('leaves a placeholder without a value as it is, so it shows', () => {
    expect(s('importedName', { name: 'Viet Nam' })).toBe('Viet Nam (imported {date})');
  });
  it('shows a key the page did not send as itself', () => {
    expect(s('copied')).toBe('copied');
  });
  it.each([
    ['zh', zh],
    ['en', en],
  ] as const)('gets only plain strings from the %s dictionary (it fills, it does not choose plural forms)', (_, dict) => {
    const script = Object.entries(dict).filter(([k]) => k.startsWith('tool.') && scriptNeeds(k.slice('tool.'.length)));
    expect(script.length).toBeGreaterThan(40);
    for (const [key, value] of script) expect(typeof value, key).toBe('string');
  });
});

describe('lists in a sentence', () => {
  it('are joined as each language lists them', () => {
    expect(joinList('en')(['women', 'youth'])).toBe('women, youth');
    expect(joinList('zh')(['妇女', '青年'])).toBe('妇女、青年');
    expect(joinList('en')([])).toBe('');
  });
});
