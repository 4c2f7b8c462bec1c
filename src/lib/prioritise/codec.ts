/**
 * Saving and opening a prioritisation analysis: JSON (everything) and CSV (the groups table).
 *
 * JSON — `toJSON` writes the whole analysis, two-space indented, keys in a fixed order:
 *   { "format": "lnob-prioritise", "version": 1, "name", "context", "weights": { factor: 0–5 },
 *     "highThreshold": 1–3, "groups": [ { "id", "name", "targetId", "intersects": [ids],
 *     "ratings": { factor: { "level": 0–3 | null, "evidence", "source" } } } ] }
 *   Opening checks it against `analysisSchema` (model.ts): no unknown keys, all five factors, the
 *   limits, unique ids, intersections naming other groups. A key `__proto__`, `constructor` or
 *   `prototype` anywhere refuses the file (code `proto-key`, `field` = its path, e.g. `groups.0.__proto__`).
 *
 * CSV — UTF-8 with a byte-order mark (so spreadsheets read Chinese), comma-separated, quoted as
 *   RFC 4180 (d3-dsv), one header row and then one row per group, in the analysis's order:
 *
 *     group_id,group_name,target_id,intersects,
 *     discrimination_level,discrimination_evidence,discrimination_source,
 *     geography_level,geography_evidence,geography_source,
 *     shocks_level,shocks_evidence,shocks_source,
 *     governance_level,governance_evidence,governance_source,
 *     socioeconomic_level,socioeconomic_evidence,socioeconomic_source
 *
 *   (19 columns on one line.) group_id: the group's slug; group_name: its name; target_id: one of the
 *   18 target-group ids or empty; intersects: ids of other groups joined by ";" (no spaces), or empty;
 *   *_level: 0, 1, 2, 3, or empty for "not rated"; *_evidence and *_source: free text.
 *
 *   The CSV holds the groups and their ratings only. The analysis's settings travel in JSON alone:
 *   opening a CSV takes the analysis name from the file name (without its extension) and keeps
 *   the context, weights and threshold of the analysis open in the tool (`base`), or the defaults
 *   (no context, weights 1, threshold 3) when there is none.
 *
 *   Opening is lenient where a spreadsheet may have changed things, strict elsewhere:
 *   - columns may come in any order; header names are matched after trimming spaces; every one of
 *     the 19 must be there once; empty header cells are ignored (their cells must be empty);
 *   - the delimiter may be ",", ";" or a tab (whichever the header line holds most of);
 *   - blank rows are skipped; short rows count as ending in empty cells;
 *   - ids, target ids, intersects and levels are trimmed; names, evidence and sources are kept as is;
 *   - an empty group_id is made from target_id (when free) or the name, as for a new group.
 *
 *   Formulas: per OWASP's CSV-injection guidance, a cell beginning with "=", "+", "-", "@", a tab or
 *   a carriage return is written with a "'" in front, so a spreadsheet shows it as text. So that
 *   opening is the exact inverse, a cell that already begins with one or more "'" followed by one of
 *   those characters gets one more; opening takes one "'" off any cell of that shape
 *   ("=1+1" → "'=1+1" → "=1+1"; "'=x" → "''=x" → "'=x"; "'abc" stays "'abc").
 *
 *   A CSV round trip keeps exactly: the groups in order, their ids, names, target ids, intersections
 *   and all ratings (level, evidence, source). It does not keep the name, context, weights or threshold.
 *
 * Opening a file (`importFile`) never throws. It refuses, by code (the page words the message):
 *   too-large (over 1 MiB) · empty · not-utf8 (a UTF-8 byte-order mark is fine) · not-csv-or-json ·
 *   bad-json (with line and column of the first syntax error) · wrong-format · wrong-version · proto-key ·
 *   missing-column / unknown-column / unknown-factor (CSV header: line 1, the column, its name in `field`;
 *   for a missing column, the column it has in the layout above) · out-of-range (a level not 0–3, or a weight
 *   or threshold outside its range) · duplicate-group · too-many (over 200 groups) · bad-value (anything
 *   else: a bad id, a blank name, an unknown target or intersection, a text over its limit, a wrong type).
 *   CSV errors carry `line` (the row as a spreadsheet numbers it, the header being 1) and `column`
 *   (1-based); JSON errors carry `field`, a dotted path such as `groups.2.ratings.shocks.level`.
 *   `value` is the offending text and `field` the path, each cut to 100 characters. Once the file is
 *   known to be CSV or JSON, the error carries `format`, so that its message speaks of that format
 *   (a CSV with the wrong header is told about the CSV's columns, not the JSON's "format" field).
 *
 * JSON or CSV is decided by content: a file whose first non-blank character is "{" or "[" is JSON;
 * otherwise the extension decides (.json, .csv); otherwise a text without NUL characters whose first line
 * holds a delimiter is taken for CSV.
 */
