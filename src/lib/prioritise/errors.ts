/**
 * What opening a file can answer: the analysis, or one typed error the page words in zh or en.
 *
 * Codes: too-large (over 1 MiB) · empty · unknown-encoding (neither UTF-8, UTF-16 with a byte-order mark,
 * nor GB18030/GBK: decode.ts) · not-csv-or-json ·
 * bad-json (with line and column of the first syntax error) · wrong-format · wrong-version · proto-key ·
 * missing-column / unknown-column / unknown-factor (CSV header: line 1, the column, its name in `field`;
 * for a missing column, the column it has in the standard layout) · out-of-range (a level not 0–3, or a
 * weight or threshold outside its range) · duplicate-group · too-many (over 200 groups) · bad-value
 * (anything else: a bad id, a blank name, an unknown target or intersection, a text over its limit, a
 * wrong type) · missing-setting / unknown-setting / bad-setting (the settings rows of a CSV: the key in
 * `field`, and for a bad one its value).
 *
 * CSV errors carry `line` (the row as a spreadsheet numbers it, the header being 1) and `column`
 * (1-based); JSON errors carry `field`, a dotted path such as `groups.2.ratings.shocks.level`. `value` is
 * the offending text and `field` the path, each cut to 100 characters. Once the file is known to be CSV
 * or JSON, the error carries `format`, so that its message speaks of that format (a CSV with the wrong
 * header is told about the CSV's columns, not the JSON's "format" field).
 */
import { cut } from './cut.ts';
import type { Encoding } from './decode.ts';
import type { Analysis, Rating } from './model.ts';
import { analysisSchema } from './schema.ts';

export const IMPORT_ERROR_CODES = [
  'empty',
  'too-large',
  'unknown-encoding',
  'not-csv-or-json',
  'bad-json',
  'wrong-format',
  'wrong-version',
  'missing-column',
  'unknown-column',
  'unknown-factor',
  'out-of-range',
  'duplicate-group',
  'bad-value',
  'proto-key',
  'too-many',
  'missing-setting',
  'unknown-setting',
  'bad-setting',
] as const;

export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportError {
  code: ImportErrorCode;
  /** 1-based: the CSV row (header = 1), or the JSON text line of a syntax error. */
  line?: number;
  /** 1-based: the CSV column, or the JSON text column of a syntax error. */
  column?: number;
  /** The CSV column name, or the dotted path in the JSON (`groups.0.ratings.shocks.level`), at most 100 characters. */
  field?: string;
  /** The offending value as text, at most 100 characters. */
  value?: string;
  /** The format the file was read as, once that is known, so the message can speak of that format's fields. */
  format?: 'csv' | 'json';
}

/**
 * An opened file: the analysis, the encoding its text was read in (importFile sets it) and, for a CSV,
 * its format version (a version 1 file carries no settings: csv.ts); or why it was refused.
 */
export type ImportResult = { ok: true; analysis: Analysis; encoding?: Encoding; csvVersion?: number } | { ok: false; error: ImportError };

export const fail = (e: ImportError): ImportResult => ({ ok: false, error: e });

/** A result read as `format`: its error (if any) says which format it speaks of. */
export function readAs(format: 'csv' | 'json', result: ImportResult): ImportResult {
  return result.ok ? result : fail({ ...result.error, format });
}

const clip = (s: string) => cut(s, 100);

function show(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return clip(value);
  try {
    return clip(JSON.stringify(value) ?? String(value));
  } catch {
    return undefined;
  }
}

export interface Where {
  line?: number | undefined;
  column?: number | undefined;
  field?: string | undefined;
  value?: unknown;
}

/** Builds an error with only the keys that have a value (exactOptionalPropertyTypes). */
export function error(code: ImportErrorCode, at: Where = {}): ImportError {
  const e: ImportError = { code };
  if (at.line !== undefined) e.line = at.line;
  if (at.column !== undefined) e.column = at.column;
  if (at.field !== undefined) e.field = clip(at.field);
  const value = show(at.value);
  if (value !== undefined) e.value = value;
  return e;
}

/** A copy with its keys in the order the JSON file writes them, sharing nothing with the original. */
export function canonical(a: Analysis): Analysis {
  const w = a.weights;
  return {
    format: a.format,
    version: a.version,
    name: a.name,
    context: a.context,
    weights: { discrimination: w.discrimination, geography: w.geography, shocks: w.shocks, governance: w.governance, socioeconomic: w.socioeconomic },
    highThreshold: a.highThreshold,
    groups: a.groups.map((g) => ({
      id: g.id,
      name: g.name,
      targetId: g.targetId,
      intersects: [...g.intersects],
      ratings: {
        discrimination: rating(g.ratings.discrimination),
        geography: rating(g.ratings.geography),
        shocks: rating(g.ratings.shocks),
        governance: rating(g.ratings.governance),
        socioeconomic: rating(g.ratings.socioeconomic),
      },
    })),
  };
}
const rating = (r: Rating): Rating => ({ level: r.level, evidence: r.evidence, source: r.source });

type Issue = { code: string; path: PropertyKey[]; params?: Record<string, unknown> | undefined; keys?: string[] };

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

const isCode = (code: unknown): code is ImportErrorCode => typeof code === 'string' && (IMPORT_ERROR_CODES as readonly string[]).includes(code);

/** A Zod issue as an ImportError with the JSON path in `field`. */
function fromIssue(issue: Issue, data: unknown): ImportError {
  const path = issue.path.map(String);
  const field = (extra?: string) => [...path, ...(extra === undefined ? [] : [extra])].join('.');
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  const code = issue.params?.['code'];
  if (issue.code === 'custom' && isCode(code)) return error(code, { field: field(), value: issue.params?.['value'] });
  if (issue.code === 'too_big' && path.length === 1 && last === 'groups') return error('too-many', { field: 'groups' });
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys?.[0] ?? '';
    const isFactorMap = last === 'weights' || (last === 'ratings' && parent !== undefined);
    return error(isFactorMap ? 'unknown-factor' : 'bad-value', { field: field(key), value: key });
  }
  const value = valueAt(data, issue.path);
  const numeric = last === 'level' || last === 'highThreshold' || parent === 'weights';
  if (numeric && value !== undefined) return error('out-of-range', { field: field(), value });
  return error('bad-value', { field: field(), value });
}

/** The schema's verdict on a value as an import result: the canonical analysis, or its first issue. */
export function checkAnalysis(data: unknown): ImportResult {
  const parsed = analysisSchema.safeParse(data);
  if (parsed.success) return { ok: true, analysis: canonical(parsed.data) };
  const first = parsed.error.issues[0] as Issue | undefined;
  return fail(first ? fromIssue(first, data) : error('bad-value'));
}
