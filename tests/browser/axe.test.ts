/** axe-core (WCAG 2.0/2.1/2.2 A and AA rules) finds 0 violations on every built page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offOrigin, sitePaths, startHarness, type Harness } from './harness.ts';
import { DIST } from '../helpers/dist.ts';
import { axeViolations, describeViolation } from '../helpers/axe.ts';

const paths = sitePaths();
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

// Pages are checked in tabs that go on from page to page (the harness's inTab), with no service worker:
// axe reads the page, not how it was fetched.
const violations = (path: string): Promise<string[]> =>
  h.inTab(async (tab) => {
    await tab.goto(`${h.origin}${path}`, { waitUntil: 'load' });
    return (await axeViolations(tab)).map(describeViolation);
  });

describe('the axe harness', () => {
  it('does report a violation when a page has one', async () => {
    const page = await h.open('/zh/');
    await page.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('img'), { src: 'x.png' })));
    const found = await axeViolations(page);
    await page.close();
    expect(found.map((v) => v.id)).toContain('image-alt');
  });
  it('checks the AA rules too: text below 4.5:1 contrast is reported', async () => {
    const page = await h.open('/en/about/');
    await page.evaluate(() =>
      document.querySelector('main')?.append(Object.assign(document.createElement('p'), { textContent: 'Faint words', style: 'color:#bbb;background:#fff' })),
    );
    const found = await axeViolations(page);
    await page.close();
    expect(found.map((v) => v.id)).toContain('color-contrast');
  });
});

// Pages are checked a few at a time (the project's maxConcurrency): each waits on Chromium and axe
// more than on the CPU, so two cores keep several busy.
describe.concurrent('axe on every reading page', () => {
  it.for(paths.reading)('%s', async (path, { expect }) => {
    expect(await violations(path)).toEqual([]);
  });
  it('the 404 page', async ({ expect }) => {
    expect(await violations('/404.html')).toEqual([]);
  });
});

describe.concurrent('axe on every permalink page', () => {
  // These pages refresh to the report at once; axe reads them with the refresh taken out (answered by
  // page.route, which a service worker would bypass: none in this context).
  it.for(paths.permalinks)('%s', async (path, { expect }) => {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8').replace(/<meta http-equiv="refresh"[^>]*>/, '');
    const found = await h.inTab(async (tab) => {
      await tab.route(`${h.origin}${path}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }), { times: 1 });
      await tab.goto(`${h.origin}${path}`, { waitUntil: 'load' });
      // Still the permalink page (its refresh taken out), not the report it would lead to.
      expect(new URL(tab.url()).pathname).toBe(path);
      return axeViolations(tab);
    });
    expect(found.map(describeViolation)).toEqual([]);
  });
});

describe('requests', () => {
  it('went to no origin but the site’s own', () => {
    expect(h.requests.length).toBeGreaterThan(50);
    expect(offOrigin(h.requests, h.origin)).toEqual([]);
  });
});
