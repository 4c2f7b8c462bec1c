/** Figure data is computed from the text: recount it here another way and compare. */
import { describe, expect, it } from 'vitest';
import { countMentions } from '../../src/lib/figures/mentions.ts';
import { mentionsData, structureData } from '../../src/lib/figures/data.ts';
import { readReport, readCollection } from '../helpers/content.ts';
import { themeSchema } from '../../src/schemas/themes.ts';

const themes = readCollection('content/themes/themes.yaml', themeSchema);

describe.each(['zh', 'en'] as const)('%s figures', (lang) => {
  const parts = readReport(lang).map((p) => ({ label: p.label, title: p.title, outline: p.outline }));
  it('structure: paragraphs per part add up to 57, recommendations the longest at 18', () => {
    const { bars } = structureData(parts);
    expect(bars.reduce((a, b) => a + b.value, 0)).toBe(57);
    expect(bars.map((b) => b.value)).toEqual([6, 4, 7, 15, 18, 7]);
  });
});

describe('mentions: paragraphs per theme and part, judged from the Chinese source', () => {
  const zh = readReport('zh').map((p) => ({ label: p.label, title: p.title, outline: p.outline }));
  const en = readReport('en').map((p) => ({ label: p.label, title: p.title, outline: p.outline }));
  const list = themes.map((t) => ({ label: t.label.zh, forms: t.forms.zh }));
  const grid = mentionsData(zh, zh, list);
  it('counts, in each part, the paragraphs whose Chinese text uses one of the theme’s terms (a recount by substring)', () => {
    themes.forEach((theme, row) => {
      zh.forEach((part, column) => {
        const recount = part.outline.paragraphs.filter((p) => theme.forms.zh.some((form) => p.text.replace(/\[\^\d+\]/g, '').includes(form))).length;
        expect(grid.values[row]?.[column], `${theme.id} in ${part.title}`).toBe(recount);
      });
    });
    // A count is of paragraphs: never more than the part has.
    grid.values.forEach((row) => row.forEach((v, column) => expect(v).toBeLessThanOrEqual(zh[column]!.outline.paragraphs.length)));
  });
  it('gives the English figure the same numbers as the Chinese one, under English labels', () => {
    const english = mentionsData(
      en,
      zh,
      themes.map((t) => ({ label: t.label.en, forms: t.forms.zh })),
    );
    expect(english.values).toEqual(grid.values);
    expect(english.columns).toEqual(en.map((p) => p.title));
    expect(english.rows).toEqual(themes.map((t) => t.label.en));
  });
  it('says which part does not line up with the source, if the parts differ', () => {
    const shifted = [...zh.slice(1), zh[0]!];
    expect(() => mentionsData(en, shifted, list)).toThrow(/part 1 \("[^"]+"\) does not have the same paragraphs as the Chinese source/);
  });
});

describe('countMentions', () => {
  it.each([
    ['交叉性和交叉方法', ['交叉性', '交叉'], 'zh', 2],
    ['Data, data and metadata', ['data'], 'en', 2],
    ['financing and finance, funding', ['financ', 'funding'], 'en', 3],
  ] as const)('%s counts %i', (text, forms, lang, expected) => {
    expect(countMentions(text, forms, lang)).toBe(expected);
  });
});
