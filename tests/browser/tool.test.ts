/**
 * The prioritisation tool in Chromium: built by keyboard, saved and reloaded, bad files refused with
 * the data untouched, good files, export and re-import, storage failure, print, 320 px, and axe in
 * every state. Without JavaScript: the method and the paper worksheet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offOrigin, startHarness, type Harness } from './harness.ts';
import { DIST } from '../helpers/dist.ts';
import { readCollection } from '../helpers/content.ts';
import { groupSchema } from '../../src/schemas/groups.ts';
import { toolTextSchema } from '../../src/schemas/tool.ts';
import { CSV_COLUMNS } from '../../src/lib/prioritise/csv.ts';
import { STORAGE_KEY } from '../../src/lib/prioritise/store.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { layoutShift } from './layout-shift.ts';
import { axeViolations } from '../helpers/axe.ts';

const PATH = '/en/tools/prioritise/';
const t = useTranslations('en');
const groups = readCollection('content/groups/groups.yaml', groupSchema);
const [texts] = readCollection('content/tool/tool.yaml', toolTextSchema);
const scoreRule = texts?.scoreRule.en ?? 'content/tool/tool.yaml has no scoreRule';
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** A fresh page with nothing saved. */
async function fresh(width = 1280): Promise<Page> {
  const page = await h.open(PATH, { width });
  await page.evaluate((key) => localStorage.removeItem(key), STORAGE_KEY);
  await page.reload();
  await page.locator('[data-tool]:not([hidden])').waitFor();
  return page;
}

