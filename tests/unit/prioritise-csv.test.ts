/** The groups table as CSV: what is written, formulas neutralised, and what a spreadsheet may change. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HEADER, analysis, analysisArb, csvRow, encode, group, textArb } from '../helpers/prioritise.ts';
import { emptyAnalysis, emptyRatings } from '../../src/lib/prioritise/model.ts';
import { CSV_COLUMNS, neutraliseCell, restoreCell, toCSV } from '../../src/lib/prioritise/csv.ts';
import { importFile, importText } from '../../src/lib/prioritise/import.ts';

describe('CSV', () => {
  it('CSV: any valid analysis keeps its groups and ratings exactly; name from the file, settings from the open analysis', () => {
    fc.assert(
      fc.property(analysisArb, analysisArb, (a, open) => {
        const bytes = encode(toCSV(a));
        // With the analysis open in the tool as base: everything but the name comes back.
        expect(importFile(bytes, 'Viet Nam 2025.csv', a)).toEqual({ ok: true, analysis: { ...a, name: 'Viet Nam 2025' } });
        // With another one open: its settings, the file's groups.
        const other = importFile(bytes, 'x.csv', open);
        expect(other).toEqual({ ok: true, analysis: { ...a, name: 'x', context: open.context, weights: open.weights, highThreshold: open.highThreshold } });
        // With none: the defaults.
        const alone = importFile(bytes, 'x.csv');
        expect(alone).toEqual({ ok: true, analysis: { ...emptyAnalysis('x'), groups: a.groups } });
      }),
    );
  });

  it('CSV: writes the fixed header and one row per group, with a byte-order mark', () => {
    const a = analysis([
      { ...group('rural-women', 'Rural women, 15–24', { shocks: 2 }, []), targetId: null },
      group('g-1', '农村妇女', { discrimination: 3 }, ['rural-women']),
    ]);
    const lines = toCSV(a).split('\n');
    expect(lines[0]).toBe(
      '\uFEFFgroup_id,group_name,target_id,intersects,discrimination_level,discrimination_evidence,discrimination_source,geography_level,geography_evidence,geography_source,shocks_level,shocks_evidence,shocks_source,governance_level,governance_evidence,governance_source,socioeconomic_level,socioeconomic_evidence,socioeconomic_source',
    );
    expect(lines[1]).toBe('rural-women,"Rural women, 15–24",,,,,,,,,2,,,,,,,,');
    expect(lines[2]).toBe('g-1,农村妇女,,rural-women,3,,,,,,,,,,,,,,');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  it('CSV: neutralises formulas (OWASP) and takes exactly that quote off again', () => {
    expect(neutraliseCell('=1+1')).toBe("'=1+1");
    expect(neutraliseCell('+44 20')).toBe("'+44 20");
    expect(neutraliseCell('-5%')).toBe("'-5%");
    expect(neutraliseCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseCell('\tx')).toBe("'\tx");
    expect(neutraliseCell('\rx')).toBe("'\rx");
    expect(neutraliseCell("'=x")).toBe("''=x");
    expect(neutraliseCell("'abc")).toBe("'abc");
    expect(neutraliseCell('a=b')).toBe('a=b');
    expect(restoreCell("'=1+1")).toBe('=1+1');
    expect(restoreCell("''=x")).toBe("'=x");
    expect(restoreCell("'abc")).toBe("'abc");
    fc.assert(fc.property(textArb(20), (s) => restoreCell(neutraliseCell(s)) === s));
    fc.assert(fc.property(textArb(20), (s) => !/^[=+\-@\t\r]/.test(neutraliseCell(s))));
    const a = analysis([
      { ...group('g-1', '=HYPERLINK("http://x")', {}), ratings: { ...emptyRatings(), shocks: { level: 1, evidence: '-2 °C', source: '@who' } } },
    ]);
    const row = toCSV(a).split('\n')[1];
    expect(row).toBe(`g-1,"'=HYPERLINK(""http://x"")",,,,,,,,,1,'-2 °C,'@who,,,,,,`);
  });

  it('CSV: accepts columns in another order, a semicolon or tab delimiter, blank rows and short rows', () => {
    const reordered = [...CSV_COLUMNS].reverse();
    const text = `${reordered.join(';')}\n\n${reordered.map((c) => ({ group_id: 'g-1', group_name: 'A', shocks_level: ' 2 ' })[c] ?? '').join(';')}\n`;
    const result = importText(text, 'semi.csv');
    expect(result.ok && result.analysis.groups[0]?.ratings.shocks.level).toBe(2);
    const tabbed = importText(`${CSV_COLUMNS.join('\t')}\ng-1\tA`, 'tabbed.txt');
    expect(tabbed.ok && tabbed.analysis.groups.map((g) => g.name)).toEqual(['A']);
  });

  it('CSV: makes missing ids from the target or the name', () => {
    const text = [
      HEADER,
      csvRow({ group_name: 'Women', target_id: 'women' }),
      csvRow({ group_name: 'Women again', target_id: 'women' }),
      csvRow({ group_name: '农村妇女', intersects: 'women' }),
    ].join('\n');
    const result = importText(text, 'ids.csv');
    expect(result.ok && result.analysis.groups.map((g) => g.id)).toEqual(['women', 'women-again', 'g-1']);
  });
});
