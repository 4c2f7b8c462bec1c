/**
 * "Who is furthest behind?": the data a country team enters in the prioritisation tool, and the
 * pure helpers that change it. No DOM, no prose: the page words everything in zh or en.
 *
 * An analysis lists population groups (started from one of UNDP's 18 target groups of footnote 9,
 * or named by the team) and rates each on the five factors of the box after ¶5 from 0 to 3
 * (0 = not a factor for this group, 1 = some, 2 = considerable, 3 = high), each rating with its
 * evidence and source. A rating may be left empty (null) until the team has the evidence.
 *
 * Every helper returns new objects and never changes its arguments. What a valid analysis is, as
 * stored and exchanged, is schema.ts.
 */
export const FORMAT = 'lnob-prioritise';
export const FORMAT_VERSION = 1;

import { FACTOR_IDS, TARGET_IDS, CONTEXT_IDS, LEVELS, type FactorId, type TargetId, type ContextId, type Level } from '../vocabulary.ts';

// The vocabulary the tool's data uses (src/lib/vocabulary.ts), for the tool's modules and tests.
export { FACTOR_IDS, TARGET_IDS, CONTEXT_IDS, LEVELS, type FactorId, type TargetId, type ContextId, type Level };

export const LIMITS = {
  /** Characters (UTF-16 code units) in the analysis name and in a group name. */
  name: 200,
  /** Groups in one analysis. */
  groups: 200,
  /** Characters (UTF-16 code units) in one evidence or source text. */
  text: 2000,
  /** Characters in a group id. */
  id: 64,
  /** Highest weight; weights are integers from 0. */
  weight: 5,
  /** Bytes in an imported file (1 MiB). */
  fileBytes: 1_048_576,
} as const;

export const DEFAULT_WEIGHT = 1;
/** Levels at or above the threshold count as "high" (1–3); by default only 3, "high", does. */
export const DEFAULT_HIGH_THRESHOLD = 3;
export const MIN_HIGH_THRESHOLD = 1;
export const MAX_HIGH_THRESHOLD = 3;

export interface Rating {
  level: Level | null;
  evidence: string;
  source: string;
}

export interface Group {
  /** A slug, unique in the analysis: lowercase a–z, 0–9 and single hyphens (see ID_PATTERN). */
  id: string;
  name: string;
  /** The target group it was started from, or null for a group the team named. */
  targetId: TargetId | null;
  /** Ids of other groups of the analysis whose intersection this group is (no duplicates, not itself). */
  intersects: string[];
  ratings: Record<FactorId, Rating>;
}

