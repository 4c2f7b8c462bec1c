/**
 * The phone journey and the reader's place (issue 25, phone branch), in a browser at 360 × 800: the home's
 * first screen, every context within a screen and a half, the language switch and the side-by-side link
 * that keep the paragraph being read after the reader scrolls back to the top, controls that show only
 * when they can work, and the connections figure followed one conclusion at a time.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fileHarness } from './harness.ts';
import { STORAGE_KEY } from '../../src/lib/prioritise/store.ts';

const h = fileHarness();
const languages = ['zh', 'en'] as const;
const other = { zh: 'en', en: 'zh' } as const;
const phone = { width: 360, height: 800 };

/** The bottom edge of each element matching `selector`, from the top of the page (the page is at its top). */
const bottoms = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((es) => es.map((e) => Math.round(e.getBoundingClientRect().bottom + window.scrollY)));

describe('home at 360 × 800', () => {
  it.each(languages)('%s: one line on the evaluation, the three jobs and the key messages’ heading are in the first screen', async (lang) => {
    const page = await h.open(`/${lang}/`, phone);
    const jobs = page.locator('main .jobs a');
    expect(await jobs.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toEqual([
      `/${lang}/report/`,
      `/${lang}/contexts/`,
      `/${lang}/tools/prioritise/`,
    ]);
    for (const bottom of await bottoms(page, 'main .jobs a')) expect(bottom).toBeLessThanOrEqual(800);
    for (const job of await jobs.all()) expect(await job.isVisible()).toBe(true);
    const line = await bottoms(page, 'main .home-line');
    expect(line).toHaveLength(1);
    expect(line[0]).toBeLessThanOrEqual(800);
    const heading = await bottoms(page, 'main h2#home-messages');
    expect(heading).toHaveLength(1);
    expect(heading[0]).toBeLessThanOrEqual(800);
    // The key messages follow their heading.
    expect(await page.locator('#home-messages ~ ol.messages li').count()).toBeGreaterThan(3);
    await page.close();
  });
});

describe('/contexts/ at 360 × 800', () => {
  it.each(languages)('%s: every context’s heading is within 1,200 px', async (lang) => {
    const page = await h.open(`/${lang}/contexts/`, phone);
    const headings = await bottoms(page, 'main .context-card h2');
    expect(headings).toHaveLength(3);
    for (const bottom of headings) expect(bottom).toBeLessThanOrEqual(1200);
    await page.close();
  });
});

/** Reads ¶24, lets the page note it, scrolls back to the top, and follows `link`; returns where it landed. */
async function readThenFollow(page: Page, link: string) {
  await page.locator('#p24').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  // The page notes the paragraph once scrolling rests; wait for the link to carry it (no timing asserted).
  await expect.poll(() => page.locator(link).first().getAttribute('href'), { timeout: 10_000 }).toMatch(/#p24$/);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(() => window.scrollY === 0);
  await Promise.all([page.waitForURL(/#p24$/), page.locator(link).first().click()]);
  await page.waitForLoadState('load');
  return page.evaluate(() => {
    const p = document.getElementById('p24');
    const box = p?.getBoundingClientRect();
    return { hash: location.hash, path: location.pathname, inView: box !== undefined && box.top >= 0 && box.top < window.innerHeight };
  });
}

describe('keep the reader’s place at 360 px', () => {
  it.each(languages)('%s: after reading ¶24 and scrolling to the top, the language switch lands at ¶24 in the other language', async (lang) => {
    const page = await h.open(`/${lang}/report/conclusions/`, phone);
    expect(await page.locator('.site-header').evaluate((e) => getComputedStyle(e).position)).not.toBe('sticky');
    const landed = await readThenFollow(page, 'a[data-lang-switch]');
    expect(landed).toEqual({ hash: '#p24', path: `/${other[lang]}/report/conclusions/`, inView: true });
    await page.close();
  });
  it.each(languages)('%s: the link to the side-by-side view lands at ¶24 too, and its link back returns there', async (lang) => {
    const page = await h.open(`/${lang}/report/conclusions/`, phone);
    const landed = await readThenFollow(page, 'a[data-keep-place][href*="/parallel/"]');
    expect(landed).toEqual({ hash: '#p24', path: `/${lang}/report/conclusions/parallel/`, inView: true });
    const back = await readThenFollow(page, 'a[data-keep-place]');
    expect(back).toEqual({ hash: '#p24', path: `/${lang}/report/conclusions/`, inView: true });
    await page.close();
  });
});

describe('controls that show only when they can work', () => {
  it('without JavaScript the toolkit’s filter selects are hidden, leaving one line that says why; with it they show', async () => {
    const off = await h.open('/en/toolkit/', { ...phone, javaScript: false });
    expect(await off.locator('#toolkit-filters select').count()).toBe(5);
    for (const select of await off.locator('#toolkit-filters select').all()) expect(await select.isVisible()).toBe(false);
    expect(await off.locator('#toolkit-filters legend').isVisible()).toBe(true);
    await off.close();
    const on = await h.open('/en/toolkit/', phone);
    await on.locator('#toolkit-filters fieldset:not([disabled])').waitFor();
    for (const select of await on.locator('#toolkit-filters select').all()) expect(await select.isVisible()).toBe(true);
    await on.close();
  });
  it('the tool’s “Groups it intersects” box is hidden until a group is chosen', async () => {
    const page = await h.open('/en/tools/prioritise/', phone);
    await page.evaluate((key) => localStorage.removeItem(key), STORAGE_KEY);
    await page.reload();
    await page.locator('[data-tool]:not([hidden])').waitFor();
    expect(await page.locator('#own-intersects-box').isVisible()).toBe(false);
    await page.locator('input[name="target"][value="women"]').check();
    expect(await page.locator('#own-intersects-box').isVisible()).toBe(true);
    expect(await page.locator('#own-intersects input[type="checkbox"]').count()).toBe(1);
    await page.locator('input[name="target"][value="women"]').uncheck();
    expect(await page.locator('#own-intersects-box').isVisible()).toBe(false);
    await page.close();
  });
});

describe('the connections figure, one conclusion at a time', () => {
  it.each(languages)('%s at 360 px: tapping a conclusion in the list highlights its links only, and tapping again clears it', async (lang) => {
    const page = await h.open(`/${lang}/figures/`, phone);
    const figure = page.locator('#figure-flow');
    const item = figure.locator('.figure-follow li[data-follow="c3"]');
    const targets = await item.locator('a').evaluateAll((as) => as.map((a) => /#(r\d+)$/.exec((a as HTMLAnchorElement).href)?.[1]));
    expect(targets.length).toBeGreaterThan(0);
    await item.locator('strong').click();
    const followed = await figure
      .locator('svg .is-followed[data-from]')
      .evaluateAll((ls) => ls.map((l) => `${l.getAttribute('data-from')}→${l.getAttribute('data-to')}`));
    expect(followed).toEqual(targets.map((r) => `c3→${r}`));
    const boxes = await figure.locator('svg rect.is-followed').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-node')));
    expect(boxes.sort()).toEqual(['c3', ...targets].sort());
    // The others fade: drawn, but faint.
    const faint = await figure
      .locator('svg [data-from]:not(.is-followed)')
      .first()
      .evaluate((l) => Number(getComputedStyle(l).strokeOpacity));
    expect(faint).toBeLessThan(0.5);
    await item.locator('strong').click();
    expect(await figure.locator('svg .is-followed').count()).toBe(0);
    await page.close();
  });
});
