/**
 * Search queries and the search page's address: traditional characters folded to simplified,
 * the script a query is written in, and the `?q=…&part=…&type=…` state that makes results
 * shareable and bookmarkable.
 */
export function toSimplified(query: string, map: Readonly<Record<string, string>>): string {
  let out = '';
  for (const ch of query) out += map[ch] ?? ch;
  return out;
}

/** 'han' when the query has Chinese characters, 'latin' when it has Latin letters only, else 'other'. */
export function queryScript(query: string): 'han' | 'latin' | 'other' {
  if (/\p{Script=Han}/u.test(query)) return 'han';
  if (/[A-Za-z]/.test(query)) return 'latin';
  return 'other';
}

export { tooShort } from './too-short.ts';

/** The language whose edition a query is written for, if it is not the page's. */
export function otherEditionFor(query: string, pageLang: 'zh' | 'en'): 'zh' | 'en' | undefined {
  const script = queryScript(query);
  if (script === 'han' && pageLang === 'en') return 'zh';
  if (script === 'latin' && pageLang === 'zh' && !/\p{Script=Han}/u.test(query)) return 'en';
  return undefined;
}

export interface SearchState {
  q: string;
  /** Filter values chosen, by filter name (part, type…). */
  filters: Record<string, string[]>;
}

/** The filters of the search page, in the order the address lists them (values: ids, as the index records carry them). */
export const FILTER_NAMES = ['type', 'part', 'component', 'stage', 'context', 'factor'] as const;

export function readSearchState(params: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {};
  for (const name of FILTER_NAMES) {
    const values = params.getAll(name).filter((v) => v !== '');
    if (values.length > 0) filters[name] = values;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTER_NAMES) for (const value of state.filters[name] ?? []) params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter argument: any of the chosen values within a filter, all filters together. */
export function pagefindFilters(filters: Record<string, string[]>): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, v]) => v.length > 0)
      .map(([k, v]) => [k, { any: v }]),
  );
}
