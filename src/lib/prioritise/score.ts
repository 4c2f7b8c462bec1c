/**
 * The transparent score of the prioritisation tool. For each group:
 *
 *   weighted = Σ over rated factors f of weight_f × level_f
 *   high     = number of factors whose level ≥ highThreshold (any weight, 0 included)
 *   total    = weighted + high
 *
 * A missing rating (null) adds nothing and is listed in `missing`; a group rated on some factors is
 * still ranked, but a group rated on none is "not rated": it has no rank (null) and comes after the
 * ranked groups, by name — a total of 0 from no ratings is not a finding. Ranked groups are ordered by
 * total (highest first); equal totals share a rank ("competition" ranking: 1, 2, 2, 4) and are
 * ordered by name, then id. No prose here: `formula` gives the page what it
 * needs to state the rule in either language.
 */
import { FACTOR_IDS, LEVELS, type Analysis, type FactorId, type Group, type Level, type TargetId } from './model.ts';

export interface ScorePart {
  factor: FactorId;
  level: Level | null;
  weight: number;
  /** weight × level; 0 when the rating is missing. */
  product: number;
}

export interface ScoredGroup {
  id: string;
  name: string;
  targetId: TargetId | null;
  weighted: number;
  high: number;
  total: number;
  /** Factors rated (0–5). */
  rated: number;
  /** Factors not rated yet, in factor order. */
  missing: FactorId[];
  /** One per factor, in factor order. */
  parts: ScorePart[];
  /** 1-based; equal totals share the rank; null for a group not rated on any factor (not ranked). */
  rank: number | null;
  /** True when another ranked group has the same total (and so the same rank). */
  tied: boolean;
}

export interface ScoreOptions {
  /** Locale for ordering tied groups by name (default 'en'; pass the page's language). */
  locale?: string;
}

export function scoreGroup(group: Group, analysis: Analysis): Omit<ScoredGroup, 'rank' | 'tied'> {
  const parts: ScorePart[] = FACTOR_IDS.map((factor) => {
    const level = group.ratings[factor].level;
    const weight = analysis.weights[factor];
    return { factor, level, weight, product: level === null ? 0 : weight * level };
  });
  const weighted = parts.reduce((sum, p) => sum + p.product, 0);
  const high = parts.filter((p) => p.level !== null && p.level >= analysis.highThreshold).length;
  const missing = parts.filter((p) => p.level === null).map((p) => p.factor);
  return {
    id: group.id,
    name: group.name,
    targetId: group.targetId,
    weighted,
    high,
    total: weighted + high,
    rated: FACTOR_IDS.length - missing.length,
    missing,
    parts,
  };
}

/** Every group scored and ranked, highest total first. */
export function score(analysis: Analysis, options: ScoreOptions = {}): ScoredGroup[] {
  const collator = new Intl.Collator(options.locale ?? 'en');
  const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
    collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const all = analysis.groups.map((g) => scoreGroup(g, analysis));
  const ranked = all.filter((s) => s.rated > 0).sort((a, b) => b.total - a.total || byName(a, b));
  const unrated = all.filter((s) => s.rated === 0).sort(byName);
  const count = new Map<number, number>();
  for (const s of ranked) count.set(s.total, (count.get(s.total) ?? 0) + 1);
  return [
    ...ranked.map((s) => ({ ...s, rank: 1 + ranked.filter((o) => o.total > s.total).length, tied: (count.get(s.total) ?? 0) > 1 })),
    ...unrated.map((s) => ({ ...s, rank: null, tied: false })),
  ];
}

export interface Formula {
  /** In factor order. */
  weights: { factor: FactorId; weight: number }[];
  highThreshold: number;
  /** The levels that count as high, e.g. [2, 3] for threshold 2. */
  highLevels: Level[];
  maxLevel: 3;
  /** Σ weight × 3. */
  maxWeighted: number;
  /** The number of factors (5). */
  maxHigh: number;
  maxTotal: number;
}

/** What the page needs to state the rule in words: the weights, the threshold and the maxima. */
export function formula(analysis: Analysis): Formula {
  const weights = FACTOR_IDS.map((factor) => ({ factor, weight: analysis.weights[factor] }));
  const maxWeighted = weights.reduce((sum, w) => sum + w.weight * 3, 0);
  const maxHigh = FACTOR_IDS.length;
  return {
    weights,
    highThreshold: analysis.highThreshold,
    highLevels: LEVELS.filter((l) => l >= analysis.highThreshold),
    maxLevel: 3,
    maxWeighted,
    maxHigh,
    maxTotal: maxWeighted + maxHigh,
  };
}

export interface Tags {
  /** Factors rated at or above the threshold, in factor order. */
  factors: FactorId[];
  /** The group itself, or for an intersection the groups it intersects (in its order) and then itself. */
  groups: string[];
}

/**
 * LNOB-marker tags for a group: the factors it is rated high on, with the group (and, for an
 * intersection, the groups it combines). Intersections naming a group no longer in the analysis
 * leave it out.
 */
export function tagsFor(group: Group, analysis: Analysis): Tags {
  const ids = new Set(analysis.groups.map((g) => g.id));
  const factors = FACTOR_IDS.filter((f) => {
    const level = group.ratings[f].level;
    return level !== null && level >= analysis.highThreshold;
  });
  const others = [...new Set(group.intersects)].filter((id) => id !== group.id && ids.has(id));
  return { factors, groups: [...others, group.id] };
}
