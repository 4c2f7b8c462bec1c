/**
 * An analysis as JSON: everything the tool holds.
 *
 * `toJSON` writes the whole analysis, two-space indented, keys in a fixed order:
 *   { "format": "lnob-prioritise", "version": 1, "name", "context", "weights": { factor: 0–5 },
 *     "highThreshold": 1–3, "groups": [ { "id", "name", "targetId", "intersects": [ids],
 *     "ratings": { factor: { "level": 0–3 | null, "evidence", "source" } } } ] }
 * Opening checks it against `analysisSchema` (schema.ts): no unknown keys, all five factors, the
 * limits, unique ids, intersections naming other groups. A key `__proto__`, `constructor` or
 * `prototype` anywhere refuses the file (code `proto-key`, `field` = its path, e.g. `groups.0.__proto__`).
 * A syntax error is placed by jsonc-parser (line and column of its first error), because browsers
 * word JSON.parse's errors differently and some give no position at all.
 */
import { parse as parseLoosely, type ParseError } from 'jsonc-parser';
import { FORMAT, FORMAT_VERSION, type Analysis } from './model.ts';
import { canonical, checkAnalysis, error, fail, readAs, type ImportResult } from './errors.ts';

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
    const children: [unknown, string][] = [];
    for (const key of Object.keys(v)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (PROTO_KEYS.has(key)) return at;
      children.push([(v as Record<string, unknown>)[key], at]);
    }
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as [unknown, string]);
  }
  return undefined;
}

/** 1-based line and column of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

/** Where strict JSON first goes wrong in a text JSON.parse refused, or undefined if the parser finds nothing. */
export function syntaxErrorAt(text: string): { line: number; column: number } | undefined {
  const errors: ParseError[] = [];
  parseLoosely(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  return first === undefined ? undefined : lineColumn(text, first.offset);
}

function check(text: string): ImportResult {
  if (text.trim() === '') return fail(error('empty'));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(error('bad-json', syntaxErrorAt(text)));
  }
  const proto = findProtoKey(data);
  if (proto !== undefined) return fail(error('proto-key', { field: proto }));
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return fail(error('wrong-format'));
  const record = data as Record<string, unknown>;
  if (record['format'] !== FORMAT) return fail(error('wrong-format', { field: 'format', value: record['format'] }));
  if (record['version'] !== FORMAT_VERSION) return fail(error('wrong-version', { field: 'version', value: record['version'] }));
  return checkAnalysis(data);
}

/** Opens JSON text (a byte-order mark is fine) without fromJSON's safety net: import.ts runs it under its own. */
export const readJSON = (text: string): ImportResult => readAs('json', check(text.replace(/^\uFEFF/, '')));

/** Opens an analysis saved as JSON. Never throws. */
export function fromJSON(text: string): ImportResult {
  try {
    return readJSON(text);
  } catch {
    return fail({ ...error('bad-json'), format: 'json' });
  }
}
