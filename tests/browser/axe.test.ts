/** axe-core (WCAG 2.0/2.1/2.2 A and AA rules) finds 0 violations on every built page. */
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offOrigin, sitePaths, startHarness, type Harness } from './harness.ts';
import { DIST } from '../helpers/dist.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const paths = sitePaths();
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function violations(path: string): Promise<string[]> {
  const page = await h.open(path);
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  await page.close();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

describe('the axe harness', () => {
  it('does report a violation when a page has one', async () => {
    const page = await h.open('/zh/');
    await page.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('img'), { src: 'x.png' })));
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    await page.close();
    expect(result.violations.map((v) => v.id)).toContain('image-alt');
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
    const page = await h.blank({ serviceWorkers: false });
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8').replace(/<meta http-equiv="refresh"[^>]*>/, '');
    await page.route(`${h.origin}${path}`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(`${h.origin}${path}`);
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    await page.close();
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('requests', () => {
  it('went to no origin but the site’s own', () => {
    expect(h.requests.length).toBeGreaterThan(50);
    expect(offOrigin(h.requests, h.origin)).toEqual([]);
  });
});
