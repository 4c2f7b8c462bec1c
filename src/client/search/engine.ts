/**
 * The search engine in the browser: Pagefind, loaded on first use only. Pagefind runs its
 * WebAssembly in its own Web Worker, so the pages need no 'wasm-unsafe-eval'. A Chinese query that
 * finds nothing is tried again in simplified characters (the map is fetched only then).
 */
import { pagefindFilters, toSimplified } from '../../lib/search/query';
import { containsQuery, didYouMean, queryWords, type SuggestionList } from '../../lib/search/match';
import { countText, type ResultCount } from '../../lib/search/verify';
import { betFor, betScript, type BetTable, type Stem } from '../../lib/search/bets';
import { checkedResults, type PagefindResult, type ResultSet } from './results';
import { format, readUiString } from '../../i18n/format';
import type {} from './load-engine';
import { titleNodes } from './title';

export type { Hit, ResultSet } from './results';
// The header box marks a title's other-language part with this (branch index): it comes with the engine, not with every page.
export { titleNodes };

interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch: (q: string, o?: Record<string, unknown>, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
  mergeIndex: (path: string, o?: Record<string, unknown>) => Promise<void>;
}
interface PagefindModule extends Pagefind {
  createInstance: () => Pagefind;
}

const base = document.documentElement.dataset['base'] ?? '/';
const lang = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
let loaded: Promise<PagefindModule> | undefined;

/** Pagefind with its WebAssembly and index entry: started when the reader focuses a search box. */
export function loadPagefind(): Promise<PagefindModule> {
  loaded ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
    // Whole-word matches count more than prefixes, and a long paragraph is not pushed down for its length.
    await module.options({ excerptLength: 24, ranking: { termSimilarity: 2, pageLength: 0.3 } });
    await module.init();
    return module;
  })();
  return loaded;
}

/** Traditional → simplified characters (dist/_search/t2s.json), fetched only for a Chinese query that found nothing. */
let t2s: Record<string, string> | undefined;
let t2sLoading: Promise<void> | undefined;
function loadT2s(): Promise<void> {
  t2sLoading ??= fetch(`${base}_search/t2s.json`)
    .then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : {}))
    .catch(() => ({}))
    .then((map) => void (t2s = map));
  return t2sLoading;
}

/** The query as the index holds its words: trimmed, and in simplified characters once the map is here. */
export function normaliseQuery(q: string): string {
  return t2s ? toSimplified(q.trim(), t2s) : q.trim();
}

/** How long typing must pause before a query is searched. */
const PAUSE_MS = 200;
let latest = 0;

/**
 * Searches the page's language and returns only results that contain the query or a declared
 * equivalent; `null` when a newer call superseded this one. The first `count` that hold the query
 * are loaded (their fragments), checking at most one result more than that, so a first page costs
 * the same whatever the size of the hub (`spare`: how many more may be checked to replace results that
 * miss); the count is a lower bound when a checked result missed. With `exact`, every result is then
 * checked, so the count is exact.
 */
export async function search(q: string, filters: Record<string, string[]> = {}, count = 20, exact = false, spare = 1): Promise<ResultSet | null> {
  // Our own pause, not Pagefind's debouncedSearch: that one preloads the index chunks of every
  // prefix as it is typed (交, 交叉 …), chunks the finished word may not need.
  const mine = ++latest;
  // The best bets' part comes during the pause, beside Pagefind.
  void bets(normaliseQuery(q));
  const pagefind = await loadPagefind();
  await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  if (mine !== latest) return null;
  const superseded = () => mine !== latest;
  let query = normaliseQuery(q);
  let found = await searchFor(pagefind, query, filters, count, count + spare, superseded);
  if (found && found.first.length === 0 && !t2s && /\p{Script=Han}/u.test(query)) {
    // Nothing found in Chinese: perhaps traditional characters, which the index holds as simplified.
    await loadT2s();
    const simplified = normaliseQuery(q);
    if (simplified !== query) {
      query = simplified;
      found = await searchFor(pagefind, query, filters, count, count + spare, superseded);
    }
  }
  if (found && exact) await found.makeExact();
  return superseded() ? null : found;
}

async function searchFor(
  pagefind: PagefindModule,
  typed: string,
  filters: Record<string, string[]>,
  count: number,
  cap: number,
  superseded: () => boolean,
): Promise<ResultSet | null> {
  // A best bet may ask the index for another spelling (Examine Empower Enact for ExamineEmpowerEnact)
  // or for the text's term (土著人民 for 原住民): the results are checked against that.
  const [table, stem] = await Promise.all([bets(typed), stemFor(typed)]);
  const bet = betFor(table, typed, stem);
  const query = bet?.ask ?? typed;
  const asked = bet?.token ?? query;
  if (superseded()) return null;
  // The same words again, for paragraphs only (the ranking puts them first): both searches share
  // the index chunk, and run together so the kind filter's small file comes in the same round trip.
  // A bet's glossary entry is found by its id, with no words (the term filter's small file).
  const [response, paragraphs, definition] = await Promise.all([
    pagefind.search(asked, { filters: pagefindFilters(filters) }),
    pagefind.search(asked, { filters: pagefindFilters({ ...filters, kind: ['paragraph'] }) }),
    bet?.term !== undefined ? pagefind.search(null, { filters: { term: { any: [String(bet.term)] } } }) : null,
  ]);
  if (response === null || superseded()) return null;
  const isParagraph = new Set((paragraphs?.results ?? []).map((r) => r.id));
  // The definition comes first unless a filter leaves the glossary out.
  const glossaryShown = Object.entries(filters).every(([name, values]) => values.length === 0 || (name === 'type' && values.includes('glossary')));
  const set = await checkedResults(response.results, isParagraph, query, lang, count, cap, glossaryShown ? definition?.results[0] : undefined);
  set.says = bet?.says;
  return set;
}

