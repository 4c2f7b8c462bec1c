/**
 * A query still being typed: a single Latin letter or a single Chinese character (the box waits for more).
 * A module of its own, so the header box loads this and not the search page's query helpers.
 */
export function tooShort(query: string): boolean {
  const q = query.trim();
  return [...q].length < 2;
}
