/** The prioritisation tool's score: worked out by hand from the stated formula. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analysis, analysisArb, deepFreeze, group } from '../helpers/prioritise.ts';
import { FACTOR_IDS } from '../../src/lib/prioritise/model.ts';
import { formula, score, tagsFor } from '../../src/lib/prioritise/score.ts';

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
    expect(s.map((g) => [g.id, g.rank])).toEqual([
      ['one', 1],
      ['zero', 2],
      ['b', null],
      ['x', null],
    ]);
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
