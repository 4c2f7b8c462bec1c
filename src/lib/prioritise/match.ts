/**
 * Guidance for a prioritised group: the toolkit entries that fit the analysis's context and share a
 * factor the group is rated high on, or one of the target groups it is (or intersects). Entries that
 * share more come first.
 */
import type { Analysis, Group } from './model.ts';
import { tagsFor } from './score.ts';

export interface ToolkitRef {
  slug: string;
  title: string;
  contexts: readonly string[];
  factors: readonly string[];
  groups: readonly string[];
  sources: readonly number[];
}

export interface Match {
  entry: ToolkitRef;
  factors: string[];
  groups: string[];
}

/** The target-group ids a group stands for: its own, and those of the groups it intersects. */
export function targetIdsOf(group: Group, analysis: Analysis): string[] {
  const byId = new Map(analysis.groups.map((g) => [g.id, g]));
  const ids = [group, ...group.intersects.map((id) => byId.get(id))].flatMap((g) => (g?.targetId ? [g.targetId] : []));
  return [...new Set(ids)];
}

export function matchingEntries(group: Group, analysis: Analysis, entries: readonly ToolkitRef[], limit = 3): Match[] {
  const tags = tagsFor(group, analysis);
  const targets = targetIdsOf(group, analysis);
  return entries
    .filter((e) => analysis.context === null || e.contexts.includes(analysis.context))
    .map((entry) => ({ entry, factors: tags.factors.filter((f) => entry.factors.includes(f)), groups: targets.filter((g) => entry.groups.includes(g)) }))
    .filter((m) => m.factors.length + m.groups.length > 0)
    .sort((a, b) => b.factors.length + b.groups.length - (a.factors.length + a.groups.length) || a.entry.title.localeCompare(b.entry.title))
    .slice(0, limit);
}
