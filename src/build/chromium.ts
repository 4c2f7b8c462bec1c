/**
 * Launches the system Chromium (Debian's `chromium`, or CHROME_PATH) through playwright-core, with
 * Playwright's own defaults: headless, no sandbox, no first-run or background networking, and a
 * fresh, empty profile for each context. Nothing here downloads a browser.
 */
import { existsSync } from 'node:fs';
import { chromium, type BrowserContext } from 'playwright-core';

export function chromiumPath(): string {
  const candidates = [process.env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: install Debian\'s "chromium" package or set CHROME_PATH.');
  return found;
}

export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** A browser with one new context: Chinese locale, UTC, 1280 × 900 unless told otherwise. */
export async function launchChromium(
  options: { javaScriptEnabled?: boolean; width?: number; height?: number; serviceWorkers?: 'allow' | 'block' } = {},
): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: chromiumPath() });
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    // 'block' for tests that answer requests themselves (page.route): a service worker's fetches bypass them.
    serviceWorkers: options.serviceWorkers ?? 'allow',
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: 'zh-CN',
    timezoneId: 'UTC',
  });
  return { context, close: () => browser.close() };
}
