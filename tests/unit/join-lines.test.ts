import { describe, expect, it } from 'vitest';
import { joinLines } from '../../src/lib/source/join-lines.ts';

describe.each([
  { lines: ['全球社会发现自', '己正处于危险时期。'], joined: '全球社会发现自己正处于危险时期。', why: 'Chinese joins with nothing' },
  { lines: ['Demarginalizing the ', 'Intersection of Race'], joined: 'Demarginalizing the Intersection of Race', why: 'English words keep one space' },
  { lines: ['抽样选出了 15', '个国家'], joined: '抽样选出了 15 个国家', why: 'a number keeps its space before a Chinese character' },
  { lines: ['开发署 2022-', '2025 年战略计划'], joined: '开发署 2022-2025 年战略计划', why: 'a year range broken at the hyphen stays one range' },
  { lines: ['其定义如下：', '\n (a) 平等'], joined: '其定义如下：\n(a) 平等', why: 'a sub-item keeps its line' },
  { lines: ['  ', '文本 '], joined: '文本', why: 'blank lines and edges are dropped' },
])('joinLines: $why', ({ lines, joined }) => {
  it(`gives ${JSON.stringify(joined)}`, () => {
    expect(joinLines(lines)).toBe(joined);
  });
});
