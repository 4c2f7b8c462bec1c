/** The toolkit's filters with and without JavaScript, and a context guidance page in print. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offOrigin, startHarness, type Harness } from './harness.ts';
import { readToolkit } from '../helpers/content.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const visibleEntries = (page: import('playwright-core').Page) =>
  page.locator('.entry-list > li').evaluateAll((items) => items.filter((i) => (i as HTMLElement).offsetParent !== null).map((i) => ({ component: (i as HTMLElement).dataset['component'], context: (i as HTMLElement).dataset['context'] ?? '' })));

describe('context guidance without JavaScript', () => {
  it('reads in full: cover, contents and every entry for the context', async () => {
    const page = await h.open('/zh/contexts/ldc-fragile/', { javaScript: false });
    const entries = readToolkit('zh').filter((e) => e.front.contexts.includes('ldc-fragile'));
    expect(await page.locator('.cover h1').isVisible()).toBe(true);
    expect(await page.locator('.guidance-contents a').count()).toBe(5);
    const shown = await page.locator('.guidance-entry').evaluateAll((items) => items.filter((i) => (i as HTMLElement).offsetParent !== null).length);
    expect(shown).toBe(entries.length);
    await page.close();
  });
});

describe('toolkit filters', () => {
  it('without JavaScript every entry is listed, grouped by component', async () => {
    const page = await h.open('/zh/toolkit/', { javaScript: false });
    const all = await page.locator('.entry-list > li').count();
    expect(all).toBeGreaterThanOrEqual(5);
    expect((await visibleEntries(page)).length).toBe(all);
    expect(await page.locator('#toolkit-filters').isVisible()).toBe(false);
    expect(await page.locator('.toolkit-component h2').count()).toBe(5);
    await page.close();
  });
  it('with JavaScript filters instantly and keeps the choice in the address', async () => {
    const page = await h.open('/en/toolkit/');
    const all = (await visibleEntries(page)).length;
    await page.locator('select[name="component"]').selectOption('c');
    await page.waitForURL(/\?component=c$/);
    const shown = await visibleEntries(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all);
    for (const e of shown) expect(e.component).toBe('c');
    expect(await page.locator('#toolkit-count').textContent()).toBe(`${shown.length} entries shown`);
    await page.close();
  });
  it('restores filters from the address', async () => {
    const page = await h.open('/en/toolkit/?component=d&context=ldc-fragile');
    expect(await page.locator('select[name="component"]').inputValue()).toBe('d');
    expect(await page.locator('select[name="context"]').inputValue()).toBe('ldc-fragile');
    for (const e of await visibleEntries(page)) {
      expect(e.component).toBe('d');
      expect(e.context.split(' ')).toContain('ldc-fragile');
    }
    await page.close();
  });
});

describe('requests', () => {
  it('went to no origin but the site’s own', () => {
    expect(offOrigin(h.requests, h.origin)).toEqual([]);
  });
});
