/**
 * The A–Z index (src/lib/term-index/): every glossary term, group and factor is in it; each paragraph it
 * links uses the entry's term or one of its declared forms, and every paragraph that writes a Chinese form
 * is linked; English is in A–Z order and Chinese in 拼音 order (known pairs); mixed-language result titles
 * mark their other-language part.
 */
import { describe, expect, it } from 'vitest';
import { readCollection, readReport } from '../helpers/content.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { groupSchema } from '../../src/schemas/groups.ts';
import { factorSchema } from '../../src/schemas/factors.ts';
import { translatedText } from '../../src/schemas/translated.ts';
import { readersWordSchema } from '../../src/schemas/readers-words.ts';
import { buildIndex, indexLetter, indexOrder, type IndexEntry } from '../../src/lib/term-index/build.ts';
import { indexSources } from '../../src/lib/term-index/sources.ts';
import { titleParts } from '../../src/lib/search/title-lang.ts';

const terms = readCollection('content/glossary/terms.yaml', glossarySchema);
const groups = readCollection('content/groups/groups.yaml', groupSchema);
const factors = readCollection('content/factors/factors.yaml', factorSchema);
const words = readCollection('content/readers-words/readers-words.yaml', readersWordSchema);
const LANGS = ['zh', 'en'] as const;

const paragraphsOf = (lang: 'zh' | 'en') => readReport(lang).flatMap((p) => p.outline.paragraphs);
const plain = (text: string, lang: 'zh' | 'en') => text.replace(/\[\^\d+\]/g, '').replace(/\n/g, lang === 'zh' ? '' : ' ');
const index = Object.fromEntries(LANGS.map((lang) => [lang, buildIndex(indexSources(lang, { terms, groups, factors, words }), paragraphsOf(lang), lang)]));
const entries = (lang: 'zh' | 'en'): IndexEntry[] => (index[lang] ?? []).flatMap((l) => l.entries);
const entry = (lang: 'zh' | 'en', id: string) => entries(lang).find((e) => e.id === id);

describe.each(LANGS)('the %s index', (lang) => {
  const texts = new Map(paragraphsOf(lang).map((p) => [p.n, plain(p.text, lang)]));

  it('holds every glossary term, the 18 groups and the five factors, under their own names', () => {
    expect(groups).toHaveLength(18);
    expect(factors).toHaveLength(5);
    const labels = new Map(entries(lang).map((e) => [e.id, e.label]));
    for (const t of terms) expect(labels.get(`term-${t.id}`), t.id).toBe(t.term[lang]);
    for (const g of groups) expect(labels.get(`group-${g.id}`), g.id).toBe(g.name[lang]);
    for (const f of factors) expect(labels.get(`factor-${f.id}`), f.id).toBe(f.name[lang]);
  });

  it('holds every reader’s word (content/readers-words/), each naming the text’s own terms and linking the paragraphs that use them', () => {
    expect(words.length).toBeGreaterThan(10);
    const byLabel = new Map(entries(lang).map((e) => [e.label.toLowerCase(), e]));
    for (const w of words)
      for (const word of w.words[lang]) {
        const found = byLabel.get(word.toLowerCase());
        expect(found, `${w.id}: ${word}`).toBeDefined();
        if (found?.kind !== 'word') continue;
        expect(found.says).toEqual(w.says[lang]);
        expect(found.paragraphs.length, `${w.id}: ${word}`).toBeGreaterThan(0);
      }
  });

  it('links only paragraphs whose text writes the entry in one of its declared forms', () => {
    const declared = new Map<string, readonly string[]>([
      ...terms.map((t) => [`term-${t.id}`, [...t.forms[lang], ...(t.aliases?.[lang] ?? [])]] as const),
      ...groups.map((g) => [`group-${g.id}`, g.forms?.[lang] ?? []] as const),
      ...factors.map((f) => [`factor-${f.id}`, f.forms?.[lang] ?? []] as const),
      // A reader's word links the paragraphs that use the text's own terms for it (its `says`).
      ...words.flatMap((w) => w.words[lang].map((_, i) => [`word-${w.id}-${i}`, w.says[lang]] as const)),
    ]);
    let links = 0;
    for (const e of entries(lang).filter((x) => !x.see)) {
      const forms = declared.get(e.id) ?? [];
      for (const n of e.paragraphs) {
        const text = texts.get(n) ?? '';
        // Case folded, as a plain substring: a looser rule than the index's own, never a stricter one.
        expect(
          forms.some((f) => text.toLowerCase().includes(f.toLowerCase())),
          `${e.label}: ¶${n} uses none of ${forms.join(' / ')}`,
        ).toBe(true);
        links += 1;
      }
    }
    expect(links).toBeGreaterThan(300);
  });

  it('links each glossary term to the paragraph the glossary says defines or first uses it', () => {
    for (const t of terms) expect(entry(lang, `term-${t.id}`)?.paragraphs, t.id).toContain(t.paragraph);
  });

  it('leaves out no paragraph that writes a Chinese form (a substring there)', () => {
    if (lang !== 'zh') return;
    for (const t of terms)
      for (const [n, text] of texts)
        if (t.forms.zh.some((f) => text.includes(f))) expect(entry('zh', `term-${t.id}`)?.paragraphs, `${t.id} ¶${n}`).toContain(n);
  });

  it('files every entry under letters in order, and each letter’s entries in the language’s order', () => {
    const letters = (index[lang] ?? []).map((l) => l.letter);
    expect(letters).toEqual([...letters].sort());
    for (const l of index[lang] ?? []) {
      for (const e of l.entries) expect(indexLetter(e.label), e.label).toBe(l.letter);
      const labels = l.entries.map((e) => e.label);
      expect(labels).toEqual([...labels].sort(indexOrder(lang)));
    }
  });
});

