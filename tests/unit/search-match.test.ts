/**
 * Search in the evaluation's language: the glossary as the one list of equivalents (every
 * abbreviation the text uses is in it, and the index gives each record the other names of what it
 * uses), results that contain the query, the whole phrase first, excerpts from the record's own
 * text, and "Did you mean".
 */
import { describe, expect, it } from 'vitest';
import { allRecords } from '../../src/build/search-index.ts';
import {
  EQUIVALENTS_MARK,
  equivalenceGroups,
  equivalentsFor,
  mayHaveShortcut,
  phraseKey,
  phraseShortcuts,
  usesWord,
} from '../../src/lib/search/equivalents.ts';
import { containsQuery, didYouMean, editDistance, excerptFor, glossaryByTerm, longestRun, rankOrder, wordList } from '../../src/lib/search/match.ts';
import { sectionName } from '../../src/lib/search/records.ts';
import { readReport, readCollection } from '../helpers/content.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';

const terms = readCollection('content/glossary/terms.yaml', glossarySchema);
const langs = ['zh', 'en'] as const;
const paragraphs = (lang: 'zh' | 'en') =>
  readReport(lang).flatMap((p) => p.outline.paragraphs.map((x) => ({ n: x.n, text: x.text.replace(/\[\^\d+\]/g, '') })));

/**
 * Abbreviations in a paragraph: capitals (and digits) of two or more, with a hyphenated part
 * (UN-SWAP, COVID-19). Not abbreviations: Roman numerals, and the symbols of UN documents (DP/2021/28).
 */
function abbreviations(text: string): string[] {
  const withoutLinks = text.replace(/\]\([^)]*\)/g, ']');
  const found = withoutLinks.match(/(?<![\p{L}\p{N}/])[A-Z][A-Z0-9]+(?:-(?:[A-Z][A-Za-z]*|\d+))?(?![\p{L}/])/gu) ?? [];
  return found.filter((a) => !/^[IVXLC]+$/.test(a));
}

