/**
 * Copying a citation adds the access date its style asks for, in the deployment build (SITE and BASE
 * set): only a citation with an online address asks for one (GB/T 7714's 引用日期 for [R/OL]; "Accessed"
 * before the address in English). Without JavaScript the page shows where the date goes. The page's
 * clock is set, so the date copied is known; the clipboard is read back in the page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { DEPLOY, deployBuild } from '../helpers/deploy-build.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { launchChromium, type Browser } from '../../src/build/chromium.ts';

const PUBLIC = `${DEPLOY.site}${DEPLOY.base}`;
let server: TestServer;
let browser: Browser;
let work: string;

beforeAll(async () => {
  const build = await deployBuild();
  expect(build.status, build.output).toBe(0);
  work = mkdtempSync(join(tmpdir(), 'lnob-cite-'));
  server = await startTestServer(work, DEPLOY.dir, DEPLOY.base);
  browser = await launchChromium({ serviceWorkers: 'block' });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A page of the deployment, in a context of its own whose clock reads 5 March 2026, noon in Shanghai. */
async function openAt(context: BrowserContext, path: string, clock = true) {
  const page = await context.newPage();
  if (clock) await page.clock.setFixedTime(new Date('2026-03-05T04:00:00Z'));
  await page.goto(`${server.origin}${DEPLOY.base.slice(0, -1)}${path}`, { waitUntil: 'load' });
  return page;
}

describe('copying a citation in the deployment build', () => {
  it.each([
    ['zh', 21, '[引用日期]', '[2026-03-05]', '/zh/report/conclusions/'],
    ['en', 12, '[date]', '5 March 2026', '/en/report/findings/'],
  ] as const)('(%s) fills in today’s date where the style asks for it', async (lang, n, placeholder, date, path) => {
    const context = await browser.context.browser()!.newContext({ timezoneId: 'Asia/Shanghai', serviceWorkers: 'block' });
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      const page = await openAt(context, path);
      const para = page.locator(`#p${n}`);
      await para.locator('summary').click();
      const shown = async () => ((await para.locator('.cite-text').textContent()) ?? '').trim();
      // Before copying: the place for the date, then the public address.
      expect(await shown()).toContain(`${placeholder}. ${PUBLIC}${lang}/p/${n}/`);
      await para.locator('.cite-copy').click();
      await expect.poll(() => page.locator('#live').textContent()).not.toBe('');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const expected =
        lang === 'zh'
          ? `第 ${n} 段${date}. ${PUBLIC}zh/p/${n}/`
          : `para. ${n}. Unofficial English translation of the Chinese edition by the LNOB evaluation hub. Accessed ${date}. ${PUBLIC}en/p/${n}/`;
      expect(copied.endsWith(expected), copied).toBe(true);
      expect(copied).not.toContain(placeholder);
      // What is copied is what the page now shows.
      expect(await shown()).toBe(copied);
    } finally {
      await context.close();
    }
  });

  it('without JavaScript, shows the citation with the place for the date', async () => {
    const context = await browser.context.browser()!.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    try {
      const page = await openAt(context, '/zh/report/findings/', false);
      await page.locator('#p12 summary').click();
      const text = ((await page.locator('#p12 .cite-text').textContent()) ?? '').trim();
      expect(text.endsWith(`第 12 段[引用日期]. ${PUBLIC}zh/p/12/`), text).toBe(true);
      expect(await page.locator('#p12 .cite-copy').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });
});
