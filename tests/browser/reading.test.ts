/** Reading the report as people do: keyboard, small screens, zoom, no JavaScript, print, citing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { offOrigin, sitePaths, startHarness, type Harness } from './harness.ts';
import { readReport } from '../helpers/content.ts';

const paths = sitePaths();
const paragraphsOf = new Map<string, number[]>(
  ['zh', 'en'].flatMap((lang) => readReport(lang).map((p) => [`/${lang}/report/${p.part}/`, p.outline.paragraphs.map((x) => x.n)] as const)),
);
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('keyboard', () => {
  it('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const page = await h.open('/zh/report/findings/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    expect(await page.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? -1)).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('every link, button, field and summary of a report page is reached by Tab, each with a visible focus ring', async () => {
    const page = await h.open('/zh/report/background/');
    const expected = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea')].filter(
          (e) => e.checkVisibility() || e.classList.contains('skip-link'),
        ).length,
    );
    const reached = new Set<string>();
    for (let i = 0; i < expected + 5; i += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const e = document.activeElement as HTMLElement | null;
        if (!e || e === document.body) return null;
        const style = getComputedStyle(e);
        const path: string[] = [];
        for (let n: Element | null = e; n && n !== document.body; n = n.parentElement)
          path.unshift(`${n.tagName}:${[...(n.parentElement?.children ?? [])].indexOf(n)}`);
        return { key: path.join('/'), ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      if (!focus) continue;
      expect(focus.ring, `focus ring on ${focus.key}`).toBe(true);
      reached.add(focus.key);
    }
    expect(reached.size).toBe(expected);
    await page.close();
  });

  it('a citation opens from the keyboard and its copy button is next in the tab order', async () => {
    const page = await h.open('/zh/report/lessons/');
    await page.locator('#p52 summary').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('cite-copy');
    await page.close();
  });
});

// Page by page, a few at a time (the project's maxConcurrency), in tabs that go on from page to page.
const load = (path: string) => async (tab: Page) => {
  await tab.goto(`${h.origin}${path}`, { waitUntil: 'load' });
  return tab;
};
describe.concurrent('small screens and zoom', () => {
  it.for(paths.reading)('%s fits 320 px without horizontal scrolling', async (path, { expect }) => {
    const overflow = await h.inTab(async (tab) => horizontalOverflow(await load(path)(tab)), { width: 320, height: 640 });
    expect(overflow).toBeLessThanOrEqual(0);
  });
  it.for(paths.reportParts)('%s reflows at 200% zoom (1280 px at 2×)', async (path, { expect }) => {
    const [overflow, fontSize] = await h.inTab(
      async (tab) => {
        const page = await load(path)(tab);
        return [await horizontalOverflow(page), await page.evaluate(() => getComputedStyle(document.body).fontSize)] as const;
      },
      { width: 640, height: 450 },
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(fontSize).toBe('17px');
  });
});

describe.concurrent('without JavaScript', () => {
  it.for(paths.reportParts)('%s is fully readable, citations included', async (path, { expect }) => {
    const page = await h.open(path, { javaScript: false });
    const expected = paragraphsOf.get(path) ?? [];
    const shown = await page
      .locator('.para')
      .evaluateAll((els) =>
        els
          .filter((e) => (e as HTMLElement).offsetHeight > 0 && (e.querySelector('.para-text')?.textContent ?? '').trim().length > 10)
          .map((e) => Number(e.id.slice(1))),
      );
    expect(shown).toEqual(expected);
    await page.locator('details.cite summary').first().click();
    expect(await page.locator('details.cite .cite-text').first().isVisible()).toBe(true);
    expect(await page.locator('.cite-copy').first().isVisible()).toBe(false);
    await page.close();
  });
  it('a permalink goes straight to its paragraph', async ({ expect }) => {
    const page = await h.open('/zh/p/12/', { javaScript: false });
    await page.waitForURL(/\/zh\/report\/findings\/#p12$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p12');
    await page.close();
  });
});

describe('copying a citation', () => {
  it('copies the citation and says so in the live region', async () => {
    const page = await h.open('/zh/report/conclusions/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.origin });
    const para = page.locator('#p21');
    await para.locator('summary').click();
    const button = para.locator('.cite-copy');
    expect(await button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => page.locator('#live').textContent()).toBe('已复制第 21 段的引文。');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await para.locator('.cite-text').textContent())?.trim());
    // Built without SITE: the citation ends with the paragraph, with no (local) address.
    expect(copied).toMatch(/第 21 段\.$/);
    await page.close();
  });
});

/** Clicks where a reader would, without the scrolling Playwright's click() may do first. */
async function clickInPlace(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

describe('language switch', () => {
  it('keeps the paragraph of the address: /zh/report/findings/#p12 → /en/report/findings/#p12', async () => {
    const page = await h.open('/zh/report/findings/#p12');
    await clickInPlace(page, 'a[data-lang-switch]');
    await page.waitForURL(/\/en\/report\/findings\/#p12$/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.close();
  });
  it('follows the paragraph in view', async () => {
    const page = await h.open('/en/report/conclusions/');
    await page.locator('#p25').evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await clickInPlace(page, 'a[data-lang-switch]');
    await page.waitForURL(/\/zh\/report\/conclusions\/#p25$/);
    await page.close();
  });
  it('without JavaScript goes to the same page in the other language', async () => {
    const page = await h.open('/zh/report/findings/#p12', { javaScript: false });
    await page.locator('a[data-lang-switch]').click();
    await page.waitForURL(/\/en\/report\/findings\/$/);
    await page.close();
  });
  it('the language choice suggests the browser’s language without redirecting', async () => {
    const page = await h.open('/');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator('.lang-choice a.suggested').getAttribute('lang')).toBe('zh-Hans');
    expect(await page.locator('#suggestion').isVisible()).toBe(true);
    await page.close();
  });
});

describe('reading progress', () => {
  it('is fixed (never moves the layout) and follows the scroll without script', async () => {
    const page = await h.open('/zh/report/recommendations/', { javaScript: false });
    const bar = page.locator('.reading-progress');
    expect(await bar.evaluate((e) => getComputedStyle(e).position)).toBe('fixed');
    const top = await bar.evaluate((e) => getComputedStyle(e).transform);
    const mainTop = await page.evaluate(() => document.querySelector('h1')?.getBoundingClientRect().top);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
    await page.waitForTimeout(100);
    const middle = await bar.evaluate((e) => getComputedStyle(e).transform);
    expect(middle).not.toBe(top);
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await page.evaluate(() => document.querySelector('h1')?.getBoundingClientRect().top)).toBe(mainTop);
    await page.close();
  });
});

describe('print', () => {
  it('prints the data tables of the figures, which sit in closed disclosures on screen', async () => {
    const page = await h.open('/en/figures/');
    const table = page.locator('details.figure-table table').first();
    expect(await table.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await table.isVisible()).toBe(true);
    expect(await page.locator('details.figure-table > summary').first().isVisible()).toBe(false);
    await page.close();
  });
  it('hides navigation, keeps paragraph numbers and notes, and prints short link addresses', async () => {
    const page = await h.open('/zh/report/background/');
    await page.emulateMedia({ media: 'print' });
    const state = await page.evaluate(() => ({
      header: getComputedStyle(document.querySelector('.site-header')!).display,
      partNav: getComputedStyle(document.querySelector('.part-nav')!).display,
      cite: getComputedStyle(document.querySelector('.cite')!).display,
      number: getComputedStyle(document.querySelector('.para-num')!).display,
      notes: getComputedStyle(document.querySelector('.notes')!).display,
      link: getComputedStyle(document.querySelector('#fn1 a[data-print-url]')!, '::after').content,
      color: getComputedStyle(document.querySelector('.para-text p')!).color,
    }));
    expect(state).toEqual({
      header: 'none',
      partNav: 'none',
      cite: 'none',
      number: expect.not.stringMatching(/^none$/),
      notes: 'block',
      link: '" (" attr(data-print-url) ")"'.length > 0 ? expect.stringContaining('undocs.org/ch/A/RES/70/1') : '',
      color: 'rgb(0, 0, 0)',
    });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});

describe('requests', () => {
  it('went to no origin but the site’s own', () => {
    expect(offOrigin(h.requests, h.origin)).toEqual([]);
  });
});
