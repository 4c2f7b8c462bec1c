/**
 * A search's results as the reader gets them: ranked, and only those whose text contains the query (or a
 * declared equivalent), each checked by loading its fragment. The first are checked at once; when one of
 * them misses, or a later page holds a miss, the rest are checked too, so the count stays exact.
 */
import { containsQuery, excerptFor, glossaryByTerm, rankOrder } from '../../lib/search/match';
import { firstHolding, resultCount, type ResultCount } from '../../lib/search/verify';

export interface Hit {
  url: string;
  title: string;
  /** The record's own text around the first match, escaped, with <mark> around the matches. */
  excerpt: string;
  kind: string;
}

interface PagefindData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
}
export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<PagefindData>;
}

export interface ResultSet {
  /** How many results contain the query (or a declared equivalent), or at least how many. */
  count: ResultCount;
  /** The first results, already loaded. */
  first: Hit[];
  /** Loads the results from..to of that list. */
  slice: (from: number, to: number) => Promise<Hit[]>;
  /** Checks every result, so the count is exact (a no-op when no checked result missed). */
  makeExact: () => Promise<void>;
}

/**
 * The results of one query: `raw` as Pagefind gives them, `paragraphs` the ids of those that are
 * paragraphs (ranked first); the first `count` that hold the query are loaded, at most `cap` checked.
 */
export async function checkedResults(
  raw: readonly PagefindResult[],
  paragraphs: ReadonlySet<string>,
  query: string,
  lang: 'zh' | 'en',
  count: number,
  cap: number,
): Promise<ResultSet> {
  let ranked = rankOrder(raw.map((r) => ({ score: r.score, words: r.words ?? [], paragraph: paragraphs.has(r.id) }))).map((i) => raw[i] as PagefindResult);
  const checked = new Map<PagefindResult, Hit | null>();
  const check = async (list: readonly PagefindResult[]) => {
    const data = await Promise.all(list.map((r) => (checked.has(r) ? undefined : r.data())));
    list.forEach((r, i) => {
      const d = data[i];
      if (d)
        checked.set(
          r,
          containsQuery(d.content, query)
            ? { url: d.url, title: d.meta['title'] ?? d.url, excerpt: excerptFor(d.content, query, lang === 'zh' ? 60 : 160), kind: d.meta['kind'] ?? '' }
            : null,
        );
    });
    return list.map((r) => checked.get(r) ?? null);
  };
  const hitsOf = (list: readonly PagefindResult[]) => list.map((r) => checked.get(r)).filter((h): h is Hit => h !== null && h !== undefined);
  const holding = await firstHolding(ranked, check, count, cap);
  let tally = resultCount(ranked.length, holding);
  /** A result without the query was seen: check the rest from `from` on and drop every miss, so the count is exact. */
  const checkRest = async (from: number) => {
    await check(ranked.slice(from));
    ranked = ranked.filter((r) => checked.get(r) !== null);
    tally = { n: ranked.length, atLeast: false };
  };
  return {
    get count() {
      return tally;
    },
    get first() {
      return glossaryByTerm(holding.hits, query);
    },
    async slice(from, to) {
      ranked = ranked.filter((r) => checked.get(r) !== null);
      let part = ranked.slice(from, to);
      await check(part);
      if (part.some((r) => checked.get(r) === null)) {
        await checkRest(to);
        part = ranked.slice(from, to);
      }
      return glossaryByTerm(hitsOf(part), query);
    },
    async makeExact() {
      if (!holding.sawMiss) return;
      await checkRest(holding.checked);
      holding.hits = hitsOf(ranked.slice(0, count));
    },
  };
}
