/**
 * Shared set-up for the browser tests: the built site served on 127.0.0.1 (a free port), the
 * system Chromium through playwright-core, and a log of every request so a test can assert
 * that nothing left the site's own origin.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, type Browser } from '../../src/build/chromium.ts';
import { startPreview } from '../../scripts/preview.ts';
import { DIST, builtPages } from '../helpers/dist.ts';

export interface Harness {
  origin: string;
  /** Every URL the pages asked for, across all pages of this harness. */
  requests: string[];
  /** Opens a page; `before` runs on it before it navigates (to listen to its console, say). */
  /** `serviceWorkers: false` for a page whose requests the test answers itself (page.route does not see a service worker's). */
  open: (
    path: string,
    options?: { javaScript?: boolean; serviceWorkers?: boolean; width?: number; height?: number; before?: (page: Page) => void },
  ) => Promise<Page>;
  /**
   * A browser context of its own (its own clock and HTTP cache, JavaScript on, no service worker: a fresh
   * visitor's first page, without the worker's background download), for a test that controls time in
   * its pages; its requests are logged with the others. The test closes it.
   */
  isolated: () => Promise<BrowserContext>;
  /** A new page that has not navigated yet (for a test that answers some requests itself with page.route first). */
  blank: (options?: { serviceWorkers?: boolean }) => Promise<Page>;
  /**
   * Runs `check` in a tab that goes on from check to check: a tab that loads the next page keeps its renderer,
   * where scripts are compiled and warm, at about half the cost of a new tab. For checks that read a page they
   * load themselves and leave the tab as they found it: no listeners, emulation or clock (a route only with
   * `{ times: 1 }`, used by the next load). As many tabs as checks run at once; the viewport is set each time.
   */
  inTab: <T>(check: (tab: Page) => Promise<T>, options?: { javaScript?: boolean; serviceWorkers?: boolean; width?: number; height?: number }) => Promise<T>;
  close: () => Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const server = await startPreview({ outDir: DIST });
  const browsers = new Map<string, Browser>();
  const requests: string[] = [];

  const logRequests = (context: BrowserContext) =>
    // What the pages asked for. A request the service worker passes on to the network is the page's
    // request again (reported a second time, from the worker): counted once, unless it leaves the site.
    context.on('request', (r) => {
      if (!r.serviceWorker() || !r.url().startsWith(server.origin)) requests.push(r.url());
    });
  const contextFor = async (javaScript: boolean, serviceWorkers: boolean): Promise<BrowserContext> => {
    const key = `${javaScript ? 'js' : 'nojs'}${serviceWorkers ? '' : '-nosw'}`;
    let browser = browsers.get(key);
    if (!browser) {
      browser = await launchChromium({ javaScriptEnabled: javaScript, serviceWorkers: serviceWorkers ? 'allow' : 'block' });
      logRequests(browser.context);
      browsers.set(key, browser);
    }
    return browser.context;
  };

  const idle = new Map<string, Page[]>();
  return {
    origin: server.origin,
    requests,
    open: async (path, options = {}) => {
      const context = await contextFor(options.javaScript ?? true, options.serviceWorkers ?? true);
      const page = await context.newPage();
      await page.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 900 });
      options.before?.(page);
      await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
      return page;
    },
    isolated: async () => {
      const shared = await contextFor(true, true);
      const context = await shared
        .browser()!
        .newContext({ locale: 'zh-CN', timezoneId: 'UTC', viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
      logRequests(context);
      return context;
    },
    blank: async (options = {}) => (await contextFor(true, options.serviceWorkers ?? true)).newPage(),
    inTab: async (check, options = {}) => {
      const javaScript = options.javaScript ?? true;
      const serviceWorkers = options.serviceWorkers ?? false;
      const key = `${javaScript}-${serviceWorkers}`;
      const tabs = idle.get(key) ?? [];
      idle.set(key, tabs);
      const tab = tabs.pop() ?? (await (await contextFor(javaScript, serviceWorkers)).newPage());
      await tab.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 900 });
      try {
        return await check(tab);
      } finally {
        tabs.push(tab);
      }
    },
    close: async () => {
      for (const b of browsers.values()) await b.close();
      await server.close();
    },
  };
}

/**
 * The harness of one test file, started before its tests and closed after them: `const h = fileHarness();`
 * at the top of the file, its members used inside the tests.
 */
export function fileHarness(): Harness {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await startHarness();
  }, 60_000);
  afterAll(async () => {
    await started?.close();
  });
  const ready = (): Harness => {
    if (!started) throw new Error('the harness starts before the tests (beforeAll)');
    return started;
  };
  return {
    get origin() {
      return ready().origin;
    },
    get requests() {
      return ready().requests;
    },
    open: (path, options) => ready().open(path, options),
    isolated: () => ready().isolated(),
    blank: (options) => ready().blank(options),
    inTab: (check, options) => ready().inTab(check, options),
    close: () => ready().close(),
  };
}

/** URL paths of the built pages, grouped as the tests need them. */
export function sitePaths() {
  const urls = builtPages().map((p) => p.url);
  return {
    all: urls.filter((u) => u !== '/404.html'),
    permalinks: urls.filter((u) => /\/p\/\d+\/$/.test(u)),
    reading: urls.filter((u) => u !== '/404.html' && !/\/p\/\d+\/$/.test(u)),
    reportParts: urls.filter((u) => /\/report\/[\w-]+\/$/.test(u) && !u.endsWith('/report/print/')),
  };
}

export function offOrigin(requests: readonly string[], origin: string): string[] {
  return requests.filter((r) => !r.startsWith(origin) && !r.startsWith('data:') && !r.startsWith('blob:'));
}
