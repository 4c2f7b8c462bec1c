/**
 * The way through the site on a phone and a laptop, in both languages: the three jobs and the key messages first, every
 * section reachable without sideways scrolling (also without JavaScript), header controls unclipped and
 * in the tab order the reader sees, targets of at least 24 × 24 px, contents beside long parts, and no
 * layout shift on a report page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness.ts';
import { layoutShift } from './layout-shift.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const languages = ['zh', 'en'] as const;
const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('home at 360 × 800', () => {
  it.each(languages)('%s: the three jobs come first, then the key messages, whose heading is within the first screen', async (lang) => {
    const page = await h.open(`/${lang}/`, { width: 360, height: 800 });
    const layout = await page.evaluate(() => {
      const messages = document.querySelector('main .messages');
      const jobs = document.querySelector('main .jobs');
      return {
        messagesHeading: document.getElementById('home-messages')?.getBoundingClientRect().bottom ?? Infinity,
        order: messages && jobs ? jobs.compareDocumentPosition(messages) & Node.DOCUMENT_POSITION_FOLLOWING : 0,
        jobs: [...(jobs?.querySelectorAll('a') ?? [])].map((a) => new URL(a.href).pathname),
      };
    });
    expect(layout.messagesHeading).toBeLessThan(800);
    expect(layout.order).toBeTruthy();
    expect(layout.jobs).toEqual([`/${lang}/report/`, `/${lang}/contexts/`, `/${lang}/tools/prioritise/`]);
    await page.close();
  });
  it('writes out RFBF and LNOB before the key messages use them (English)', async () => {
    const page = await h.open('/en/', { width: 360, height: 800 });
    const lead = await page.locator('main .home-line').textContent();
    expect(lead).toContain('leaving no one behind (LNOB)');
    expect(lead).toContain('reaching the furthest behind first (RFBF)');
    await page.close();
  });
});

describe('navigation at 360 px', () => {
  for (const javaScript of [true, false]) {
    it.each(languages)(
      `%s${javaScript ? '' : ', without JavaScript'}: the menu shows the current section and opens every section, no sideways scroll`,
      async (lang) => {
        const page = await h.open(`/${lang}/report/findings/`, { width: 360, height: 800, javaScript });
        const summary = page.locator('.nav-menu summary');
        expect(await summary.isVisible()).toBe(true);
        const current = await page.locator('.nav-list a[aria-current="page"]').textContent();
        expect(await summary.textContent()).toContain(current ?? '—');
        expect(await page.locator('.nav-list').isVisible()).toBe(false);
        await summary.click();
        const links = await page
          .locator('.nav-list a')
          .evaluateAll((as) => as.map((a) => ({ box: a.getBoundingClientRect().toJSON() as DOMRect, visible: a.checkVisibility() })));
        expect(links).toHaveLength(8);
        for (const { box, visible } of links) {
          expect(visible).toBe(true);
          expect(box.left).toBeGreaterThanOrEqual(0);
          expect(box.right).toBeLessThanOrEqual(360);
          expect(box.height).toBeGreaterThanOrEqual(24);
        }
        expect(await sideways(page)).toBe(0);
        await page.close();
      },
    );
  }
});

describe('the header at every width', () => {
  const widths = [320, 360, 768, 1024, 1280, 1920];
  it.concurrent.for(languages.flatMap((lang) => widths.map((w) => [lang, w] as const)))(
    '%s at %d px: every control is whole, in view, and the search box shows its whole placeholder',
    async ([lang, width], { expect }) => {
      const [result, overflow] = await h.inTab(
        async (page) => {
          await page.goto(`${h.origin}/${lang}/report/findings/`, { waitUntil: 'load' });
          return [await headerControls(page), await sideways(page)] as const;
        },
        { width, height: 900 },
      );
      expect(result.clipped).toEqual([]);
      expect(result.placeholder).toBeLessThanOrEqual(result.room);
      expect(overflow).toBe(0);
    },
  );

  it.each(languages.flatMap((lang) => [360, 1280].map((w) => [lang, w] as const)))(
    '%s at %d px: Tab goes through the header in the order it is seen',
    async (lang, width) => {
      const page = await h.open(`/${lang}/report/findings/`, { width, height: 900 });
      const seen: { top: number; left: number; tag: string }[] = [];
      await page.keyboard.press('Tab'); // skip link
      for (let i = 0; i < 16; i += 1) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const e = document.activeElement as HTMLElement;
          if (!e.closest('.site-header')) return undefined;
          const r = e.getBoundingClientRect();
          return { top: Math.round(r.top + r.height / 2), left: Math.round(r.left), tag: e.tagName };
        });
        if (!focus) break;
        seen.push(focus);
      }
      expect(seen.length).toBeGreaterThanOrEqual(width < 768 ? 4 : 11);
      for (let i = 1; i < seen.length; i += 1) {
        const [a, b] = [seen[i - 1]!, seen[i]!];
        // The next stop is further along the same line, or on a line below.
        const sameLine = Math.abs(a.top - b.top) < 12;
        expect(sameLine ? b.left > a.left : b.top > a.top, JSON.stringify([a, b])).toBe(true);
      }
      await page.close();
    },
  );
});

describe('targets', () => {
  it.each(languages)('%s: note markers and "Cite" are at least 24 × 24 px', async (lang) => {
    const page = await h.open(`/${lang}/report/background/`, { width: 360, height: 800 });
    const sizes = await page.locator('.fn-ref a, .cite summary').evaluateAll((es) => es.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(sizes.length).toBeGreaterThan(10);
    for (const s of sizes) {
      expect(s.width).toBeGreaterThanOrEqual(24);
      expect(s.height).toBeGreaterThanOrEqual(24);
    }
    await page.close();
  });
});

describe('contents of long parts', () => {
  it.each(languages)('%s: at 1280 px the contents stay in view beside the text and mark the section being read', async (lang) => {
    const page = await h.open(`/${lang}/report/recommendations/#r4`, { width: 1280, height: 900 });
    await page.waitForTimeout(100);
    const toc = await page.evaluate(() => {
      const nav = document.querySelector('.part-toc')!;
      const text = document.querySelector('.part-body')!;
      const current = [...nav.querySelectorAll('a')].filter((a) => a.matches(':target-current')).map((a) => a.getAttribute('href'));
      return { top: nav.getBoundingClientRect().top, right: nav.getBoundingClientRect().right, textLeft: text.getBoundingClientRect().left, current };
    });
    expect(toc.top).toBeGreaterThanOrEqual(0);
    expect(toc.top).toBeLessThan(200);
    expect(toc.right).toBeLessThanOrEqual(toc.textLeft);
    expect(toc.current).toEqual(['#r4']);
    await page.close();
  });
  it.each(languages)('%s: at 360 px the contents open the part, and each section links back to them', async (lang) => {
    const page = await h.open(`/${lang}/report/conclusions/`, { width: 360, height: 800 });
    const sections = await page.locator('.part-body h2.section-head').count();
    expect(sections).toBe(5);
    expect(await page.locator('.part-toc li').count()).toBe(sections);
    const back = page.locator('.to-contents a').nth(2);
    await back.click();
    expect(await page.evaluate(() => location.hash)).toBe('#part-contents');
    expect(await sideways(page)).toBe(0);
    await page.close();
  });
});

describe('nothing jumps', () => {
  it.each(languages)('%s: a report page has no layout shift while it loads', async (lang) => {
    const page = await h.open(`/${lang}/report/findings/`, { width: 360, height: 800 });
    await page.waitForTimeout(300);
    const cls = await layoutShift(page);
    expect(cls.total, JSON.stringify(cls.shifts)).toBeLessThanOrEqual(0.02);
    await page.close();
  });
});

describe('no sideways scrolling at 360 px', () => {
  const templates = [
    '',
    'report/',
    'report/recommendations/',
    'report/findings/parallel/',
    'framework/',
    'toolkit/',
    'toolkit/prioritising-the-furthest-behind/',
    'contexts/',
    'contexts/ldc-fragile/',
    'tools/prioritise/',
    'figures/',
    'glossary/',
    'timeline/',
    'about/',
    'search/?q=gender',
  ];
  // A few pages at a time (the project's maxConcurrency), in tabs that go on from page to page.
  it.concurrent.for(languages.flatMap((lang) => templates.map((t) => [lang, t] as const)))(
    '/%s/%s: nothing is wider than the screen outside a labelled scroll region',
    async ([lang, template], { expect }) => {
      const [wide, overflow] = await h.inTab(
        async (page) => {
          await page.goto(`${h.origin}/${lang}/${template}`, { waitUntil: 'load' });
          return [await wideElements(page), await sideways(page)] as const;
        },
        { width: 360, height: 800 },
      );
      expect(wide).toEqual([]);
      expect(overflow).toBe(0);
    },
  );
});

/** What reaches past the right edge of the screen, outside a labelled scroll region and what is hidden from view. */
const wideElements = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((e) => e.checkVisibility() && e.getBoundingClientRect().right > width + 0.5)
      .filter((e) => !e.closest('[role="region"][aria-label], [role="region"][aria-labelledby]'))
      .filter((e) => !e.closest('.visually-hidden'))
      .map((e) => `${e.tagName.toLowerCase()}.${e.className}`.slice(0, 60));
  });

/** The header's controls that are cut off or out of view, and the search box's placeholder against its room. */
const headerControls = (page: Page) =>
  page.evaluate(() => {
    const header = document.querySelector('.site-header')!;
    const controls = [...header.querySelectorAll<HTMLElement>('a, summary, input, button')].filter((e) => e.checkVisibility());
    const clipped = controls
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.left < 0 || r.right > document.documentElement.clientWidth || e.scrollWidth > e.clientWidth + 1;
      })
      .map((e) => e.outerHTML.slice(0, 80));
    const input = header.querySelector<HTMLInputElement>('input[name="q"]')!;
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontSize} ${style.fontFamily}`;
    const room = input.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
    return { clipped, placeholder: context.measureText(input.placeholder).width, room };
  });
