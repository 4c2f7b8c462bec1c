/**
 * The one order of the entries, the same in every language and everywhere they are listed (toolkit index,
 * context brief and guidance, PDFs, workshop kit): by component of ¶42, then in this declared order within
 * the component (from examining to enacting). An entry not listed here comes after the listed ones of its
 * component, by file name, which is the same in every language; never by title, which is not.
 */
export const ENTRY_ORDER: readonly string[] = [
  'bias-and-the-three-principles',
  'non-discrimination-where-groups-are-not-recognized',
  'equality-plus-and-added-value',
  'making-the-case-for-funding',
  'prioritising-the-furthest-behind',
  'finding-who-is-left-behind-in-fragile-settings',
  'interventions-that-reach-the-furthest-behind',
  'enablers-and-entry-points',
  'civil-society-as-partners',
  'entry-points-in-fragile-settings',
  'initiatives-the-evaluation-credits',
  'lnob-marker-and-monitoring',
  'portfolio-theory-of-change',
  'mainstreaming-lessons-from-gender',
];

/** Compares two entries by the one order (component, then ENTRY_ORDER, then file name). */
export function compareEntries(a: { component: string; slug: string }, b: { component: string; slug: string }): number {
  const rank = (slug: string) => (ENTRY_ORDER.includes(slug) ? ENTRY_ORDER.indexOf(slug) : ENTRY_ORDER.length);
  return a.component.localeCompare(b.component) || rank(a.slug) - rank(b.slug) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}
