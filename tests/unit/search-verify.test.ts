import { describe, expect, it } from 'vitest';
import { countText, firstHolding, resultCount } from '../../src/lib/search/verify.ts';

/** Results 0..n-1; those in `holds` contain the query. Records every batch checked. */
function fixture(n: number, holds: readonly number[]) {
  const batches: number[][] = [];
  const ranked = Array.from({ length: n }, (_, i) => i);
  const check = async (batch: readonly number[]) => {
    batches.push([...batch]);
    return batch.map((i) => (holds.includes(i) ? `hit ${i}` : null));
  };
  return { ranked, check, batches };
}

describe('firstHolding: check only as many results as the list needs', () => {
  it('checks exactly `want` results when all of them hold the query', async () => {
    const f = fixture(
      30,
      Array.from({ length: 30 }, (_, i) => i),
    );
    const got = await firstHolding(f.ranked, f.check, 4);
    expect(got).toEqual({ hits: ['hit 0', 'hit 1', 'hit 2', 'hit 3'], checked: 4, sawMiss: false });
    expect(f.batches).toEqual([[0, 1, 2, 3]]);
  });
  it('after misses, asks only for as many more as are still missing', async () => {
    const f = fixture(10, [0, 2, 5, 6, 7]);
    const got = await firstHolding(f.ranked, f.check, 4);
    expect(got.hits).toEqual(['hit 0', 'hit 2', 'hit 5', 'hit 6']);
    expect(got.sawMiss).toBe(true);
    expect(f.batches).toEqual([[0, 1, 2, 3], [4, 5], [6]]);
  });
  it('never checks more than the cap', async () => {
    const f = fixture(100, [50]);
    const got = await firstHolding(f.ranked, f.check, 4, 5);
    expect(got).toEqual({ hits: [], checked: 5, sawMiss: true });
    expect(f.batches.flat()).toEqual([0, 1, 2, 3, 4]);
  });
  it('stops at the end of the results', async () => {
    const f = fixture(3, [1]);
    const got = await firstHolding(f.ranked, f.check, 4);
    expect(got).toEqual({ hits: ['hit 1'], checked: 3, sawMiss: true });
  });
  it('can start later in the list', async () => {
    const f = fixture(10, [8, 9]);
    const got = await firstHolding(f.ranked, f.check, 2, Number.POSITIVE_INFINITY, 6);
    expect(got).toEqual({ hits: ['hit 8', 'hit 9'], checked: 4, sawMiss: true });
    expect(f.batches.flat()).toEqual([6, 7, 8, 9]);
  });
});

describe('resultCount: what the box announces', () => {
  it("keeps Pagefind's count when every checked result held the query", () => {
    expect(resultCount(93, { hits: ['a', 'b', 'c', 'd'], checked: 4, sawMiss: false })).toEqual({ n: 93, atLeast: false });
  });
  it('counts only what was found, as a lower bound, when a result missed and some are unchecked', () => {
    const count = resultCount(93, { hits: ['a', 'b'], checked: 5, sawMiss: true });
    expect(count).toEqual({ n: 2, atLeast: true });
    expect(countText(count)).toBe('2+');
  });
  it('is exact when every result was checked', () => {
    const count = resultCount(5, { hits: ['a', 'b'], checked: 5, sawMiss: true });
    expect(count).toEqual({ n: 2, atLeast: false });
    expect(countText(count)).toBe('2');
  });
});
