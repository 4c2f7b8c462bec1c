/**
 * Readers' words (content/readers-words/readers-words.yaml): every mapping names terms the text uses,
 * in both languages; the index gives records the readers' words; best bets match the spellings readers
 * type; the best bet comes first; a first page checks only the results it shows; marks ride in the address.
 */
import { describe, expect, it } from 'vitest';
import { readCollection, readReport } from '../helpers/content.ts';
import { readersWordSchema } from '../../src/schemas/readers-words.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { listProblems, quotedTerms, type ReadersWord } from '../../src/lib/search/readers-words.ts';
import { EQUIVALENTS_MARK, usesWord } from '../../src/lib/search/equivalents.ts';
import {
  betFor as betForWith,
  betScript,
  betTable as betTableWith,
  looseKey as looseKeyWith,
  splitByScript,
  type BetTable,
} from '../../src/lib/search/bets.ts';
import { stemmer } from 'stemmer';

// The build's stemmer, as the index passes it.
const betTable = (...args: Parameters<typeof betTableWith> extends [infer A, infer B, infer C, unknown] ? [A, B, C] : never) => betTableWith(...args, stemmer);
const betFor = (table: BetTable, query: string) => betForWith(table, query, stemmer);
const looseKey = (text: string) => looseKeyWith(text, stemmer);
import { allRecords } from '../../src/build/search-index.ts';
import { markedUrl, markRanges, marksOf } from '../../src/lib/search/marks.ts';
import { excerptFor, markedWords } from '../../src/lib/search/match.ts';
import { checkedResults, type PagefindResult } from '../../src/client/search/results.ts';

const readers = readCollection('content/readers-words/readers-words.yaml', readersWordSchema);
const glossary = readCollection('content/glossary/terms.yaml', glossarySchema);
const paragraphs = (lang: 'zh' | 'en') =>
  readReport(lang).flatMap((p) => p.outline.paragraphs.map((x) => x.text.replace(/\[\^\d+\]/g, '').replace(/\n/g, lang === 'zh' ? '' : ' ')));

describe('the readers’ words list', () => {
  it('holds the words the issue names, and more', () => {
    const zh = readers.flatMap((e) => e.words.zh);
    const en = readers.flatMap((e) => e.words.en);
    for (const w of ['性少数', 'LGBTI', 'LGBTQ', '原住民', '残障', '最落后']) expect(zh).toContain(w);
    for (const w of ['elderly', 'older people', 'the aged', 'PWD', 'people with disabilities', 'LGBTI']) expect(en).toContain(w);
    expect(readers.length).toBeGreaterThanOrEqual(15);
  });
  it.each(['zh', 'en'] as const)('%s: every mapping names terms the text uses, and no reader’s word is the text’s own', (lang) => {
    expect(listProblems(readers, paragraphs(lang), lang, usesWord)).toEqual([]);
  });
  it('reports a mapping to a term the text does not use, and a “reader’s word” the text uses', () => {
    const wrong: ReadersWord[] = [{ id: 'x', words: { zh: ['残疾'], en: ['PWD'] }, says: { zh: ['原住民'], en: ['persons with disabilities'] } }];
    expect(listProblems(wrong, paragraphs('zh'), 'zh', usesWord)).toEqual([
      'x: says.zh “原住民” is in no zh paragraph',
      "x: words.zh “残疾” is the text's own word",
    ]);
    expect(listProblems(wrong, paragraphs('en'), 'en', usesWord)).toEqual([]);
  });
  it('names only glossary entries that exist, and ids once', () => {
    const ids = new Set(glossary.map((t) => t.id));
    for (const e of readers) if (e.term) expect(ids, e.id).toContain(e.term);
    expect(new Set(readers.map((e) => e.id)).size).toBe(readers.length);
  });
  it('names the text’s terms in quotation marks, joined with “or”', () => {
    expect(quotedTerms(['妇女', '女童'], 'zh')).toBe('“妇女”或“女童”');
    expect(quotedTerms(['women', 'girls'], 'en')).toBe('“women” or “girls”');
  });
});

