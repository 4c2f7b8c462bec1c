/**
 * The A–Z index and a search that never dead-ends: without JavaScript the header offers the index where
 * the search box would be and the index links paragraphs that use each term; with it, the box is there and
 * the link is not. On a phone (360 × 800) the search page's count is on the first screen with the filters
 * folded, a two-line filter label keeps its box beside its first line, and the header box's "See all
 * results" is in view; mixed-language result titles carry `lang` on their other-language part.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fileHarness } from './harness.ts';
import { readReport } from '../helpers/content.ts';

const h = fileHarness();
const PHONE = { width: 360, height: 800 };

/** The visible text of paragraph n in a language's report (footnote markers dropped). */
const paragraphText = (lang: 'zh' | 'en', n: number) =>
  readReport(lang)
    .flatMap((p) => p.outline.paragraphs)
    .find((p) => p.n === n)
    ?.text.replace(/\[\^\d+\]/g, '') ?? '';

describe('without JavaScript', () => {
  it.each([
    ['zh', '/zh/', '索引'],
    ['en', '/en/report/findings/', 'Index A–Z'],
    ['en', '/en/search/', 'Index A–Z'],
  ] as const)('%s %s: the header offers the index in place of the search box', async (lang, path, name) => {
    const page = await h.open(path, { javaScript: false });
    const link = page.locator('.site-header a.index-link');
    expect(await link.isVisible()).toBe(true);
    expect((await link.textContent())?.trim()).toBe(name);
    expect(await link.getAttribute('href')).toBe(`/${lang}/index/`);
    expect(await page.locator('.site-header .site-search').isVisible()).toBe(false);
    await link.click();
    await page.waitForURL(new RegExp(`/${lang}/index/$`));
    expect(await page.locator('h1').textContent()).toBe(lang === 'zh' ? '索引' : 'Index');
    await page.close();
  });

  it.each([
    ['en', 'intersectionality', /intersectional/i],
    ['zh', '交叉性', /交叉性/],
    ['en', 'Persons with disabilities', /disabilit/i],
  ] as const)('%s: the index entry "%s" links paragraphs that use it, and each link opens its paragraph', async (lang, label, used) => {
    const page = await h.open(`/${lang}/index/`, { javaScript: false });
    const entry = page.locator('.index-entries li', { has: page.locator('.index-label', { hasText: new RegExp(`^${label}$`) }) });
    const hrefs = await entry.locator('.index-refs a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(2);
    for (const href of hrefs) {
      const n = Number(/#p(\d+)$/.exec(href)?.[1]);
      expect(paragraphText(lang, n), `${label} → ¶${n}`).toMatch(used);
    }
    // Following a number lands on that paragraph, which shows the word.
    await entry.locator('.index-refs a').first().click();
    const n = Number(/#p(\d+)$/.exec(hrefs[0] ?? '')?.[1]);
    await page.waitForURL(new RegExp(`/${lang}/report/[\\w-]+/#p${n}$`));
    expect(await page.locator(`#p${n}`).textContent()).toMatch(used);
    await page.close();
  });

  it('the index’s letters lead to their sections, and a "see" entry to its term', async () => {
    const page = await h.open('/en/index/', { javaScript: false });
    const letters = await page.locator('.index-letters a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(letters.length).toBeGreaterThan(15);
    for (const href of letters) expect(await page.locator(`${href} + ul li`).count(), href).toBeGreaterThan(0);
    const see = page.locator('.index-entries li', { has: page.locator('.index-label', { hasText: /^RFBF$/ }) }).locator('.index-see a');
    expect(await see.textContent()).toBe('reaching the furthest behind first (RFBF)');
    expect(await page.locator(`${await see.getAttribute('href')} .index-refs a`).count()).toBeGreaterThan(10);
    await page.close();
  });
});

describe('with JavaScript', () => {
  it('the header has its search box and no index link (the footer keeps one)', async () => {
    const page = await h.open('/en/');
    expect(await page.locator('.site-header .site-search').isVisible()).toBe(true);
    expect(await page.locator('.site-header a.index-link').count()).toBe(0);
    expect(await page.locator('.site-footer a[href="/en/index/"]').count()).toBe(1);
    await page.close();
  });
});

/** Whether an element is what a reader sees at its centre (not scrolled out of its list, not covered). */
const seenAtCentre = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const top = document.elementFromPoint(x, y);
    return y >= 0 && y <= window.innerHeight && top !== null && el.contains(top);
  });

describe('on a phone (360 × 800)', () => {
  it.each([
    ['/en/search/?q=intersectionality', 'Filters'],
    ['/zh/search/?q=%E4%BA%A4%E5%8F%89%E6%80%A7', '筛选'],
  ])('%s: the count is on the first screen, the filters folded', async (path, filters) => {
    const page = await h.open(path, PHONE);
    await page.waitForFunction(() => /\d/.test(document.getElementById('search-status')?.textContent ?? ''));
    expect(await page.locator('.search-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('.search-filters > summary').textContent()).toContain(filters);
    const count = await page.locator('#search-status').boundingBox();
    expect(count && count.y + count.height).toBeLessThanOrEqual(PHONE.height);
    await page.close();
  });

  it('a filter label of two lines has its box beside its first line', async () => {
    const page = await h.open('/en/search/', PHONE);
    await page.locator('.search-filters > summary').click();
    const offsets = await page.locator('.search-filters label.check').evaluateAll((labels) =>
      labels.flatMap((label) => {
        const box = label.querySelector('input')?.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(label);
        const lines = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0 && r.left > (box?.right ?? 0));
        const tops = [...new Set(lines.map((r) => Math.round(r.top)))];
        const first = lines[0];
        if (!box || !first || tops.length < 2) return [];
        // The box's centre against the first line's: off by no more than a few pixels.
        return [Math.abs(box.top + box.height / 2 - (first.top + first.height / 2))];
      }),
    );
    expect(offsets.length).toBeGreaterThan(0);
    for (const off of offsets) expect(off).toBeLessThanOrEqual(4);
    await page.close();
  });

  it.each([
    ['/en/', 'disability', 'See all results'],
    ['/zh/', '残疾', '查看全部结果'],
  ])('%s: after typing "%s" in the header box, "%s" is in view', async (path, query, all) => {
    const page = await h.open(path, PHONE);
    await page.locator('#site-search-input').click();
    await page.keyboard.type(query);
    const last = '#site-search-results [role="option"]:last-child';
    await page.locator(last, { hasText: all }).waitFor();
    expect(await page.locator('#site-search-results [role="option"]').count()).toBeGreaterThan(2);
    expect(await seenAtCentre(page, last)).toBe(true);
    await page.close();
  });
});

describe('result titles in two languages', () => {
  it('a glossary result on the English search page marks its Chinese term', async () => {
    const page = await h.open('/en/search/?q=GEF');
    const title = page.locator('#search-results a', { hasText: 'Global Environment Facility (GEF)' }).first();
    await title.waitFor();
    expect(await title.locator('span[lang="zh-Hans"]').textContent()).toBe('全球环境基金');
    await page.close();
  });
  it('and in the header box on the Chinese site, its English term', async () => {
    const page = await h.open('/zh/');
    await page.locator('#site-search-input').click();
    await page.keyboard.type('全球环境基金');
    const title = page.locator('#site-search-results .suggestion-title', { hasText: 'Global Environment Facility' }).first();
    await title.waitFor();
    expect(await title.locator('span[lang="en"]').textContent()).toMatch(/^Global Environment Facility/);
    await page.close();
  });
});
