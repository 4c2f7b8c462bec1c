/**
 * The word, marked: a result that lands on a paragraph carries the words that answered the query in
 * its address (`/zh/report/findings/?mark=土著人民#p16`: the hash stays the paragraph's, so #p16 works
 * as before), and the landing page marks them in that paragraph (src/client/marks.ts). Pure.
 */

/** The query parameter that carries the words to mark. */
export const MARK_PARAM = 'mark';

/** A result's address with the words to mark, when it lands on a paragraph (#p16); else unchanged. */
export function markedUrl(url: string, words: readonly string[]): string {
  const hash = url.indexOf('#');
  if (words.length === 0 || hash < 0 || !/^#p\d+$/.test(url.slice(hash))) return url;
  const params = new URLSearchParams();
  for (const word of words) params.append(MARK_PARAM, word);
  const path = url.slice(0, hash);
  return `${path}${path.includes('?') ? '&' : '?'}${params.toString()}${url.slice(hash)}`;
}

/** The words an address asks to mark. */
export const marksOf = (search: string): string[] => new URLSearchParams(search).getAll(MARK_PARAM).filter((w) => w.trim() !== '');

/**
 * Where the words stand in a text: [start, end) ranges, ignoring case; a Latin word only as a whole
 * word (poor, not poorly), a Chinese one anywhere (Chinese has no spaces between words).
 */
export function markRanges(text: string, words: readonly string[]): [number, number][] {
  const lower = text.toLowerCase();
  const ranges: [number, number][] = [];
  const edge = (i: number) => i < 0 || i >= text.length || !/[\p{Script=Latin}\p{N}]/u.test(text[i] ?? '');
  for (const word of words) {
    const w = word.toLowerCase();
    const latin = /[a-z0-9]$/i.test(w);
    for (let i = lower.indexOf(w); i >= 0 && w !== ''; i = lower.indexOf(w, i + w.length)) {
      if (!latin || (edge(i - 1) && edge(i + w.length))) ranges.push([i, i + w.length]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}
