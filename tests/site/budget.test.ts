/** Byte budgets, measured on the built files (never on time). */
import { describe, expect, it } from 'vitest';
import { budgetTable, measurePages, READING_PAGE_BUDGET } from '../../scripts/budget.ts';
import { DIST } from '../helpers/dist.ts';

const weights = measurePages(DIST);

describe('byte budget', () => {
  it('prints the weight of each page type', () => {
    console.log(`\n${budgetTable(weights)}\n`);
    expect(weights.length).toBeGreaterThan(60);
  });
  it.each(weights.map((w) => [w.url, w] as const))(`%s: HTML + CSS + JS ≤ ${READING_PAGE_BUDGET / 1024} KB gzip`, (_, w) => {
    expect(w.total).toBeLessThanOrEqual(READING_PAGE_BUDGET);
  });
  it('reading pages load at most 2 KB of JavaScript on page load (small enhancements; reading needs none)', () => {
    for (const w of weights.filter((x) => x.url.includes('/report/'))) expect(w.js).toBeLessThanOrEqual(2 * 1024);
  });
});
