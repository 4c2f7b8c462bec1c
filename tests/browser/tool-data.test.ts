/**
 * The prioritisation tool with real data in Chromium: an analysis it cannot read survives every later
 * save and is offered as it is; CSV files from spreadsheets (GBK, UTF-16, format version 1) open and
 * say how they were read; a CSV round trip keeps the settings; and at 360 px, with long names, nothing
 * is wider than the screen.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import { CSV_COLUMNS } from '../../src/lib/prioritise/csv.ts';
import { KEPT_KEY, STORAGE_KEY } from '../../src/lib/prioritise/store.ts';
import { addGroup, customGroup, emptyAnalysis, FACTOR_IDS, groupFromTarget, setRating, type Analysis, type Level } from '../../src/lib/prioritise/model.ts';
import { useTranslations } from '../../src/i18n/index.ts';

const PATH = '/en/tools/prioritise/';
const t = useTranslations('en');
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** The page with `record` (the store's text) saved, or nothing saved, read afresh. */
async function withSaved(record: string | null, path = PATH, width = 1280): Promise<Page> {
  const page = await h.open(path, { width, height: 800 });
  await page.evaluate(
    ({ key, value }) => {
      localStorage.clear();
      if (value !== null) localStorage.setItem(key, value);
    },
    { key: STORAGE_KEY, value: record },
  );
  await page.reload();
  await page.locator('[data-tool]:not([hidden])').waitFor();
  return page;
}
const stored = (page: Page, key = STORAGE_KEY) => page.evaluate((k) => localStorage.getItem(k), key);
const ratingRows = (page: Page) => page.locator('.ratings-table tbody tr th').allTextContents();

// An analysis of a newer build: a version this one does not know, spaced and escaped as JSON.stringify never would.
const NEWER = '{ "format" : "lnob-prioritise", "version": 2,\n  "name": "Newer build\\u2019s review", "groups": [], "scenario": { "weights": [1.50] } }';
const good: Analysis = addGroup(emptyAnalysis('Country A'), groupFromTarget('women', 'Women'));

