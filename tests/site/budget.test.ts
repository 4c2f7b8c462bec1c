/** Byte budgets, measured on the built files (never on time). */
import { describe, expect, it } from 'vitest';
import {
  budgetFor,
  budgetTable,
  isToolPage,
  isDoublePage,
  DOUBLE_PAGE_BUDGET,
  isWholeReportPrint,
  measurePages,
  PRINT_EDITION_BUDGET,
  READING_PAGE_BUDGET,
  TOOL_JS_BUDGET,
  WHOLE_REPORT_BUDGET,
} from '../../src/build/budget.ts';
import { DIST } from '../helpers/dist.ts';

const weights = measurePages(DIST);

describe('byte budget', () => {
  it('prints the weight of each page type', () => {
    console.log(`\n${budgetTable(weights)}\n`);
    expect(weights.length).toBeGreaterThan(60);
  });
  it.each(weights.map((w) => [w.url, budgetFor(w.url) / 1024, w] as const))('%s: HTML + CSS + JS ≤ %d KB gzip', (_, __, w) => {
    expect(w.total).toBeLessThanOrEqual(budgetFor(w.url));
  });
  it('the prioritisation tool loads ≤ 30 KB gzip of JavaScript, and its HTML and CSS stay within a reading page', () => {
    const tools = weights.filter((w) => isToolPage(w.url));
    expect(tools.map((w) => w.url).sort()).toEqual(['/en/tools/prioritise/', '/zh/tools/prioritise/']);
    for (const w of tools) {
      expect(w.js).toBeLessThanOrEqual(TOOL_JS_BUDGET);
      expect(w.html + w.css).toBeLessThanOrEqual(READING_PAGE_BUDGET);
    }
  });
  it('only the print editions (context guidance, the whole evaluation), the tool, the parallel views and the figures page have a larger budget', () => {
    const whole = weights.filter((w) => isWholeReportPrint(w.url));
    expect(whole.map((w) => w.url).sort()).toEqual(['/en/report/print/', '/zh/report/bilingual/print/', '/zh/report/print/']);
    for (const w of whole) expect(budgetFor(w.url)).toBe(WHOLE_REPORT_BUDGET);
    const double = weights.filter((w) => isDoublePage(w.url));
    expect(
      double
        .map((w) => w.url)
        .filter((u) => u.includes('/figures/'))
        .sort(),
    ).toEqual(['/en/figures/', '/zh/figures/']);
    expect(double.every((w) => budgetFor(w.url) === DOUBLE_PAGE_BUDGET && (w.url.endsWith('/parallel/') || w.url.endsWith('/figures/')))).toBe(true);
    const larger = weights.filter((w) => budgetFor(w.url) !== READING_PAGE_BUDGET && !isToolPage(w.url) && !isWholeReportPrint(w.url) && !isDoublePage(w.url));
    expect(larger.length).toBeGreaterThan(0);
    for (const w of larger) expect([w.url, budgetFor(w.url)]).toEqual([expect.stringMatching(/^\/(zh|en)\/contexts\/[\w-]+\/print\/$/), PRINT_EDITION_BUDGET]);
    expect(budgetFor('/zh/contexts/umic/')).toBe(READING_PAGE_BUDGET);
    expect(budgetFor('/zh/report/findings/')).toBe(READING_PAGE_BUDGET);
  });
  it('report pages load at most 3 KB of JavaScript on page load (header, search box, place keeping, copy buttons; reading needs none)', () => {
    for (const w of weights.filter((x) => x.url.includes('/report/'))) expect(w.js).toBeLessThanOrEqual(3 * 1024);
  });
});