describe('known entries', () => {
  it('English: whole abbreviations, plural forms, and no other word', () => {
    // "UN" is a form of United Nations: ¶ that say only "UNDP" are not linked.
    const un = entry('en', 'term-united-nations')?.paragraphs ?? [];
    expect(un).toContain(3);
    expect(un).not.toContain(7);
    // The glossary's form "portfolio approach" is written "portfolio approaches" in ¶23.
    expect(entry('en', 'term-portfolio-approach')?.paragraphs).toContain(23);
    // The group "Migrants" is named in no numbered paragraph: the entry stays, with none.
    expect(entry('en', 'group-migrants')?.paragraphs).toEqual([]);
    expect(entry('en', 'factor-discrimination')?.paragraphs).toContain(32);
  });
  it('an abbreviation that does not start its term sends to it: "RFBF, see reaching the furthest behind first (RFBF)", in both languages', () => {
    expect(entry('en', 'term-reaching-the-furthest-behind-first-RFBF')?.see).toEqual({
      id: 'term-reaching-the-furthest-behind-first',
      label: 'reaching the furthest behind first (RFBF)',
    });
    expect(entry('zh', 'term-reaching-the-furthest-behind-first-RFBF')?.see?.label).toBe('首先尽力帮助落在最后面的人');
    expect(entry('en', 'term-undp-UNDP')).toBeUndefined();
  });
});

describe('order and letters', () => {
  it.each([
    ['Accelerator Labs', 'A'],
    ['“equality+”', 'E'],
    ['残疾人', 'C'],
    ['地域', 'D'],
    ['儿基会', 'E'],
    ['女性', 'N'],
    ['歧视', 'Q'],
    ['重点人群', 'Z'],
    ['长期', 'C'],
    ['LNOB', 'L'],
    ['“平等+”', 'P'],
  ])('%s is filed under %s', (label, letter) => {
    expect(indexLetter(label)).toBe(letter);
  });
  it.each([
    ['zh', '登月计划', '地域'], // deng before di (ICU alone reads 地 as "de")
    ['zh', '独立评价办公室', '对比机构'], // du before dui: syllable by syllable
    ['zh', '治理', '重点人群'], // zhi before zhong
    ['zh', '安全', '包容'],
    ['zh', 'LGBTQI', '联合国'], // lg before lian
    ['en', 'civic space', 'coronavirus disease (COVID-19)'],
    ['en', 'equality', '“equality+”'],
    ['en', 'Evaluation Learning Group', 'Examine–Empower–Enact framework'],
  ] as const)('%s: %s before %s', (lang, first, second) => {
    expect(indexOrder(lang)(first, second)).toBeLessThan(0);
    expect(indexOrder(lang)(second, first)).toBeGreaterThan(0);
  });
});

describe('a text in two languages', () => {
  it('rejects a key YAML made of an unquoted comma ({ en: lesbian, gay, … })', () => {
    expect(translatedText.safeParse({ zh: '男女同性恋', en: 'lesbian', gay: null }).success).toBe(false);
    expect(translatedText.safeParse({ zh: '男女同性恋', en: 'lesbian, gay' }).success).toBe(true);
  });
});

describe('result titles in two languages', () => {
  it('marks the Chinese part on the English page, and the English part on the Chinese page', () => {
    expect(titleParts('Global Environment Facility (GEF) · 全球环境基金', 'en')).toEqual([
      { text: 'Global Environment Facility (GEF)' },
      { text: ' · ' },
      { text: '全球环境基金', lang: 'zh-Hans' },
    ]);
    expect(titleParts('全球环境基金 · Global Environment Facility (GEF)', 'zh')).toEqual([
      { text: '全球环境基金' },
      { text: ' · ' },
      { text: 'Global Environment Facility (GEF)', lang: 'en' },
    ]);
  });
  it('leaves titles in the page’s language alone', () => {
    expect(titleParts('Paragraph 24 · Conclusion 3 · Conclusions', 'en').every((p) => p.lang === undefined)).toBe(true);
    expect(titleParts('第 24 段 · 结论三 · 四、结论', 'zh').every((p) => p.lang === undefined)).toBe(true);
    expect(titleParts('2015 年 9 月 · LNOB 标码', 'zh').every((p) => p.lang === undefined)).toBe(true);
  });
});