let stemmer: Promise<Stem> | undefined;
const unchanged: Stem = (word) => word;

/**
 * The stemmer a query's key needs: the Porter stemmer (dist/_search/stemmer.js, the `stemmer` package),
 * fetched the first time a query has a Latin letter; a query without one needs none.
 */
function stemFor(query: string): Promise<Stem> {
  if (!/[a-z]/i.test(query)) return Promise.resolve(unchanged);
  stemmer ??= (import(/* the site's own module, not bundled */ `${base}_search/stemmer.js`) as Promise<{ stemmer: Stem }>)
    .then((m) => m.stemmer)
    .catch(() => unchanged);
  return stemmer;
}

const betParts = new Map<'han' | 'latin', Promise<BetTable>>();

/** The part of this edition's best bets a query can match (dist/_search/bets-{lang}-{han|latin}.json), fetched once. */
function bets(query: string): Promise<BetTable> {
  const script = betScript(query);
  let part = betParts.get(script);
  if (!part) {
    part = fetch(`${base}_search/bets-${lang}-${script}.json`)
      .then((r) => (r.ok ? (r.json() as Promise<BetTable>) : { bets: [], keys: {} }))
      .catch(() => ({ bets: [], keys: {} }));
    betParts.set(script, part);
  }
  return part;
}

let list: Promise<SuggestionList> | undefined;

export interface Suggestion {
  /** The query to search instead. */
  q: string;
  /** "Did you mean: disability?" */
  label: string;
}

/** "Did you mean": loads the edition's word list, only ever when a query found nothing. */
export async function suggest(q: string): Promise<Suggestion[]> {
  list ??= fetch(`${base}_search/words-${lang}.json`).then((r) => (r.ok ? (r.json() as Promise<SuggestionList>) : { label: '{q}', words: [] }));
  const { label, words } = await list;
  return didYouMean(normaliseQuery(q), words).map((word) => ({ q: word, label: label.replace('{q}', word) }));
}

const others = new Map<string, Promise<Pagefind>>();

/** How many results the other edition has for a query written in its script. */
export async function countInEdition(q: string, lang: 'zh' | 'en'): Promise<number> {
  const main = await loadPagefind();
  let instance = others.get(lang);
  if (!instance) {
    // Pagefind picks an instance's index from <html lang> when the instance is created, and
    // merging the same bundle is refused; so the language is set for that one synchronous call.
    const html = document.documentElement;
    const own = html.lang;
    html.lang = lang;
    const other = main.createInstance();
    html.lang = own;
    instance = other.init().then(() => other);
    others.set(lang, instance);
  }
  const query = normaliseQuery(q);
  const searcher = await instance;
  // No pointer to junk: when the first results do not contain the query, count only those that do.
  const holds = async (list: PagefindResult[]) => (await Promise.all(list.map((r) => r.data()))).filter((d) => containsQuery(d.content, query)).length;
  const count = async (text: string) => {
    const results = (await searcher.search(text, { filters: { edition: { any: [lang] } } }))?.results ?? [];
    const head = results.slice(0, 5);
    return (await holds(head)) === head.length ? results.length : holds(results);
  };
  const exact = await count(query);
  if (exact > 0 || lang !== 'en') return exact;
  // The other instance shares this page's WebAssembly, whose Chinese analyser does not stem English:
  // "disability" misses the indexed stem "disabl". The words cut to their likely stem find it; the
  // check above still keeps only results that contain the query.
  return count(
    queryWords(query)
      .map((w) => (w.length > 5 ? w.slice(0, Math.max(5, w.length - 5)) : w))
      .join(' '),
  );
}

/**
 * A count for the reader: "3" or "3+" alone, or filled into a page's string ("{n} results", handed
 * over in a data attribute, perhaps as plural forms). Here rather than in the header script, which
 * every page loads.
 */
export function countLabel(count: ResultCount, template?: string): string {
  const n = countText(count);
  return template === undefined ? n : format(document.documentElement.lang, readUiString(template), { n });
}

// Registered for load-engine.ts, which loads this bundle with a module <script>.
globalThis.lnobSearchEngine = { loadPagefind, normaliseQuery, search, suggest, countInEdition, countLabel, titleNodes };
