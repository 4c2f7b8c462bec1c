/**
 * The W3C Nu HTML checker (vnu.jar, from the `vnu-jar` package; needs Java) over the DOM as the
 * page scripts leave it: the header search box typed in with an option highlighted, a report part
 * with every disclosure open and a note targeted, the search page with results, the toolkit, the
 * prioritisation tool with groups rated, and the figures with a mark focused, in both languages.
 * `tests/site/html.test.ts` checks the files as built; this checks what the scripts add (roles,
 * ARIA states, generated tables and charts). One JVM run checks every page at once.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import { STORAGE_KEY } from '../../src/lib/prioritise/store.ts';

const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));
const JAVA = process.env['JAVA'] ?? 'java';

interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
  lastLine?: number;
}

/**
 * Messages of the checker that are not errors of this site, each with its reason. Matched against
 * "page: message". None is needed at present; an entry must say why the markup is right.
 */
const ALLOWED: { pattern: RegExp; reason: string }[] = [];

/**
 * Warnings not printed: the checker reads each page as a local file, so no resource is of the page's
 * origin and it reports everything the policy allows as 'self' as blocked (and the styles the
 * scripts set through the CSSOM, which a policy does not block, as style="" attributes). The policy
 * is tested on the built files (tests/site/csp.test.ts) and here in Chromium, which must report no
 * violation on these pages.
 */
const QUIET = /violates Content Security Policy/;
// Warnings that are printed but are not faults: "aria-activedescendant … should refer to a descendant
// element, or be accompanied by aria-owns" on the header combobox (ARIA 1.2's combobox points at an
// option of the listbox it names in aria-controls, as the Authoring Practices do; aria-owns was the
// ARIA 1.1 pattern), and "aria-hidden is unnecessary … hidden" on the figures' tooltip (it keeps
// aria-hidden for when it is shown).

interface Scene {
  name: string;
  path: string;
  act?: (page: Page) => Promise<void>;
}

const openAll = (page: Page) => page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
const statusHasResults = (page: Page) => page.waitForFunction(() => /\d/.test(document.getElementById('search-status')?.textContent ?? ''));

const scenes: Scene[] = (['zh', 'en'] as const).flatMap((lang) => {
  const q = lang === 'zh' ? '数据' : 'data';
  return [
    {
      name: `${lang}-home-search-open`,
      path: `/${lang}/`,
      act: async (page: Page) => {
        await page.keyboard.press('/');
        await page.keyboard.type(q);
        await page.locator('#site-search-results [role="option"]').first().waitFor();
        await page.keyboard.press('ArrowDown');
        await page.locator('#site-search-input[aria-activedescendant]').waitFor({ state: 'attached' });
      },
    },
    {
      name: `${lang}-report-notes`,
      path: `/${lang}/report/background/#fn1`,
      act: async (page: Page) => {
        await openAll(page);
        await page.locator('#site-search-input').focus();
      },
    },
    {
      name: `${lang}-search-results`,
      path: `/${lang}/search/?q=${encodeURIComponent(q)}`,
      act: async (page: Page) => {
        await statusHasResults(page);
        await openAll(page);
      },
    },
    { name: `${lang}-toolkit`, path: `/${lang}/toolkit/` },
    {
      name: `${lang}-tool-rated`,
      path: `/${lang}/tools/prioritise/`,
      act: async (page: Page) => {
        await page.evaluate((key) => localStorage.removeItem(key), STORAGE_KEY);
        await page.reload();
        await page.locator('[data-tool]:not([hidden])').waitFor();
        await page.locator('input[name="target"][value="women"]').check();
        await page.locator('input[name="target"][value="youth"]').check();
        await page.selectOption('#rating-youth-geography', '2');
        await page.locator('.results-table').waitFor();
        await openAll(page);
      },
    },
    {
      name: `${lang}-figures`,
      path: `/${lang}/figures/`,
      act: async (page: Page) => {
        await openAll(page);
        await page.locator('svg.chart [data-row][tabindex="0"]').first().focus();
      },
    },
  ];
});

/** A page the checker must fault: the header box as it was, `type="search"` with `role="combobox"`. */
const CONTROL =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>control</title></head><body><form role="search"><label for="q">Search</label><input id="q" type="search" role="combobox" aria-expanded="false"></form></body></html>';

let h: Harness;
let dir: string;
const byPage = new Map<string, NuMessage[]>();
const cspViolations: string[] = [];
let run: { status: number | null; stderr: string };

beforeAll(async () => {
  h = await startHarness();
  dir = mkdtempSync(join(tmpdir(), 'lnob-nu-'));
  const files: string[] = [];
  for (const scene of scenes) {
    const page = await h.open(scene.path, {
      before: (p) =>
        p.on('console', (m) => {
          if (/Content Security Policy/i.test(m.text())) cspViolations.push(`${scene.name}: ${m.text()}`);
        }),
    });
    await scene.act?.(page);
    const file = join(dir, `${scene.name}.html`);
    writeFileSync(file, await page.content());
    files.push(file);
    await page.close();
  }
  const control = join(dir, 'control.html');
  writeFileSync(control, CONTROL);
  files.push(control);
  const out = spawnSync(JAVA, ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  run = { status: out.status, stderr: [out.error?.message, out.stderr].filter(Boolean).join('\n') };
  const { messages } = JSON.parse(out.stdout || '{"messages":[]}') as { messages: NuMessage[] };
  for (const m of messages) {
    const name = basename(decodeURIComponent(m.url ?? 'unknown'), '.html');
    byPage.set(name, [...(byPage.get(name) ?? []), m]);
  }
}, 170_000);

afterAll(async () => {
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const errors = (name: string) =>
  (byPage.get(name) ?? [])
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => `${m.message} [line ${m.lastLine ?? '?'}: ${(m.extract ?? '').replace(/\s+/g, ' ').trim()}]`)
    .filter((text) => !ALLOWED.some((a) => a.pattern.test(`${name}: ${text}`)));

describe('the Nu HTML checker over the DOM after the scripts ran', () => {
  it('ran, and faults a page with an error (role="combobox" on type="search")', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(errors('control').join('\n')).toMatch(/role.*combobox|combobox.*role/i);
  });
  it('Chromium reported no Content-Security-Policy violation while the scripts ran', () => {
    expect(cspViolations).toEqual([]);
  });
  it.each(scenes.map((s) => [s.name, s.path] as const))('%s (%s): no errors', (name) => {
    const warnings = (byPage.get(name) ?? []).filter((m) => m.type === 'info' && !QUIET.test(m.message));
    if (warnings.length > 0) console.log(`${name}: ${warnings.length} warning(s)\n${warnings.map((w) => `  ${w.message}`).join('\n')}`);
    expect(run.status, run.stderr).toBe(0);
    expect(errors(name)).toEqual([]);
  });
});
