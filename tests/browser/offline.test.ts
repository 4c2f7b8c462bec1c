/**
 * The offline copy in Chromium, against a server this test can take down (every connection refused,
 * as well as Playwright's offline mode) and switch to a second build: pages read stay readable with no
 * connection; nothing is fetched in bulk before the reader chooses; "Save" downloads the chosen files
 * with a progress bar that ends at the total, and the size shown is the size stored; offline, an
 * unvisited report part, a context page, the tool and search in both languages work; a second build's
 * worker brings the copy over, is announced on any page with its version and date, takes over whole,
 * and leaves the tool's analyses alone; cancel keeps nothing; remove frees the space; without a saved
 * copy, a new build keeps the pages read before that it has byte for byte. Without JavaScript the
 * control is absent.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/build/chromium.ts';
import { writeOffline } from '../../src/build/offline.ts';
import { filesFor, type OfflineManifest } from '../../src/lib/offline.ts';
import { STORAGE_KEY } from '../../src/lib/prioritise/store.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { DIST } from '../helpers/dist.ts';
import { offlineRig, storedInPage, type OfflineRig, type TestServer } from '../helpers/test-server.ts';
import { axeViolations } from '../helpers/axe.ts';

const en = useTranslations('en');
const zh = useTranslations('zh');
const MARK = 'A sentence only the second build has.';
const THIRD = 'A sentence only the third build has.';

let work: string;
let second: string;
let server: TestServer;
let rig: OfflineRig;
let page: Page;
const manifest = JSON.parse(readFileSync(join(DIST, '_offline/manifest.json'), 'utf8')) as OfflineManifest;
const both = { langs: ['zh', 'en'] as ('zh' | 'en')[], pdfs: false };
const bytesOf = (m: OfflineManifest) => filesFor(m, both).reduce((s, f) => s + f.size, 0);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'lnob-offline-'));
  // The second build: this one with a changed About page, its manifest and worker written again by the
  // build's own step, as a new version of another day.
  second = join(work, 'second');
  cpSync(DIST, second, { recursive: true, filter: (src) => !src.includes('/pdf/') });
  const about = join(second, 'en/about/index.html');
  writeFileSync(about, readFileSync(about, 'utf8').replace('</h1>', `</h1><p id="second-build">${MARK}</p>`));
  await writeOffline(second, '/', { version: '9.9.9', date: '2099-01-02' });
  rig = await offlineRig(work, DIST);
  ({ server, page } = rig);
  page.on('pageerror', (e) => console.log('pageerror', e.message));
}, 120_000);

afterAll(async () => {
  await rig?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const offline = (on: boolean) => rig.offline(on);

const open = async (path: string) => {
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
};

const stored = () => storedInPage(page);

const savedRecord = () =>
  page.evaluate(async () => {
    for (const name of await caches.keys()) {
      const hit = await (await caches.open(name)).match('/_offline/saved');
      if (hit) return (await hit.json()) as { build: string; files: number; bytes: number };
    }
    return undefined;
  });

describe('offline copy', () => {
  afterEach(async () => {
    await offline(false);
    server.slow(0);
  });
  it('caches pages as they are read, in both languages, and they reload with no connection; nothing is fetched in bulk', async () => {
    await open('/en/report/findings/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // The first page was loaded before the worker: it caches it when it takes over.
    await page.waitForFunction(async () => Boolean(await caches.match(location.href)));
    await open('/zh/report/about/');
    await open('/zh/report/');
    expect(server.served.filter((p) => p.startsWith('/_offline/manifest') || p.startsWith('/pdf/') || p.startsWith('/pagefind/fragment/'))).toEqual([]);
    // Only what the three pages load, the worker and what it precaches (the two "not saved" pages): no bulk.
    const read = ['/en/report/findings/', '/zh/report/about/', '/zh/report/'];
    const own = ['/sw.js', '/favicon.svg', '/zh/offline/', '/en/offline/'];
    expect(server.served.filter((p) => !read.includes(p) && !own.includes(p) && !p.startsWith('/_astro/'))).toEqual([]);
    expect(new Set(server.served.filter((p) => p.startsWith('/_astro/'))).size).toBeLessThan(20);

    await offline(true);
    await open('/zh/report/about/');
    expect(await page.locator('h1').textContent()).toContain('关于');
    await open('/en/report/findings/');
    await expect.poll(() => page.locator('#p12').count(), { timeout: 30_000 }).toBe(1);
    // With its styles (the site's system font stack, not the browser's default) and its scripts and their
    // imports (the search box's script has made the box a combobox), although it was read before the worker.
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^system-ui/);
    await page.locator('#site-search-input[role="combobox"]').waitFor({ state: 'attached' });
    // A page neither read nor saved: the page that says so, in both languages, listing only what is here:
    // the pages read, by their titles, newest first (offline-truth.test.ts reads the titles).
    await open('/en/toolkit/');
    expect(await page.locator('h1').textContent()).toBe(en('offline.notSaved'));
    expect(await page.locator('section[lang="zh-Hans"] h2').textContent()).toBe(zh('offline.notSaved'));
    const [enPart, zhPart] = [page.locator('section[data-not-saved]').first(), page.locator('section[lang="zh-Hans"][data-not-saved]')];
    const listed = (part: typeof enPart) => part.locator('li a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await expect.poll(() => enPart.locator('[data-on-device]').isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await listed(enPart)).toEqual(['/en/report/findings/']);
    expect(await enPart.locator('[data-none-saved]').isVisible()).toBe(false);
    await expect.poll(() => zhPart.locator('[data-on-device]').isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await zhPart.locator('[data-on-device] > p').textContent()).toBe(zh('offline.onDevice'));
    expect(await listed(zhPart)).toEqual(['/zh/report/', '/zh/report/about/']);
    expect(await zhPart.locator('[data-none-saved]').isVisible()).toBe(false);
    await offline(false);
  });

  it('saves the whole hub on the reader’s choice: progress to the total, and the size shown is the size stored', async () => {
    const before = server.served.length;
    await open('/en/about/');
    const control = page.locator('[data-offline]');
    await control.waitFor({ state: 'visible' });
    await page.check('input[name="offline-langs"][value="both"]');
    const button = page.locator('[data-offline-save]');
    await expect.poll(() => button.getAttribute('data-bytes'), { timeout: 30_000 }).toBe(String(bytesOf(manifest)));
    const shownBytes = Number(await button.getAttribute('data-bytes'));
    const mb = new Intl.NumberFormat('en', { style: 'unit', unit: 'megabyte', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(shownBytes / 1e6);
    expect(await button.textContent()).toBe(en('offline.save', { size: mb }));
    expect(await page.getByRole('button', { name: en('offline.save', { size: mb }) }).count()).toBe(1);
    // Only the page and the sizes (a few hundred bytes) so far: the file list comes with the choice.
    expect(server.served.slice(before).filter((p) => p.startsWith('/_offline/manifest'))).toEqual([]);

    await page.evaluate(() => {
      const bar = document.querySelector('[data-offline-progress] progress') as HTMLProgressElement;
      const seen: number[][] = [];
      (window as unknown as { seen: number[][] }).seen = seen;
      new MutationObserver(() => seen.push([bar.value, bar.max])).observe(document.querySelector('[data-offline-count]')!, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    // By keyboard, at a phone's width.
    await page.setViewportSize({ width: 360, height: 800 });
    await button.focus();
    await page.keyboard.press('Enter');
    const total = filesFor(manifest, both).length;
    await expect.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 120_000 }).toBe(en('offline.done'));
    const seen = await page.evaluate(() => (window as unknown as { seen: number[][] }).seen);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.every(([, max]) => max === total)).toBe(true);
    expect(seen.map(([v]) => v)).toEqual([...seen.map(([v]) => v!)].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual([total, total]);
    expect(await page.locator('[data-offline-count]').textContent()).toBe(en('offline.count', { done: total, n: total }));
    const { bytes, names } = await stored();
    expect(names).toEqual([`lnob-hub-${manifest.build}`]);
    expect(bytes).toBe(shownBytes);
    // Said once: the status that it is done, the line above the form what is saved; the count is put away.
    expect(await page.locator('[data-offline-status]').textContent()).toBe(en('offline.done'));
    expect(await page.locator('[data-offline-saved]').textContent()).toBe(en('offline.saved', { what: en('offline.both'), n: total, size: mb }));
    expect(await page.locator('[data-offline-progress]').isVisible()).toBe(false);
    // Nothing left to save for this choice, or for a part of it: no Save button, and the focus on Remove.
    expect(await button.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-offline-remove'))).toBe(true);
    await page.check('input[name="offline-langs"][value="this"]');
    expect(await button.isVisible()).toBe(false);
    // The PDFs are not saved yet: the offer is back, with the size of the choice.
    await page.check('input[name="offline-pdfs"]');
    await button.waitFor({ state: 'visible' });
    await page.uncheck('input[name="offline-pdfs"]');
    await button.waitFor({ state: 'hidden' });
    await page.check('input[name="offline-langs"][value="both"]');
    expect((await savedRecord())?.bytes).toBe(shownBytes);
    expect(server.served.filter((p) => p.startsWith('/pdf/'))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect((await axeViolations(page, '[data-offline]')).map((v) => v.id)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('offline, opens an unvisited report part, a context page and the tool, and searches in both languages', async () => {
    await offline(true);
    await open('/zh/report/lessons/');
    expect(await page.locator('main [id^="p"].para').count()).toBeGreaterThan(0);
    await open('/en/contexts/umic/');
    expect(await page.locator('h1').textContent()).not.toBe(en('offline.notSaved'));
    await open('/zh/tools/prioritise/');
    await page.locator('[data-tool]:not([hidden])').waitFor();
    for (const [lang, q] of [
      ['en', 'disability'],
      ['zh', '残疾'],
    ] as const) {
      await open(`/${lang}/search/?q=${encodeURIComponent(q)}`);
      await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0, undefined, { timeout: 60_000 });
    }
    await offline(false);
  });

  it('a second build’s worker brings the copy over, is announced with its version and date, and takes over whole; analyses untouched', async () => {
    await open('/en/tools/prioritise/');
    await page.locator('[data-tool]:not([hidden])').waitFor();
    await page.fill('#analysis-name', 'Workshop analysis');
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key) ?? '', STORAGE_KEY), { timeout: 30_000 }).toContain('Workshop analysis');
    const analyses = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

    const next = JSON.parse(readFileSync(join(second, '_offline/manifest.json'), 'utf8')) as OfflineManifest;
    expect(next.build).not.toBe(manifest.build);
    server.serve(second);
    // On any page, a reading page too (nothing of the notice is loaded before a new build waits).
    await open('/en/report/findings/');
    const notice = page.getByRole('region', { name: en('offline.updateLabel') });
    await notice.waitFor({ state: 'visible', timeout: 120_000 });
    expect(await notice.getAttribute('data-offline-update')).toBe(next.build);
    expect(await notice.locator('p').textContent()).toBe(`${en('offline.update', { version: '9.9.9', date: '2099-01-02' })} ${en('offline.updateSaved')}`);
    expect(await page.locator('#live').textContent()).toBe(await notice.locator('p').textContent());
    expect(await notice.evaluate((box) => getComputedStyle(box).position)).toBe('fixed');
    // Scrolled to the end, the page's last line (the footer) is above the notice, not under it.
    const [footerBottom, noticeTop] = await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      return [
        document.querySelector('.site-footer')!.getBoundingClientRect().bottom,
        document.querySelector('[data-offline-update]')!.getBoundingClientRect().top,
      ];
    });
    expect(footerBottom).toBeLessThanOrEqual(noticeTop + 1);
    expect((await axeViolations(page, '[data-offline-update]')).map((v) => v.id)).toEqual([]);
    await open('/en/about/');
    await notice.waitFor({ state: 'visible', timeout: 60_000 });
    // Until the reader updates, the page is the first build's, and so is what the worker serves.
    expect(await page.locator('#second-build').count()).toBe(0);
    expect((await stored()).names.sort()).toEqual([`lnob-hub-${manifest.build}`, `lnob-hub-${next.build}`].sort());

    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: en('offline.updateNow') }).click()]);
    await page.locator('#second-build').waitFor();
    const { bytes, names } = await stored();
    expect(names).toEqual([`lnob-hub-${next.build}`]);
    expect(bytes).toBe(bytesOf(next));
    expect((await savedRecord())?.build).toBe(next.build);
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(analyses);

    await offline(true);
    await open('/en/about/');
    expect(await page.locator('#second-build').textContent()).toBe(MARK);
    await open('/zh/report/findings/');
    expect(await page.locator('#p12').count()).toBe(1);
    await offline(false);
  });

  it('a cancelled save keeps nothing, and "Remove the offline copy" frees the space', async () => {
    await open('/en/about/');
    await page.locator('[data-offline]').waitFor({ state: 'visible' });
    // The control has read what is saved before it offers to remove it.
    await page.locator('[data-offline-saved]').waitFor({ state: 'visible' });
    const remove = page.getByRole('button', { name: en('offline.remove') });
    await remove.click();
    await expect.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 30_000 }).toMatch(/^The offline copy is removed: \d/);
    expect((await stored()).names).toEqual([]);
    expect(await savedRecord()).toBeUndefined();

    server.slow(25);
    await page.click('[data-offline-save]');
    await page.waitForFunction(() => Number((document.querySelector('[data-offline-progress] progress') as HTMLProgressElement).value) > 0);
    await page.getByRole('button', { name: en('offline.cancel') }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 30_000 }).toBe(en('offline.cancelled'));
    expect(await savedRecord()).toBeUndefined();
    expect(await page.locator('[data-offline-saved]').isVisible()).toBe(false);
    server.slow(0);
  });

  it('without a saved copy, a new build keeps the pages read before whose bytes it shares, and drops the others', async () => {
    // Read under the second build, with nothing saved (the test before removed it).
    expect(await savedRecord()).toBeUndefined();
    for (const path of ['/en/report/findings/', '/en/about/']) {
      await open(path);
      await page.waitForFunction(async () => Boolean(await caches.match(location.href)));
    }
    // A third build changes About again, and nothing else.
    const third = join(work, 'third');
    cpSync(second, third, { recursive: true });
    const about = join(third, 'en/about/index.html');
    writeFileSync(about, readFileSync(about, 'utf8').replace(MARK, THIRD));
    await writeOffline(third, '/', { version: '9.9.10', date: '2099-02-03' });
    const next = JSON.parse(readFileSync(join(third, '_offline/manifest.json'), 'utf8')) as OfflineManifest;
    server.serve(third);
    await open('/en/report/lessons/');
    const notice = page.getByRole('region', { name: en('offline.updateLabel') });
    await notice.waitFor({ state: 'visible', timeout: 120_000 });
    // Nothing was saved, so the notice does not speak of a saved copy.
    expect(await notice.locator('p').textContent()).toBe(en('offline.update', { version: '9.9.10', date: '2099-02-03' }));
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: en('offline.updateNow') }).click()]);
    await expect.poll(async () => (await stored()).names, { timeout: 30_000 }).toEqual([`lnob-hub-${next.build}`]);
    const held = (path: string) => page.evaluate(async (href) => Boolean(await caches.match(href)), `${server.origin}${path}`);
    expect(await held('/en/report/findings/')).toBe(true);
    expect(await held('/en/about/')).toBe(false);

    await offline(true);
    await open('/en/report/findings/');
    expect(await page.locator('#p12').count()).toBe(1);
    await open('/en/about/');
    expect(await page.locator('h1').textContent()).toBe(en('offline.notSaved'));
    await offline(false);
  });

  it('without JavaScript, the control is absent', async () => {
    const nojs = await launchChromium({ javaScriptEnabled: false });
    try {
      const p = await nojs.context.newPage();
      for (const path of ['/en/about/', '/zh/contexts/umic/']) {
        await p.goto(`${server.origin}${path}`);
        expect(await p.locator('[data-offline]').count()).toBe(1);
        expect(await p.locator('[data-offline]').isVisible()).toBe(false);
      }
    } finally {
      await nojs.close();
    }
  });
});
