/** The groups table as CSV: what is written, formulas neutralised, and what a spreadsheet may change. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HEADER, analysis, analysisArb, csvRow, encode, group, textArb } from '../helpers/prioritise.ts';
import { emptyAnalysis, emptyRatings } from '../../src/lib/prioritise/model.ts';
import { CSV_COLUMNS, CSV_FORMAT_VERSION, neutraliseCell, restoreCell, toCSV } from '../../src/lib/prioritise/csv.ts';
import { importFile, importText } from '../../src/lib/prioritise/import.ts';
import { decodeFile } from '../../src/lib/prioritise/decode.ts';
import { readCollection } from '../helpers/content.ts';
import { toolTextSchema } from '../../src/schemas/tool.ts';

describe('CSV', () => {
  it('CSV: any valid analysis comes back whole: name, context, weights, threshold, groups and ratings', () => {
    fc.assert(
      fc.property(analysisArb, (a) => {
        expect(importFile(encode(toCSV(a)), 'another name.csv')).toEqual({ ok: true, analysis: a, encoding: 'utf-8', csvVersion: 2 });
      }),
    );
  });

  it('CSV: a file of format version 1 (no settings rows) still opens, with the file’s name and the defaults, and says it was version 1', () => {
    fc.assert(
      fc.property(analysisArb, (a) => {
        const v1 = toCSV(a).replace(/^\uFEFF[^]*?\n\n/, '\uFEFF');
        expect(v1.startsWith('\uFEFFgroup_id,')).toBe(true);
        expect(importFile(encode(v1), 'Viet Nam 2025.csv')).toEqual({
          ok: true,
          analysis: { ...emptyAnalysis('Viet Nam 2025'), groups: a.groups },
          encoding: 'utf-8',
          csvVersion: 1,
        });
      }),
    );
  });

  it('CSV: writes the settings rows, a blank row, the fixed header and one row per group, with a byte-order mark', () => {
    const a = {
      ...analysis(
        [
          { ...group('rural-women', 'Rural women, 15–24', { shocks: 2 }, []), targetId: null },
          group('g-1', '农村妇女', { discrimination: 3 }, ['rural-women']),
        ],
        { geography: 4, governance: 0 },
        2,
      ),
      name: '=Viet Nam, 2025',
      context: 'ldc-fragile' as const,
    };
    const lines = toCSV(a).split('\n');
    expect(lines.slice(0, 11)).toEqual([
      '\uFEFFformat,lnob-prioritise',
      'version,2',
      `name,"'=Viet Nam, 2025"`,
      'context,ldc-fragile',
      'discrimination_weight,1',
      'geography_weight,4',
      'shocks_weight,1',
      'governance_weight,0',
      'socioeconomic_weight,1',
      'high_threshold,2',
      '',
    ]);
    expect(lines[11]).toBe(
      'group_id,group_name,target_id,intersects,discrimination_level,discrimination_evidence,discrimination_source,geography_level,geography_evidence,geography_source,shocks_level,shocks_evidence,shocks_source,governance_level,governance_evidence,governance_source,socioeconomic_level,socioeconomic_evidence,socioeconomic_source',
    );
    expect(lines[12]).toBe('rural-women,"Rural women, 15–24",,,,,,,,,2,,,,,,,,');
    expect(lines[13]).toBe('g-1,农村妇女,,rural-women,3,,,,,,,,,,,,,,');
    expect(lines).toHaveLength(15);
    expect(lines[14]).toBe('');
  });

  it('CSV: reads settings rows a spreadsheet padded with empty cells, in another order, with a semicolon', () => {
    const text = [
      'version;2;;;',
      'format;lnob-prioritise;;',
      'high_threshold; 2 ;',
      'name;Review;',
      'context;umic',
      ...['discrimination', 'geography', 'shocks', 'governance', 'socioeconomic'].map((f, i) => `${f}_weight;${i}`),
      ';;;',
      CSV_COLUMNS.join(';'),
      CSV_COLUMNS.map((c) => ({ group_id: 'g-1', group_name: 'A', shocks_level: '2' })[c] ?? '').join(';'),
    ].join('\r\n');
    const result = importText(text, 'x.csv');
    expect(result.ok && result.analysis).toEqual({
      ...emptyAnalysis('Review'),
      context: 'umic',
      weights: { discrimination: 0, geography: 1, shocks: 2, governance: 3, socioeconomic: 4 },
      highThreshold: 2,
      groups: [{ ...group('g-1', 'A', { shocks: 2 }) }],
    });
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
    const row = toCSV(a).split('\n')[12];
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

describe('CSV from spreadsheet programs: the encoding is found and said', () => {
  // "农村妇女" (rural women) and "青年" (youth) in GBK, byte by byte, as Chinese Excel and WPS save them.
  const RURAL_WOMEN_GBK = Buffer.from([0xc5, 0xa9, 0xb4, 0xe5, 0xb8, 0xbe, 0xc5, 0xae]);
  const YOUTH_GBK = Buffer.from([0xc7, 0xe0, 0xc4, 0xea]);
  const a = analysis([group('g-1', '农村妇女', { discrimination: 3 }), group('g-2', '青年', { shocks: 1 })]);
  const text = toCSV({ ...a, name: '评估' }).replace(/^\uFEFF/, '');

  it('the GBK bytes are what a GB18030 decoder reads as those words', () => {
    expect(new TextDecoder('gb18030').decode(RURAL_WOMEN_GBK)).toBe('农村妇女');
    expect(new TextDecoder('gb18030').decode(YOUTH_GBK)).toBe('青年');
  });

  it.each([
    ['UTF-8 with a byte-order mark (Excel’s “CSV UTF-8”)', () => Buffer.from(`\uFEFF${text}`, 'utf8'), 'utf-8'],
    ['UTF-8 without one', () => Buffer.from(text, 'utf8'), 'utf-8'],
    ['UTF-16LE with a byte-order mark', () => Buffer.from(`\uFEFF${text}`, 'utf16le'), 'utf-16le'],
    ['UTF-16BE with a byte-order mark', () => Buffer.from(`\uFEFF${text}`, 'utf16le').swap16(), 'utf-16be'],
    [
      'GBK (Chinese Excel’s and WPS’s plain “CSV”)',
      () => {
        // The same file with its Chinese in GBK: every other character is ASCII, the same in both.
        const [before, rest] = text.split('评估');
        const [rows1, rows2] = (rest ?? '').split('农村妇女');
        const [rows3, after] = (rows2 ?? '').split('青年');
        const name = Buffer.from([0xc6, 0xc0, 0xb9, 0xc0]); // 评估
        expect(new TextDecoder('gb18030').decode(name)).toBe('评估');
        return Buffer.concat([
          Buffer.from(before ?? ''),
          name,
          Buffer.from(rows1 ?? ''),
          RURAL_WOMEN_GBK,
          Buffer.from(rows3 ?? ''),
          YOUTH_GBK,
          Buffer.from(after ?? ''),
        ]);
      },
      'gb18030',
    ],
  ] as const)('reads %s and says so', (_, bytes, encoding) => {
    const result = importFile(new Uint8Array(bytes()), 'x.csv');
    expect(result).toEqual({ ok: true, analysis: { ...a, name: '评估' }, encoding, csvVersion: 2 });
  });

  it('reads Unicode Text (UTF-16LE, tab-separated, .txt) as a CSV', () => {
    const tabbed = `${CSV_COLUMNS.join('\t')}\ng-1\t农村妇女\t\t\t3\n`;
    const result = importFile(new Uint8Array(Buffer.from(`\uFEFF${tabbed}`, 'utf16le')), 'Unicode text.txt');
    expect(result.ok && [result.encoding, result.analysis.groups[0]?.name, result.analysis.groups[0]?.ratings.discrimination.level]).toEqual([
      'utf-16le',
      '农村妇女',
      3,
    ]);
  });

  it.each([
    ['a byte GB18030 has no character for (0xFF)', [0x61, 0x2c, 0xff, 0x0a]],
    ['a GBK lead byte followed by a line end', [0x61, 0x2c, 0xc5, 0x0a]],
    ['a UTF-8 byte-order mark before bytes that are not UTF-8', [0xef, 0xbb, 0xbf, 0x61, 0x2c, 0xb9, 0xc0]],
  ])('refuses only what no decoder reads: %s', (_, bytes) => {
    expect(decodeFile(new Uint8Array(bytes))).toBeUndefined();
    expect(importFile(new Uint8Array(bytes), 'a.csv')).toEqual({ ok: false, error: { code: 'unknown-encoding' } });
  });

  it('prefers UTF-8 to GB18030 when both read the bytes', () => {
    // "妇女" in UTF-8 is also six bytes GB18030 would read (as other characters).
    const bytes = new Uint8Array(Buffer.from('妇女', 'utf8'));
    expect(new TextDecoder('gb18030', { fatal: true }).decode(bytes)).not.toBe('妇女');
    expect(decodeFile(bytes)).toEqual({ text: '妇女', encoding: 'utf-8', bom: false });
  });
});

describe('the page’s description of the CSV format', () => {
  const [texts] = readCollection('content/tool/tool.yaml', toolTextSchema);
  it.each(['zh', 'en'] as const)('%s: names every settings row, the version the export writes, and the version 1 it still reads', (lang) => {
    const csv = texts?.format.csv[lang] ?? '';
    for (const key of ['format', 'version', 'name', 'context', '_weight', 'high_threshold', 'lnob-prioritise', ...CSV_COLUMNS.slice(0, 4)])
      expect(csv).toContain(key);
    expect(csv).toMatch(lang === 'en' ? new RegExp(`CSV \\(version ${CSV_FORMAT_VERSION}\\)`) : new RegExp(`CSV\\(第 ${CSV_FORMAT_VERSION} 版\\)`));
    expect(csv).toMatch(lang === 'en' ? /version 1 CSV/ : /第 1 版 CSV/);
    expect(csv).toMatch(/GB18030/);
    expect(texts?.format.intro[lang]).toMatch(new RegExp(`CSV[^,，。]*${CSV_FORMAT_VERSION}`));
  });
});
