/**
 * Opening files: every error code has an example with where it is, and opening never throws and never
 * changes the analysis open in the tool, for any bytes, any text and any one change to a saved file
 * (property tests, fast-check).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HEADER, analysis, analysisArb, csvRow, encode, errorOf, group, isTypedResult, textArb } from '../helpers/prioritise.ts';
import { LIMITS, type Level, type Rating } from '../../src/lib/prioritise/model.ts';
import { IMPORT_ERROR_CODES, type ImportResult } from '../../src/lib/prioritise/errors.ts';
import { toJSON, fromJSON } from '../../src/lib/prioritise/json.ts';
import { CSV_COLUMNS, CSV_SETTINGS, fromCSV, toCSV } from '../../src/lib/prioritise/csv.ts';
import { importFile, importFileUnguarded, importText } from '../../src/lib/prioritise/import.ts';

/** A version 2 CSV: its settings rows, each changed, left out (undefined) or added, then a header and one group. */
function settingsRows(change: Record<string, string | undefined>): string {
  const values: Record<string, string | undefined> = {
    format: 'lnob-prioritise',
    version: '2',
    name: 'A',
    context: '',
    ...Object.fromEntries(CSV_SETTINGS.filter((k) => k.endsWith('_weight')).map((k) => [k, '1'])),
    high_threshold: '3',
    ...change,
  };
  const rows = Object.entries(values).flatMap(([k, v]) => (v === undefined ? [] : [`${k},${v}`]));
  return [...rows, '', HEADER, csvRow({ group_id: 'a', group_name: 'A' })].join('\n');
}