describe('an analysis the tool cannot read', () => {
  it('stays, byte for byte, through an edit, a reload, an import, a reset and a delete, and is offered as it is', async () => {
    const page = await withSaved(`{"open":"a2","analyses":{"a1":${NEWER},"a2":${JSON.stringify(good)}}}`);
    const kept = page.locator('#tool-kept');
    expect(await kept.locator('p').textContent()).toBe(t('tool.kept', { n: 1 }));
    expect(await kept.locator('p').textContent()).toMatch(/^1 analysis saved .* It is kept exactly as it was/);
    expect(await kept.locator('button').textContent()).toBe(t('tool.exportKept', { name: 'Newer build’s review' }));
    expect(await page.locator('#analysis-select option').allTextContents()).toEqual(['Country A']);

    // An edit, then a reload: both are there.
    await page.locator('input[name="target"][value="youth"]').check();
    expect(await stored(page)).toContain(`"a1":${NEWER}`);
    await page.reload();
    await page.locator('.ratings-table').waitFor();
    expect(await ratingRows(page)).toEqual(['Women', 'Youth']);
    expect(await page.locator('#tool-kept button').count()).toBe(1);
    expect(await stored(page)).toContain(`"a1":${NEWER}`);

    // An import, a reset and a delete.
    await page.setInputFiles('#import-file', { name: 'B.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(emptyAnalysis('Country B'))) });
    await page.locator('#import-status:not(:empty)').waitFor();
    expect(await page.locator('#analysis-select option').allTextContents()).toEqual(['Country A', 'Country B']);
    page.once('dialog', (d) => void d.accept());
    await page.click('#analysis-reset');
    page.once('dialog', (d) => void d.accept());
    await page.click('#analysis-delete');
    expect(await page.locator('#analysis-select option').allTextContents()).toEqual(['Country A']);
    const after = (await stored(page)) ?? '';
    expect(after).toContain(`"a1":${NEWER}`);
    // The new analyses took ids of their own: the kept one is still "a1", once.
    expect(after.split('"a1"')).toHaveLength(2);

    // Its export is the stored text itself.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#tool-kept button').click()]);
    expect(download.suggestedFilename()).toBe('Newer build’s review.json');
    expect(readFileSync(await download.path(), 'utf8')).toBe(NEWER);
    await page.close();
  });

  it('counts in the page’s language: two kept analyses in English, and the Chinese wording', async () => {
    const record = `{"open":"a3","analyses":{"a1":${NEWER},"a2":{"format":"other"},"a3":${JSON.stringify(good)}}}`;
    const en = await withSaved(record);
    expect(await en.locator('#tool-kept p').textContent()).toMatch(/^2 analyses saved .* They are kept exactly as they were/);
    expect(await en.locator('#tool-kept button').allTextContents()).toEqual([
      t('tool.exportKept', { name: 'Newer build’s review' }),
      t('tool.exportKept', { name: t('tool.keptUnnamed', { id: 'a2' }) }),
    ]);
    await en.close();
    const zh = await withSaved(record, '/zh/tools/prioritise/');
    expect(await zh.locator('#tool-kept p').textContent()).toBe(useTranslations('zh')('tool.kept', { n: 2 }));
    await zh.close();
  });

  it('moves a saved record that is not readable at all aside, unchanged, and says where', async () => {
    const page = await withSaved('{"open": "a1", "analyses": {');
    expect(await page.locator('#tool-kept p').textContent()).toBe(t('tool.keptRecord', { key: KEPT_KEY }));
    await page.locator('input[name="target"][value="youth"]').check();
    expect(await stored(page, KEPT_KEY)).toBe('{"open": "a1", "analyses": {');
    expect(JSON.parse((await stored(page)) ?? '{}').analyses.a1.groups).toHaveLength(1);
    await page.close();
  });
});

describe('CSV files from spreadsheets', () => {
  const header = CSV_COLUMNS.join(',');
  // "农村妇女" (rural women) in GBK, as Chinese Excel and WPS save a plain CSV.
  const RURAL_WOMEN_GBK = Buffer.from([0xc5, 0xa9, 0xb4, 0xe5, 0xb8, 0xbe, 0xc5, 0xae]);

  async function importBytes(page: Page, name: string, buffer: Buffer): Promise<void> {
    await page.setInputFiles('#import-file', { name, mimeType: 'text/csv', buffer });
    await page.waitForFunction(() => document.getElementById('import-notes')?.textContent || document.querySelector('.import-error'));
  }

  it('opens a GBK file (format version 1) and says how it read it and what it lacked', async () => {
    expect(new TextDecoder('gb18030').decode(RURAL_WOMEN_GBK)).toBe('农村妇女');
    const page = await withSaved(null);
    await importBytes(page, 'Workshop.csv', Buffer.concat([Buffer.from(`${header}\r\ng-1,`), RURAL_WOMEN_GBK, Buffer.from(',,,3\r\n')]));
    expect(await ratingRows(page)).toEqual(['农村妇女']);
    const notes = (await page.locator('#import-notes').textContent()) ?? '';
    expect(notes).toContain(t('tool.readAs', { encoding: t('tool.encoding.gb18030') }));
    expect(notes).toContain(t('tool.readAsLegacy'));
    expect(notes).toContain('format version 1');
    expect(notes).toContain('the name “Workshop” (from the file’s name); context: Not chosen; weights: Discrimination 1, Geography 1,');
    expect(notes).toContain('“high” threshold: 3');
    await page.close();
  });

  it('opens UTF-16 “Unicode text” and UTF-8 with a byte-order mark, and says which', async () => {
    const page = await withSaved(null);
    const tabbed = `${CSV_COLUMNS.join('\t')}\ng-1\t农村妇女\t\t\t2\n`;
    await importBytes(page, 'Unicode.txt', Buffer.from(`\uFEFF${tabbed}`, 'utf16le'));
    expect(await page.locator('#import-notes').textContent()).toContain(t('tool.readAs', { encoding: t('tool.encoding.utf-16le') }));
    expect(await page.locator('#rating-g-1-discrimination').inputValue()).toBe('2');
    await importBytes(page, 'bom.csv', Buffer.from(`\uFEFF${header}\ng-2,Youth,youth\n`));
    expect(await page.locator('#import-notes').textContent()).toContain(t('tool.readAs', { encoding: 'UTF-8' }));
    await page.close();
  });

  it('refuses only what no decoder reads, saying how to save it from Excel and WPS', async () => {
    const page = await withSaved(null);
    await importBytes(page, 'odd.csv', Buffer.concat([Buffer.from(`${header}\na,`), Buffer.from([0xff, 0xfe, 0x0a])]));
    const text = (await page.locator('#import-message').textContent()) ?? '';
    expect(text).toContain(t('tool.err.unknown-encoding'));
    expect(text).toMatch(/Excel[^]*CSV UTF-8[^]*WPS/);
    await page.close();
  });

  it('keeps the name, context, weights and threshold through an export and an import', async () => {
    const page = await withSaved(JSON.stringify({ open: 'a1', analyses: { a1: good } }));
    await page.selectOption('#analysis-context', 'umic');
    await page.fill('#weight-geography', '4');
    await page.locator('#weight-geography').press('Tab');
    await page.selectOption('#threshold', '2');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const bytes = readFileSync(await download.path());
    // Opened under another file name: the name inside the file counts.
    await page.setInputFiles('#import-file', { name: 'renamed.csv', mimeType: 'text/csv', buffer: bytes });
    await page.locator('#import-status:not(:empty)').waitFor();
    const state = JSON.parse((await stored(page)) ?? '{}');
    const [first, second] = [state.analyses.a1, state.analyses[state.open]];
    expect(state.open).not.toBe('a1');
    expect({ ...second, name: first.name }).toEqual(first);
    expect(second.name).toMatch(/^Country A \(imported \d{4}-\d{2}-\d{2}\)$/);
    expect([second.context, second.weights.geography, second.highThreshold]).toEqual(['umic', 4, 2]);
    expect(await page.locator('#import-notes').textContent()).not.toContain('format version 1');
    await page.close();
  });
});

describe('at 360 px, with data', () => {
  const long = 'x'.repeat(200);
  const url = 'https://example.org/country-office/programmes/leave-no-one-behind/rural-women-and-girls-in-remote-districts';
  function fullAnalysis(lang: 'zh' | 'en'): Analysis {
    let a = emptyAnalysis(lang === 'zh' ? '农村分析' : 'Rural review');
    a = addGroup(a, groupFromTarget('women', lang === 'zh' ? '妇女' : 'Women'));
    a = addGroup(a, groupFromTarget('disabilities', lang === 'zh' ? '残疾人' : 'Persons with disabilities'));
    a = addGroup(a, { ...customGroup(long, ['women', 'disabilities']), intersects: ['women', 'disabilities'] });
    a = addGroup(
      a,
      customGroup(
        url,
        a.groups.map((g) => g.id),
      ),
    );
    const levels: Level[] = [3, 2, 1, 0, 3];
    a.groups.forEach((g, gi) =>
      FACTOR_IDS.forEach((f, fi) => (a = setRating(a, g.id, f, { level: gi === 3 && fi > 2 ? null : (levels[(gi + fi) % 5] ?? 0) }))),
    );
    return a;
  }

  it.each(['en', 'zh'] as const)('%s: a 200-character name and a URL widen nothing; chart, ratings and scores fit the screen', async (lang) => {
    const page = await withSaved(JSON.stringify({ open: 'a1', analyses: { a1: fullAnalysis(lang) } }), `/${lang}/tools/prioritise/`, 360);
    await page.locator('#results svg').waitFor();
    const sizes = await page.evaluate(() => {
      const box = (selector: string) => [...document.querySelectorAll(selector)].map((e) => e.getBoundingClientRect());
      const region = (selector: string) => [...document.querySelectorAll(selector)].map((e) => e.scrollWidth - e.clientWidth);
      return {
        viewport: window.innerWidth,
        page: document.documentElement.scrollWidth,
        chart: box('#results svg').map((b) => [b.left, b.right]),
        chartPanning: region('#results .chart-scroll'),
        ratings: box('.ratings-table, .ratings-table tr, .results-table, .results-table tr').map((b) => [b.left, b.right]),
        ratingsPanning: region('#ratings .table-scroll, #results .table-scroll'),
      };
    });
    expect(sizes.viewport).toBe(360);
    expect(sizes.page).toBe(360);
    expect(sizes.chart).toHaveLength(1);
    for (const [left, right] of [...sizes.chart, ...sizes.ratings]) {
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(360);
    }
    expect(sizes.chartPanning).toEqual([0]);
    expect(sizes.ratingsPanning).toEqual([0, 0]);
    // Each factor's rating (and score) is named where the tables are laid out per group.
    const first = page.locator('.ratings-table tbody tr').first();
    expect(await first.locator('td[data-label]').count()).toBe(5);
    expect(await page.locator('.results-table tbody tr').first().locator('td[data-label]').count()).toBe(9);
    expect(
      await first
        .locator('td[data-label]')
        .first()
        .evaluate((td) => getComputedStyle(td, '::before').content),
    ).not.toBe('none');
    await page.close();
  });
});
