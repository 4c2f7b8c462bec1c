/** Figure data is computed from the text: recount it here another way and compare. */
import { describe, expect, it } from 'vitest';
import { countMentions } from '../../src/lib/figures/mentions.ts';
import { mentionsData, structureData } from '../../src/lib/figures/data.ts';
import { readReport, readYamlList } from '../helpers/content.ts';

interface Theme { id: string; label: { zh: string; en: string }; forms: { zh: string[]; en: string[] } }
const themes = readYamlList<Theme>('content/themes/themes.yaml');

describe.each(['zh', 'en'] as const)('%s figures', (lang) => {
  const parts = readReport(lang).map((p) => ({ label: p.label, title: p.title, outline: p.outline }));
  it('structure: paragraphs per part add up to 57, recommendations the longest at 18', () => {
    const { bars } = structureData(parts);
    expect(bars.reduce((a, b) => a + b.value, 0)).toBe(57);
    expect(bars.map((b) => b.value)).toEqual([6, 4, 7, 15, 18, 7]);
  });
  it('mentions: single-form themes equal a plain recount of the text', () => {
    const single = themes.filter((t) => t.forms[lang].length === 1);
    const grid = mentionsData(parts, single.map((t) => ({ label: t.label[lang], forms: t.forms[lang] })), lang);
    single.forEach((theme, row) => {
      parts.forEach((part, column) => {
        const text = part.outline.paragraphs.map((p) => p.text.replace(/\[\^\d+\]/g, '')).join('\n');
        const form = theme.forms[lang][0] ?? '';
        const recount = lang === 'zh' ? text.split(form).length - 1 : (text.toLowerCase().match(new RegExp(`(?<![a-z])${form.toLowerCase()}`, 'g')) ?? []).length;
        expect(grid.values[row]?.[column], `${theme.id} in ${part.title}`).toBe(recount);
      });
    });
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
