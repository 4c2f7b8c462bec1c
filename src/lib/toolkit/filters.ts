/**
 * The toolkit index's filters, as pure functions shared by the page (build time) and its script
 * (in the browser): which entries match a choice, and how many entries each option would show given
 * the other choices, so that no option leads to "0 entries shown".
 */
export const FILTER_NAMES = ['component', 'stage', 'context', 'factor', 'group'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** An entry as the filters see it: the values it has under each filter. */
export type Facets = Record<FilterName, readonly string[]>;
/** The value chosen under each filter ('' or absent: any). */
export type Choice = Partial<Record<FilterName, string>>;

/** Whether an entry matches every chosen filter, leaving out `except` (to count that filter's options). */
export function matchesChoice(item: Facets, chosen: Choice, except?: FilterName): boolean {
  return FILTER_NAMES.every((name) => name === except || !chosen[name] || item[name].includes(chosen[name]));
}

/** For one filter: how many entries each of its values would show, the other filters staying as chosen. */
export function optionCounts(items: readonly Facets[], name: FilterName, chosen: Choice = {}): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    if (!matchesChoice(item, chosen, name)) continue;
    for (const value of new Set(item[name])) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** The options worth offering: those at least one entry has, each with its count, in the given order. */
export function liveOptions<T extends { value: string }>(options: readonly T[], counts: ReadonlyMap<string, number>): (T & { count: number })[] {
  return options.flatMap((o) => {
    const count = counts.get(o.value) ?? 0;
    return count > 0 ? [{ ...o, count }] : [];
  });
}

/** The options no entry has (the page names them, so that leaving them out is not silent). */
export function deadOptions<T extends { value: string }>(options: readonly T[], counts: ReadonlyMap<string, number>): T[] {
  return options.filter((o) => (counts.get(o.value) ?? 0) === 0);
}