/** axe over the whole page, read from the top (a control scrolled under the sticky header counts as too small a target). */
async function axe(page: Page): Promise<string[]> {
  await page.evaluate(() => window.scrollTo(0, 0));
  return (await axeViolations(page)).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
const saved = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
const ratingRows = (page: Page) => page.locator('.ratings-table tbody tr th').allTextContents();

/** Two target groups and one intersection, rated, by keyboard only. */
async function buildByKeyboard(page: Page): Promise<void> {
  await page.locator('input[name="target"][value="women"]').focus();
  await page.keyboard.press('Space');
  await page.locator('input[name="target"][value="disabilities"]').focus();
  await page.keyboard.press('Space');
  await page.locator('#own-name').focus();
  await page.keyboard.type('Women with disabilities');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // intersects: the first group listed (women)
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // and the second (disabilities)
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  // Focus is now on the new group's first rating; rate its five factors 3, 2, 1, 0, 3.
  for (const level of ['3', '2', '1', '0', '3']) {
    await page.keyboard.press(level);
    await page.keyboard.press('Tab');
  }
}

describe('without JavaScript', () => {
  it('explains the method and offers a printable worksheet with the 18 groups', async () => {
    const page = await h.open(PATH, { javaScript: false });
    expect(await page.locator('#method').isVisible()).toBe(true);
    expect(await page.locator('#method').textContent()).toContain(scoreRule);
    expect(await page.locator('.worksheet-table tbody th').allTextContents()).toEqual(groups.map((g) => g.name.en));
    expect(await page.locator('[data-tool]').isVisible()).toBe(false);
    expect(await page.locator('[data-needs-js]').textContent()).toBe(t('tool.needsJs'));
    // The method and the worksheet are the page: open, not folded.
    expect(await page.locator('details.method-fold').count()).toBe(0);
    expect(await page.locator('#worksheet').isVisible()).toBe(true);
    await page.close();
  });
});

describe('the tool in a workshop', () => {
  it('at 360 px with JavaScript, the tool comes first; the method folds below it and the worksheet follows', async () => {
    const page = await h.open(PATH, { width: 360, height: 740 });
    await page.locator('[data-tool]:not([hidden])').waitFor();
    const top = (selector: string) => page.locator(selector).evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
    const tool = await top('#tool');
    // Before: about eight screens of method, scale and worksheet came first. Now the tool starts within two.
    expect(tool).toBeLessThan(2 * 740);
    expect(await top('details.method-fold')).toBeGreaterThan(tool);
    expect(await top('#worksheet')).toBeGreaterThan(await top('details.method-fold'));
    expect(await page.locator('details.method-fold').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.locator('details.method-fold > summary').click();
    expect(await page.locator('#method').textContent()).toContain(scoreRule);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it.each([
    ['/zh/tools/prioritise/', 360],
    ['/en/tools/prioritise/', 360],
    ['/en/tools/prioritise/', 1280],
  ] as const)('%s at %i px does not move when the tool comes alive (CLS ≤ 0.02)', async (path, width) => {
    const page = await h.open(path, { width, height: 740 });
    await page.locator('[data-tool]:not([hidden])').waitFor();
    const cls = await layoutShift(page);
    expect(cls.total, JSON.stringify(cls.shifts)).toBeLessThanOrEqual(0.02);
    await page.close();
  });

  it('links the toolkit entries it puts into practice, with and without JavaScript', async () => {
    const page = await h.open(PATH, { javaScript: false });
    expect(await page.locator('.guidance-behind a[href$="/en/toolkit/prioritising-the-furthest-behind/"]').count()).toBe(1);
    await page.close();
  });

  it('lists a group with no rating as "not rated", not ranked after the others with a score of 0', async () => {
    const page = await fresh();
    await page.locator('input[name="target"][value="women"]').check();
    await page.locator('input[name="target"][value="youth"]').check();
    await page.selectOption('#rating-youth-geography', '0');
    const rows = page.locator('.results-table tbody tr');
    expect(await rows.nth(0).locator('th').textContent()).toBe('Youth');
    expect(await rows.nth(0).locator('td').first().textContent()).toBe('1');
    expect(await rows.nth(1).locator('th').textContent()).toBe('Women');
    expect(await rows.nth(1).locator('td').first().textContent()).toBe(t('tool.level.none'));
    expect(await rows.nth(1).locator('td strong').count()).toBe(0);
    expect(await page.locator('#results .unrated').textContent()).toBe(t('tool.unrated', { names: 'Women' }));
    expect(await page.locator('.top-group h4').allTextContents()).toEqual([expect.stringContaining('Youth')]);
    await page.close();
  });

  it('re-imports its own CSV as an import with a name of its own', async () => {
    const page = await fresh();
    await page.fill('#analysis-name', 'Review');
    await page.locator('input[name="target"][value="women"]').check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    expect(download.suggestedFilename()).toBe('Review.csv');
    const bytes = readFileSync(await download.path());
    await page.setInputFiles('#import-file', { name: 'Review.csv', mimeType: 'text/csv', buffer: bytes });
    await page.locator('#import-status:not(:empty)').waitFor();
    const today = await page.evaluate(() => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date()));
    const name = `Review (imported ${today})`;
    expect(await page.locator('#analysis-select option').allTextContents()).toEqual(['Review', name]);
    expect(await page.locator('#import-status').textContent()).toBe(t('tool.imported', { name }));
    // Once more: numbered, still told apart.
    await page.setInputFiles('#import-file', { name: 'Review.csv', mimeType: 'text/csv', buffer: bytes });
    await page.waitForFunction(() => document.querySelectorAll('#analysis-select option').length === 3);
    expect(await page.locator('#analysis-select option').allTextContents()).toEqual(['Review', name, `${name} 2`]);
    await page.close();
  });

  it('tells a CSV with the wrong header about the CSV’s columns, not the JSON’s "format" field', async () => {
    const page = await fresh();
    await page.setInputFiles('#import-file', { name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from('name,age\nA,3\n') });
    await page.locator('.import-error').waitFor();
    const text = (await page.locator('#import-message').textContent()) ?? '';
    expect(text).toContain(t('tool.err.csv.wrong-format'));
    expect(text).not.toContain('lnob-prioritise');
    await page.setInputFiles('#import-file', { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other","version":1}') });
    await page.waitForFunction(() => document.getElementById('import-message')?.textContent?.includes('JSON'));
    expect(await page.locator('#import-message').textContent()).toContain(t('tool.err.wrong-format'));
    await page.close();
  });
});

describe('with JavaScript', () => {
  it('builds an analysis by keyboard, scores it, and finds it again after a reload', async () => {
    const page = await fresh();
    expect(await axe(page)).toEqual([]);
    await buildByKeyboard(page);
    expect(await ratingRows(page)).toEqual(['Women', 'Persons with disabilities', expect.stringContaining('Women with disabilities')]);
    // 3 + 2 + 1 + 0 + 3 with weights 1 = 9, plus two factors at the threshold of 3 = 11.
    const top = page.locator('.results-table tbody tr').first();
    expect(await top.locator('th').textContent()).toBe('Women with disabilities');
    expect(await top.locator('td').last().textContent()).toBe('');
    expect(await top.locator('td strong').textContent()).toBe('11');
    expect(await page.locator('#results svg[role="img"]').count()).toBe(1);
    const tags = await page.locator('.top-group').first().locator('.marker-tags li').allTextContents();
    expect(tags).toEqual([
      'Discrimination + Women + Persons with disabilities + Women with disabilities',
      'Socio-economic status + Women + Persons with disabilities + Women with disabilities',
    ]);
    expect(await page.locator('.top-group').first().locator('.guidance-list a[href*="/toolkit/"]').count()).toBeGreaterThan(0);
    expect(await axe(page)).toEqual([]);

    await page.reload();
    await page.locator('.ratings-table').waitFor();
    expect(await ratingRows(page)).toHaveLength(3);
    expect(await page.locator('#rating-women-with-disabilities-discrimination').inputValue()).toBe('3');
    expect(await page.locator('#tool-storage').textContent()).toBe(t('tool.saved'));
    expect(offOrigin(h.requests, h.origin)).toEqual([]);
    await page.close();
  });

  it('changes the score when a weight or the threshold changes, and marks missing ratings', async () => {
    const page = await fresh();
    await page.locator('input[name="target"][value="youth"]').check();
    await page.selectOption('#rating-youth-geography', '2');
    await page.fill('#weight-geography', '4');
    await page.locator('#weight-geography').press('Tab');
    const row = page.locator('.results-table tbody tr').first();
    expect(await row.locator('td strong').textContent()).toBe('8');
    expect(await row.locator('td').last().textContent()).toContain('Not rated: Discrimination, Vulnerability to shocks, Governance, Socio-economic status');
    await page.selectOption('#threshold', '2');
    expect(await row.locator('td strong').textContent()).toBe('9');
    expect(await page.locator('#formula').textContent()).toContain('4 × Geography');
    await page.close();
  });

  it('removes a group, and empties or deletes an analysis only after confirmation', async () => {
    const page = await fresh();
    await page.locator('input[name="target"][value="women"]').check();
    await page.locator('input[name="target"][value="youth"]').check();
    await page.locator('button[aria-label="Remove “Women”"]').click();
    expect(await ratingRows(page)).toEqual(['Youth']);
    page.once('dialog', (d) => void d.dismiss());
    await page.click('#analysis-reset');
    expect(await ratingRows(page)).toEqual(['Youth']);
    page.once('dialog', (d) => void d.accept());
    await page.click('#analysis-reset');
    expect(await page.locator('.ratings-table').count()).toBe(0);
    await page.close();
  });

  it('keeps several named analyses', async () => {
    const page = await fresh();
    await page.fill('#analysis-name', 'Country A');
    await page.locator('input[name="target"][value="women"]').check();
    await page.click('#analysis-new');
    await page.fill('#analysis-name', 'Country B');
    expect(await page.locator('#analysis-select option').allTextContents()).toEqual(['Country A', 'Country B']);
    expect(await page.locator('.ratings-table').count()).toBe(0);
    await page.selectOption('#analysis-select', { label: 'Country A' });
    expect(await ratingRows(page)).toEqual(['Women']);
    await page.close();
  });

  const header = CSV_COLUMNS.join(',');
  const row = (cells: Record<string, string>) => CSV_COLUMNS.map((c) => cells[c] ?? '').join(',');
  const bad: [string, string, Buffer, RegExp][] = [
    ['an empty file', 'empty.csv', Buffer.alloc(0), /The file is empty/],
    [
      'a file that is neither CSV nor JSON',
      'photo.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      /not UTF-8|neither CSV nor JSON/,
    ],
    ['a file over 1 MB', 'big.csv', Buffer.from(`${header}\n${'x'.repeat(1024 * 1024 + 10)}`), /larger than 1 MB/],
    ['invalid UTF-8', 'latin1.csv', Buffer.concat([Buffer.from(`${header}\na,`), Buffer.from([0xe9, 0xff]), Buffer.from('\n')]), /not UTF-8/],
    ['a missing column', 'missing.csv', Buffer.from(`${CSV_COLUMNS.slice(0, -1).join(',')}\n`), /A column is missing: socioeconomic_source/],
    ['an unknown factor', 'factor.csv', Buffer.from(`${header},poverty_level\n`), /Unknown factor: poverty/],
    [
      'a rating out of range',
      'range.csv',
      Buffer.from(`${header}\n${row({ group_id: 'a', group_name: 'A', governance_level: '7' })}\n`),
      /“7” is not a rating: a rating is 0, 1, 2 or 3[\s\S]*line 2, column 14/,
    ],
    [
      'a duplicate group',
      'dup.csv',
      Buffer.from(`${header}\n${row({ group_id: 'a', group_name: 'A' })}\n${row({ group_id: 'a', group_name: 'B' })}\n`),
      /The group id “a” appears twice/,
    ],
    ['JSON of the wrong version', 'v2.json', Buffer.from(JSON.stringify({ format: 'lnob-prioritise', version: 2 })), /version 2; this tool reads version 1/],
    ['a __proto__ key', 'proto.json', Buffer.from('{"format":"lnob-prioritise","version":1,"__proto__":{"x":1}}'), /key that is not allowed/],
    ['malformed JSON', 'broken.json', Buffer.from('{"format": "lnob-prioritise",\n  "version": }'), /malformed[\s\S]*line 2/],
  ];

  it.each(bad)('refuses %s with a message, and changes nothing', async (_, name, buffer, message) => {
    const page = await fresh();
    await page.locator('input[name="target"][value="women"]').check();
    await page.selectOption('#rating-women-discrimination', '2');
    const before = await saved(page);
    await page.setInputFiles('#import-file', { name, mimeType: 'application/octet-stream', buffer });
    await page.locator('.import-error').waitFor();
    const text = (await page.locator('#import-message').textContent()) ?? '';
    expect(text).toMatch(message);
    expect(text).toContain(t('tool.err.unchanged'));
    expect(await saved(page)).toBe(before);
    expect(await ratingRows(page)).toEqual(['Women']);
    expect(await page.locator('#analysis-select option').count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('imports the example file as a new analysis, leaving the open one as it was', async () => {
    const page = await fresh();
    await page.locator('input[name="target"][value="women"]').check();
    const before = JSON.parse((await saved(page)) ?? '{}').analyses.a1;
    const example = readFileSync(join(DIST, 'en/tools/prioritise/example.json'));
    await page.setInputFiles('#import-file', { name: 'example.json', mimeType: 'application/json', buffer: example });
    await page.locator('#import-status:not(:empty)').waitFor();
    const state = JSON.parse((await saved(page)) ?? '{}');
    expect(state.analyses.a1).toEqual(before);
    expect(state.analyses.a2).toEqual(JSON.parse(example.toString('utf8')));
    expect(await ratingRows(page)).toHaveLength(JSON.parse(example.toString('utf8')).groups.length);
    await page.close();
  });

  it('exports CSV and JSON that import back to the same groups and ratings', async () => {
    const page = await fresh();
    await buildByKeyboard(page);
    await page.locator('details.evidence summary', { hasText: 'for “Women”' }).click();
    await page.fill('#evidence-women-geography', '=SUM(A1:A2) from a survey');
    await page.locator('#evidence-women-geography').press('Tab');
    const original = JSON.parse((await saved(page)) ?? '{}').analyses.a1;
    for (const [button, name] of [
      ['#export-json', 'json'],
      ['#export-csv', 'csv'],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      const path = await download.path();
      const bytes = readFileSync(path);
      if (name === 'csv') expect(bytes.toString('utf8')).toContain(`'=SUM(A1:A2) from a survey`);
      await page.setInputFiles('#import-file', { name: `again.${name}`, mimeType: 'text/plain', buffer: bytes });
      await page.locator('#import-status:not(:empty)').waitFor();
      const state = JSON.parse((await saved(page)) ?? '{}');
      const last = state.analyses[state.open];
      expect(last.groups).toEqual(original.groups);
      await page.evaluate(() => (document.getElementById('import-status')!.textContent = ''));
    }
    await page.close();
  });

  it('keeps working in memory, and says so, when the browser refuses to save', async () => {
    const page = await h.open('/en/', {});
    await page.evaluate((key) => localStorage.removeItem(key), STORAGE_KEY);
    // For this page only: every write to storage fails, as when it is full.
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await page.goto(`${h.origin}${PATH}`);
    await page.locator('input[name="target"][value="refugees"]').check();
    expect(await ratingRows(page)).toEqual(['Refugees']);
    expect(await page.locator('#tool-storage').textContent()).toBe(t('tool.memory'));
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('prints the analysis without its controls: groups, ratings with evidence and sources, results, chart, tags and guidance', async () => {
    // A4 at 96 dpi less the page margins: the width a printed table has.
    const page = await fresh(700);
    await buildByKeyboard(page);
    await page.locator('details.evidence summary', { hasText: 'for “Women”' }).click();
    await page.fill('#evidence-women-geography', 'Household survey: remote districts');
    await page.locator('#evidence-women-geography').press('Tab');
    await page.fill('#source-women-geography', 'National statistics office, 2024');
    await page.locator('#source-women-geography').press('Tab');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.tool-edit', '.files', '.worksheet', '.site-header', 'details.method-fold'])
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    for (const shown of ['.results-table', '#results svg', '.marker-tags', '.guidance-list', '.evidence-table'])
      expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
    expect(await page.locator('.evidence-table caption').allTextContents()).toEqual(['Women', 'Persons with disabilities', 'Women with disabilities']);
    const women = (await page.locator('.evidence-table').first().textContent()) ?? '';
    for (const text of ['Household survey: remote districts', 'National statistics office, 2024', t('tool.level.none')]) expect(women).toContain(text);
    // No column cut off: every table fits inside the page's width.
    const overflow = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('.results-table, .evidence-table')].filter(
          (table) => table.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5 || table.scrollWidth > table.clientWidth + 1,
        ).length,
    );
    expect(overflow).toBe(0);
    await page.close();
  });

  it('prints the paper worksheet while the analysis is empty, not "Untitled analysis · No groups yet"', async () => {
    const page = await fresh(700);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.worksheet-table').isVisible()).toBe(true);
    expect(await page.locator('.worksheet-table tbody th').count()).toBe(groups.length);
    expect(await page.locator('#tool').isVisible()).toBe(false);
    expect(await page.locator('#analysis-summary').isVisible()).toBe(false);
    expect(await page.locator('#method').isVisible()).toBe(true);
    const right = await page.locator('.worksheet-table').evaluate((t) => t.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(await page.evaluate(() => document.documentElement.clientWidth));
    await page.close();
  });

  it('prints the empty worksheet on A4 landscape pages of its own: rows at least 10 mm, text at least 9 pt, no head broken inside a word', async () => {
    // A4 landscape at 96 dpi less the worksheet page's margins (297 − 2 × 14 mm).
    const page = await fresh(1017);
    await page.emulateMedia({ media: 'print' });
    const sheet = await page.locator('#worksheet').evaluate((el) => {
      const px = (v: string) => Number.parseFloat(v);
      const cells = [...el.querySelectorAll<HTMLElement>('.worksheet-table :is(td, th)')].filter((c) => c.offsetParent !== null);
      const rows = [...el.querySelectorAll<HTMLElement>('.worksheet-table tbody tr')].filter((r) => r.offsetParent !== null);
      return {
        page: getComputedStyle(el).getPropertyValue('page'),
        rows: rows.length,
        lowest: Math.min(...rows.map((r) => r.getBoundingClientRect().height)),
        smallest: Math.min(...cells.map((c) => px(getComputedStyle(c).fontSize))),
        // A head whose word does not fit overflows its cell (its words never break: overflow-wrap normal).
        overflowing: [...el.querySelectorAll<HTMLElement>('thead th')].filter((th) => th.scrollWidth > th.clientWidth + 1).map((th) => th.textContent),
      };
    });
    expect(sheet.page).toBe('worksheet');
    expect(sheet.rows).toBeGreaterThanOrEqual(groups.length);
    expect(sheet.lowest).toBeGreaterThanOrEqual((10 / 25.4) * 96 - 0.5);
    expect(sheet.smallest).toBeGreaterThanOrEqual((9 / 72) * 96 - 0.01);
    expect(sheet.overflowing).toEqual([]);
    await page.close();
  });

  it('fits 320 px without sideways scrolling of the page', async () => {
    const page = await fresh(320);
    await buildByKeyboard(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
});
