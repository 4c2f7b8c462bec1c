/**
 * A search's results as the reader gets them: ranked, and only those whose text contains the query (or a
 * declared equivalent), each checked by loading its fragment. Only as many are checked as the list shows
 * (and one more): the fragments of results not shown are never fetched, so the first page costs the same
 * however large the hub grows, and the count is exact while every result checked held the query, a lower
 * bound ("at least 17") once one did not. A best bet (a glossary definition) comes first.
 */
import { containsQuery, excerptFor, glossaryByTerm, markedWords, rankOrder } from '../../lib/search/match';
import { markedUrl } from '../../lib/search/marks';
import { EQUIVALENTS_MARK } from '../../lib/search/equivalents';
import { firstHolding, resultCount, type ResultCount } from '../../lib/search/verify';

export interface Hit {
  url: string;
  title: string;
  /** The record's own text around the first match, escaped, with <mark> around the matches. */
  excerpt: string;
  kind: string;
  /** A best bet: the definition of the term searched (or of the reader's word's term). */
  bet?: boolean;
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
  /** The first results, already loaded (the best bet first). */
  first: Hit[];
  /** Loads the next `n` results that hold the query, after those already given. */
  more: (n: number) => Promise<Hit[]>;
  /** Checks every result, so the count is exact (a no-op when no checked result missed). */
  makeExact: () => Promise<void>;
  /** For a reader's word, the text's own terms ("The evaluation says 土著人民"). */
  says?: string[] | undefined;
}

/**
 * The results of one query: `raw` as Pagefind gives them, `paragraphs` the ids of those that are
 * paragraphs (ranked first), `bet` the best bet (first, shown whole, whether or not it holds the query); the first `count`
 * that hold the query are loaded, at most `cap` checked.
 */
export async function checkedResults(
  raw: readonly PagefindResult[],
  paragraphs: ReadonlySet<string>,
  query: string,
  lang: 'zh' | 'en',
  count: number,
  cap: number,
  bet?: PagefindResult,
): Promise<ResultSet> {
  let ranked = rankOrder(raw.map((r) => ({ score: r.score, words: r.words ?? [], paragraph: paragraphs.has(r.id) }))).map((i) => raw[i] as PagefindResult);
  if (bet) ranked = [bet, ...ranked.filter((r) => r.id !== bet.id)];
  const checked = new Map<PagefindResult, Hit | null>();
  const hitOf = (r: PagefindResult, d: PagefindData): Hit | null => {
    if (r === bet) {
      // The definition alone, whole: the entry's text opens with the term, which its title already shows.
      const own = d.content.split(EQUIVALENTS_MARK)[0] ?? '';
      const definition = own.slice(own.indexOf('): ') + 3);
      return { url: d.url, title: d.meta['title'] ?? d.url, excerpt: excerptFor(definition, query, 1000), kind: d.meta['kind'] ?? '', bet: true };
    }
    if (!containsQuery(d.content, query)) return null;
    return {
      url: markedUrl(d.url, markedWords(d.content, query)),
      title: d.meta['title'] ?? d.url,
      excerpt: excerptFor(d.content, query, lang === 'zh' ? 60 : 160),
      kind: d.meta['kind'] ?? '',
    };
  };
  const check = async (list: readonly PagefindResult[]) => {
    const data = await Promise.all(list.map((r) => (checked.has(r) ? undefined : r.data())));
    list.forEach((r, i) => {
      const d = data[i];
      if (d) checked.set(r, hitOf(r, d));
    });
    return list.map((r) => checked.get(r) ?? null);
  };
  // Glossary entries whose term holds the query before those that only mention it; the bet stays first.
  const ordered = (hits: Hit[]) => (hits[0]?.bet ? [hits[0], ...glossaryByTerm(hits.slice(1), query)] : glossaryByTerm(hits, query));
  const holding = await firstHolding(ranked, check, count, cap);
  let tally = resultCount(ranked.length, holding);
  let cursor = holding.checked;
  let found = holding.hits.length;
  let sawMiss = holding.sawMiss;
  const pending: Hit[] = [];
  return {
    get count() {
      return tally;
    },
    get first() {
      return ordered(holding.hits);
    },
    async more(n) {
      // Results a full check found (makeExact) go first; then the next ones, checked until `n` hold the query
      // (the reader asked for more: only then are fragments below the first page fetched).
      const queued = pending.splice(0, n);
      const next = await firstHolding(ranked, check, n - queued.length, Number.POSITIVE_INFINITY, cursor);
      cursor += next.checked;
      found += next.hits.length;
      sawMiss ||= next.sawMiss;
      if (sawMiss) tally = { n: found, atLeast: cursor < ranked.length };
      return glossaryByTerm([...queued, ...next.hits], query);
    },
    async makeExact() {
      if (!sawMiss) return;
      const rest = await firstHolding(ranked, check, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY, cursor);
      cursor = ranked.length;
      found += rest.hits.length;
      tally = { n: found, atLeast: false };
      const room = Math.max(0, count - holding.hits.length);
      holding.hits = [...holding.hits, ...rest.hits.slice(0, room)];
      pending.push(...rest.hits.slice(room));
    },
  };
}
