/** What the tool's page script parts share (src/client/prioritise/context.ts): its translator and lists. */
import { describe, expect, it } from 'vitest';
import { joinList, translator } from '../../src/client/prioritise/context.ts';
import { zh } from '../../src/i18n/zh.ts';
import { en } from '../../src/i18n/en.ts';
import { uiData } from '../../src/i18n/format.ts';

describe('the tool script translator', () => {
  const s = translator({ 'tool.kept': '{n} could not be read', 'tool.importedName': '{name} (imported {date})', 'tool.saved': 'Saved.' });

  it('takes the string under tool. and fills its placeholders', () => {
    expect(s('saved')).toBe('Saved.');
    expect(s('kept', { n: 2 })).toBe('2 could not be read');
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
  ] as const)('chooses the plural form of a %s string for its count, as the page sends it', (lang, dict) => {
    const strings = { 'tool.kept': uiData(dict['tool.kept']) };
    const one = translator(strings, lang)('kept', { n: 1 });
    const two = translator(strings, lang)('kept', { n: 2 });
    if (lang === 'en') {
      expect(one).toMatch(/^1 analysis saved .* It is kept/);
      expect(two).toMatch(/^2 analyses saved .* They are kept/);
    } else {
      // Chinese has one form: only the number changes.
      expect(one).toContain('1 项分析');
      expect(two).toBe(one.replace('1 项', '2 项'));
    }
  });
});

describe('lists in a sentence', () => {
  it('are joined as each language lists them', () => {
    expect(joinList('en')(['women', 'youth'])).toBe('women, youth');
    expect(joinList('zh')(['妇女', '青年'])).toBe('妇女、青年');
    expect(joinList('en')([])).toBe('');
  });
});