import { dsvFormat } from 'd3-dsv';
import { cut } from './cut.ts';
import {
  DEFAULT_HIGH_THRESHOLD,
  FACTOR_IDS,
  FORMAT,
  FORMAT_VERSION,
  ID_PATTERN,
  LIMITS,
  analysisSchema,
  defaultWeights,
  isFactorId,
  isTargetId,
  isWellFormed,
  uniqueId,
  type Analysis,
  type FactorId,
  type Group,
  type Level,
  type Rating,
} from './model.ts';

export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-utf8'
  | 'not-csv-or-json'
  | 'bad-json'
  | 'wrong-format'
  | 'wrong-version'
  | 'missing-column'
  | 'unknown-column'
  | 'unknown-factor'
  | 'out-of-range'
  | 'duplicate-group'
  | 'bad-value'
  | 'proto-key'
  | 'too-many';

export const IMPORT_ERROR_CODES: readonly ImportErrorCode[] = [
  'empty',
  'too-large',
  'not-utf8',
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
];

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

export type ImportResult = { ok: true; analysis: Analysis } | { ok: false; error: ImportError };

// ---------------------------------------------------------------------------------------------
// Shared

const fail = (error: ImportError): ImportResult => ({ ok: false, error });

/** A result read as `format`: its error (if any) says which format it speaks of. */
function readAs(format: 'csv' | 'json', result: ImportResult): ImportResult {
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

/** Builds an error with only the keys that have a value (exactOptionalPropertyTypes). */
function error(code: ImportErrorCode, at: { line?: number | undefined; column?: number | undefined; field?: string | undefined; value?: unknown } = {}): ImportError {
  const e: ImportError = { code };
  if (at.line !== undefined) e.line = at.line;
  if (at.column !== undefined) e.column = at.column;
  if (at.field !== undefined) e.field = clip(at.field);
  const value = show(at.value);
  if (value !== undefined) e.value = value;
  return e;
}

function canonical(a: Analysis): Analysis {
  return {
    format: a.format,
    version: a.version,
    name: a.name,
    context: a.context,
    weights: { discrimination: a.weights.discrimination, geography: a.weights.geography, shocks: a.weights.shocks, governance: a.weights.governance, socioeconomic: a.weights.socioeconomic },
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

// ---------------------------------------------------------------------------------------------
// JSON

export function toJSON(analysis: Analysis): string {
  return `${JSON.stringify(canonical(analysis), null, 2)}\n`;
}

const PROTO_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The path of the first `__proto__`, `constructor` or `prototype` key, depth first, without recursion. */
export function findProtoKey(value: unknown): string | undefined {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [v, path] = stack.pop() as [unknown, string];
    if (v === null || typeof v !== 'object') continue;
    const keys = Object.keys(v);
    const children: [unknown, string][] = [];
    for (const key of keys) {
      const at = path === '' ? key : `${path}.${key}`;
      if (PROTO_KEYS.has(key)) return at;
      children.push([(v as Record<string, unknown>)[key], at]);
    }
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as [unknown, string]);
  }
  return undefined;
}

/** Offset of the first JSON syntax error (for line and column, the same in every browser), or -1. */
export function jsonErrorOffset(s: string): number {
  const n = s.length;
  let i = 0;
  const stack: string[] = [];
  const space = () => {
    while (i < n && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i += 1;
  };
  const string = (): boolean => {
    if (s[i] !== '"') return false;
    i += 1;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        i += 1;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = s[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) {
            i += 1;
            return false;
          }
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          i += 2;
        } else {
          i += 1;
          return false;
        }
      } else {
        i += 1;
      }
    }
    return false;
  };
  const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const key = (): boolean => {
    space();
    if (!string()) return false;
    space();
    if (s[i] !== ':') return false;
    i += 1;
    return true;
  };
  for (;;) {
    // A value.
    space();
    const c = s[i];
    if (c === '{' || c === '[') {
      i += 1;
      space();
      if (s[i] === (c === '{' ? '}' : ']')) {
        i += 1;
      } else {
        stack.push(c);
        if (c === '{' && !key()) return i;
        continue;
      }
    } else if (c === '"') {
      if (!string()) return i;
    } else if (c !== undefined && (c === '-' || (c >= '0' && c <= '9'))) {
      number.lastIndex = i;
      const m = number.exec(s);
      if (!m || m[0] === '-') return c === '-' ? i + 1 : i;
      i += m[0].length;
    } else {
      const word = ['true', 'false', 'null'].find((w) => s.startsWith(w, i));
      if (word === undefined) return i;
      i += word.length;
    }
    // After a value: a comma, a closing bracket, or the end.
    for (;;) {
      space();
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? i : -1;
      if (s[i] === ',') {
        i += 1;
        if (top === '{' && !key()) return i;
        break;
      }
      if (s[i] === (top === '{' ? '}' : ']')) {
        i += 1;
        stack.pop();
        continue;
      }
      return i;
    }
  }
}

