/**
 * The groups table as CSV: UTF-8 with a byte-order mark (so spreadsheets read Chinese), comma-separated,
 * quoted as RFC 4180 (d3-dsv), one header row and then one row per group, in the analysis's order:
 *
 *     group_id,group_name,target_id,intersects,
 *     discrimination_level,discrimination_evidence,discrimination_source,
 *     geography_level,geography_evidence,geography_source,
 *     shocks_level,shocks_evidence,shocks_source,
 *     governance_level,governance_evidence,governance_source,
 *     socioeconomic_level,socioeconomic_evidence,socioeconomic_source
 *
 * (19 columns on one line.) group_id: the group's slug; group_name: its name; target_id: one of the
 * 18 target-group ids or empty; intersects: ids of other groups joined by ";" (no spaces), or empty;
 * *_level: 0, 1, 2, 3, or empty for "not rated"; *_evidence and *_source: free text.
 *
 * The CSV holds the groups and their ratings only. The analysis's settings travel in JSON alone:
 * opening a CSV takes the analysis name from the file name (without its extension) and keeps
 * the context, weights and threshold of the analysis open in the tool (`base`), or the defaults
 * (no context, weights 1, threshold 3) when there is none.
 *
 * Opening is lenient where a spreadsheet may have changed things, strict elsewhere:
 * - columns may come in any order; header names are matched after trimming spaces; every one of
 *   the 19 must be there once; empty header cells are ignored (their cells must be empty);
 * - the delimiter may be ",", ";" or a tab (whichever the header line holds most of);
 * - blank rows are skipped; short rows count as ending in empty cells;
 * - ids, target ids, intersects and levels are trimmed; names, evidence and sources are kept as is;
 * - an empty group_id is made from target_id (when free) or the name, as for a new group.
 *
 * Formulas: per OWASP's CSV-injection guidance, a cell beginning with "=", "+", "-", "@", a tab or
 * a carriage return is written with a "'" in front, so a spreadsheet shows it as text. So that
 * opening is the exact inverse, a cell that already begins with one or more "'" followed by one of
 * those characters gets one more; opening takes one "'" off any cell of that shape
 * ("=1+1" → "'=1+1" → "=1+1"; "'=x" → "''=x" → "'=x"; "'abc" stays "'abc").
 *
 * A CSV round trip keeps exactly: the groups in order, their ids, names, target ids, intersections
 * and all ratings (level, evidence, source). It does not keep the name, context, weights or threshold.
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
import { checkAnalysis, error, fail, readAs, type ImportResult } from './errors.ts';
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
    return readCSV(text, fileName, base);
  } catch {
    return fail({ ...error('bad-value'), format: 'csv' });
  }
}

/** fromCSV without its safety net: import.ts runs it under its own. */
export const readCSV = (text: string, fileName: string, base: Analysis | undefined): ImportResult => readAs('csv', check(text, fileName, base));

function check(withBom: string, fileName: string, base: Analysis | undefined): ImportResult {
  const text = withBom.replace(/^\uFEFF/, '');
  if (text.trim() === '') return fail(error('empty'));
  const rows = dsvFormat(sniffDelimiter(text)).parseRows(text);
  const header = (rows[0] ?? []).map((h) => h.trim());
  const known = new Set(CSV_COLUMNS);
  if (!header.some((h) => known.has(h)))
    return fail(error('wrong-format', { line: 1, column: 1, field: header[0] || undefined, value: header[0] || undefined }));

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
  return checkAnalysis(analysis);
}
