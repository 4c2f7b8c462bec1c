/**
 * "Who is furthest behind?": the data a country team enters in the prioritisation tool, and the
 * pure helpers that change it. No DOM, no prose: the page words everything in zh or en.
 *
 * An analysis lists population groups (started from one of UNDP's 18 target groups of footnote 9,
 * or named by the team) and rates each on the five factors of the box after ¶5 from 0 to 3
 * (0 = not a factor for this group, 1 = some, 2 = considerable, 3 = high), each rating with its
 * evidence and source. A rating may be left empty (null) until the team has the evidence.
 *
 * Every helper returns new objects and never changes its arguments.
 */
// zod/mini: the same checks as Zod, tree-shaken to a few KB for the tool's browser bundle.
import * as z from 'zod/mini';

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

/** False for strings holding half a surrogate pair, which UTF-8 files cannot carry. */
const isWellFormed = (s: string) => s.isWellFormed();

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
// Schema

const wellFormed = { message: 'must not hold half a surrogate pair' };
const text = (max: number) => z.string().check(z.maxLength(max), z.refine(isWellFormed, wellFormed));

const ratingSchema = z.strictObject({
  level: z.nullable(z.literal([0, 1, 2, 3])),
  evidence: text(LIMITS.text),
  source: text(LIMITS.text),
});

const byFactor = <T extends z.ZodMiniType>(schema: T) =>
  z.strictObject({ discrimination: schema, geography: schema, shocks: schema, governance: schema, socioeconomic: schema });

const groupSchema = z.strictObject({
  id: z.string().check(z.maxLength(LIMITS.id), z.regex(ID_PATTERN)),
  name: text(LIMITS.name).check(z.refine((s) => s.trim() !== '', { message: 'must not be blank' })),
  targetId: z.nullable(z.enum(TARGET_IDS)),
  intersects: z.array(z.string()).check(z.maxLength(LIMITS.groups)),
  ratings: byFactor(ratingSchema),
});

/**
 * An analysis as stored and exchanged. Beyond the shapes and limits, it refuses duplicate group ids
 * and intersections naming an unknown group, the group itself, or one group twice. Issues it adds
 * itself carry `params.code` (an ImportError code, see errors.ts) and `params.value`.
 */
export const analysisSchema = z
  .strictObject({
    format: z.literal(FORMAT),
    version: z.literal(FORMAT_VERSION),
    name: text(LIMITS.name),
    context: z.nullable(z.enum(CONTEXT_IDS)),
    weights: byFactor(z.int().check(z.minimum(0), z.maximum(LIMITS.weight))),
    highThreshold: z.int().check(z.minimum(MIN_HIGH_THRESHOLD), z.maximum(MAX_HIGH_THRESHOLD)),
    groups: z.array(groupSchema).check(z.maxLength(LIMITS.groups)),
  })
  .check(z.superRefine((a, ctx) => {
    const ids = new Set<string>();
    a.groups.forEach((g, i) => {
      if (ids.has(g.id)) ctx.addIssue({ code: 'custom', path: ['groups', i, 'id'], message: 'duplicate group id', params: { code: 'duplicate-group', value: g.id } });
      ids.add(g.id);
    });
    a.groups.forEach((g, i) => {
      const seen = new Set<string>();
      g.intersects.forEach((other, j) => {
        if (other === g.id || !ids.has(other) || seen.has(other)) {
          ctx.addIssue({ code: 'custom', path: ['groups', i, 'intersects', j], message: 'must name another group of the analysis, once', params: { code: 'bad-value', value: other } });
        }
        seen.add(other);
      });
    });
  }));

// The schema's output and the declared types must agree (a compile-time check).
type Output = z.output<typeof analysisSchema>;
const agrees: [Output extends Analysis ? true : false, Analysis extends Output ? true : false] = [true, true];
void agrees;

/** Checks any value against the schema: `{ success, data | error }` as Zod gives it. */
export function validateAnalysis(value: unknown) {
  return analysisSchema.safeParse(value);
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
  return { format: a.format, version: a.version, name: a.name, context: a.context, weights: { ...a.weights }, highThreshold: a.highThreshold, groups: a.groups.map(copyGroup) };
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
      g.id === id ? { ...g, ...(change.name === undefined ? {} : { name: change.name }), ...(change.intersects === undefined ? {} : { intersects: [...change.intersects] }) } : g,
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
