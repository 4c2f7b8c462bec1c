/**
 * The prioritisation tool's logic: the model and its helpers, the score, and opening and saving
 * files. Round trips and "never throws" are property tests (fast-check); every import error code
 * has an example with its location; scores are worked out by hand from the stated formula.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readYamlList } from '../helpers/content.ts';
import {
  CONTEXT_IDS,
  FACTOR_IDS,
  FORMAT,
  FORMAT_VERSION,
  LIMITS,
  TARGET_IDS,
  addGroup,
  customGroup,
  emptyAnalysis,
  emptyRatings,
  groupFromTarget,
  removeGroup,
  setHighThreshold,
  setRating,
  setWeight,
  slugify,
  updateGroup,
  validateAnalysis,
  type Analysis,
  type FactorId,
  type Group,
  type Level,
  type Rating,
} from '../../src/lib/prioritise/model.ts';
import { formula, score, tagsFor } from '../../src/lib/prioritise/score.ts';
import {
  CSV_COLUMNS,
  IMPORT_ERROR_CODES,
  fileNameFor,
  fileStem,
  fromCSV,
  fromJSON,
  importFile,
  importFileUnguarded,
  importText,
  neutraliseCell,
  restoreCell,
  toCSV,
  toJSON,
  type ImportResult,
} from '../../src/lib/prioritise/codec.ts';

// ---------------------------------------------------------------------------------------------
// Helpers and generators

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const encode = (text: string) => new TextEncoder().encode(text);

/** Texts that often start the way a spreadsheet formula does, or with quotes already. */
const risky = fc.constantFrom('', '', '', '=', '+', '-', '@', '\t', '\r', "'", "'=", "''-", "'\t", ' ', '\n', '"', ',', ';', '\uFEFF');
const textArb = (maxLength: number) => fc.tuple(risky, fc.string({ unit: 'binary', maxLength })).map(([p, s]) => p + s);
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
const analysisArb: fc.Arbitrary<Analysis> = fc.record({
  format: fc.constant(FORMAT),
  version: fc.constant(FORMAT_VERSION),
  name: textArb(40),
  context: fc.option(fc.constantFrom(...CONTEXT_IDS), { nil: null }),
  weights: fc.record({ discrimination: weightArb, geography: weightArb, shocks: weightArb, governance: weightArb, socioeconomic: weightArb }),
  highThreshold: fc.integer({ min: 1, max: 3 }),
  groups: groupsArb,
});

function group(id: string, name: string, levels: Partial<Record<FactorId, Level | null>>, intersects: string[] = []): Group {
  const ratings = emptyRatings();
  for (const f of FACTOR_IDS) ratings[f] = { level: levels[f] ?? null, evidence: '', source: '' };
  return { id, name, targetId: null, intersects, ratings };
}

function analysis(groups: Group[], weights: Partial<Record<FactorId, number>> = {}, highThreshold = 3): Analysis {
  const a = emptyAnalysis('Test');
  return { ...a, weights: { ...a.weights, ...weights }, highThreshold, groups };
}

/** A CSV row in the standard column order from the cells given by column name. */
const csvRow = (cells: Record<string, string>) => CSV_COLUMNS.map((c) => cells[c] ?? '').join(',');
const HEADER = CSV_COLUMNS.join(',');

function errorOf(result: ImportResult) {
  if (result.ok) throw new Error(`expected an error, got an analysis of ${result.analysis.groups.length} groups`);
  return result.error;
}