describe('the glossary is the list of equivalents', () => {
  it.each(langs)('every abbreviation the %s paragraphs use is a form or alias of a glossary term that also has a full form', (lang) => {
    const groups = equivalenceGroups(terms, lang);
    const used = new Set(paragraphs(lang).flatMap((p) => abbreviations(p.text)));
    expect(used.size).toBeGreaterThanOrEqual(lang === 'en' ? 15 : 3);
    const missing = [...used].filter(
      (a) => !groups.some((g) => g.words.some((w) => w.toLowerCase() === a.toLowerCase()) && g.words.some((w) => !/^[A-Z0-9-]+$/.test(w))),
    );
    expect(missing, `add these to content/glossary/terms.yaml (forms or aliases.${lang}) with their full form`).toEqual([]);
  });
  it('groups a term’s forms and aliases per language, leaving out words cited in passing', () => {
    const [lnob] = equivalenceGroups(
      [{ id: 'x', forms: { zh: ['不让任何一个人掉队'], en: ['leaving no one behind', 'LNOB'] }, aliases: { zh: ['LNOB'] } }],
      'zh',
    );
    expect(lnob?.words).toEqual(['不让任何一个人掉队', 'LNOB']);
    const [cross] = equivalenceGroups([{ id: 'i', forms: { zh: ['交叉性'], en: ['intersectionality'] } }], 'zh');
    expect(cross?.words).toEqual(['交叉性', 'intersectionality']);
    // A word cited in passing is left out; a dashed form gains its spelling with spaces (readers type it so).
    expect(equivalenceGroups([{ id: 'e', forms: { zh: ['审查-赋权-行动', '“审查”'], en: ['Examine–Empower–Enact', '“Examine”'] } }], 'en')).toEqual([
      { id: 'e', words: ['Examine–Empower–Enact', 'Examine Empower Enact'] },
    ]);
    expect(equivalenceGroups([{ id: 'd', forms: { zh: ['多维贫困'], en: ['multidimensional poverty', '“poverty”'] } }], 'en')).toEqual([]);
  });
  it('matches Latin words whole and Chinese as substrings', () => {
    expect(usesWord('the UN system', 'UN')).toBe(true);
    expect(usesWord('UNDP and others', 'UN')).toBe(false);
    expect(usesWord('开发署的方案', '开发署')).toBe(true);
  });
  // Computed from the glossary, not typed by hand: for every group, a record that uses one of its
  // words carries all the others, in both languages, so a query for any of them finds it.
  it.each(langs)('every %s record that uses a grouped word carries the group’s other words', (lang) => {
    const groups = equivalenceGroups(terms, lang);
    const records = allRecords('/').filter((r) => r.filters['edition']?.[0] === lang);
    let checked = 0;
    for (const record of records) {
      const own = record.content.split(EQUIVALENTS_MARK)[0] ?? '';
      for (const group of groups) {
        if (!group.words.some((w) => usesWord(own, w))) continue;
        for (const word of group.words) expect(containsQuery(record.content, word), `${record.url}: ${word}`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(lang === 'en' ? 100 : 50);
  });
  it('finds “furthest behind” in the English paragraphs that write only RFBF, and 联合国开发计划署 wherever 开发署 stands', () => {
    const en = allRecords('/').filter((r) => r.meta['kind'] === 'paragraph' && r.filters['edition']?.[0] === 'en');
    const rfbfOnly = en.filter(
      (r) => /\bRFBF\b/.test(r.content.split(EQUIVALENTS_MARK)[0] ?? '') && !/furthest behind/i.test(r.content.split(EQUIVALENTS_MARK)[0] ?? ''),
    );
    expect(rfbfOnly.length).toBeGreaterThan(5);
    for (const r of rfbfOnly) expect(containsQuery(r.content, 'furthest behind'), r.url).toBe(true);
    const zh = allRecords('/').filter(
      (r) => r.meta['kind'] === 'paragraph' && r.filters['edition']?.[0] === 'zh' && (r.content.split(EQUIVALENTS_MARK)[0] ?? '').includes('开发署'),
    );
    for (const r of zh) expect(containsQuery(r.content, '联合国开发计划署'), r.url).toBe(true);
  });
  it('searches a glossary phrase typed whole as its abbreviation, in both languages', () => {
    const en = phraseShortcuts(equivalenceGroups(terms, 'en'));
    const zh = phraseShortcuts(equivalenceGroups(terms, 'zh'));
    expect(en[phraseKey('Reaching the  furthest behind first')]).toBe('RFBF');
    expect(en[phraseKey('leaving no one behind')]).toBe('LNOB');
    expect(zh[phraseKey('不让任何一个人掉队')]).toBe('LNOB');
    expect(zh[phraseKey('联合国开发计划署')]).toBe('UNDP');
    expect(mayHaveShortcut('furthest behind')).toBe(true);
    expect(zh[phraseKey('交叉性')]).toBe('intersectionality');
    expect(mayHaveShortcut('开发署')).toBe(true);
    expect(mayHaveShortcut('性别')).toBe(false);
    expect(mayHaveShortcut('RFBF')).toBe(false);
  });
  it('writes the equivalents after the record’s own text', () => {
    expect(equivalentsFor('focus on RFBF', [{ id: 'r', words: ['reaching the furthest behind first', 'RFBF'] }])).toEqual([
      'RFBF = reaching the furthest behind first',
    ]);
  });
});

describe('results contain the query', () => {
  it.each([
    ['persons with disabilities', 'disability', true],
    ['on disability inclusion', 'disability', true],
    ['discriminatory norms', 'discrimination', true],
    ['(d) updating frameworks', 'disabilty', false],
    ['(d) 更新国家一级的监测', 'disability', false],
    ['存在的基于种族、残疾', '残疾', true],
    ['残疾人', '残疾人权利', false],
    ['reaching the furthest behind first', 'furthest behind', true],
    ['furthest from the road; behind them', 'furthest behind', true],
  ])('%s contains %s: %s', (text, q, expected) => {
    expect(containsQuery(text, q)).toBe(expected);
  });
});

describe('ranking', () => {
  it('counts the longest run of consecutive matched words', () => {
    expect(longestRun([4, 9, 10, 11, 30])).toBe(3);
    expect(longestRun([])).toBe(0);
  });
  it('puts the whole phrase first, then paragraphs, then score', () => {
    const order = rankOrder([
      { score: 9, words: [1, 5], paragraph: true },
      { score: 8, words: [3, 4], paragraph: false },
      { score: 2, words: [7, 8], paragraph: true },
      { score: 1, words: [2], paragraph: true },
    ]);
    expect(order).toEqual([2, 1, 0, 3]);
  });
  it('labels a paragraph with its section: Conclusion 2, 经验教训之一', () => {
    expect(sectionName('Conclusion 2.', 'Conceptual clarity')).toBe('Conclusion 2');
    expect(sectionName('经验教训之一：', '具有不同任务')).toBe('经验教训之一');
    expect(sectionName('', 'UNDP strategic positioning')).toBe('UNDP strategic positioning');
  });
  it('gives every paragraph result its number, section and part', () => {
    const r = allRecords('/').find((x) => x.url === '/en/report/conclusions/#p22');
    expect(r?.meta['title']).toBe('Paragraph 22 · Conclusion 2 · Conclusions');
    const z = allRecords('/').find((x) => x.url === '/zh/report/recommendations/#p43');
    expect(z?.meta['title']).toBe('第 43 段 · 建议 4 · 建议');
  });
});

describe('glossary entries by how well their term matches', () => {
  const hit = (kind: string, title: string) => ({ kind, title });
  it('puts the entry whose term holds the query before entries that only mention it, where glossary entries stand', () => {
    const hits = [
      hit('paragraph', '¶37'),
      hit('glossary', 'UN-SWAP · UN-SWAP'),
      hit('paragraph', '¶12'),
      hit('glossary', 'persons with disabilities · 残疾人'),
    ];
    expect(glossaryByTerm(hits, 'disability').map((h) => h.title)).toEqual(['¶37', 'persons with disabilities · 残疾人', '¶12', 'UN-SWAP · UN-SWAP']);
    expect(glossaryByTerm(hits, '残疾').map((h) => h.title)).toEqual(['¶37', 'persons with disabilities · 残疾人', '¶12', 'UN-SWAP · UN-SWAP']);
  });
  it('leaves a list whose glossary entries already stand in that order as it is', () => {
    const hits = [hit('glossary', 'youth · 青年'), hit('paragraph', '¶3'), hit('glossary', 'UNCT · 国家工作队')];
    expect(glossaryByTerm(hits, 'youth')).toEqual(hits);
  });
});

describe('excerpts', () => {
  it('cuts Chinese text by length, not at the space after a Latin gloss', () => {
    const entry = '人的能动性 (human agency): 战略计划对“不让任何一个人掉队”的定义以它为中心要素之一；开发署的相关做法受人类发展概念启发。';
    const excerpt = excerptFor(entry, '人的能动性', 40);
    expect(excerpt).toContain('战略计划');
    expect(excerpt.startsWith('<mark>人的能动性</mark>')).toBe(true);
  });
  it('come from the record’s own text, escaped, with the matches marked', () => {
    const content = `UNDP should <refocus> on RFBF and on data.${EQUIVALENTS_MARK}RFBF = reaching the furthest behind first`;
    expect(excerptFor(content, 'data')).toBe('UNDP should &lt;refocus&gt; on RFBF and on <mark>data</mark>.');
    // Found through the equivalent: the form the paragraph uses is marked, not the added line.
    expect(excerptFor(content, 'furthest behind')).toBe('UNDP should &lt;refocus&gt; on <mark>RFBF</mark> and on data.');
  });
  it('cut long text around the first match', () => {
    const text = `${'alpha '.repeat(40)}target ${'beta '.repeat(40)}`;
    const excerpt = excerptFor(text, 'target', 60);
    expect(excerpt).toMatch(/^…alpha .*<mark>target<\/mark> beta.* beta…$/);
    expect(excerpt.replace(/<\/?mark>|…/g, '').length).toBeLessThanOrEqual(60);
    const zh = excerptFor(`${'甲'.repeat(100)}交叉性${'乙'.repeat(100)}`, '交叉性', 30);
    expect(zh.replace(/<\/?mark>|…/g, '').length).toBe(30);
  });
});

describe('did you mean', () => {
  const list = wordList(['Persons with disabilities; disability inclusion. Disability again.', 'data and discrimination'], 'en');
  it('lists words with counts, most used first', () => {
    expect(list[0]).toEqual(['disability', 2]);
    expect(list.map(([w]) => w)).toContain('discrimination');
  });
  it.each([
    ['disabilty', ['disability']],
    ['discrimnation', ['discrimination']],
    ['disability', []],
  ])('%s → %j', (q, expected) => {
    expect(didYouMean(q, list)).toEqual(expected);
  });
  it('works for Chinese words too', () => {
    const zh = wordList(['残疾人的权利。残疾人', '交叉性'], 'zh');
    expect(zh.map(([w]) => w)).toContain('残疾');
    expect(didYouMean('残急', zh)).toEqual(['残疾']);
  });
  it('measures edits with transpositions', () => {
    expect(editDistance('disabilty', 'disability')).toBe(1);
    expect(editDistance('form', 'from')).toBe(1);
    expect(editDistance('交叉', '交叉性')).toBe(1);
  });
});
