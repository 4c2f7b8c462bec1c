/** The toolkit index's filters: counts per option given the other choices, and no option without an entry. */
import { describe, expect, it } from 'vitest';
import { deadOptions, liveOptions, matchesChoice, optionCounts, type Facets } from '../../src/lib/toolkit/filters.ts';
import { readToolkit, readCollection } from '../helpers/content.ts';
import { groupSchema } from '../../src/schemas/groups.ts';

const entry = (component: string, stage: string, context: string[], factor: string[], group: string[]): Facets => ({
  component: [component],
  stage: [stage],
  context,
  factor,
  group,
});
const items = [
  entry('a', 'examine', ['umic', 'ldc-fragile'], ['discrimination'], ['minorities']),
  entry('c', 'examine', ['umic'], ['geography', 'shocks'], ['rural', 'women']),
  entry('c', 'enact', ['ldc-fragile'], ['shocks'], ['armed-conflict']),
];

describe('matchesChoice', () => {
  it.each([
    [{}, [true, true, true]],
    [{ component: 'c' }, [false, true, true]],
    [{ component: 'c', context: 'umic' }, [false, true, false]],
    [{ group: 'women', stage: 'enact' }, [false, false, false]],
  ] as const)('%j', (chosen, expected) => {
    expect(items.map((i) => matchesChoice(i, chosen))).toEqual(expected);
  });
  it('leaves out the filter being counted', () => {
    expect(matchesChoice(items[0]!, { component: 'c' }, 'component')).toBe(true);
  });
});

describe('optionCounts', () => {
  it('counts each value once per entry', () => {
    expect(Object.fromEntries(optionCounts(items, 'factor'))).toEqual({ discrimination: 1, geography: 1, shocks: 2 });
  });
  it('follows the other choices, not its own', () => {
    expect(Object.fromEntries(optionCounts(items, 'group', { component: 'c' }))).toEqual({ rural: 1, women: 1, 'armed-conflict': 1 });
    expect(Object.fromEntries(optionCounts(items, 'component', { component: 'c', context: 'ldc-fragile' }))).toEqual({ a: 1, c: 1 });
  });
});

describe('liveOptions and deadOptions', () => {
  const options = ['women', 'refugees', 'rural'].map((value) => ({ value, label: value.toUpperCase() }));
  const counts = optionCounts(items, 'group');
  it('offers only options an entry has, with their counts, in the given order', () => {
    expect(liveOptions(options, counts)).toEqual([
      { value: 'women', label: 'WOMEN', count: 1 },
      { value: 'rural', label: 'RURAL', count: 1 },
    ]);
  });
  it('names the rest', () => {
    expect(deadOptions(options, counts).map((o) => o.value)).toEqual(['refugees']);
  });
});

describe.each(['zh', 'en'] as const)('the %s toolkit', (lang) => {
  const facets = readToolkit(lang).map(
    (e) => ({ component: [e.front.component], stage: [e.front.stage], context: e.front.contexts, factor: e.front.factors, group: e.front.groups }) as Facets,
  );
  const groups = readCollection('content/groups/groups.yaml', groupSchema).map((g) => ({ value: g.id }));
  it('offers every stage, context and factor (each has an entry) and no option without one', () => {
    for (const name of ['component', 'stage', 'context', 'factor'] as const)
      for (const [value, n] of optionCounts(facets, name)) expect(n, `${name}=${value}`).toBeGreaterThan(0);
    const live = liveOptions(groups, optionCounts(facets, 'group'));
    expect(live.length + deadOptions(groups, optionCounts(facets, 'group')).length).toBe(18);
    for (const o of live) expect(o.count, o.value).toBeGreaterThan(0);
  });
});