describe('every error, with where it is', () => {
  const valid = JSON.parse(toJSON(analysis([group('g-1', 'A', { shocks: 1 }), group('g-2', 'B', {})]))) as Record<string, unknown> & {
    groups: Record<string, unknown>[];
  };
  const json = (change: (v: typeof valid) => unknown) => importText(JSON.stringify(change(structuredClone(valid))), 'a.json');

  const cases: [string, () => ImportResult, { code: string } & Record<string, unknown>][] = [
    ['empty: no bytes', () => importFile(new Uint8Array(0), 'a.csv'), { code: 'empty' }],
    ['empty: blanks and a byte-order mark', () => importText('\uFEFF  \r\n\t', 'a.csv'), { code: 'empty' }],
    [
      'too-large: 1 MiB and one byte',
      () => importFile(new Uint8Array(LIMITS.fileBytes + 1).fill(0x20), 'a.csv'),
      { code: 'too-large', value: String(LIMITS.fileBytes + 1) },
    ],
    [
      'unknown-encoding: a byte neither UTF-8 nor GB18030 has (0xFF)',
      () => importFile(new Uint8Array([0x67, 0xff, 0x2c]), 'a.csv'),
      { code: 'unknown-encoding' },
    ],
    [
      'unknown-encoding: a GB18030 lead byte without its second byte',
      () => importFile(new Uint8Array([0x67, 0x2c, 0xb9, 0x2c]), 'a.csv'),
      { code: 'unknown-encoding' },
    ],
    [
      'unknown-encoding: UTF-16 with half a character',
      () => importFile(new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d]), 'a.json'),
      { code: 'unknown-encoding' },
    ],
    ['not-csv-or-json: prose', () => importText('Notes from the workshop', 'notes.txt'), { code: 'not-csv-or-json' }],
    ['not-csv-or-json: binary that happens to be UTF-8', () => importText('\u0000\u0001\u0002', 'blob'), { code: 'not-csv-or-json' }],
    // Line 4 is "}" right after the trailing comma of line 3.
    [
      'bad-json: a trailing comma',
      () => importText('{\n  "format": "lnob-prioritise",\n  "version": 1,\n}', 'a.json'),
      { code: 'bad-json', line: 4, column: 1 },
    ],
    ['bad-json: an unquoted word', () => importText('{\n  "name": tru\n}', 'a.json'), { code: 'bad-json', line: 2, column: 11 }],
    ['bad-json: a .json file that is not JSON', () => importText('name,level', 'a.json'), { code: 'bad-json', line: 1, column: 1 }],
    ['wrong-format: another format', () => json((v) => ({ ...v, format: 'other' })), { code: 'wrong-format', field: 'format', value: 'other' }],
    ['wrong-format: an array', () => importText('[1, 2]', 'a.json'), { code: 'wrong-format' }],
    ['wrong-format: a CSV of something else', () => importText('name,age\nA,3', 'people.csv'), { code: 'wrong-format', line: 1, column: 1, field: 'name' }],
    ['wrong-version: version 2', () => json((v) => ({ ...v, version: 2 })), { code: 'wrong-version', field: 'version', value: '2' }],
    ['wrong-version: no version', () => json(({ version: _, ...v }) => v), { code: 'wrong-version', field: 'version' }],
    [
      'proto-key: __proto__ in a group',
      () => importText(toJSON(analysis([group('g-1', 'A', {})])).replace('"id": "g-1"', '"__proto__": { "polluted": true }, "id": "g-1"'), 'a.json'),
      { code: 'proto-key', field: 'groups.0.__proto__' },
    ],
    [
      'proto-key: constructor in a rating',
      () => json((v) => ({ ...v, groups: [{ ...v.groups[0], ratings: { ...(v.groups[0]!['ratings'] as object), constructor: {} } }] })),
      { code: 'proto-key', field: 'groups.0.ratings.constructor' },
    ],
    ['proto-key: prototype at the top', () => json((v) => ({ prototype: 1, ...v })), { code: 'proto-key', field: 'prototype' }],
    // CSV columns: group_id 1, group_name 2, target_id 3, intersects 4, then three per factor:
    // discrimination 5–7, geography 8–10, shocks 11–13, governance 14–16, socio-economic 17–19.
    [
      'missing-column: shocks_source',
      () => importText(CSV_COLUMNS.filter((c) => c !== 'shocks_source').join(','), 'a.csv'),
      { code: 'missing-column', line: 1, column: 13, field: 'shocks_source' },
    ],
    ['unknown-column: a 20th column "notes"', () => importText(`${HEADER},notes`, 'a.csv'), { code: 'unknown-column', line: 1, column: 20, field: 'notes' }],
    [
      'unknown-factor: poverty_level',
      () => importText(`${HEADER.replace('discrimination_level', 'poverty_level')}`, 'a.csv'),
      { code: 'unknown-factor', line: 1, column: 5, field: 'poverty_level' },
    ],
    [
      'unknown-factor: in JSON ratings',
      () =>
        json((v) => ({
          ...v,
          groups: [{ ...v.groups[0], ratings: { ...(v.groups[0]!['ratings'] as object), poverty: { level: 1, evidence: '', source: '' } } }],
        })),
      { code: 'unknown-factor', field: 'groups.0.ratings.poverty', value: 'poverty' },
    ],
    [
      'unknown-factor: in JSON weights',
      () => json((v) => ({ ...v, weights: { ...(v['weights'] as object), climate: 2 } })),
      { code: 'unknown-factor', field: 'weights.climate' },
    ],
    [
      'out-of-range: level 4 on row 3, geography (column 8)',
      () =>
        importText([HEADER, csvRow({ group_id: 'a', group_name: 'A' }), csvRow({ group_id: 'b', group_name: 'B', geography_level: '4' })].join('\n'), 'a.csv'),
      { code: 'out-of-range', line: 3, column: 8, field: 'geography_level', value: '4' },
    ],
    [
      'out-of-range: level 1.5',
      () => importText([HEADER, csvRow({ group_id: 'a', group_name: 'A', socioeconomic_level: '1.5' })].join('\r\n'), 'a.csv'),
      { code: 'out-of-range', line: 2, column: 17, value: '1.5' },
    ],
    [
      'out-of-range: level -1 (neutralised)',
      () => importText([HEADER, csvRow({ group_id: 'a', group_name: 'A', discrimination_level: "'-1" })].join('\n'), 'a.csv'),
      { code: 'out-of-range', line: 2, column: 5, value: '-1' },
    ],
    [
      'out-of-range: level "high"',
      () => importText([HEADER, csvRow({ group_id: 'a', group_name: 'A', governance_level: 'high' })].join('\n'), 'a.csv'),
      { code: 'out-of-range', line: 2, column: 14, value: 'high' },
    ],
    [
      'out-of-range: a JSON level of 4',
      () =>
        json((v) => {
          (v.groups[0] as { ratings: Record<string, Rating> }).ratings['shocks']!.level = 4 as Level;
          return v;
        }),
      { code: 'out-of-range', field: 'groups.0.ratings.shocks.level', value: '4' },
    ],
    [
      'out-of-range: a JSON weight of 6',
      () => json((v) => ({ ...v, weights: { ...(v['weights'] as object), governance: 6 } })),
      { code: 'out-of-range', field: 'weights.governance', value: '6' },
    ],
    ['out-of-range: a JSON threshold of 0', () => json((v) => ({ ...v, highThreshold: 0 })), { code: 'out-of-range', field: 'highThreshold', value: '0' }],
    [
      'duplicate-group: the same id on rows 2 and 4',
      () =>
        importText(
          [
            HEADER,
            csvRow({ group_id: 'a', group_name: 'A' }),
            csvRow({ group_id: 'b', group_name: 'B' }),
            csvRow({ group_id: 'a', group_name: 'A again' }),
          ].join('\n'),
          'a.csv',
        ),
      { code: 'duplicate-group', line: 4, column: 1, value: 'a' },
    ],
    [
      'duplicate-group: in JSON',
      () => json((v) => ({ ...v, groups: [v.groups[0], v.groups[0]] })),
      { code: 'duplicate-group', field: 'groups.1.id', value: 'g-1' },
    ],
    [
      'bad-value: an unknown target',
      () => importText([HEADER, csvRow({ group_id: 'a', group_name: 'A', target_id: 'aliens' })].join('\n'), 'a.csv'),
      { code: 'bad-value', line: 2, column: 3, field: 'target_id', value: 'aliens' },
    ],
    [
      'bad-value: an intersection with no such group',
      () =>
        importText(
          [HEADER, csvRow({ group_id: 'a', group_name: 'A', intersects: 'b;nobody' }), csvRow({ group_id: 'b', group_name: 'B' })].join('\n'),
          'a.csv',
        ),
      { code: 'bad-value', line: 2, column: 4, field: 'intersects', value: 'nobody' },
    ],
    [
      'bad-value: a blank name',
      () => importText([HEADER, csvRow({ group_id: 'a', group_name: ' ' })].join('\n'), 'a.csv'),
      { code: 'bad-value', line: 2, column: 2, field: 'group_name' },
    ],
    [
      'bad-value: an id that is not a slug',
      () => importText([HEADER, csvRow({ group_id: 'Rural Women', group_name: 'A' })].join('\n'), 'a.csv'),
      { code: 'bad-value', line: 2, column: 1, field: 'group_id' },
    ],
    [
      'bad-value: evidence of 2001 characters',
      () => importText([HEADER, csvRow({ group_id: 'a', group_name: 'A', shocks_evidence: 'x'.repeat(2001) })].join('\n'), 'a.csv'),
      { code: 'bad-value', line: 2, column: 12, field: 'shocks_evidence' },
    ],
    ['bad-value: a column named twice', () => importText(`${HEADER},group_name`, 'a.csv'), { code: 'bad-value', line: 1, column: 20, field: 'group_name' }],
    [
      'bad-value: a cell beyond the header',
      () => importText([HEADER, `${csvRow({ group_id: 'a', group_name: 'A' })},extra`].join('\n'), 'a.csv'),
      { code: 'bad-value', line: 2, column: 20, value: 'extra' },
    ],
    [
      'bad-value: a JSON intersection with itself',
      () => json((v) => ({ ...v, groups: [{ ...v.groups[0], intersects: ['g-1'] }, v.groups[1]] })),
      { code: 'bad-value', field: 'groups.0.intersects.0', value: 'g-1' },
    ],
    ['bad-value: a JSON name that is a number', () => json((v) => ({ ...v, name: 7 })), { code: 'bad-value', field: 'name', value: '7' }],
    [
      'too-many: 201 groups, the 201st on row 202',
      () => importText([HEADER, ...Array.from({ length: 201 }, (_, i) => csvRow({ group_id: `g-${i + 1}`, group_name: `G${i + 1}` }))].join('\n'), 'a.csv'),
      { code: 'too-many', line: 202 },
    ],
    [
      'missing-setting: a version 2 CSV without its threshold row',
      () => importText(settingsRows({ high_threshold: undefined }), 'a.csv'),
      { code: 'missing-setting', line: 11, field: 'high_threshold', format: 'csv' },
    ],
    [
      'unknown-setting: a row "notes" among the settings',
      () => importText(settingsRows({ notes: 'x' }), 'a.csv'),
      { code: 'unknown-setting', line: 11, column: 1, field: 'notes', format: 'csv' },
    ],
    [
      'bad-setting: a weight of 6',
      () => importText(settingsRows({ shocks_weight: '6' }), 'a.csv'),
      { code: 'bad-setting', line: 7, column: 2, field: 'shocks_weight', value: '6', format: 'csv' },
    ],
    [
      'bad-setting: a threshold of 0',
      () => importText(settingsRows({ high_threshold: '0' }), 'a.csv'),
      { code: 'bad-setting', line: 10, field: 'high_threshold', value: '0' },
    ],
    [
      'bad-setting: an unknown context',
      () => importText(settingsRows({ context: 'mars' }), 'a.csv'),
      { code: 'bad-setting', line: 4, field: 'context', value: 'mars' },
    ],
    [
      'wrong-version: a CSV of format version 3',
      () => importText(settingsRows({ version: '3' }), 'a.csv'),
      { code: 'wrong-version', line: 2, column: 2, field: 'version', value: '3', format: 'csv' },
    ],
    [
      'bad-value: a cell after a setting’s value',
      () => importText(settingsRows({ name: 'A,extra' }), 'a.csv'),
      { code: 'bad-value', line: 3, column: 3, field: 'name', value: 'extra' },
    ],
    [
      'too-many: in JSON',
      () => json((v) => ({ ...v, groups: Array.from({ length: 201 }, (_, i) => ({ ...v.groups[1], id: `g-${i + 1}` })) })),
      { code: 'too-many', field: 'groups' },
    ],
  ];

  it.each(cases)('%s', (_, run, expected) => {
    const e = errorOf(run());
    expect(e).toEqual(expect.objectContaining(expected));
    expect(isTypedResult({ ok: false, error: e })).toBe(true);
  });

  it('has an example of every code', () => {
    expect(new Set(cases.map((c) => c[2].code))).toEqual(new Set(IMPORT_ERROR_CODES));
  });

  it('leaves Object.prototype alone', () => {
    importText('{"__proto__": {"polluted": true}, "format": "lnob-prioritise", "version": 1}', 'a.json');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('accepts exactly 1 MiB, and a byte-order mark', () => {
    const a = analysis([group('g-1', 'A', {})]);
    const body = toJSON(a);
    const padded = body + ' '.repeat(LIMITS.fileBytes - encode(body).length);
    expect(encode(padded).length).toBe(LIMITS.fileBytes);
    expect(importText(padded, 'a.json')).toEqual({ ok: true, analysis: a, encoding: 'utf-8' });
    expect(importText(`\uFEFF${body}`, 'a.json')).toEqual({ ok: true, analysis: a, encoding: 'utf-8' });
  });
});

