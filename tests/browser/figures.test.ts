/** The figures' interaction: marks focusable by keyboard (one stop per chart), named from their table row, with a tooltip and highlight. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import { readReport } from '../helpers/content.ts';
import { axeViolations } from '../helpers/axe.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('figure interaction', () => {
  it('names each mark from its table row, moves with the arrow keys, shows and hides a tooltip, highlights the row', async () => {
    const page = await h.open('/en/figures/');
    const block = page.locator('#figure-structure');
    const marks = block.locator('svg [data-row]');
    const parts = readReport('en');
    expect(await marks.count()).toBe(parts.length);
    // One tab stop per chart.
    expect(await block.locator('svg [tabindex="0"]').count()).toBe(1);
    expect(await block.locator('svg').getAttribute('role')).toBe('group');
    await marks.first().focus();
    const first = parts[0]!;
    expect(await marks.first().getAttribute('aria-label')).toBe(`Part: ${first.label} ${first.title}; Paragraphs: ${first.outline.paragraphs.length}`);
    expect(await block.locator('.chart-tip').isVisible()).toBe(true);
    expect(await block.locator('.chart-tip').textContent()).toBe(await marks.first().getAttribute('aria-label'));
    expect(await block.locator('tbody tr').first().getAttribute('class')).toContain('is-active');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-row'))).toBe('1');
    expect(await block.locator('svg [tabindex="0"]').getAttribute('data-row')).toBe('1');
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-row'))).toBe(String(parts.length - 1));
    await page.keyboard.press('Escape');
    expect(await block.locator('.chart-tip').isVisible()).toBe(false);
    // Hovering a row of the (opened) table highlights its mark.
    await block.locator('summary').click();
    await block.locator('tbody tr').nth(2).hover();
    expect(await marks.nth(2).getAttribute('class')).toContain('is-active');
    expect(await marks.nth(1).getAttribute('class')).not.toContain('is-active');
    expect((await axeViolations(page)).map((v) => v.id)).toEqual([]);
    await page.close();
  });

  it('pairs every mark of every chart with a row of its table', async () => {
    const page = await h.open('/zh/figures/');
    const unpaired = await page.evaluate(() =>
      [...document.querySelectorAll('.figure-block')].flatMap((block) => {
        const rows = block.querySelectorAll('tbody tr').length;
        return [...block.querySelectorAll<SVGElement>('svg [data-row]')]
          .filter((m) => Number(m.dataset['row']) >= rows || !m.getAttribute('aria-label'))
          .map((m) => `${block.id} ${m.dataset['row']}`);
      }),
    );
    expect(unpaired).toEqual([]);
    // In the factor × group matrix each dot's row names the group its table row names.
    const mismatched = await page.evaluate(
      () =>
        [...document.querySelectorAll<SVGElement>('#figure-matrix svg [data-row]')].filter((m) => {
          const group = m.closest('g.row')?.querySelector('text')?.textContent ?? '?';
          return !(m.getAttribute('aria-label') ?? '').includes(`: ${group};`);
        }).length,
    );
    expect(mismatched).toBe(0);
    expect(await page.locator('.figure-block svg [data-row]').count()).toBeGreaterThan(50);
    await page.close();
  });
});

/**
 * What a reader sees of each figure: at 360 px every displayed chart fits its column (no sideways
 * scrolling of chart or page) and its smallest text renders at 12 px or more (font size × the
 * chart's scale on screen); at 1280 px no label is cut at the chart's edge.
 */
interface ChartView {
  id: string;
  width: number;
  height: number;
  column: number;
  minText: number;
  outside: string[];
}
const figurePages = ['figures/', 'framework/', 'timeline/', 'report/findings/', ''];

async function chartViews(page: import('playwright-core').Page): Promise<{ pageOverflow: number; charts: ChartView[] }> {
  return page.evaluate(() => ({
    pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    charts: [...document.querySelectorAll<SVGSVGElement>('.figure-block svg.chart')]
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .map((svg) => {
        const box = svg.getBoundingClientRect();
        const column = svg.closest('figure')!.getBoundingClientRect().width;
        // Screen px per user unit: 1 for a fluid chart, the viewBox's scale otherwise.
        const scale = svg.getScreenCTM()?.a ?? 1;
        const texts = [...svg.querySelectorAll('text')];
        const minText = Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
        const outside = texts
          .filter((t) => {
            const r = t.getBoundingClientRect();
            return r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5;
          })
          .map((t) => t.textContent ?? '');
        return { id: svg.getAttribute('aria-labelledby')?.split(' ')[0] ?? '?', width: box.width, height: box.height, column, minText, outside };
      }),
  }));
}

describe.each(['zh', 'en'])('%s figures on a phone and a laptop', (lang) => {
  it.each(figurePages)(`/${lang}/%s at 360 px: every chart fits its column, text ≥ 12 px, nothing scrolls sideways`, async (path) => {
    const page = await h.open(`/${lang}/${path}`, { width: 360, height: 800 });
    const { pageOverflow, charts } = await chartViews(page);
    expect(charts.length).toBeGreaterThan(0);
    expect(pageOverflow).toBe(0);
    for (const c of charts) {
      expect(c.width, c.id).toBeLessThanOrEqual(c.column + 0.5);
      expect(c.column, c.id).toBeLessThanOrEqual(328);
      expect(c.minText, c.id).toBeGreaterThanOrEqual(12);
      expect(c.outside, c.id).toEqual([]);
    }
    // No chart frame scrolls: the charts fit as drawn.
    expect(await page.evaluate(() => [...document.querySelectorAll('.chart-scroll')].filter((f) => f.scrollWidth > f.clientWidth + 1).length)).toBe(0);
    await page.close();
  });
  it('/figures/ at 1280 px: no label is cut at a chart’s edge', async () => {
    const page = await h.open(`/${lang}/figures/`, { width: 1280 });
    const { pageOverflow, charts } = await chartViews(page);
    expect(charts).toHaveLength(7);
    expect(pageOverflow).toBe(0);
    for (const c of charts) {
      expect(c.outside, c.id).toEqual([]);
      expect(c.minText, c.id).toBeGreaterThanOrEqual(12);
    }
    await page.close();
  });
});

describe('figures on paper', () => {
  it('prints every chart whole, within the page’s width', async () => {
    const page = await h.open('/en/figures/', { width: 1280 });
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 700, height: 1000 });
    const { charts } = await chartViews(page);
    expect(charts).toHaveLength(7);
    for (const c of charts) {
      expect(c.width, c.id).toBeLessThanOrEqual(c.column + 0.5);
      // No taller than an A4 page's text area (297 mm − 2 × 18 mm margins): never sliced across two pages.
      expect(c.height, c.id).toBeLessThanOrEqual((261 * 96) / 25.4);
      expect(c.outside, c.id).toEqual([]);
    }
    await page.close();
  });
});