/** 1-based line and column of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

type Issue = { code: string; path: PropertyKey[]; params?: Record<string, unknown> | undefined; keys?: string[] };

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** A Zod issue as an ImportError with the JSON path in `field`. */
function fromIssue(issue: Issue, data: unknown): ImportError {
  const path = issue.path.map(String);
  const field = (extra?: string) => [...path, ...(extra === undefined ? [] : [extra])].join('.');
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  const code = issue.params?.['code'];
  if (issue.code === 'custom' && typeof code === 'string' && (IMPORT_ERROR_CODES as readonly string[]).includes(code)) {
    return error(code as ImportErrorCode, { field: field(), value: issue.params?.['value'] });
  }
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

/** Checks a parsed value as an analysis (format, version, then the schema). */
function fromValue(data: unknown): ImportResult {
  const proto = findProtoKey(data);
  if (proto !== undefined) return fail(error('proto-key', { field: proto }));
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail(error('wrong-format'));
  const record = data as Record<string, unknown>;
  if (record['format'] !== FORMAT) return fail(error('wrong-format', { field: 'format', value: record['format'] }));
  if (record['version'] !== FORMAT_VERSION) return fail(error('wrong-version', { field: 'version', value: record['version'] }));
  const parsed = analysisSchema.safeParse(data);
  if (parsed.success) return { ok: true, analysis: canonical(parsed.data) };
  const first = parsed.error.issues[0] as Issue | undefined;
  return fail(first ? fromIssue(first, data) : error('bad-value'));
}

function readJSON(text: string): ImportResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail(error('empty'));
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    const offset = jsonErrorOffset(body);
    return fail(offset < 0 ? error('bad-json') : error('bad-json', lineColumn(body, offset)));
  }
  return fromValue(data);
}

/** Opens an analysis saved as JSON. Never throws. */
export function fromJSON(text: string): ImportResult {
  try {
    return readAs('json', readJSON(text));
  } catch {
    return fail({ ...error('bad-json'), format: 'json' });
  }
}

// ---------------------------------------------------------------------------------------------
// CSV

const CELL_FIELDS = ['level', 'evidence', 'source'] as const;
type CellField = (typeof CELL_FIELDS)[number];

/** The 19 columns, in the order `toCSV` writes them. */
export const CSV_COLUMNS: readonly string[] = ['group_id', 'group_name', 'target_id', 'intersects', ...FACTOR_IDS.flatMap((f) => CELL_FIELDS.map((c) => `${f}_${c}`))];

const RISKY = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/** A cell as written to CSV: a "'" in front of anything a spreadsheet could take for a formula. */
export function neutraliseCell(cell: string): string {
  return RISKY.test(cell) ? `'${cell}` : cell;
}

/** The inverse of neutraliseCell. */
export function restoreCell(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}

const BOM = '\uFEFF';

/** The groups table as CSV text (see the top of this file), starting with a byte-order mark. */
export function toCSV(analysis: Analysis): string {
  const rows = analysis.groups.map((g) => [
    g.id,
    g.name,
    g.targetId ?? '',
    g.intersects.join(';'),
    ...FACTOR_IDS.flatMap((f) => {
      const r = g.ratings[f];
      return [r.level === null ? '' : String(r.level), r.evidence, r.source];
    }),
  ]);
  return `${BOM}${dsvFormat(',').formatRows([[...CSV_COLUMNS], ...rows.map((row) => row.map(neutraliseCell))])}\n`;
}

