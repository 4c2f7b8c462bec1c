/**
 * What the browser does with Pagefind's answer: keep only results that contain the query (or a
 * declared equivalent, which the index wrote into the record: src/lib/search/equivalents.ts), put
 * the results holding the whole phrase first, and, when nothing is left, find the nearest words
 * the text does contain ("Did you mean …?"). Pure functions, no DOM.
 */
import { EQUIVALENTS_MARK } from './equivalents.ts';
import { htmlLang } from '../locales.ts';

/** The words of a query as search compares them: lower case, width folded (ＬＮＯＢ → lnob). */
export function queryWords(query: string): string[] {
  return query.normalize('NFKC').toLowerCase().split(/\s+/u).filter(Boolean);
}

const isHan = (word: string) => /\p{Script=Han}/u.test(word);
const latinWords = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  return i;
}

/**
 * Whether a Latin query word is one of the text's words, allowing the endings Pagefind's stemmer
 * folds (disability ~ disabilities, discrimination ~ discriminatory): a text word that begins with
 * the query word, or shares all of it but its last three letters (never fewer than four). A typo's
 * fallback to a one-letter word ("(d)" for "disabilty") is not.
 */
export function hasLatinWord(words: readonly string[], word: string): boolean {
  const need = Math.max(Math.min(word.length, 4), word.length - 3);
  return words.some((w) => w.startsWith(word) || commonPrefix(w, word) >= need);
}

/** Whether a record's text (with the equivalents the index gave it) contains every word of the query. */
export function containsQuery(text: string, query: string): boolean {
  const folded = text.normalize('NFKC').toLowerCase();
  const words = latinWords(folded);
  return queryWords(query).every((q) => {
    if (isHan(q))
      return q
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .every((part) => folded.includes(part));
    const parts = q.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    return parts.every((p) => hasLatinWord(words, p));
  });
}

/** The longest run of consecutive word positions Pagefind matched: the whole phrase gives the longest. */
export function longestRun(positions: readonly number[]): number {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  let best = sorted.length > 0 ? 1 : 0;
  let run = 1;
  for (let i = 1; i < sorted.length; i += 1) {
    run = sorted[i] === (sorted[i - 1] ?? 0) + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

export interface RankInput {
  score: number;
  /** Positions of the matched words in the record. */
  words: readonly number[];
  paragraph: boolean;
}

/**
 * The order results are shown in: those that hold the whole phrase (the longest run of matched
 * words any result has) first; among them report paragraphs before glossary entries, sections and
 * pages; then Pagefind's score. Returns the indexes of `results` in that order.
 */
export function rankOrder(results: readonly RankInput[]): number[] {
  const runs = results.map((r) => longestRun(r.words));
  const best = Math.max(0, ...runs);
  const key = (i: number) => [runs[i] === best ? 0 : 1, results[i]?.paragraph ? 0 : 1] as const;
  return results
    .map((_, i) => i)
    .sort((a, b) => {
      const [ta, pa] = key(a);
      const [tb, pb] = key(b);
      return ta - tb || pa - pb || (results[b]?.score ?? 0) - (results[a]?.score ?? 0);
    });
}

/** Edit distance with transpositions (optimal string alignment), over code points. */
export function editDistance(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= s.length; i += 1) {
    for (let j = 1; j <= t.length; j += 1) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      row[j] = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) row[j] = Math.min(row[j] ?? 0, ((d[i - 2] as number[])[j - 2] ?? 0) + 1);
    }
  }
  return (d[s.length] as number[])[t.length] ?? 0;
}

/** The list "Did you mean" reads: each word the text contains, with how often. */
export type WordList = readonly (readonly [word: string, count: number])[];

/** The file of one edition (dist/_search/words-{lang}.json): the words and the label, "Did you mean: {q}?". */
export interface SuggestionList {
  label: string;
  words: WordList;
}

/**
 * The nearest words the text contains, for a query with no results: at most one edit for a word of
 * up to four letters (two characters in Chinese), two for longer ones; nearest first, then the most
 * used. Whole-query suggestions: each word of the query that the text lacks is replaced.
 */
export function didYouMean(query: string, list: WordList, max = 3): string[] {
  const words = queryWords(query);
  const known = new Set(list.map(([w]) => w));
  const candidates = (word: string) => {
    const limit = [...word].length <= (isHan(word) ? 2 : 4) ? 1 : 2;
    return list
      .map(([w, count]) => ({ w, count, d: editDistance(word, w) }))
      .filter((c) => c.d > 0 && c.d <= limit && isHan(word) === isHan(c.w))
      .sort((a, b) => a.d - b.d || b.count - a.count)
      .map((c) => c.w);
  };
  const unknown = words.findIndex((w) => !known.has(w));
  if (unknown < 0) return [];
  return candidates(words[unknown] ?? '')
    .slice(0, max)
    .map((replacement) => words.map((w, i) => (i === unknown ? replacement : w)).join(' '));
}

/**
 * The words list of one edition, built at index time: Latin words of three letters or more, and
 * Chinese words (Intl.Segmenter) of two characters or more, with their counts, most used first.
 */
