import { describe, expect, it } from 'vitest';
import { onePerKey } from '../../src/lib/once.ts';

describe('onePerKey', () => {
  it('computes once per key and gives each key its own result', () => {
    const asked: string[] = [];
    const wrap = onePerKey((lang: string) => {
      asked.push(lang);
      return { lang };
    });
    const zh = wrap('zh');
    expect(wrap('zh')).toBe(zh);
    expect(wrap('en')).toEqual({ lang: 'en' });
    expect(wrap('en')).not.toBe(zh);
    expect(asked).toEqual(['zh', 'en']);
  });
  it('hands out the pending promise, so callers made while it is computed share the one computation', async () => {
    let runs = 0;
    const slow = onePerKey(async (n: number) => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return n * 2;
    });
    const [a, b] = await Promise.all([slow(2), slow(2)]);
    expect([a, b, runs]).toEqual([4, 4, 1]);
  });
});