describe('the index gives records the readers’ words', () => {
  const records = allRecords('/');
  const record = (url: string) => records.find((r) => r.url === url)?.content ?? '';
  it.each(readers.flatMap((e) => (['zh', 'en'] as const).map((lang) => [e.id, lang, e] as const)))(
    '%s (%s): every paragraph using a mapped term carries every reader’s word',
    (_id, lang, entry) => {
      const using = records.filter(
        (r) => r.url.startsWith(`/${lang}/report/`) && entry.says[lang].some((t) => usesWord(r.content.split(EQUIVALENTS_MARK)[0] ?? '', t)),
      );
      expect(using.length).toBeGreaterThan(0);
      for (const r of using) for (const word of entry.words[lang]) expect(usesWord(r.content, word), `${r.url} ${word}`).toBe(true);
    },
  );
  it('¶16 in Chinese carries 原住民, and its excerpt and marks show the text’s 土著人民', () => {
    const content = record('/zh/report/findings/#p16');
    expect(content).toContain('原住民');
    expect(excerptFor(content, '土著人民')).toContain('<mark>土著人民</mark>');
    expect(markedWords(content, '土著人民')).toEqual(['土著人民']);
  });
  it('a phrase written with dashes also carries its words apart (Examine Empower Enact)', () => {
    expect(record('/en/report/recommendations/#p41')).toMatch(/Examine Empower Enact/);
  });
});

describe('best bets and the spellings readers type', () => {
  /** The glossary id of a bet's term (bets name it by its place in the glossary). */
  const termOf = (place: number | undefined) => (place === undefined ? undefined : glossary[place]?.id);
  const zh = betTable(glossary, readers, 'zh');
  const en = betTable(glossary, readers, 'en');
  it.each([
    ['RFBF', 'reaching-the-furthest-behind-first'],
    ['rfbf', 'reaching-the-furthest-behind-first'],
    ['LNOB', 'leaving-no-one-behind'],
    ['IRRF', 'integrated-results-and-resources-framework'],
    ['AIDA', 'aida'],
    ['leaving no one behind', 'leaving-no-one-behind'],
    ['Examine Empower Enact', 'examine-empower-enact-framework'],
    ['examine-empower-enact', 'examine-empower-enact-framework'],
    ['ExamineEmpowerEnact', 'examine-empower-enact-framework'],
    ['theories of change', 'theory-of-change'],
    ['Theory of Change', 'theory-of-change'],
    ['moonshots', 'moonshots'],
    ['PWD', undefined],
    ['LGBTI', 'lgbtqi'],
  ])('en %s → %s', (q, term) => {
    expect(betFor(en, q)).toBeDefined();
    expect(termOf(betFor(en, q)?.term)).toBe(term);
  });
  it.each([
    ['RFBF', 'reaching-the-furthest-behind-first'],
    ['首先尽力帮助落在最后面的人', 'reaching-the-furthest-behind-first'],
    ['不让任何一个人掉队', 'leaving-no-one-behind'],
    ['综合资源和成果框架', 'integrated-results-and-resources-framework'],
    ['人工智能促进发展分析系统', 'aida'],
    ['ＩＲＲＦ', 'integrated-results-and-resources-framework'],
    ['审查赋权行动', 'examine-empower-enact-framework'],
    ['性少数', 'lgbtqi'],
  ])('zh %s → %s', (q, term) => expect(termOf(betFor(zh, q)?.term)).toBe(term));
  it('a reader’s word asks the index for the text’s term and says which it is', () => {
    expect(betFor(zh, '原住民')).toEqual({ says: ['土著人民'], ask: '土著人民' });
    // The index is asked for a one-word name every record of the group carries (one chunk).
    expect(betFor(en, 'the elderly')).toEqual({ says: ['older persons'], ask: 'older persons', token: 'elderly' });
    expect(betFor(zh, '不让任何人掉队')).toEqual({
      term: glossary.findIndex((t) => t.id === 'leaving-no-one-behind'),
      says: ['不让任何一个人掉队'],
      ask: '不让任何一个人掉队',
      token: 'LNOB',
    });
    expect(betFor(en, 'Elderly')?.says).toEqual(['older persons']);
  });
  it('splits the table by script, and each part answers the queries of its script as the whole does', () => {
    for (const table of [zh, en]) {
      const parts = splitByScript(table);
      for (const key of Object.keys(table.keys)) expect(betFor(parts[betScript(key)], key), key).toEqual(betFor(table, key));
      expect(Object.keys(parts.han.keys).length + Object.keys(parts.latin.keys).length).toBe(Object.keys(table.keys).length);
    }
    expect(Object.keys(splitByScript(zh).han.keys).length).toBeGreaterThan(50);
  });
  it('folds plurals and inflections, camel case, width, hyphens and dashes, but not other words', () => {
    expect(looseKey('Seniors')).toBe(looseKey('senior'));
    expect(looseKey('older persons')).toBe(looseKey('Older Person'));
    expect(looseKey('Examine–Empower–Enact')).toBe(looseKey('examine empower enact'));
    expect(looseKey('ＬＧＢＴＩ')).toBe(looseKey('lgbti'));
    expect(looseKey('LGBTQI+')).not.toBe(looseKey('LGBTQI'));
    expect(betFor(en, 'data')).toBeUndefined();
    expect(betFor(zh, '审查')).toBeUndefined();
  });
});

