/**
 * Offline, the hub tells the truth about what is on the device: a reader who read two pages and then
 * opens an unread one with no connection is shown both, by the titles their stored copies carry, newest
 * first, in the page's own language first (not a fixed list of main pages that says "none" while they
 * are there); an English PDF not saved gets the English page; "Remove the offline copy" is not offered
 * before anything is saved; with a whole language saved, the newest twenty of its pages are listed and
 * the rest counted.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { filesFor, listedPageLang, type OfflineManifest } from '../../src/lib/offline.ts';
import { DIST, listFiles } from '../helpers/dist.ts';
import { offlineRig, type OfflineRig, type TestServer } from '../helpers/test-server.ts';

const en = useTranslations('en');
const zh = useTranslations('zh');
const READ = ['/en/report/conclusions/', '/en/contexts/ldc-fragile/'];
/** A page's own title, as the list shows it: the <title> without the site's name after it. */
const titleOf = (path: string) => {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  return title.replace(/&amp;/g, '&').replace(` · ${en('site.short')}`, '');
};

let work: string;
let rig: OfflineRig;
let server: TestServer;
let page: Page;
const offline = (on: boolean) => rig.offline(on);

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'lnob-offline-truth-'));
  rig = await offlineRig(work, DIST);
  ({ server, page } = rig);
}, 60_000);

afterAll(async () => {
  await rig?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const open = (path: string) => page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
const cached = () => page.waitForFunction(async () => Boolean(await caches.match(location.href)));

describe('the “not saved” page', () => {
  it('offers no “Remove the offline copy” before a copy is saved', async () => {
    await open('/en/about/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await cached();
    await page.locator('[data-offline]').waitFor({ state: 'visible' });
    // Pages read are in the cache, but no copy was saved: nothing to remove.
    expect(await page.getByRole('button', { name: en('offline.remove') }).isVisible()).toBe(false);
    expect(await page.locator('[data-offline-save]').isVisible()).toBe(true);
  });

  it('lists the pages read, by their titles, newest first, this language first', async () => {
    for (const path of READ) {
      await open(path);
      await cached();
    }
    await offline(true);
    try {
      await open('/en/toolkit/');
      expect(await page.locator('h1').textContent()).toBe(en('offline.notSaved'));
      const enPart = page.locator('section[data-not-saved="en"]');
      await expect.poll(() => enPart.locator('[data-on-device]').isVisible(), { timeout: 30_000 }).toBe(true);
      const links = await enPart
        .locator('li a')
        .evaluateAll((as) => as.map((a) => ({ path: new URL((a as HTMLAnchorElement).href).pathname, text: a.textContent })));
      // Newest first: the context page, then the conclusions, then About (read first, in the test before).
      expect(links).toEqual(['/en/contexts/ldc-fragile/', '/en/report/conclusions/', '/en/about/'].map((path) => ({ path, text: titleOf(path) })));
      expect(await enPart.locator('[data-none-saved]').isVisible()).toBe(false);
      // No Chinese page was read: the Chinese part says so.
      const zhPart = page.locator('section[data-not-saved="zh"]');
      await expect.poll(() => zhPart.locator('[data-none-saved]').isVisible(), { timeout: 30_000 }).toBe(true);
      expect(await zhPart.locator('[data-none-saved]').textContent()).toBe(zh('offline.noneSaved'));
      expect(await zhPart.locator('li').count()).toBe(0);
      // And the links lead there, with no connection.
      await enPart.locator('li a').first().click();
      await page.waitForURL(`${server.origin}/en/contexts/ldc-fragile/`);
      expect(await page.locator('h1').textContent()).toBe(titleOf('/en/contexts/ldc-fragile/'));
    } finally {
      await offline(false);
    }
  });

  it('answers an English PDF that is not saved in English, a Chinese one in Chinese', async () => {
    const pdfs = listFiles(join(DIST, 'pdf'), '.pdf').map((f) => f.slice(DIST.length));
    const [enPdf, zhPdf] = [pdfs.find((p) => p.startsWith('/pdf/en/')), pdfs.find((p) => p.startsWith('/pdf/zh/'))];
    expect(enPdf && zhPdf).toBeTruthy();
    await offline(true);
    try {
      await open(enPdf!);
      expect(await page.locator('h1').textContent()).toBe(en('offline.notSaved'));
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      await open(zhPdf!);
      expect(await page.locator('h1').textContent()).toBe(zh('offline.notSaved'));
    } finally {
      await offline(false);
    }
  });

  it('with the English hub saved, lists its newest pages on an unsaved Chinese one and says how many more there are; Remove is offered', async () => {
    await open('/en/about/');
    await page.locator('[data-offline]').waitFor({ state: 'visible' });
    await page.check('input[name="offline-langs"][value="this"]');
    await page.click('[data-offline-save]');
    await expect.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 120_000 }).toBe(en('offline.done'));
    // Once the control has read what is saved: something to remove.
    await page.getByRole('button', { name: en('offline.remove') }).waitFor({ state: 'visible' });
    const manifest = JSON.parse(readFileSync(join(DIST, '_offline/manifest.json'), 'utf8')) as OfflineManifest;
    const pages = filesFor(manifest, { langs: ['en'], pdfs: false }).filter((f) => listedPageLang(f.url, '/') === 'en').length;
    expect(pages).toBeGreaterThan(30);
    await offline(true);
    try {
      await open('/zh/toolkit/');
      expect(await page.locator('h1').textContent()).toBe(zh('offline.notSaved'));
      const enPart = page.locator('section[data-not-saved="en"]');
      await expect.poll(() => enPart.locator('li').count(), { timeout: 30_000 }).toBe(20);
      expect(await enPart.locator('[data-more-on-device]').textContent()).toBe(en('offline.moreOnDevice', { n: pages - 20 }));
      expect(await page.locator('section[data-not-saved="zh"] [data-none-saved]').isVisible()).toBe(true);
    } finally {
      await offline(false);
    }
  }, 180_000);
});