export interface Analysis {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  name: string;
  context: ContextId | null;
  /** Integers 0–5, one per factor. */
  weights: Record<FactorId, number>;
  /** Integer 1–3: a level at or above it counts as "high" for the intersection count. */
  highThreshold: number;
  groups: Group[];
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isFactorId(value: string): value is FactorId {
  return (FACTOR_IDS as readonly string[]).includes(value);
}
export function isTargetId(value: string): value is TargetId {
  return (TARGET_IDS as readonly string[]).includes(value);
}
export function isContextId(value: string): value is ContextId {
  return (CONTEXT_IDS as readonly string[]).includes(value);
}

// ---------------------------------------------------------------------------------------------
// Constructors

export function emptyRating(): Rating {
  return { level: null, evidence: '', source: '' };
}

export function emptyRatings(): Record<FactorId, Rating> {
  return { discrimination: emptyRating(), geography: emptyRating(), shocks: emptyRating(), governance: emptyRating(), socioeconomic: emptyRating() };
}

export function defaultWeights(): Record<FactorId, number> {
  return { discrimination: DEFAULT_WEIGHT, geography: DEFAULT_WEIGHT, shocks: DEFAULT_WEIGHT, governance: DEFAULT_WEIGHT, socioeconomic: DEFAULT_WEIGHT };
}

export function emptyAnalysis(name: string): Analysis {
  return { format: FORMAT, version: FORMAT_VERSION, name, context: null, weights: defaultWeights(), highThreshold: DEFAULT_HIGH_THRESHOLD, groups: [] };
}

/** A group started from one of the 18 target groups: its id is the target's id. */
export function groupFromTarget(id: TargetId, name: string): Group {
  return { id, name, targetId: id, intersects: [], ratings: emptyRatings() };
}

/**
 * Latin letters and digits of a name as a slug: "Rural women (15–24)" → "rural-women-15-24",
 * accents dropped ("Árabe" → "arabe"). Other scripts give "" (see customGroup).
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

/**
 * An id for a new group named `name`, unused by `existingIds` and by the 18 target ids (so any
 * target group can still be added later): the name's slug, then "-2", "-3"…; for a name with no
 * Latin letters or digits (e.g. Chinese), "g-1", "g-2"….
 */
export function uniqueId(name: string, existingIds: Iterable<string>): string {
  const taken = new Set<string>([...existingIds, ...TARGET_IDS]);
  const base = slugify(name);
  if (base === '') {
    let n = 1;
    while (taken.has(`g-${n}`)) n += 1;
    return `g-${n}`;
  }
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** A group the team names itself, with a unique id (see uniqueId); the name is trimmed. */
export function customGroup(name: string, existingIds: Iterable<string>): Group {
  return { id: uniqueId(name, existingIds), name: name.trim(), targetId: null, intersects: [], ratings: emptyRatings() };
}

// ---------------------------------------------------------------------------------------------
// Changes (each returns a new analysis)

function copyGroup(g: Group): Group {
  return {
    id: g.id,
    name: g.name,
    targetId: g.targetId,
    intersects: [...g.intersects],
    ratings: {
      discrimination: { ...g.ratings.discrimination },
      geography: { ...g.ratings.geography },
      shocks: { ...g.ratings.shocks },
      governance: { ...g.ratings.governance },
      socioeconomic: { ...g.ratings.socioeconomic },
    },
  };
}

/** A deep copy that shares nothing with its argument. */
export function copyAnalysis(a: Analysis): Analysis {
  return {
    format: a.format,
    version: a.version,
    name: a.name,
    context: a.context,
    weights: { ...a.weights },
    highThreshold: a.highThreshold,
    groups: a.groups.map(copyGroup),
  };
}

/** Adds a group at the end; an analysis that already has its id (or holds 200 groups) comes back unchanged (as a copy). */
export function addGroup(a: Analysis, group: Group): Analysis {
  const copy = copyAnalysis(a);
  if (a.groups.some((g) => g.id === group.id) || a.groups.length >= LIMITS.groups) return copy;
  return { ...copy, groups: [...copy.groups, copyGroup(group)] };
}

/** Removes a group and drops it from the other groups' intersections. */
export function removeGroup(a: Analysis, id: string): Analysis {
  const copy = copyAnalysis(a);
  return { ...copy, groups: copy.groups.filter((g) => g.id !== id).map((g) => ({ ...g, intersects: g.intersects.filter((other) => other !== id) })) };
}

/** Changes a group's name or intersections (the id and target stay). */
export function updateGroup(a: Analysis, id: string, change: Partial<Pick<Group, 'name' | 'intersects'>>): Analysis {
  const copy = copyAnalysis(a);
  return {
    ...copy,
    groups: copy.groups.map((g) =>
      g.id === id
        ? {
            ...g,
            ...(change.name === undefined ? {} : { name: change.name }),
            ...(change.intersects === undefined ? {} : { intersects: [...change.intersects] }),
          }
        : g,
    ),
  };
}

/** Changes one rating of one group (level, evidence and/or source). */
export function setRating(a: Analysis, id: string, factor: FactorId, change: Partial<Rating>): Analysis {
  const copy = copyAnalysis(a);
  return {
    ...copy,
    groups: copy.groups.map((g) => (g.id === id ? { ...g, ratings: { ...g.ratings, [factor]: { ...g.ratings[factor], ...change } } } : g)),
  };
}

/** Sets a factor's weight, rounded and held to 0–5 (a value that is not a number changes nothing). */
export function setWeight(a: Analysis, factor: FactorId, weight: number): Analysis {
  const w = Number.isFinite(weight) ? Math.min(LIMITS.weight, Math.max(0, Math.round(weight))) : a.weights[factor];
  const copy = copyAnalysis(a);
  return { ...copy, weights: { ...copy.weights, [factor]: w } };
}

/** Sets the "high" threshold, rounded and held to 1–3 (a value that is not a number changes nothing). */
export function setHighThreshold(a: Analysis, threshold: number): Analysis {
  const t = Number.isFinite(threshold) ? Math.min(MAX_HIGH_THRESHOLD, Math.max(MIN_HIGH_THRESHOLD, Math.round(threshold))) : a.highThreshold;
  return { ...copyAnalysis(a), highThreshold: t };
}
