import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates.ts';

describe.each([
  { date: '1945', zh: '1945 年', en: '1945' },
  { date: '2015-09-25', zh: '2015 年 9 月 25 日', en: '25 September 2015' },
  { date: '2018/2022-06', zh: '2018 年至 2022 年 6 月', en: '2018–June 2022' },
  { date: '2017/2018', zh: '2017 年至 2018 年', en: '2017–2018' },
])('formatDate($date)', ({ date, zh, en }) => {
  it(`is ${zh} / ${en}`, () => {
    expect(formatDate(date, 'zh')).toBe(zh);
    expect(formatDate(date, 'en')).toBe(en);
  });
});
