/**
 * The one order of the entries, the same in every language and everywhere they are listed (toolkit index,
 * context brief and guidance, PDFs, workshop kit): by component of ¶42, then in the order that
 * content/toolkit/toolkit.yaml declares within the component (from examining to enacting). An entry not
 * listed comes after the listed ones of its component, by file name, which is the same in every language;
 * never by title, which is not (the content check stops the build when an entry is not listed).
 */
export function compareEntries(order: readonly string[]) {
  const rank = (slug: string) => (order.includes(slug) ? order.indexOf(slug) : order.length);
  return (a: { component: string; slug: string }, b: { component: string; slug: string }): number =>
    a.component.localeCompare(b.component) || rank(a.slug) - rank(b.slug) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}
