/**
 * The search engine in the browser: Pagefind, loaded on first use only. Pagefind runs its
 * WebAssembly in its own Web Worker, so the pages need no 'wasm-unsafe-eval'. Queries in
 * traditional characters are folded to simplified before searching.
 */
import t2s from '../../lib/search/t2s.json';
import { pagefindFilters, toSimplified } from '../../lib/search/query';
import type {} from './load-engine';

export interface Hit {
  url: string;
  title: string;
  /** Pagefind's excerpt: text with <mark> around the matches. */
  excerpt: string;
  kind: string;
}

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: Record<string, unknown>) => Promise<{ results: PagefindResult[] } | null>;
  debouncedSearch: (q: string, o?: Record<string, unknown>, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
  mergeIndex: (path: string, o?: Record<string, unknown>) => Promise<void>;
}
interface PagefindModule extends Pagefind {
  createInstance: () => Pagefind;
}

const base = document.documentElement.dataset['base'] ?? '/';
let loaded: Promise<PagefindModule> | undefined;

export function loadPagefind(): Promise<PagefindModule> {
  loaded ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
    await module.options({ excerptLength: 24 });
    await module.init();
    return module;
  })();
  return loaded;
}

export function normaliseQuery(q: string): string {
  return toSimplified(q.trim(), t2s as Record<string, string>);
}

export interface ResultSet {
  total: number;
  /** Loads the results from..to (each result's data is fetched only when asked for). */
  slice: (from: number, to: number) => Promise<Hit[]>;
}

/** Searches the page's language; `null` when a newer call superseded this one. */
export async function search(q: string, filters: Record<string, string[]> = {}): Promise<ResultSet | null> {
  const pagefind = await loadPagefind();
  const response = await pagefind.debouncedSearch(normaliseQuery(q), { filters: pagefindFilters(filters) }, 200);
  if (response === null) return null;
  const results = response.results;
  return {
    total: results.length,
    slice: async (from, to) =>
      (await Promise.all(results.slice(from, to).map((r) => r.data()))).map((d) => ({
        url: d.url,
        title: d.meta['title'] ?? d.url,
        excerpt: d.excerpt,
        kind: d.meta['kind'] ?? '',
      })),
  };
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
  const response = await (await instance).search(normaliseQuery(q), { filters: { edition: { any: [lang] } } });
  return (response?.results ?? []).length;
}

// Registered for load-engine.ts, which loads this bundle with a module <script>.
globalThis.lnobSearchEngine = { loadPagefind, normaliseQuery, search, countInEdition };