function isTypedResult(result: ImportResult): boolean {
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

describe('model', () => {
  it('the vocabulary (src/lib/vocabulary.ts) has the ids of the content files, in their order', () => {
    expect([...FACTOR_IDS]).toEqual(readYamlList<{ id: string }>('content/factors/factors.yaml').map((f) => f.id));
    expect([...TARGET_IDS]).toEqual(readYamlList<{ id: string }>('content/groups/groups.yaml').map((g) => g.id));
    expect([...CONTEXT_IDS]).toEqual(readYamlList<{ id: string }>('content/contexts/contexts.yaml').map((c) => c.id));
  });

  it('starts empty, with weights 1 and threshold 3', () => {
    const a = emptyAnalysis('Viet Nam 2025');
    expect(a).toEqual({ format: 'lnob-prioritise', version: 1, name: 'Viet Nam 2025', context: null, weights: { discrimination: 1, geography: 1, shocks: 1, governance: 1, socioeconomic: 1 }, highThreshold: 3, groups: [] });
    expect(validateAnalysis(a).success).toBe(true);
  });

  it('starts a group from a target group, unrated', () => {
    const g = groupFromTarget('women', '妇女');
    expect(g).toMatchObject({ id: 'women', name: '妇女', targetId: 'women', intersects: [] });
    for (const f of FACTOR_IDS) expect(g.ratings[f]).toEqual({ level: null, evidence: '', source: '' });
  });

  it('gives a custom group a unique slug, also for names without Latin letters', () => {
    expect(slugify('Rural women (15–24)')).toBe('rural-women-15-24');
    expect(slugify('Pueblos indígenas Ñandú')).toBe('pueblos-indigenas-nandu');
    expect(customGroup('  Rural women ', []).id).toBe('rural-women');
    expect(customGroup('  Rural women ', []).name).toBe('Rural women');
    expect(customGroup('Rural women', ['rural-women']).id).toBe('rural-women-2');
    expect(customGroup('Rural women', ['rural-women', 'rural-women-2']).id).toBe('rural-women-3');
    expect(customGroup('农村残疾妇女', []).id).toBe('g-1');
    expect(customGroup('城市青年', ['g-1']).id).toBe('g-2');
    expect(customGroup('!!!', ['g-1', 'g-2']).id).toBe('g-3');
    // Target ids stay free for the target groups themselves.
    expect(customGroup('Women', []).id).toBe('women-2');
    const long = customGroup('a'.repeat(300), []);
    expect(long.id.length).toBeLessThanOrEqual(LIMITS.id);
    expect(long.targetId).toBeNull();
  });

  it('removes a group and drops it from the intersections of the others, changing nothing it is given', () => {
    const a = deepFreeze(analysis([group('rural', 'Rural', {}), group('women', 'Women', {}), group('rural-women', 'Rural women', {}, ['rural', 'women'])]));
    const b = removeGroup(a, 'women');
    expect(b.groups.map((g) => g.id)).toEqual(['rural', 'rural-women']);
    expect(b.groups[1]?.intersects).toEqual(['rural']);
    expect(a.groups).toHaveLength(3);
    expect(validateAnalysis(b).success).toBe(true);
  });

  it('changes ratings, weights, threshold and groups only in new objects', () => {
    const a = deepFreeze(analysis([group('rural', 'Rural', {})]));
    const before = structuredClone(a);
    const b = setRating(a, 'rural', 'shocks', { level: 2, evidence: 'Floods 2024' });
    expect(b.groups[0]?.ratings.shocks).toEqual({ level: 2, evidence: 'Floods 2024', source: '' });
    expect(setWeight(a, 'shocks', 9).weights.shocks).toBe(5);
    expect(setWeight(a, 'shocks', -2).weights.shocks).toBe(0);
    expect(setWeight(a, 'shocks', 2.6).weights.shocks).toBe(3);
    expect(setWeight(a, 'shocks', Number.NaN).weights.shocks).toBe(1);
    expect(setHighThreshold(a, 0).highThreshold).toBe(1);
    expect(setHighThreshold(a, 7).highThreshold).toBe(3);
    expect(updateGroup(a, 'rural', { name: 'Rural areas' }).groups[0]?.name).toBe('Rural areas');
    const c = addGroup(a, groupFromTarget('youth', 'Youth'));
    expect(c.groups.map((g) => g.id)).toEqual(['rural', 'youth']);
    expect(addGroup(c, groupFromTarget('youth', 'Youth')).groups).toHaveLength(2);
    expect(a).toEqual(before);
    expect(b.groups[0]?.ratings).not.toBe(a.groups[0]?.ratings);
  });

  it.each<[string, (a: Analysis) => unknown, string]>([
    ['a name of 201 characters', (a) => ({ ...a, name: 'x'.repeat(201) }), 'name'],
    ['201 groups', (a) => ({ ...a, groups: Array.from({ length: 201 }, (_, i) => group(`g-${i + 1}`, `G${i}`, {})) }), 'groups'],
    ['evidence of 2001 characters', (a) => ({ ...a, groups: [{ ...group('g-1', 'G', {}), ratings: { ...emptyRatings(), shocks: { level: 1, evidence: 'x'.repeat(2001), source: '' } } }] }), 'groups.0.ratings.shocks.evidence'],
    ['a source of 2001 characters', (a) => ({ ...a, groups: [{ ...group('g-1', 'G', {}), ratings: { ...emptyRatings(), shocks: { level: 1, evidence: '', source: 'x'.repeat(2001) } } }] }), 'groups.0.ratings.shocks.source'],
    ['an unknown factor', (a) => ({ ...a, weights: { ...a.weights, poverty: 1 } }), 'weights'],
    ['a duplicate group id', (a) => ({ ...a, groups: [group('g-1', 'A', {}), group('g-1', 'B', {})] }), 'groups.1.id'],
    ['an intersection with an unknown group', (a) => ({ ...a, groups: [group('g-1', 'A', {}, ['g-9'])] }), 'groups.0.intersects.0'],
    ['an intersection with itself', (a) => ({ ...a, groups: [group('g-1', 'A', {}, ['g-1'])] }), 'groups.0.intersects.0'],
    ['a level of 4', (a) => ({ ...a, groups: [group('g-1', 'A', { shocks: 4 as Level })] }), 'groups.0.ratings.shocks.level'],
    ['a weight of 6', (a) => ({ ...a, weights: { ...a.weights, shocks: 6 } }), 'weights.shocks'],
    ['a threshold of 0', (a) => ({ ...a, highThreshold: 0 }), 'highThreshold'],
    ['an id that is not a slug', (a) => ({ ...a, groups: [group('Rural Women', 'A', {})] }), 'groups.0.id'],
    ['a blank group name', (a) => ({ ...a, groups: [group('g-1', '  ', {})] }), 'groups.0.name'],
  ])('the schema refuses %s', (_, change, path) => {
    const result = validateAnalysis(change(emptyAnalysis('x')));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });

  it('accepts what the generator makes (so the properties below test valid analyses)', () => {
    fc.assert(fc.property(analysisArb, (a) => validateAnalysis(a).success));
  });
});

// ---------------------------------------------------------------------------------------------

describe('score', () => {
  // Weights: discrimination 2, geography 1, shocks 0, governance 3, socio-economic 1.
  const weights = { discrimination: 2, geography: 1, shocks: 0, governance: 3, socioeconomic: 1 };
  const groups = [
    group('zeta', 'Zeta', { discrimination: 3, geography: 2, shocks: 3, governance: 1, socioeconomic: 0 }),
    group('alpha', 'Alpha', { discrimination: 2, geography: 3, shocks: null, governance: 1, socioeconomic: 2 }),
    group('none', 'Nobody', { discrimination: 0, geography: 0, shocks: 0, governance: 0, socioeconomic: 0 }),
    group('top', 'Top', { discrimination: 3, geography: 0, shocks: 0, governance: 3, socioeconomic: 0 }),
  ];
  const a = deepFreeze(analysis(groups, weights, 3));

  it('weights the levels, adds one per factor rated high, and shares ranks on ties (1, 2, 2, 4)', () => {
    // By hand, threshold 3:
    const top = { weighted: 2 * 3 + 1 * 0 + 0 * 0 + 3 * 3 + 1 * 0, high: 2 }; // discrimination 3, governance 3
    const alpha = { weighted: 2 * 2 + 1 * 3 + 3 * 1 + 1 * 2, high: 1 }; // shocks not rated; geography 3
    const zeta = { weighted: 2 * 3 + 1 * 2 + 0 * 3 + 3 * 1 + 1 * 0, high: 2 }; // discrimination 3, shocks 3 (weight 0 still counts)
    expect(top.weighted + top.high).toBe(17);
    expect(alpha.weighted + alpha.high).toBe(13);
    expect(zeta.weighted + zeta.high).toBe(13);
    const s = score(a);
    expect(s.map((g) => [g.id, g.weighted, g.high, g.total, g.rank, g.tied])).toEqual([
      ['top', top.weighted, top.high, top.weighted + top.high, 1, false],
      // Tied on 13: ordered by name, Alpha before Zeta, both second.
      ['alpha', alpha.weighted, alpha.high, alpha.weighted + alpha.high, 2, true],
      ['zeta', zeta.weighted, zeta.high, zeta.weighted + zeta.high, 2, true],
      ['none', 0, 0, 0, 4, false],
    ]);
  });

  it('flags missing ratings but still ranks the group', () => {
    const alpha = score(a).find((g) => g.id === 'alpha');
    expect(alpha?.missing).toEqual(['shocks']);
    expect(alpha?.rated).toBe(4);
    expect(alpha?.parts.find((p) => p.factor === 'shocks')).toEqual({ factor: 'shocks', level: null, weight: 0, product: 0 });
    expect(alpha?.parts.find((p) => p.factor === 'governance')).toEqual({ factor: 'governance', level: 1, weight: 3, product: 3 });
  });

  it('lists a group rated on no factor as not rated: no rank, after the ranked groups, even below a total of 0', () => {
    const s = score(analysis([group('x', 'X', {}), group('zero', 'Zero', { shocks: 0 }), group('b', 'B', {}), group('one', 'One', { shocks: 1 })]));
    expect(s.map((g) => [g.id, g.rank])).toEqual([['one', 1], ['zero', 2], ['b', null], ['x', null]]);
    expect(s.find((g) => g.id === 'x')).toMatchObject({ total: 0, rated: 0, rank: null, tied: false, missing: [...FACTOR_IDS] });
    // Two unrated groups are not "tied": they are not ranked at all.
    expect(s.filter((g) => g.rank === null).every((g) => !g.tied)).toBe(true);
  });

  it('counts "considerable or high" when the threshold is 2', () => {
    // Threshold 2: Zeta has discrimination 3, geography 2, shocks 3 → 3; Alpha geography 3, discrimination 2, socio-economic 2 → 3.
    const s = score(analysis(groups, weights, 2));
    const total = (id: string) => s.find((g) => g.id === id)?.total;
    expect(total('zeta')).toBe(11 + 3);
    expect(total('alpha')).toBe(12 + 3);
    expect(total('top')).toBe(15 + 2);
    expect(s.map((g) => g.rank)).toEqual([1, 2, 3, 4]);
    expect(s.some((g) => g.tied)).toBe(false);
  });

  it('orders tied names by the locale given', () => {
    // Ids in the other order, so only the names can put 甲 first.
    const tied = analysis([group('a', '乙', { shocks: 1 }), group('b', '甲', { shocks: 1 })]);
    // Pinyin: 甲 jiǎ before 乙 yǐ.
    expect(score(tied, { locale: 'zh' }).map((g) => g.name)).toEqual(['甲', '乙']);
    expect(score(tied, { locale: 'zh' }).map((g) => g.rank)).toEqual([1, 1]);
    const latin = analysis([group('a', 'Zeta', { shocks: 1 }), group('b', 'alpha', { shocks: 1 }), group('c', 'Alpha', { shocks: 1 })]);
    expect(score(latin, { locale: 'en' }).map((g) => g.name)).toEqual(['alpha', 'Alpha', 'Zeta']);
  });

  it('ranks any analysis consistently', () => {
    fc.assert(
      fc.property(analysisArb, (x) => {
        const s = score(x);
        expect(s).toHaveLength(x.groups.length);
        const ranked = s.filter((g) => g.rated > 0);
        expect(s.slice(0, ranked.length)).toEqual(ranked);
        s.forEach((g, i) => {
          if (g.rated === 0) {
            expect(g.rank).toBeNull();
            return;
          }
          if (i > 0) expect(s[i - 1]!.total).toBeGreaterThanOrEqual(g.total);
          expect(g.rank).toBe(1 + ranked.filter((o) => o.total > g.total).length);
          expect(g.tied).toBe(ranked.filter((o) => o.total === g.total).length > 1);
          expect(g.total).toBe(g.weighted + g.high);
          expect(g.rated + g.missing.length).toBe(5);
        });
      }),
    );
  });

  it('describes its formula in numbers for the page to word', () => {
    expect(formula(a)).toEqual({
      weights: [
        { factor: 'discrimination', weight: 2 },
        { factor: 'geography', weight: 1 },
        { factor: 'shocks', weight: 0 },
        { factor: 'governance', weight: 3 },
        { factor: 'socioeconomic', weight: 1 },
      ],
      highThreshold: 3,
      highLevels: [3],
      maxLevel: 3,
      maxWeighted: 3 * (2 + 1 + 0 + 3 + 1),
      maxHigh: 5,
      maxTotal: 3 * (2 + 1 + 0 + 3 + 1) + 5,
    });
    expect(formula(analysis([], {}, 2)).highLevels).toEqual([2, 3]);
  });

  it('tags a group, or an intersection with the groups it combines, with the factors rated high', () => {
    const x = analysis([
      group('rural', 'Rural', { geography: 3, socioeconomic: 2 }),
      group('women', 'Women', { discrimination: 3 }),
      group('rural-women', 'Rural women', { discrimination: 3, geography: 3, socioeconomic: 2, governance: null }, ['rural', 'women']),
    ]);
    const [rural, , ruralWomen] = x.groups;
    expect(tagsFor(rural!, x)).toEqual({ factors: ['geography'], groups: ['rural'] });
    expect(tagsFor(ruralWomen!, x)).toEqual({ factors: ['discrimination', 'geography'], groups: ['rural', 'women', 'rural-women'] });
    expect(tagsFor(ruralWomen!, { ...x, highThreshold: 2 }).factors).toEqual(['discrimination', 'geography', 'socioeconomic']);
  });
});

// ---------------------------------------------------------------------------------------------

describe('saving and opening', () => {
  it('JSON: any valid analysis comes back the same', () => {
    fc.assert(
      fc.property(analysisArb, (a) => {
        expect(fromJSON(toJSON(a))).toEqual({ ok: true, analysis: a });
        expect(importFile(encode(toJSON(a)), 'analysis.json')).toEqual({ ok: true, analysis: a });
      }),
    );
  });

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
    const a = analysis([{ ...group('rural-women', 'Rural women, 15–24', { shocks: 2 }, []), targetId: null }, group('g-1', '农村妇女', { discrimination: 3 }, ['rural-women'])]);
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
    const a = analysis([{ ...group('g-1', '=HYPERLINK("http://x")', {}), ratings: { ...emptyRatings(), shocks: { level: 1, evidence: '-2 °C', source: '@who' } } }]);
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
    const text = [HEADER, csvRow({ group_name: 'Women', target_id: 'women' }), csvRow({ group_name: 'Women again', target_id: 'women' }), csvRow({ group_name: '农村妇女', intersects: 'women' })].join('\n');
    const result = importText(text, 'ids.csv');
    expect(result.ok && result.analysis.groups.map((g) => g.id)).toEqual(['women', 'women-again', 'g-1']);
  });

  it('decides JSON or CSV by content, then by extension', () => {
    const a = analysis([group('g-1', 'A', { shocks: 1 })]);
    expect(importText(toJSON(a), 'misnamed.csv')).toEqual({ ok: true, analysis: a });
    expect(importText(`  \n${toJSON(a)}`, 'noext')).toEqual({ ok: true, analysis: a });
    const named = importText(toCSV(a), 'C:\\fakepath\\Lao PDR.v2.csv');
    expect(named.ok && named.analysis.name).toBe('Lao PDR.v2');
    expect(importText(toCSV(a), 'export.txt').ok).toBe(true);
    expect(fileStem('/home/a/b.json')).toBe('b');
    expect(fileNameFor({ ...a, name: 'Viet Nam: 2025/26' }, 'csv')).toBe('Viet Nam 2025 26.csv');
    expect(fileNameFor({ ...a, name: '  ' }, 'json')).toBe('prioritisation.json');
  });

  describe('every error, with where it is', () => {
    const valid = JSON.parse(toJSON(analysis([group('g-1', 'A', { shocks: 1 }), group('g-2', 'B', {})]))) as Record<string, unknown> & { groups: Record<string, unknown>[] };
    const json = (change: (v: typeof valid) => unknown) => importText(JSON.stringify(change(structuredClone(valid))), 'a.json');

    const cases: [string, () => ImportResult, { code: string } & Record<string, unknown>][] = [
      ['empty: no bytes', () => importFile(new Uint8Array(0), 'a.csv'), { code: 'empty' }],
      ['empty: blanks and a byte-order mark', () => importText('\uFEFF  \r\n\t', 'a.csv'), { code: 'empty' }],
      ['too-large: 1 MiB and one byte', () => importFile(new Uint8Array(LIMITS.fileBytes + 1).fill(0x20), 'a.csv'), { code: 'too-large', value: String(LIMITS.fileBytes + 1) }],
      ['not-utf8: UTF-16', () => importFile(new Uint8Array([0xff, 0xfe, 0x7b, 0x00]), 'a.json'), { code: 'not-utf8' }],
      ['not-utf8: a stray continuation byte', () => importFile(new Uint8Array([0x67, 0x80, 0x2c]), 'a.csv'), { code: 'not-utf8' }],
      ['not-csv-or-json: prose', () => importText('Notes from the workshop', 'notes.txt'), { code: 'not-csv-or-json' }],
      ['not-csv-or-json: binary that happens to be UTF-8', () => importText('\u0000\u0001\u0002', 'blob'), { code: 'not-csv-or-json' }],
      // Line 4 is "}" right after the trailing comma of line 3.
      ['bad-json: a trailing comma', () => importText('{\n  "format": "lnob-prioritise",\n  "version": 1,\n}', 'a.json'), { code: 'bad-json', line: 4, column: 1 }],
      ['bad-json: an unquoted word', () => importText('{\n  "name": tru\n}', 'a.json'), { code: 'bad-json', line: 2, column: 11 }],
      ['bad-json: a .json file that is not JSON', () => importText('name,level', 'a.json'), { code: 'bad-json', line: 1, column: 1 }],
      ['wrong-format: another format', () => json((v) => ({ ...v, format: 'other' })), { code: 'wrong-format', field: 'format', value: 'other' }],
      ['wrong-format: an array', () => importText('[1, 2]', 'a.json'), { code: 'wrong-format' }],
      ['wrong-format: a CSV of something else', () => importText('name,age\nA,3', 'people.csv'), { code: 'wrong-format', line: 1, column: 1, field: 'name' }],
      ['wrong-version: version 2', () => json((v) => ({ ...v, version: 2 })), { code: 'wrong-version', field: 'version', value: '2' }],
      ['wrong-version: no version', () => json(({ version: _, ...v }) => v), { code: 'wrong-version', field: 'version' }],
      ['proto-key: __proto__ in a group', () => importText(toJSON(analysis([group('g-1', 'A', {})])).replace('"id": "g-1"', '"__proto__": { "polluted": true }, "id": "g-1"'), 'a.json'), { code: 'proto-key', field: 'groups.0.__proto__' }],
      ['proto-key: constructor in a rating', () => json((v) => ({ ...v, groups: [{ ...v.groups[0], ratings: { ...(v.groups[0]!['ratings'] as object), constructor: {} } }] })), { code: 'proto-key', field: 'groups.0.ratings.constructor' }],
      ['proto-key: prototype at the top', () => json((v) => ({ prototype: 1, ...v })), { code: 'proto-key', field: 'prototype' }],
      // CSV columns: group_id 1, group_name 2, target_id 3, intersects 4, then three per factor:
      // discrimination 5–7, geography 8–10, shocks 11–13, governance 14–16, socio-economic 17–19.
      ['missing-column: shocks_source', () => importText(CSV_COLUMNS.filter((c) => c !== 'shocks_source').join(','), 'a.csv'), { code: 'missing-column', line: 1, column: 13, field: 'shocks_source' }],
      ['unknown-column: a 20th column "notes"', () => importText(`${HEADER},notes`, 'a.csv'), { code: 'unknown-column', line: 1, column: 20, field: 'notes' }],
      ['unknown-factor: poverty_level', () => importText(`${HEADER.replace('discrimination_level', 'poverty_level')}`, 'a.csv'), { code: 'unknown-factor', line: 1, column: 5, field: 'poverty_level' }],
      ['unknown-factor: in JSON ratings', () => json((v) => ({ ...v, groups: [{ ...v.groups[0], ratings: { ...(v.groups[0]!['ratings'] as object), poverty: { level: 1, evidence: '', source: '' } } }] })), { code: 'unknown-factor', field: 'groups.0.ratings.poverty', value: 'poverty' }],
      ['unknown-factor: in JSON weights', () => json((v) => ({ ...v, weights: { ...(v['weights'] as object), climate: 2 } })), { code: 'unknown-factor', field: 'weights.climate' }],
      ['out-of-range: level 4 on row 3, geography (column 8)', () => importText([HEADER, csvRow({ group_id: 'a', group_name: 'A' }), csvRow({ group_id: 'b', group_name: 'B', geography_level: '4' })].join('\n'), 'a.csv'), { code: 'out-of-range', line: 3, column: 8, field: 'geography_level', value: '4' }],
      ['out-of-range: level 1.5', () => importText([HEADER, csvRow({ group_id: 'a', group_name: 'A', socioeconomic_level: '1.5' })].join('\r\n'), 'a.csv'), { code: 'out-of-range', line: 2, column: 17, value: '1.5' }],
      ['out-of-range: level -1 (neutralised)', () => importText([HEADER, csvRow({ group_id: 'a', group_name: 'A', discrimination_level: "'-1" })].join('\n'), 'a.csv'), { code: 'out-of-range', line: 2, column: 5, value: '-1' }],
      ['out-of-range: level "high"', () => importText([HEADER, csvRow({ group_id: 'a', group_name: 'A', governance_level: 'high' })].join('\n'), 'a.csv'), { code: 'out-of-range', line: 2, column: 14, value: 'high' }],
      ['out-of-range: a JSON level of 4', () => json((v) => { (v.groups[0] as { ratings: Record<string, Rating> }).ratings['shocks']!.level = 4 as Level; return v; }), { code: 'out-of-range', field: 'groups.0.ratings.shocks.level', value: '4' }],
      ['out-of-range: a JSON weight of 6', () => json((v) => ({ ...v, weights: { ...(v['weights'] as object), governance: 6 } })), { code: 'out-of-range', field: 'weights.governance', value: '6' }],
      ['out-of-range: a JSON threshold of 0', () => json((v) => ({ ...v, highThreshold: 0 })), { code: 'out-of-range', field: 'highThreshold', value: '0' }],
      ['duplicate-group: the same id on rows 2 and 4', () => importText([HEADER, csvRow({ group_id: 'a', group_name: 'A' }), csvRow({ group_id: 'b', group_name: 'B' }), csvRow({ group_id: 'a', group_name: 'A again' })].join('\n'), 'a.csv'), { code: 'duplicate-group', line: 4, column: 1, value: 'a' }],
      ['duplicate-group: in JSON', () => json((v) => ({ ...v, groups: [v.groups[0], v.groups[0]] })), { code: 'duplicate-group', field: 'groups.1.id', value: 'g-1' }],
      ['bad-value: an unknown target', () => importText([HEADER, csvRow({ group_id: 'a', group_name: 'A', target_id: 'aliens' })].join('\n'), 'a.csv'), { code: 'bad-value', line: 2, column: 3, field: 'target_id', value: 'aliens' }],
      ['bad-value: an intersection with no such group', () => importText([HEADER, csvRow({ group_id: 'a', group_name: 'A', intersects: 'b;nobody' }), csvRow({ group_id: 'b', group_name: 'B' })].join('\n'), 'a.csv'), { code: 'bad-value', line: 2, column: 4, field: 'intersects', value: 'nobody' }],
      ['bad-value: a blank name', () => importText([HEADER, csvRow({ group_id: 'a', group_name: ' ' })].join('\n'), 'a.csv'), { code: 'bad-value', line: 2, column: 2, field: 'group_name' }],
      ['bad-value: an id that is not a slug', () => importText([HEADER, csvRow({ group_id: 'Rural Women', group_name: 'A' })].join('\n'), 'a.csv'), { code: 'bad-value', line: 2, column: 1, field: 'group_id' }],
      ['bad-value: evidence of 2001 characters', () => importText([HEADER, csvRow({ group_id: 'a', group_name: 'A', shocks_evidence: 'x'.repeat(2001) })].join('\n'), 'a.csv'), { code: 'bad-value', line: 2, column: 12, field: 'shocks_evidence' }],
      ['bad-value: a column named twice', () => importText(`${HEADER},group_name`, 'a.csv'), { code: 'bad-value', line: 1, column: 20, field: 'group_name' }],
      ['bad-value: a cell beyond the header', () => importText([HEADER, `${csvRow({ group_id: 'a', group_name: 'A' })},extra`].join('\n'), 'a.csv'), { code: 'bad-value', line: 2, column: 20, value: 'extra' }],
      ['bad-value: a JSON intersection with itself', () => json((v) => ({ ...v, groups: [{ ...v.groups[0], intersects: ['g-1'] }, v.groups[1]] })), { code: 'bad-value', field: 'groups.0.intersects.0', value: 'g-1' }],
      ['bad-value: a JSON name that is a number', () => json((v) => ({ ...v, name: 7 })), { code: 'bad-value', field: 'name', value: '7' }],
      ['too-many: 201 groups, the 201st on row 202', () => importText([HEADER, ...Array.from({ length: 201 }, (_, i) => csvRow({ group_id: `g-${i + 1}`, group_name: `G${i + 1}` }))].join('\n'), 'a.csv'), { code: 'too-many', line: 202 }],
      ['too-many: in JSON', () => json((v) => ({ ...v, groups: Array.from({ length: 201 }, (_, i) => ({ ...v.groups[1], id: `g-${i + 1}` })) })), { code: 'too-many', field: 'groups' }],
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
      expect(importText(padded, 'a.json')).toEqual({ ok: true, analysis: a });
      expect(importText(`\uFEFF${body}`, 'a.json')).toEqual({ ok: true, analysis: a });
    });
  });

  describe('never throws, never changes the analysis open in the tool', () => {
    const names = fc.constantFrom('a.csv', 'a.json', 'a.txt', '', 'noext', 'x.CSV', '../../etc/passwd');

    // The analysis open in the tool: deep-frozen, and compared with a copy after every import.
    const current = deepFreeze(analysis([group('rural', 'Rural', { geography: 3 }), group('women', '妇女', { discrimination: 2 }), group('rural-women', '=Rural women', { shocks: 1 }, ['rural', 'women'])], { shocks: 4 }, 2));
    const snapshot = structuredClone(current);
    const check = (result: ImportResult) => {
      expect(isTypedResult(result)).toBe(true);
      expect(current).toEqual(snapshot);
      if (result.ok) {
        expect(result.analysis).not.toBe(current);
        expect(result.analysis.weights).not.toBe(current.weights);
        for (const g of result.analysis.groups) expect(current.groups.some((c) => c === g || c.ratings === g.ratings)).toBe(false);
      }
    };

    it('for any bytes', () => {
      fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), names, (bytes, name) => check(importFileUnguarded(bytes, name, current))), { numRuns: 500 });
    });

    it('for any text, including half surrogate pairs', () => {
      const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }).map((units) => String.fromCharCode(...units));
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: 'binary' }), anyUnits, fc.json()), names, (text, name) => {
          check(importFileUnguarded(encode(text), name, current));
          check(importText(text, name, current));
          check(fromJSON(text));
          check(fromCSV(text, name, current));
        }),
        { numRuns: 500 },
      );
    });

    it('for a saved analysis with any one value changed, removed or added', () => {
      type Json = unknown;
      const paths = (v: Json, at: (string | number)[] = []): (string | number)[][] =>
        v !== null && typeof v === 'object' ? [at, ...Object.entries(v).flatMap(([k, c]) => paths(c, [...at, Array.isArray(v) ? Number(k) : k]))] : [at];
      fc.assert(
        fc.property(analysisArb, fc.nat(), fc.jsonValue(), fc.constantFrom('replace', 'remove', 'add'), fc.constantFrom('name', '__proto__', 'constructor', 'poverty', 'level', '0'), (a, pick, value, how, key) => {
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
            else if (parent[last] !== null && typeof parent[last] === 'object') Object.defineProperty(parent[last], key, { value, enumerable: true, configurable: true, writable: true });
          }
          check(importFileUnguarded(encode(JSON.stringify(root) ?? ''), 'a.json', current));
        }),
        { numRuns: 500 },
      );
    });

    it('for a saved CSV with any one cell changed or a column dropped', () => {
      fc.assert(
        fc.property(analysisArb, fc.nat(), fc.nat(), textArb(20), fc.boolean(), (a, r, c, cell, drop) => {
          const rows = toCSV(a).replace(/^\uFEFF/, '').trimEnd().split('\n');
          const grid = rows.map((line) => line.split(','));
          const row = grid[r % grid.length]!;
          if (drop) for (const g of grid) g.splice(c % row.length, 1);
          else row[c % row.length] = JSON.stringify(cell);
          check(importFileUnguarded(encode(grid.map((g) => g.join(',')).join('\n')), 'a.csv', current));
        }),
        { numRuns: 500 },
      );
    });
  });
});
