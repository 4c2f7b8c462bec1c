/**
 * An analysis as CSV, format version 2: UTF-8 with a byte-order mark (so spreadsheets read Chinese),
 * comma-separated, quoted as RFC 4180 (d3-dsv). First the analysis's settings, one per row as
 * key,value; then a blank row; then the groups table, one header row and one row per group:
 *
 *     format,lnob-prioritise
 *     version,2
 *     name,<the analysis's name>
 *     context,<a context id, or empty for none>
 *     discrimination_weight,1     (and geography_, shocks_, governance_, socioeconomic_weight: 0–5)
 *     high_threshold,3            (1–3)
 *
 *     group_id,group_name,target_id,intersects,
 *     discrimination_level,discrimination_evidence,discrimination_source,
 *     geography_level,…,socioeconomic_source          (19 columns on one line)
 *
 * group_id: the group's slug; group_name: its name; target_id: one of the 18 target-group ids or
 * empty; intersects: ids of other groups joined by ";" (no spaces), or empty; *_level: 0, 1, 2, 3, or
 * empty for "not rated"; *_evidence and *_source: free text.
 *
 * Format version 1 (before the settings rows) is the groups table alone. It still opens; it does not
 * carry the name, context, weights or threshold, so those are the file's name (without its extension)
 * and the tool's defaults (no context, weights 1, threshold 3), and the result says so (`csvVersion: 1`).
 *
 * Opening is lenient where a spreadsheet may have changed things, strict elsewhere:
 * - the settings rows may come in any order; each is required once; cells after the value must be
 *   empty (a spreadsheet pads rows with empty cells); an unknown key is refused;
 * - columns may come in any order; header names are matched after trimming spaces; every one of
 *   the 19 must be there once; empty header cells are ignored (their cells must be empty);
 * - the delimiter may be ",", ";" or a tab (whichever the first line holds most of);
 * - blank rows are skipped; short rows count as ending in empty cells;
 * - ids, target ids, intersects, levels, the context, weights and threshold are trimmed; names,
 *   evidence and sources are kept as is;
 * - an empty group_id is made from target_id (when free) or the name, as for a new group.
 *
 * Formulas: per OWASP's CSV-injection guidance, a cell beginning with "=", "+", "-", "@", a tab or
 * a carriage return is written with a "'" in front, so a spreadsheet shows it as text. So that
 * opening is the exact inverse, a cell that already begins with one or more "'" followed by one of
 * those characters gets one more; opening takes one "'" off any cell of that shape
 * ("=1+1" → "'=1+1" → "=1+1"; "'=x" → "''=x" → "'=x"; "'abc" stays "'abc").
 *
 * A CSV round trip keeps the whole analysis: its name, context, weights and threshold, and the
 * groups in order with their ids, names, target ids, intersections and all ratings (level, evidence,
 * source).
 */
import { dsvFormat } from 'd3-dsv';
import { cut } from './cut.ts';
import {
  DEFAULT_HIGH_THRESHOLD,
  FACTOR_IDS,
  MAX_HIGH_THRESHOLD,
  MIN_HIGH_THRESHOLD,
  isContextId,
  FORMAT,
  FORMAT_VERSION,
  ID_PATTERN,
  LIMITS,
  defaultWeights,
  isFactorId,
  isTargetId,
  uniqueId,
  type Analysis,
  type FactorId,
  type Group,
  type Level,
  type Rating,
} from './model.ts';
import { checkAnalysis, error, fail, readAs, type ImportError, type ImportResult } from './errors.ts';
import { fileStem } from './naming.ts';

const CELL_FIELDS = ['level', 'evidence', 'source'] as const;
type CellField = (typeof CELL_FIELDS)[number];

/** The 19 columns, in the order `toCSV` writes them. */
export const CSV_COLUMNS: readonly string[] = [
  'group_id',
  'group_name',
  'target_id',
  'intersects',
  ...FACTOR_IDS.flatMap((f) => CELL_FIELDS.map((c) => `${f}_${c}`)),
];