/** The file name without folders or extension: "C:\\x\\Viet Nam.csv" → "Viet Nam". */
export function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim();
}

/** A file name for saving an analysis: its name without characters file systems refuse. */
export function fileNameFor(analysis: Analysis, extension: 'csv' | 'json', fallback = 'prioritisation'): string {
  const stem = analysis.name.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  const short = cut(stem, 120).trim();
  return `${short === '' ? fallback : short}.${extension}`;
}

function sniffDelimiter(text: string): string {
  const end = text.search(/\r|\n/);
  const first = end < 0 ? text : text.slice(0, end);
  let best = ',';
  let most = 0;
  for (const d of [',', ';', '\t']) {
    const count = first.split(d).length - 1;
    if (count > most) {
      best = d;
      most = count;
    }
  }
  return best;
}

interface Pending {
  line: number;
  id: string;
  name: string;
  targetId: Group['targetId'];
  intersects: string[];
  ratings: Record<FactorId, Rating>;
}

/** Opens the groups table of a CSV text (see the top of this file). Never throws. */
export function fromCSV(text: string, fileName = '', base?: Analysis): ImportResult {
  try {
    return readAs('csv', readCSV(text, fileName, base));
  } catch {
    return fail({ ...error('bad-value'), format: 'csv' });
  }
}

function readCSV(withBom: string, fileName: string, base: Analysis | undefined): ImportResult {
  const text = withBom.replace(/^\uFEFF/, '');
  if (text.trim() === '') return fail(error('empty'));
  const rows = dsvFormat(sniffDelimiter(text)).parseRows(text);
  const header = (rows[0] ?? []).map((h) => h.trim());
  const known = new Set(CSV_COLUMNS);
  if (!header.some((h) => known.has(h))) return fail(error('wrong-format', { line: 1, column: 1, field: header[0] || undefined, value: header[0] || undefined }));

  // The header: every column known and once, then none missing.
  const at = new Map<string, number>();
  for (const [j, name] of header.entries()) {
    const where = { line: 1, column: j + 1, field: name, value: name };
    if (name === '') continue;
    if (known.has(name)) {
      if (at.has(name)) return fail(error('bad-value', where));
      at.set(name, j);
      continue;
    }
    const m = /^(.+)_(level|evidence|source)$/.exec(name);
    if (m && !isFactorId(m[1] ?? '')) return fail(error('unknown-factor', where));
    return fail(error('unknown-column', where));
  }
  for (const [k, name] of CSV_COLUMNS.entries()) {
    if (!at.has(name)) return fail(error('missing-column', { line: 1, column: k + 1, field: name }));
  }
  const col = (name: string) => at.get(name) ?? 0;

  // The groups.
  const pending: Pending[] = [];
  for (let r = 1; r < rows.length; r += 1) {
    const raw = rows[r] ?? [];
    const line = r + 1;
    if (raw.every((c) => c.trim() === '')) continue;
    if (pending.length >= LIMITS.groups) return fail(error('too-many', { line }));
    const cells = raw.map(restoreCell);
    for (const [j, cell] of cells.entries()) {
      const name = header[j];
      if ((name === undefined || name === '') && cell.trim() !== '') return fail(error('bad-value', { line, column: j + 1, value: cell }));
    }
    const cell = (name: string) => cells[col(name)] ?? '';
    const where = (name: string, value: string) => ({ line, column: col(name) + 1, field: name, value });

    const id = cell('group_id').trim();
    if (id !== '' && (id.length > LIMITS.id || !ID_PATTERN.test(id))) return fail(error('bad-value', where('group_id', id)));
    const name = cell('group_name');
    if (name.trim() === '' || name.length > LIMITS.name || !isWellFormed(name)) return fail(error('bad-value', where('group_name', name)));
    const target = cell('target_id').trim();
    if (target !== '' && !isTargetId(target)) return fail(error('bad-value', where('target_id', target)));
    const intersects = cell('intersects')
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '');

    const ratings = {} as Record<FactorId, Rating>;
    for (const f of FACTOR_IDS) {
      const levelText = cell(`${f}_level`).trim();
      let level: Level | null = null;
      if (levelText !== '') {
        if (!/^[0-3]$/.test(levelText)) return fail(error('out-of-range', where(`${f}_level`, levelText)));
        level = Number(levelText) as Level;
      }
      const texts = {} as Record<Exclude<CellField, 'level'>, string>;
      for (const k of ['evidence', 'source'] as const) {
        const value = cell(`${f}_${k}`);
        if (value.length > LIMITS.text || !isWellFormed(value)) return fail(error('bad-value', where(`${f}_${k}`, value)));
        texts[k] = value;
      }
      ratings[f] = { level, evidence: texts.evidence, source: texts.source };
    }
    pending.push({ line, id, name, targetId: target === '' ? null : (target as Group['targetId']), intersects, ratings });
  }

  // Ids: given ones unique; empty ones made from the target or the name.
  const ids = new Set<string>();
  for (const p of pending) {
    if (p.id === '') continue;
    if (ids.has(p.id)) return fail(error('duplicate-group', { line: p.line, column: col('group_id') + 1, field: 'group_id', value: p.id }));
    ids.add(p.id);
  }
  for (const p of pending) {
    if (p.id !== '') continue;
    p.id = p.targetId !== null && !ids.has(p.targetId) ? p.targetId : uniqueId(p.name, ids);
    ids.add(p.id);
  }
  for (const p of pending) {
    const seen = new Set<string>();
    for (const other of p.intersects) {
      if (other === p.id || !ids.has(other) || seen.has(other)) return fail(error('bad-value', { line: p.line, column: col('intersects') + 1, field: 'intersects', value: other }));
      seen.add(other);
    }
  }

  const stem = fileStem(fileName);
  const analysis: Analysis = {
    format: FORMAT,
    version: FORMAT_VERSION,
    name: stem === '' ? (base?.name ?? '') : cut(stem, LIMITS.name),
    context: base?.context ?? null,
    weights: base ? { ...base.weights } : defaultWeights(),
    highThreshold: base?.highThreshold ?? DEFAULT_HIGH_THRESHOLD,
    groups: pending.map((p) => ({ id: p.id, name: p.name, targetId: p.targetId, intersects: p.intersects, ratings: p.ratings })),
  };
  // A last check (for instance of the settings taken from `base`).
  const parsed = analysisSchema.safeParse(analysis);
  if (!parsed.success) {
    const first = parsed.error.issues[0] as Issue | undefined;
    return fail(first ? fromIssue(first, analysis) : error('bad-value'));
  }
  return { ok: true, analysis: canonical(parsed.data) };
}

