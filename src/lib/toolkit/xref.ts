/**
 * Cross-references between the report's conclusions and recommendations and the toolkit, from what the
 * toolkit entries state in their frontmatter (`recommendations`, `conclusions`). The evaluation itself
 * maps no conclusion to a recommendation; where a page shows such a link it is derived here, through the
 * entries that name both, and is editorial.
 */
export interface EntryRefs {
  slug: string;
  title: string;
  recommendations: readonly number[];
  conclusions: readonly number[];
}

export interface DerivedLink {
  /** The recommendation a conclusion is linked to. */
  recommendation: number;
  /** The entries that name both the conclusion and the recommendation, in the order given. */
  via: EntryRefs[];
}

/** Entries that state they follow recommendation `n`. */
export const entriesForRecommendation = (entries: readonly EntryRefs[], n: number) => entries.filter((e) => e.recommendations.includes(n));

/** Entries that state they answer conclusion `n`. */
export const entriesForConclusion = (entries: readonly EntryRefs[], n: number) => entries.filter((e) => e.conclusions.includes(n));

/** The recommendations linked to conclusion `n` through entries that name both, by recommendation number. */
export function recommendationsForConclusion(entries: readonly EntryRefs[], n: number): DerivedLink[] {
  const byRecommendation = new Map<number, EntryRefs[]>();
  for (const entry of entriesForConclusion(entries, n)) {
    for (const r of entry.recommendations) byRecommendation.set(r, [...(byRecommendation.get(r) ?? []), entry]);
  }
  return [...byRecommendation.entries()].sort(([a], [b]) => a - b).map(([recommendation, via]) => ({ recommendation, via }));
}

/** The conclusions linked to recommendation `n` (the same editorial links read the other way): those that
 * an entry following `n` states it answers, in order. */
export function conclusionsForRecommendation(entries: readonly EntryRefs[], n: number): number[] {
  return [...new Set(entriesForRecommendation(entries, n).flatMap((e) => e.conclusions))].sort((a, b) => a - b);
}