/** The CSV format's own version (the JSON's is FORMAT_VERSION): 2 added the settings rows. */
export const CSV_FORMAT_VERSION = 2;

/** The settings rows of format version 2, in the order `toCSV` writes them. */
export const CSV_SETTINGS: readonly string[] = ['format', 'version', 'name', 'context', ...FACTOR_IDS.map((f) => `${f}_weight`), 'high_threshold'];

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

/** The analysis as CSV text (see the top of this file), starting with a byte-order mark. */
export function toCSV(analysis: Analysis): string {
  const settings = [
    ['format', FORMAT],
    ['version', String(CSV_FORMAT_VERSION)],
    ['name', analysis.name],
    ['context', analysis.context ?? ''],
    ...FACTOR_IDS.map((f) => [`${f}_weight`, String(analysis.weights[f])]),
    ['high_threshold', String(analysis.highThreshold)],
  ];
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
  const format = (table: string[][]) => dsvFormat(',').formatRows(table.map((row) => row.map(neutraliseCell)));
  return `${BOM}${format(settings)}\n\n${format([[...CSV_COLUMNS], ...rows])}\n`;
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

/** Opens an analysis saved as CSV (see the top of this file). Never throws. */
export function fromCSV(text: string, fileName = ''): ImportResult {
  try {
    return readCSV(text, fileName);
  } catch {
    return fail({ ...error('bad-value'), format: 'csv' });
  }
}

/** fromCSV without its safety net: import.ts runs it under its own. */
export const readCSV = (text: string, fileName: string): ImportResult => readAs('csv', check(text, fileName));

type Settings = Pick<Analysis, 'name' | 'context' | 'weights' | 'highThreshold'>;

/**
 * The settings rows from `start` up to the groups' header (format version 2): the settings and the
 * header's index, or an error. A row is a setting when its first cell is a setting's key, the header
 * when it names a column of the groups table.
 */
function readSettings(rows: string[][], start: number): { settings: Settings; header: number } | { error: ImportError } {
  const values = new Map<string, { value: string; line: number }>();
  const columns = new Set(CSV_COLUMNS);
  let r = start;
  for (; r < rows.length; r += 1) {
    const cells = (rows[r] ?? []).map(restoreCell);
    const line = r + 1;
    if (cells.every((c) => c.trim() === '')) continue;
    const key = (cells[0] ?? '').trim();
    if (!CSV_SETTINGS.includes(key)) {
      if (cells.some((c) => columns.has(c.trim()))) break;
      return { error: error('unknown-setting', { line, column: 1, field: key, value: key }) };
    }
    if (values.has(key)) return { error: error('bad-value', { line, column: 1, field: key, value: key }) };
    const extra = cells.findIndex((c, j) => j > 1 && c.trim() !== '');
    if (extra > 0) return { error: error('bad-value', { line, column: extra + 1, field: key, value: cells[extra] }) };
    values.set(key, { value: cells[1] ?? '', line });
  }
  for (const key of CSV_SETTINGS) {
    if (!values.has(key)) return { error: error('missing-setting', { line: r + 1, field: key }) };
  }
  const get = (key: string) => values.get(key) ?? { value: '', line: 0 };
  const bad = (key: string) => ({ error: error('bad-setting', { line: get(key).line, column: 2, field: key, value: get(key).value }) });
  const format = get('format');
  if (format.value.trim() !== FORMAT) return { error: error('wrong-format', { line: format.line, column: 2, field: 'format', value: format.value }) };
  const version = get('version');
  if (version.value.trim() !== String(CSV_FORMAT_VERSION))
    return { error: error('wrong-version', { line: version.line, column: 2, field: 'version', value: version.value }) };
  const name = get('name').value;
  if (name.length > LIMITS.name || !name.isWellFormed()) return bad('name');
  const context = get('context').value.trim();
  if (context !== '' && !isContextId(context)) return bad('context');
  const integer = (key: string, min: number, most: number) => {
    const text = get(key).value.trim();
    return /^\d+$/.test(text) && Number(text) >= min && Number(text) <= most ? Number(text) : undefined;
  };
  const weights = defaultWeights();
  for (const f of FACTOR_IDS) {
    const w = integer(`${f}_weight`, 0, LIMITS.weight);
    if (w === undefined) return bad(`${f}_weight`);
    weights[f] = w;
  }
  const highThreshold = integer('high_threshold', MIN_HIGH_THRESHOLD, MAX_HIGH_THRESHOLD);
  if (highThreshold === undefined) return bad('high_threshold');
  if (r >= rows.length) return { error: error('missing-column', { line: r + 1, column: 1, field: CSV_COLUMNS[0] }) };
  return { settings: { name, context: context === '' ? null : (context as Analysis['context']), weights, highThreshold }, header: r };
}

function check(withBom: string, fileName: string): ImportResult {
  const text = withBom.replace(/^\uFEFF/, '');
  if (text.trim() === '') return fail(error('empty'));
  const rows = dsvFormat(sniffDelimiter(text)).parseRows(text);

  // Format version 2 begins with its settings (a "format" row before the groups' header); version 1
  // with the groups' header, its settings the defaults.
  const columns = new Set(CSV_COLUMNS);
  const first = rows.findIndex((row) => row.some((c) => c.trim() !== ''));
  const formatRow = rows.findIndex((row) => (row[0] ?? '').trim() === 'format');
  const headerRow = rows.findIndex((row) => row.some((c) => columns.has(c.trim())));
  let headerAt = 0;
  let settings: Settings;
  const version = formatRow >= 0 && (headerRow < 0 || formatRow < headerRow) ? CSV_FORMAT_VERSION : 1;
  if (version === CSV_FORMAT_VERSION) {
    const read = readSettings(rows, first);
    if ('error' in read) return fail(read.error);
    settings = read.settings;
    headerAt = read.header;
  } else {
    const stem = fileStem(fileName);
    settings = { name: cut(stem, LIMITS.name), context: null, weights: defaultWeights(), highThreshold: DEFAULT_HIGH_THRESHOLD };
  }

  const header = (rows[headerAt] ?? []).map((h) => h.trim());
  const known = new Set(CSV_COLUMNS);
  if (!header.some((h) => known.has(h)))
    return fail(error('wrong-format', { line: headerAt + 1, column: 1, field: header[0] || undefined, value: header[0] || undefined }));

  // The header: every column known and once, then none missing.
  const at = new Map<string, number>();
  for (const [j, name] of header.entries()) {
    const where = { line: headerAt + 1, column: j + 1, field: name, value: name };
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
    if (!at.has(name)) return fail(error('missing-column', { line: headerAt + 1, column: k + 1, field: name }));
  }
  const col = (name: string) => at.get(name) ?? 0;

  // The groups.
  const pending: Pending[] = [];
  for (let r = headerAt + 1; r < rows.length; r += 1) {
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
    if (name.trim() === '' || name.length > LIMITS.name || !name.isWellFormed()) return fail(error('bad-value', where('group_name', name)));
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
        if (value.length > LIMITS.text || !value.isWellFormed()) return fail(error('bad-value', where(`${f}_${k}`, value)));
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
      if (other === p.id || !ids.has(other) || seen.has(other))
        return fail(error('bad-value', { line: p.line, column: col('intersects') + 1, field: 'intersects', value: other }));
      seen.add(other);
    }
  }

  const analysis: Analysis = {
    format: FORMAT,
    version: FORMAT_VERSION,
    ...settings,
    groups: pending.map((p) => ({ id: p.id, name: p.name, targetId: p.targetId, intersects: p.intersects, ratings: p.ratings })),
  };
  // A last check against the schema, and which version of the format the file was.
  const result = checkAnalysis(analysis);
  return result.ok ? { ...result, csvVersion: version } : result;
}
