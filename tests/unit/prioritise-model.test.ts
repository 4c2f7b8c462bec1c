/** The prioritisation tool's model: the vocabulary it uses, its schema (schema.ts), and the helpers that change an analysis (model.ts). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readCollection } from '../helpers/content.ts';
import { contextSchema } from '../../src/schemas/contexts.ts';
import { factorSchema } from '../../src/schemas/factors.ts';
import { groupSchema } from '../../src/schemas/groups.ts';
import { analysis, analysisArb, deepFreeze, group } from '../helpers/prioritise.ts';
import {
  CONTEXT_IDS,
  FACTOR_IDS,
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
  type Analysis,
  type Level,
} from '../../src/lib/prioritise/model.ts';
import { validateAnalysis } from '../../src/lib/prioritise/schema.ts';

describe('model', () => {
  it('the vocabulary (src/lib/vocabulary.ts) has the ids of the content files, in their order', () => {
    expect([...FACTOR_IDS]).toEqual(readCollection('content/factors/factors.yaml', factorSchema).map((f) => f.id));
    expect([...TARGET_IDS]).toEqual(readCollection('content/groups/groups.yaml', groupSchema).map((g) => g.id));
    expect([...CONTEXT_IDS]).toEqual(readCollection('content/contexts/contexts.yaml', contextSchema).map((c) => c.id));
  });

  it('starts empty, with weights 1 and threshold 3', () => {
    const a = emptyAnalysis('Viet Nam 2025');
    expect(a).toEqual({
      format: 'lnob-prioritise',
      version: 1,
      name: 'Viet Nam 2025',
      context: null,
      weights: { discrimination: 1, geography: 1, shocks: 1, governance: 1, socioeconomic: 1 },
      highThreshold: 3,
      groups: [],
    });
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
    [
      'evidence of 2001 characters',
      (a) => ({ ...a, groups: [{ ...group('g-1', 'G', {}), ratings: { ...emptyRatings(), shocks: { level: 1, evidence: 'x'.repeat(2001), source: '' } } }] }),
      'groups.0.ratings.shocks.evidence',
    ],
    [
      'a source of 2001 characters',
      (a) => ({ ...a, groups: [{ ...group('g-1', 'G', {}), ratings: { ...emptyRatings(), shocks: { level: 1, evidence: '', source: 'x'.repeat(2001) } } }] }),
      'groups.0.ratings.shocks.source',
    ],
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