export function wordList(texts: readonly string[], lang: 'zh' | 'en'): [string, number][] {
  const counts = new Map<string, number>();
  const add = (w: string) => counts.set(w, (counts.get(w) ?? 0) + 1);
  const segmenter = new Intl.Segmenter(htmlLang(lang), { granularity: 'word' });
  for (const text of texts) {
    for (const s of segmenter.segment(text.normalize('NFKC').toLowerCase())) {
      if (!s.isWordLike) continue;
      if (isHan(s.segment) ? [...s.segment].length >= 2 : /^\p{L}{3,}$/u.test(s.segment)) add(s.segment);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Where in `text` the words that answer the query stand: [start, end) ranges, in order. */
function matchRanges(text: string, query: string): [number, number][] {
  const folded = text.normalize('NFKC').toLowerCase();
  // Records keep their length under NFKC here (the index text is already folded); fall back safely if not.
  const source = folded.length === text.length ? folded : text.toLowerCase();
  const ranges: [number, number][] = [];
  const textWords = latinWords(source);
  // A Latin phrase the text holds whole ("persons with disabilities", "older persons") is marked as one
  // stretch, and its words are not marked elsewhere (not "with" in "within").
  const latin = queryWords(query).filter((q) => !isHan(q));
  if (latin.length >= 2) {
    const phrase = new RegExp(`(?<![\\p{L}\\p{N}])${latin.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\p{Pd}]+')}[\\p{L}]*`, 'gu');
    const whole = [...source.matchAll(phrase)].map((m): [number, number] => [m.index, m.index + m[0].length]);
    if (whole.length > 0) return whole;
  }
  for (const q of queryWords(query)) {
    if (isHan(q)) {
      for (let i = source.indexOf(q); i >= 0; i = source.indexOf(q, i + q.length)) ranges.push([i, i + q.length]);
      continue;
    }
    for (const part of q.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
      const hits = new Set(textWords.filter((w) => hasLatinWord([w], part)));
      for (const m of source.matchAll(/[\p{L}\p{N}]+/gu)) if (hits.has(m[0])) ranges.push([m.index, m.index + m[0].length]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** Where the query (or the form a record uses of a declared equivalent) stands in the record's own text. */
function answerRanges(content: string, query: string): { own: string; ranges: [number, number][]; first: number } {
  const [own = '', ...extra] = content.split(EQUIVALENTS_MARK);
  let ranges = matchRanges(own, query);
  let first = ranges[0]?.[0] ?? 0;
  if (!containsQuery(own, query)) {
    // Found through an equivalent: the excerpt stands around the form the record uses (RFBF).
    const via = extra.filter((line) => containsQuery(line, query)).flatMap((line) => matchRanges(own, line.split(' = ')[0] ?? ''));
    first = via[0]?.[0] ?? first;
    ranges = [...via, ...ranges].sort((a, b) => a[0] - b[0]);
  }
  return { own, ranges, first };
}

/**
 * The words to mark where a result lands: each distinct stretch of the record's own text that answers
 * the query (the query's words as the text writes them, "disabilities" for "disability", or the form
 * of a declared equivalent the record uses, 土著人民 for 原住民), at most `max`, longest first.
 */
export function markedWords(content: string, query: string, max = 6): string[] {
  const { own, ranges } = answerRanges(content, query);
  const words = new Map<string, string>();
  for (const [a, b] of ranges) {
    const word = own.slice(a, b);
    if (!words.has(word.toLowerCase())) words.set(word.toLowerCase(), word);
  }
  return [...words.values()].sort((a, b) => b.length - a.length).slice(0, max);
}

/**
 * The excerpt of a result, from the record's own text only (not the equivalents the index added on
 * the lines after it): about `length` characters around the first match, matches in <mark>, the rest
 * escaped. A record found through an equivalent (RFBF for "furthest behind") marks the form it uses.
 */
export function excerptFor(content: string, query: string, length = 160): string {
  const { own, ranges, first } = answerRanges(content, query);
  let start = Math.max(0, Math.min(first - Math.floor(length / 3), own.length - length));
  let end = Math.min(own.length, start + length);
  // Latin text is cut between words; Chinese, which has no spaces between words, anywhere.
  if (!/\p{Script=Han}/u.test(own)) {
    const after = own.indexOf(' ', start);
    if (start > 0 && after >= 0 && after < first) start = after + 1;
    const before = own.lastIndexOf(' ', end);
    if (end < own.length && before > first) end = before;
  }
  let html = start > 0 ? '…' : '';
  let at = start;
  for (const [a, b] of ranges) {
    if (b <= at || a >= end) continue;
    const from = Math.max(a, at);
    html += `${escapeHtml(own.slice(at, from))}<mark>${escapeHtml(own.slice(from, Math.min(b, end)))}</mark>`;
    at = Math.min(b, end);
  }
  return `${html}${escapeHtml(own.slice(at, end))}${end < own.length ? '…' : ''}`;
}

/**
 * Glossary entries among loaded results, by how well their term matches: those whose term (their
 * title) holds the query come before those that only mention it, in the places glossary entries
 * already hold; every other result keeps its place.
 */
export function glossaryByTerm<T extends { kind: string; title: string }>(hits: readonly T[], query: string): T[] {
  const places = hits.flatMap((h, i) => (h.kind === 'glossary' ? [i] : []));
  const entries = places.map((i) => hits[i] as T);
  const ordered = [...entries.filter((h) => containsQuery(h.title, query)), ...entries.filter((h) => !containsQuery(h.title, query))];
  const out = [...hits];
  places.forEach((place, j) => (out[place] = ordered[j] as T));
  return out;
}
