/**
 * Focus never hidden (WCAG 2.2 2.4.11): tabbing forward and back through every template, in both
 * languages, at a portrait tablet (768 × 1024, also a 1536 px window at 200 % zoom), a small laptop window
 * (800 × 600) and a desktop (1280 × 800), the focused element is never more than half covered by the
 * sticky header or anything else that is sticky or fixed. Each walk covers the page's length: a run of
 * stops from the top (or the bottom), and runs started at points spread down the page, each begun the
 * way a reader arrives there (the element at the bottom of the view going forward, at the top going back).
 * And at every width from 320 to 1920 px the header, where it is sticky, is no taller than the scroll
 * padding that keeps focus clear of it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fileHarness } from './harness.ts';

const h = fileHarness();

const TEMPLATES = [
  '/{lang}/',
  '/{lang}/report/findings/',
  '/{lang}/toolkit/',
  '/{lang}/toolkit/civil-society-as-partners/',
  '/{lang}/contexts/umic/',
  '/{lang}/tools/prioritise/',
  '/{lang}/figures/',
  '/{lang}/search/',
  '/{lang}/about/',
];
const SIZES = [
  { width: 768, height: 1024 },
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
];
/** Stops per direction and page: runs of RUN stops, RUNS of them. */
const RUN = 10;
const RUNS = 6;

/** Marks the page's tab stops (in order) and its sticky and fixed elements; returns how many stops. */
const survey = (page: Page) =>
  page.evaluate(() => {
    const stops = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter((el) => {
      if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled) return false;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    });
    stops.forEach((el, i) => el.setAttribute('data-stop', String(i)));
    for (const el of document.querySelectorAll<HTMLElement>('body *'))
      if (/^(sticky|fixed)$/.test(getComputedStyle(el).position)) el.setAttribute('data-covers', '');
    return stops.length;
  });

/**
 * How much of the focused element's box, of what lies in the view, is painted over by a sticky or fixed
 * element that does not hold it: a grid of points over the box, each asked what is on top there.
 */
const coverage = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return undefined;
    const box = active.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return undefined;
    let points = 0;
    let covered = 0;
    let by = '';
    for (const fx of [0.1, 0.3, 0.5, 0.7, 0.9])
      for (const fy of [0.2, 0.5, 0.8]) {
        const x = box.left + fx * box.width;
        const y = box.top + fy * box.height;
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
        points += 1;
        const top = document.elementFromPoint(x, y);
        const cover = top?.closest<HTMLElement>('[data-covers]');
        if (top && cover && !cover.contains(active) && !active.contains(top)) {
          covered += 1;
          by = cover.className || cover.tagName;
        }
      }
    const name = `${active.tagName.toLowerCase()} “${(active.textContent ?? '').trim().slice(0, 30)}” at ${Math.round(box.top)} px`;
    return points === 0 ? undefined : { share: covered / points, by, name };
  });

/** Focus stop i without scrolling, then bring it to the bottom (going forward) or top (going back) of the view. */
const startAt = (page: Page, i: number, edge: 'start' | 'end') =>
  page.evaluate(
    ([i, edge]) => {
      const el = document.querySelector<HTMLElement>(`[data-stop="${i}"]`)!;
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: edge as ScrollLogicalPosition });
    },
    [i, edge] as const,
  );

async function walk(page: Page, stops: number, back: boolean): Promise<string[]> {
  const hidden: string[] = [];
  const key = back ? 'Shift+Tab' : 'Tab';
  const runs = Math.max(1, Math.min(RUNS, Math.ceil(stops / RUN)));
  for (let r = 0; r < runs; r += 1) {
    if (r === 0) {
      // From the very start (or end) of the page, as a reader who just arrived.
      await page.evaluate((back) => {
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, back ? document.documentElement.scrollHeight : 0);
      }, back);
      if (back) await startAt(page, stops - 1, 'end');
    } else {
      const at = Math.round((r * (stops - 1)) / runs);
      await startAt(page, back ? Math.min(stops - 1, at + RUN) : at, back ? 'start' : 'end');
    }
    for (let s = 0; s < RUN; s += 1) {
      await page.keyboard.press(key);
      const c = await coverage(page);
      if (c && c.share > 0.5) hidden.push(`${back ? '⇧Tab' : 'Tab'} ${c.name}: ${Math.round(c.share * 100)} % under ${c.by}`);
    }
  }
  return hidden;
}

describe.each(['en', 'zh'] as const)('focus in view (%s)', (lang) => {
  // The three sizes at once (the project's maxConcurrency): a walk waits on Chromium's key events far more than on the CPU.
  it.concurrent.for(SIZES)(
    'is never hidden under the header or another sticky part at $width × $height',
    { timeout: 300_000 },
    async ({ width, height }, { expect }) => {
      const failures: string[] = [];
      for (const template of TEMPLATES) {
        const path = template.replace('{lang}', lang);
        const page = await h.open(path, { width, height });
        const stops = await survey(page);
        expect(stops, path).toBeGreaterThan(5);
        for (const back of [false, true]) for (const f of await walk(page, stops, back)) failures.push(`${path} ${f}`);
        await page.close();
      }
      expect(failures, failures.slice(0, 12).join('\n')).toEqual([]);
    },
  );

  it('keeps the scroll padding at least as tall as the sticky header, at every width from 320 to 1920 px', async () => {
    const page = await h.open(`/${lang}/report/findings/`, { width: 320, height: 800 });
    const short: string[] = [];
    for (let width = 320; width <= 1920; width += 16) {
      await page.setViewportSize({ width, height: 800 });
      const m = await page.evaluate(() => {
        const header = document.querySelector<HTMLElement>('.site-header')!;
        return {
          sticky: getComputedStyle(header).position === 'sticky',
          header: header.getBoundingClientRect().height,
          padding: parseFloat(getComputedStyle(document.documentElement).scrollPaddingBlockStart) || 0,
        };
      });
      if (m.sticky && m.header > m.padding) short.push(`${width} px: header ${m.header} px, scroll padding ${m.padding} px`);
    }
    await page.close();
    expect(short).toEqual([]);
  }, 120_000);
});
