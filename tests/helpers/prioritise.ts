/**
 * Shared fixtures for the prioritisation tool's unit tests: generators of valid analyses (fast-check),
 * hand-built groups and analyses, CSV rows by column name, and the shape every import result must have.
 */
import fc from 'fast-check';
import {
  CONTEXT_IDS,
  FACTOR_IDS,
  FORMAT,
  FORMAT_VERSION,
  TARGET_IDS,
  emptyAnalysis,
  emptyRatings,
  type Analysis,
  type FactorId,
  type Group,
  type Level,
  type Rating,
} from '../../src/lib/prioritise/model.ts';
import { validateAnalysis } from '../../src/lib/prioritise/schema.ts';
import { CSV_COLUMNS } from '../../src/lib/prioritise/csv.ts';
import { IMPORT_ERROR_CODES, type ImportResult } from '../../src/lib/prioritise/errors.ts';

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export const encode = (text: string) => new TextEncoder().encode(text);

/** Texts that often start the way a spreadsheet formula does, or with quotes already. */
const risky = fc.constantFrom('', '', '', '=', '+', '-', '@', '\t', '\r', "'", "'=", "''-", "'\t", ' ', '\n', '"', ',', ';', '\uFEFF');
export const textArb = (maxLength: number) => fc.tuple(risky, fc.string({ unit: 'binary', maxLength })).map(([p, s]) => p + s);
const nameArb = textArb(40).filter((s) => s.trim() !== '');
const idArb = fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6}){0,2}$/);
const levelArb = fc.constantFrom<Level | null>(0, 1, 2, 3, null);
const ratingArb: fc.Arbitrary<Rating> = fc.record({ level: levelArb, evidence: textArb(30), source: textArb(20) });
const ratingsArb = fc.record({ discrimination: ratingArb, geography: ratingArb, shocks: ratingArb, governance: ratingArb, socioeconomic: ratingArb });
const weightArb = fc.integer({ min: 0, max: 5 });
const groupsArb: fc.Arbitrary<Group[]> = fc.uniqueArray(idArb, { maxLength: 6 }).chain((ids) =>
  fc.tuple(
    ...ids.map((id) =>
      fc.record({
        id: fc.constant(id),
        name: nameArb,
        targetId: fc.option(fc.constantFrom(...TARGET_IDS), { nil: null }),
        intersects: fc.shuffledSubarray(ids.filter((other) => other !== id)),
        ratings: ratingsArb,
      }),
    ),
  ),
);
export const analysisArb: fc.Arbitrary<Analysis> = fc.record({
  format: fc.constant(FORMAT),
  version: fc.constant(FORMAT_VERSION),
  name: textArb(40),
  context: fc.option(fc.constantFrom(...CONTEXT_IDS), { nil: null }),
  weights: fc.record({ discrimination: weightArb, geography: weightArb, shocks: weightArb, governance: weightArb, socioeconomic: weightArb }),
  highThreshold: fc.integer({ min: 1, max: 3 }),
  groups: groupsArb,
});

export function group(id: string, name: string, levels: Partial<Record<FactorId, Level | null>>, intersects: string[] = []): Group {
  const ratings = emptyRatings();
  for (const f of FACTOR_IDS) ratings[f] = { level: levels[f] ?? null, evidence: '', source: '' };
  return { id, name, targetId: null, intersects, ratings };
}

export function analysis(groups: Group[], weights: Partial<Record<FactorId, number>> = {}, highThreshold = 3): Analysis {
  const a = emptyAnalysis('Test');
  return { ...a, weights: { ...a.weights, ...weights }, highThreshold, groups };
}

/** A CSV row in the standard column order from the cells given by column name. */
export const csvRow = (cells: Record<string, string>) => CSV_COLUMNS.map((c) => cells[c] ?? '').join(',');
export const HEADER = CSV_COLUMNS.join(',');

export function errorOf(result: ImportResult) {
  if (result.ok) throw new Error(`expected an error, got an analysis of ${result.analysis.groups.length} groups`);
  return result.error;
}

export function isTypedResult(result: ImportResult): boolean {
  if (result.ok) return validateAnalysis(result.analysis).success;
  const e = result.error;
  const known = new Set(['code', 'line', 'column', 'field', 'value', 'format']);
  return (
    IMPORT_ERROR_CODES.includes(e.code) &&
    Object.keys(e).every((k) => known.has(k)) &&
    (e.line === undefined || (Number.isInteger(e.line) && e.line >= 1)) &&
    (e.column === undefined || (Number.isInteger(e.column) && e.column >= 1)) &&
    (e.field === undefined || (typeof e.field === 'string' && e.field.length <= 100)) &&
    (e.value === undefined || (typeof e.value === 'string' && e.value.length <= 100)) &&
    (e.format === undefined || e.format === 'csv' || e.format === 'json')
  );
}

// ---------------------------------------------------------------------------------------------
