/** The toolkit's filters with and without JavaScript, and a context guidance page in print. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offOrigin, startHarness, type Harness } from './harness.ts';
import { readToolkit } from '../helpers/content.ts';
import { layoutShift } from './layout-shift.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const t = useTranslations('zh');

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const visibleEntries = (page: import('playwright-core').Page) =>
  page
    .locator('.entry-list > li')
    .evaluateAll((items) =>
      items
        .filter((i) => (i as HTMLElement).offsetParent !== null)
        .map((i) => ({ component: (i as HTMLElement).dataset['component'], context: (i as HTMLElement).dataset['context'] ?? '' })),
    );

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
    // The form keeps its place without JavaScript, disabled, saying why (so enabling it moves nothing).
    expect(await page.locator('#toolkit-filters fieldset').evaluate((f) => (f as HTMLFieldSetElement).disabled)).toBe(true);
    expect(await page.locator('#toolkit-filters select').first().isDisabled()).toBe(true);
    expect(await page.locator('#toolkit-filters legend').textContent()).toBe(t('toolkit.filtersNeedJs'));
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

/** Every option of every filter, with the number its label gives and the number of entries it matches. */
const optionsAndMatches = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const items = [...document.querySelectorAll<HTMLElement>('.entry-list > li')];
    return [...document.querySelectorAll<HTMLSelectElement>('#toolkit-filters select')].flatMap((select) =>
      [...select.options]
        .filter((o) => o.value !== '')
        .map((o) => ({
          filter: select.name,
          value: o.value,
          label: o.textContent ?? '',
          matches: items.filter((i) => (i.dataset[select.name] ?? '').split(' ').includes(o.value)).length,
        })),
    );
  });

describe('toolkit filters have no dead ends', () => {
  it.each(['zh', 'en'] as const)('%s: every option matches an entry, and its label says how many', async (lang) => {
    const page = await h.open(`/${lang}/toolkit/`, { javaScript: false });
    const options = await optionsAndMatches(page);
    expect(options.length).toBeGreaterThan(10);
    for (const o of options) {
      expect(o.matches, `${o.filter}=${o.value}`).toBeGreaterThan(0);
      expect(o.label, `${o.filter}=${o.value}`).toMatch(new RegExp(`[(（]${o.matches}[)）]$`));
    }
    // The groups no entry covers are named, not silently dropped.
    const groupsOffered = options.filter((o) => o.filter === 'group').length;
    if (groupsOffered < 18) expect(await page.locator('.uncovered-groups').isVisible()).toBe(true);
    await page.close();
  });
  it('with JavaScript, counts follow the other choices and an option that would show nothing is disabled', async () => {
    const page = await h.open('/en/toolkit/?component=a');
    await page.locator('#toolkit-filters fieldset:not([disabled])').waitFor();
    const shown = (await visibleEntries(page)).length;
    expect(await page.locator('#toolkit-filters legend').textContent()).toBe(useTranslations('en')('toolkit.filters'));
    expect(await page.locator('select[name="group"] option[value=""]').textContent()).toBe(`All (${shown})`);
    const groups = await page
      .locator('select[name="group"] option:not([value=""])')
      .evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '', disabled: (o as HTMLOptionElement).disabled })));
    expect(groups.some((g) => g.disabled)).toBe(true);
    for (const g of groups) expect(g.disabled, g.value).toBe(g.text.endsWith('(0)'));
    const live = groups.find((g) => !g.disabled);
    expect(live).toBeDefined();
    await page.locator('select[name="group"]').selectOption(live!.value);
    const n = Number(/\((\d+)\)$/.exec(live!.text)?.[1]);
    expect((await visibleEntries(page)).length).toBe(n);
    expect(n).toBeGreaterThan(0);
    await page.close();
  });
});

describe('layout shift', () => {
  it.each([
    ['zh', 360],
    ['en', 360],
    ['zh', 1280],
    ['en', 1280],
  ] as const)('the %s toolkit index at %i px does not move when its filters come alive (CLS ≤ 0.02)', async (lang, width) => {
    const page = await h.open(`/${lang}/toolkit/`, { width, height: 740 });
    await page.locator('#toolkit-filters fieldset:not([disabled])').waitFor();
    const cls = await layoutShift(page);
    expect(cls.total, JSON.stringify(cls.shifts)).toBeLessThanOrEqual(0.02);
    await page.close();
  });
});

describe('entries and the prioritisation tool', () => {
  it.each(['zh', 'en'] as const)('%s: the entry on prioritising links the tool', async (lang) => {
    const page = await h.open(`/${lang}/toolkit/prioritising-the-furthest-behind/`, { javaScript: false });
    expect(await page.locator(`.tool-link a[href$="/${lang}/tools/prioritise/"]`).count()).toBe(1);
    await page.close();
  });
});

describe('requests', () => {
  it('went to no origin but the site’s own', () => {
    expect(offOrigin(h.requests, h.origin)).toEqual([]);
  });
});