describe('never throws, whatever it is given', () => {
  const names = fc.constantFrom('a.csv', 'a.json', 'a.txt', '', 'noext', 'x.CSV', '../../etc/passwd');

  const check = (result: ImportResult) => {
    expect(isTypedResult(result)).toBe(true);
  };

  it('for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), names, (bytes, name) => check(importFileUnguarded(bytes, name))),
      { numRuns: 500 },
    );
  });

  it('for any text, including half surrogate pairs', () => {
    const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }).map((units) => String.fromCharCode(...units));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), anyUnits, fc.json()), names, (text, name) => {
        check(importFileUnguarded(encode(text), name));
        check(importText(text, name));
        check(fromJSON(text));
        check(fromCSV(text, name));
      }),
      { numRuns: 500 },
    );
  });

  it('for a saved analysis with any one value changed, removed or added', () => {
    type Json = unknown;
    const paths = (v: Json, at: (string | number)[] = []): (string | number)[][] =>
      v !== null && typeof v === 'object' ? [at, ...Object.entries(v).flatMap(([k, c]) => paths(c, [...at, Array.isArray(v) ? Number(k) : k]))] : [at];
    fc.assert(
      fc.property(
        analysisArb,
        fc.nat(),
        fc.jsonValue(),
        fc.constantFrom('replace', 'remove', 'add'),
        fc.constantFrom('name', '__proto__', 'constructor', 'poverty', 'level', '0'),
        (a, pick, value, how, key) => {
          const data = JSON.parse(toJSON(a)) as Json;
          const all = paths(data);
          const path = all[pick % all.length] ?? [];
          let root: Json = data;
          if (path.length === 0) root = how === 'replace' ? value : data;
          else {
            const parent = path.slice(0, -1).reduce<Json>((o, k) => (o as Record<string, Json>)[k], data) as Record<string | number, Json>;
            const last = path[path.length - 1]!;
            if (how === 'replace') parent[last] = value;
            else if (how === 'remove') delete parent[last];
            else if (parent[last] !== null && typeof parent[last] === 'object')
              Object.defineProperty(parent[last], key, { value, enumerable: true, configurable: true, writable: true });
          }
          check(importFileUnguarded(encode(JSON.stringify(root) ?? ''), 'a.json'));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('for a saved CSV with any one cell changed or a column dropped', () => {
    fc.assert(
      fc.property(analysisArb, fc.nat(), fc.nat(), textArb(20), fc.boolean(), (a, r, c, cell, drop) => {
        const rows = toCSV(a)
          .replace(/^\uFEFF/, '')
          .trimEnd()
          .split('\n');
        const grid = rows.map((line) => line.split(','));
        const row = grid[r % grid.length]!;
        if (drop) for (const g of grid) g.splice(c % row.length, 1);
        else row[c % row.length] = JSON.stringify(cell);
        check(importFileUnguarded(encode(grid.map((g) => g.join(',')).join('\n')), 'a.csv'));
      }),
      { numRuns: 500 },
    );
  });
});