// ---------------------------------------------------------------------------------------------
// Files

/** The same as importFile without its safety net (for tests: it should never need one). */
export function importFileUnguarded(bytes: Uint8Array, fileName: string, base?: Analysis): ImportResult {
  if (bytes.length > LIMITS.fileBytes) return fail(error('too-large', { value: String(bytes.length) }));
  if (bytes.length === 0) return fail(error('empty'));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return fail(error('not-utf8'));
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return fail(error('empty'));
  const first = text.trimStart()[0];
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (first === '{' || first === '[' || extension === 'json') return readAs('json', readJSON(text));
  if (extension === 'csv') return readAs('csv', readCSV(text, fileName, base));
  // Otherwise text with a NUL is binary, and a first line without a delimiter is not a table.
  if (text.includes('\u0000')) return fail(error('not-csv-or-json'));
  const end = text.search(/\r|\n/);
  const firstLine = end < 0 ? text : text.slice(0, end);
  if (/[,;\t]/.test(firstLine)) return readAs('csv', readCSV(text, fileName, base));
  return fail(error('not-csv-or-json'));
}

/**
 * Opens a file the user chose: JSON or CSV, by content then extension. Never throws: the result
 * is the analysis or a typed error. `base` is the analysis open in the tool (never changed): a CSV
 * keeps its context, weights and threshold.
 */
export function importFile(bytes: Uint8Array, fileName: string, base?: Analysis): ImportResult {
  try {
    return importFileUnguarded(bytes, fileName, base);
  } catch {
    return fail(error('bad-value'));
  }
}

/** importFile for a text (encoded as UTF-8 first). */
export function importText(text: string, fileName: string, base?: Analysis): ImportResult {
  try {
    return importFile(new TextEncoder().encode(text), fileName, base);
  } catch {
    return fail(error('bad-value'));
  }
}