/** A fake Pagefind result: its score, whether it is a paragraph, its text. */
function fake(id: string, score: number, content: string, url = `/en/report/findings/#p${id}`, kind = 'paragraph'): PagefindResult & { loads: number } {
  const r = {
    id,
    score,
    words: [0],
    loads: 0,
    data: async () => {
      r.loads += 1;
      return { url, excerpt: '', content, meta: { title: id, kind } };
    },
  };
  return r;
}

describe('best bet first, and a first page that costs the same whatever the size', () => {
  it('the definition comes first, above paragraphs that score higher', async () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => fake(String(i + 1), 10 - i / 10, 'RFBF is asked for'));
    const definition = fake('g', 0.1, 'reaching the furthest behind first (RFBF): definition', '/en/glossary/#rfbf', 'glossary');
    const set = await checkedResults([...paragraphs, definition], new Set(paragraphs.map((p) => p.id)), 'RFBF', 'en', 4, 5, definition);
    expect(set.first.map((h) => h.url)[0]).toBe('/en/glossary/#rfbf');
    expect(set.first[0]?.bet).toBe(true);
    expect(set.first.slice(1).every((h) => !h.bet)).toBe(true);
    // Without a bet the same results start with the best paragraph.
    const plain = await checkedResults([...paragraphs, definition], new Set(paragraphs.map((p) => p.id)), 'RFBF', 'en', 4, 5);
    expect(plain.first[0]?.url).toMatch(/#p1$/);
  });
  it('fetches the fragments of the results shown (and one more) only, and says “at least” after a miss', async () => {
    for (const size of [40, 400]) {
      const raw = Array.from({ length: size }, (_, i) => fake(String(i + 1), size - i, i === 2 ? 'no such word' : 'accountability here'));
      const set = await checkedResults(raw, new Set(raw.map((r) => r.id)), 'accountability', 'en', 20, 21);
      expect(raw.reduce((a, r) => a + r.loads, 0)).toBe(21);
      expect(set.first).toHaveLength(20);
      expect(set.count).toEqual({ n: 20, atLeast: true });
      const next = await set.more(20);
      // 40 results, one a miss: 19 more, and the count is exact; 400: 20 more, and still a lower bound.
      expect(next).toHaveLength(Math.min(20, size - 21));
      expect(set.count).toEqual(size === 40 ? { n: 39, atLeast: false } : { n: 40, atLeast: true });
    }
  });
  it('says the exact count when every checked result held the query', async () => {
    const raw = Array.from({ length: 50 }, (_, i) => fake(String(i + 1), 50 - i, 'accountability'));
    const set = await checkedResults(raw, new Set(raw.map((r) => r.id)), 'accountability', 'en', 20, 21);
    expect(set.count).toEqual({ n: 50, atLeast: false });
    expect(raw.reduce((a, r) => a + r.loads, 0)).toBe(20);
  });
  it('a result landing on a paragraph carries the words to mark', async () => {
    const raw = [fake('16', 1, '土著人民和少数民族 ¦ 土著人民 = 原住民', '/zh/report/findings/#p16')];
    const set = await checkedResults(raw, new Set(['16']), '原住民', 'zh', 4, 5);
    expect(set.first[0]?.url).toBe(`/zh/report/findings/?mark=${encodeURIComponent('土著人民')}#p16`);
  });
});

describe('marks in the address and in the text', () => {
  it('keeps the paragraph’s hash and leaves other addresses alone', () => {
    expect(markedUrl('/en/report/findings/#p12', ['disabilities', 'persons'])).toBe('/en/report/findings/?mark=disabilities&mark=persons#p12');
    expect(markedUrl('/en/figures/#figure-x', ['x'])).toBe('/en/figures/#figure-x');
    expect(markedUrl('/en/report/findings/#p12', [])).toBe('/en/report/findings/#p12');
    expect(marksOf('?mark=%E5%9C%9F%E8%91%97%E4%BA%BA%E6%B0%91&mark=')).toEqual(['土著人民']);
  });
  it('finds Latin words whole and ignoring case, Chinese anywhere', () => {
    expect(markRanges('The poor and poorly served. Poor!', ['poor'])).toEqual([
      [4, 8],
      [28, 32],
    ]);
    expect(markRanges('包括土著人民、LGBTQI人群', ['土著人民', 'LGBTQI'])).toEqual([
      [2, 6],
      [7, 13],
    ]);
  });
});
