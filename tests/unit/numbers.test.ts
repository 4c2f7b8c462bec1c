import { describe, expect, it } from 'vitest';
import { missingNumbers, normaliseChineseNumbers } from '../../src/lib/numbers.ts';

describe('numbers in translation', () => {
  it.each([
    ['开发署自 20 世纪 90 年代以来', 'since the 1990s'],
    ['近 1 000 人', 'close to 1,000 people'],
    ['2015 年 9 月 25 日', '25 September 2015'],
    ['约 80%的答复者', 'about 80% of respondents'],
    ['2022-2025 年战略计划', 'Strategic Plan 2022–2025'],
  ])('%s ↔ %s: nothing missing', (zh, en) => {
    expect(missingNumbers(zh, en)).toEqual([]);
  });
  it.each([
    ['抽样选出了 15 个国家', 'sampled 16 countries', ['15']],
    ['2022 年 11 月访问', 'accessed 2022', ['November']],
    ['近 1 000 人', 'close to 100 people', ['1000']],
  ])('%s ↔ %s: misses %j', (zh, en, missing) => {
    expect(missingNumbers(zh, en)).toEqual(missing);
  });
  it('writes Chinese decades and months the English way', () => {
    expect(normaliseChineseNumbers('20 世纪 90 年代，11 月')).toBe('1990s，November');
  });
});
