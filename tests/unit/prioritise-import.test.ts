/** Importing in the tool: JSON or CSV by content then extension, a re-imported file named as an import, and each format's errors saying which format they speak of. */
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCSV } from '../../src/lib/prioritise/csv.ts';
import { toJSON } from '../../src/lib/prioritise/json.ts';
import { importText } from '../../src/lib/prioritise/import.ts';
import { analysis as analysisOf, group } from '../helpers/prioritise.ts';
import { addGroup, emptyAnalysis, groupFromTarget, LIMITS } from '../../src/lib/prioritise/model.ts';
import { fileNameFor, fileStem, importedName, localIsoDate } from '../../src/lib/prioritise/naming.ts';
import { en } from '../../src/i18n/en.ts';
import { zh } from '../../src/i18n/zh.ts';

describe('opening a file', () => {
  it('decides JSON or CSV by content, then by extension', () => {
    const a = analysisOf([group('g-1', 'A', { shocks: 1 })]);
    expect(importText(toJSON(a), 'misnamed.csv')).toEqual({ ok: true, analysis: a, encoding: 'utf-8' });
    expect(importText(`  \n${toJSON(a)}`, 'noext')).toEqual({ ok: true, analysis: a, encoding: 'utf-8' });
    const v1 = toCSV(a).replace(/^\uFEFF[^]*?\n\n/, '');
    const named = importText(v1, 'C:\\fakepath\\Lao PDR.v2.csv');
    expect(named.ok && named.analysis.name).toBe('Lao PDR.v2');
    expect(importText(toCSV(a), 'export.txt').ok).toBe(true);
    expect(fileStem('/home/a/b.json')).toBe('b');
    expect(fileNameFor({ ...a, name: 'Viet Nam: 2025/26' }, 'csv')).toBe('Viet Nam 2025 26.csv');
    expect(fileNameFor({ ...a, name: '  ' }, 'json')).toBe('prioritisation.json');
  });
});

const template = '{name} (imported {date})';

describe('importedName', () => {
  it.each([
    ['a new name stays as it is', 'Review', ['Other'], 'Review'],
    ['a name already open says it is an import, and when', 'Review', ['Review'], 'Review (imported 2026-12-02)'],
    ['and is numbered when that is taken too', 'Review', ['Review', 'Review (imported 2026-12-02)'], 'Review (imported 2026-12-02) 2'],
    ['up to the next free number', 'Review', ['Review', 'Review (imported 2026-12-02)', 'Review (imported 2026-12-02) 2'], 'Review (imported 2026-12-02) 3'],
  ] as const)('%s', (_, name, taken, expected) => {
    expect(importedName(name, taken, '2026-12-02', template)).toBe(expected);
  });
  it('stays within the name limit, even numbered', () => {
    const long = 'x'.repeat(LIMITS.name);
    const first = importedName(long, [long], '2026-12-02', template);
    const second = importedName(long, [long, first], '2026-12-02', template);
    expect(first.length).toBeLessThanOrEqual(LIMITS.name);
    expect(second.length).toBeLessThanOrEqual(LIMITS.name);
    expect(second).not.toBe(first);
    expect(first).toMatch(/^x+ \(imported 2026-12-02\)$/);
    expect(second).toMatch(/^x+ \(imported 2026-12-02\) 2$/);
  });
  it('uses the wording of either language', () => {
    expect(importedName('评估', ['评估'], '2026-12-02', zh['tool.importedName'] as string)).toBe('评估(导入于 2026-12-02)');
    expect(importedName('Review', ['Review'], '2026-12-02', en['tool.importedName'] as string)).toBe('Review (imported 2026-12-02)');
  });
});

describe('localIsoDate', () => {
  it('gives the calendar date where the reader is', () => {
    const instant = new Date('2026-12-02T23:30:00Z');
    expect(localIsoDate(instant, 'UTC')).toBe('2026-12-02');
    expect(localIsoDate(instant, 'Asia/Shanghai')).toBe('2026-12-03');
  });
});

describe('errors say which format they speak of', () => {
  const analysis = addGroup(emptyAnalysis('Review'), groupFromTarget('women', 'Women'));
  it.each([
    ['a CSV with another header', () => importText('name,age\nA,3', 'people.csv'), 'csv', 'wrong-format'],
    [
      'a CSV rating out of range',
      () =>
        importText(`${CSV_COLUMNS.join(',')}\n${CSV_COLUMNS.map((c) => ({ group_id: 'a', group_name: 'A', shocks_level: '7' })[c] ?? '').join(',')}`, 'a.csv'),
      'csv',
      'out-of-range',
    ],
    ['a JSON of another format', () => importText(toJSON(analysis).replace('lnob-prioritise', 'other'), 'a.json'), 'json', 'wrong-format'],
    ['malformed JSON', () => importText('{"format": }', 'a.json'), 'json', 'bad-json'],
  ] as const)('%s', (_, run, format, code) => {
    const result = run();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code, format });
  });
  it('reads a good CSV back', () => {
    expect(importText(toCSV(analysis), 'Review.csv').ok).toBe(true);
  });
  it.each([
    ['en', en],
    ['zh', zh],
  ] as const)('%s: the CSV messages name the CSV’s columns, the JSON ones its "format" field', (_, dict) => {
    expect(dict['tool.err.csv.wrong-format']).toContain('group_id');
    expect(dict['tool.err.csv.wrong-format']).not.toContain('lnob-prioritise');
    expect(dict['tool.err.wrong-format']).toContain('"format"');
    expect(dict['tool.err.csv.out-of-range']).not.toMatch(/weight|权重/);
  });
});
