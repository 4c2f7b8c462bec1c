/**
 * No build publishes an address that only works on the machine that built it. The site of `npm test`
 * is built without SITE: it carries no address at all. A second build with SITE and BASE, made here
 * with every build step, carries the public address in every citation, canonical link and PDF, and
 * its offline copy works under that base path.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/link-check.ts';
import { parseHeaders } from '../../src/lib/hosting-headers.ts';
import { DIST, builtPages, listFiles, pagesForLinks } from '../helpers/dist.ts';
import { DEPLOY, deployBuild } from '../helpers/deploy-build.ts';
import { startTestServer, storedInPage } from '../helpers/test-server.ts';
import { launchChromium } from '../../src/build/chromium.ts';
import { filesFor, type OfflineManifest } from '../../src/lib/offline.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { importCitation } from '../helpers/citation-parse.ts';

const LOCAL = /localhost|127\.0\.0\.1|\[::1\]|lnob\.invalid/;
const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.csv', '.json', '.svg', '.txt', '.xml', '']);

/** The readable text of every file of a built site: text files as they are, Pagefind's gzipped
 * index and fragments unpacked, PDFs as their text and their link annotations. */
function siteTexts(dist: string): { file: string; text: string }[] {
  return listFiles(dist, '').flatMap((file) => {
    const ext = extname(file);
    if (TEXT.has(ext)) return [{ file, text: readFileSync(file, 'utf8') }];
    if (ext.startsWith('.pf_')) return [{ file, text: gunzipSync(readFileSync(file)).toString('utf8') }];
    if (ext === '.pdf') return [{ file, text: `${pdfText(file)}\n${pdfLinks(file).join('\n')}` }];
    return [];
  });
}
const pdfText = (file: string) => execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
/** The addresses of a PDF's link annotations (pdfinfo -url: page, type, URL). */
const pdfLinks = (file: string) =>
  execFileSync('pdfinfo', ['-url', file], { encoding: 'utf8' })
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/)[2] ?? '')
    .filter(Boolean);

const languages = ['zh', 'en'];
/** The deployment's public address: https://example.org/lnob/ in npm test, the Pages address in the workflow. */
const PUBLIC = `${DEPLOY.site}${DEPLOY.base}`;
const HOST = new URL(DEPLOY.site).hostname;
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const PUBLIC_START = new RegExp(`^${escaped(PUBLIC)}`);

describe('a build without SITE (the one npm test makes)', () => {
  const pages = builtPages();
  it('has no local address in any file: pages, scripts, data, search index, PDFs', () => {
    const texts = siteTexts(DIST);
    expect(texts.filter((t) => t.file.endsWith('.pdf')).length).toBeGreaterThanOrEqual(6);
    expect(texts.filter((t) => LOCAL.test(t.text)).map((t) => t.file)).toEqual([]);
  });
  it('prints report parts without an address in their margins', () => {
    const parts = pages.filter((p) => /^\/(zh|en)\/report\/(background|about|findings|conclusions|recommendations|lessons)\/$/.test(p.url));
    expect(parts).toHaveLength(12);
    expect(parts.filter((p) => p.root.querySelector('link[href$="/margins.css"]')).map((p) => p.url)).toEqual([]);
    expect(listFiles(join(DIST, 'zh', 'report'), '.css').filter((f) => !f.includes('/print/'))).toEqual([]);
  });
  it('gives no page a canonical link, and citations no address', () => {
    expect(pages.filter((p) => p.root.querySelector('link[rel="canonical"]')).map((p) => p.url)).toEqual([]);
    const citations = pages.flatMap((p) => p.root.querySelectorAll('.cite-text').map((c) => c.text));
    expect(citations.length).toBeGreaterThanOrEqual(2 * 57);
    expect(citations.filter((c) => /https?:|\/p\/\d+/.test(c))).toEqual([]);
  });
  it('prints no address in the PDFs, and links in them only to other sites', () => {
    for (const file of listFiles(join(DIST, 'pdf'), '.pdf')) {
      for (const url of pdfLinks(file)) expect(new URL(url).hostname, `${file}: ${url}`).not.toMatch(LOCAL);
      expect(pdfText(file)).not.toMatch(/\/(zh|en)\/(toolkit|p|contexts)\//);
    }
  });
});

describe(`the deployment build (SITE=${DEPLOY.site} BASE=${DEPLOY.base})`, () => {
  const out = DEPLOY.dir;
  beforeAll(async () => {
    // Started by the site project's global set-up (tests/setup/site.ts); `astro build` runs every step:
    // the post-build integration trims the policies, indexes and prints.
    const build = await deployBuild();
    expect(build.status, build.output).toBe(0);
  }, 600_000);

  it('has no local address in any file: pages, scripts, data, search index, PDFs', () => {
    const texts = siteTexts(out);
    expect(texts.filter((t) => t.file.endsWith('.pdf')).length).toBeGreaterThanOrEqual(6);
    expect(texts.filter((t) => LOCAL.test(t.text)).map((t) => t.file)).toEqual([]);
  });
  it('starts every canonical link and every citation with the public address', () => {
    const pages = builtPages(out);
    const canonical = pages.map((p) => p.root.querySelector('link[rel="canonical"]')?.getAttribute('href')).filter((c) => c !== undefined);
    expect(canonical.length).toBeGreaterThan(150);
    for (const href of canonical) expect(href).toMatch(PUBLIC_START);
    const citations = pages.flatMap((p) => p.root.querySelectorAll('.cite-text').map((c) => c.text));
    expect(citations.length).toBeGreaterThanOrEqual(2 * 57);
    for (const c of citations) expect(c).toMatch(new RegExp(` ${escaped(PUBLIC)}(zh|en)/p/\\d+/$`));
  });
  it('gives reference managers the public address of the PDF (citation_pdf_url) and of what each citation file cites', () => {
    // The report's pages and the permalinks; the parallel views are the parts' second view and leave their
    // citation to the part page and the bilingual edition (they are the longest reading pages).
    const cited = builtPages(out).filter((p) => /^\/(zh|en)\/(report\/|p\/\d+\/$)/.test(p.url) && !p.url.includes('/parallel/'));
    expect(cited.length).toBeGreaterThanOrEqual(2 * (1 + 6 + 1 + 57));
    for (const p of cited) {
      const edition = p.url.includes('/bilingual/') ? 'zh-en' : p.url.slice(1, 3);
      const pdf = p.root.querySelectorAll('head meta[name="citation_pdf_url"]').map((m) => m.getAttribute('content'));
      expect(pdf, p.url).toEqual([`${PUBLIC}pdf/${edition}/evaluation.pdf`]);
      expect(existsSync(join(out, 'pdf', edition, 'evaluation.pdf')), p.url).toBe(true);
    }
    for (const lang of languages) {
      for (const format of ['ris', 'bib', 'json'] as const) {
        const file = (name: string) => importCitation(readFileSync(join(out, lang, 'cite', `${name}.${format}`), 'utf8'), format);
        expect(file('p12').url).toBe(`${PUBLIC}${lang}/p/12/`);
        expect(file('evaluation').url).toBe(`${PUBLIC}${lang}/report/`);
      }
    }
  });
  it('links the PDFs to the public address and prints it', () => {
    let linked = 0;
    for (const file of listFiles(join(out, 'pdf'), '.pdf')) {
      const own = pdfLinks(file).filter((u) => new URL(u).hostname === HOST);
      linked += own.length;
      for (const url of own) expect(url).toMatch(new RegExp(`^${escaped(PUBLIC)}(zh|en)/`));
      // Every PDF says where it lives.
      expect(pdfText(file).replace(/\s+/g, ''), file).toContain(PUBLIC.replace(/^https?:\/\//, ''));
    }
    expect(linked).toBeGreaterThan(50);
  });
  it('puts the public address on the title page of each whole-evaluation edition (issue 24)', () => {
    for (const [folder, lang] of [
      ['zh', 'zh'],
      ['en', 'en'],
      ['zh-en', 'zh'],
    ] as const) {
      const titlePage = execFileSync('pdftotext', ['-l', '1', join(out, 'pdf', folder, 'evaluation.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(titlePage, folder).toContain(`${PUBLIC}${lang}/report/`);
    }
  });
  it('keeps every internal link inside BASE and SITE', () => {
    const { pages, files } = pagesForLinks(out, DEPLOY.base);
    expect(checkLinks(pages, { base: DEPLOY.base, site: DEPLOY.site, languages, files })).toEqual([]);
    expect(pages.find((p) => p.url === `${DEPLOY.base}zh/report/findings/`)).toBeDefined();
  });
  it('prints beside every link of a guide, brief or kit the address it goes to (a citation: its paragraph’s permanent address)', () => {
    const printed = (url: string) => {
      const u = new URL(url);
      const cited = /^(.*\/)(zh|en)\/report\/[a-z-]+\/$/.exec(u.pathname);
      const p = /^#p(\d+)$/.exec(u.hash);
      return cited && p ? `${u.host}${cited[1]}${cited[2]}/p/${p[1]}/` : `${u.host}${decodeURI(u.pathname)}${u.hash}`;
    };
    const files = listFiles(join(out, 'pdf'), '.pdf').filter((f) => !f.endsWith('/evaluation.pdf'));
    expect(files.length).toBe(18);
    let checked = 0;
    for (const file of files) {
      // Whitespace and hyphens aside: pdftotext joins a line broken after a hyphen ("left-behind-in- / fragile").
      const bare = (t: string) => t.replace(/[\s-]+/g, '');
      const text = bare(pdfText(file));
      for (const url of pdfLinks(file).filter((u) => new URL(u).hostname === HOST)) {
        checked += 1;
        // The guide's own entry addresses (ContextGuidance, shortUrl) leave out the closing slash.
        expect(text, `${file}: ${url}`).toContain(bare(printed(url).replace(/\/$/, '')));
      }
    }
    expect(checked).toBeGreaterThan(100);
    // The addresses lengthen the text: still no page holds only a footer or a line or two (workshop-kits.test.ts for dist).
    for (const file of files.filter((f) => /-(brief|workshop)\.pdf$/.test(f))) {
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
      for (let n = 1; n <= pages; n += 1) {
        const lines = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-'], { encoding: 'utf8' })
          .split('\n')
          .filter((l) => l.trim() !== '' && !/^\s*(Page \d+ of \d+|第 \d+ 页，共 \d+ 页)\s*$/.test(l));
        expect(lines.length, `${file} page ${n}`).toBeGreaterThanOrEqual(4);
      }
    }
    // The kit's link to the tool's worksheet lands on it.
    for (const lang of languages) {
      const kit = pdfLinks(join(out, 'pdf', lang, 'umic-workshop.pdf'));
      expect(kit).toContain(`${PUBLIC}${lang}/tools/prioritise/#worksheet`);
      const tool = builtPages(out).find((p) => p.url === `/${lang}/tools/prioritise/`)!;
      expect(tool.root.querySelector('#worksheet')).not.toBeNull();
    }
  });
  it('prints each report part with its public address in the margin of every page', () => {
    for (const lang of languages) {
      for (const part of ['background', 'findings', 'recommendations']) {
        const page = builtPages(out).find((p) => p.url === `/${lang}/report/${part}/`)!;
        const link = page.root.querySelector('link[rel="stylesheet"][media="print"][href$="/margins.css"]')?.getAttribute('href');
        expect(link).toBe(`${DEPLOY.base}${lang}/report/${part}/margins.css`);
        expect(readFileSync(join(out, lang, 'report', part, 'margins.css'), 'utf8')).toContain(`@top-right { content: "${PUBLIC}${lang}/report/${part}/"`);
      }
    }
  });
  it('works offline under BASE: the worker’s scope, a page read, and a saved language with its PDFs, the size shown the size stored', async () => {
    const work = mkdtempSync(join(tmpdir(), 'lnob-base-'));
    const server = await startTestServer(work, out, DEPLOY.base);
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      const open = (path: string) => page.goto(`${server.origin}${DEPLOY.base.slice(0, -1)}${path}`, { waitUntil: 'load' });
      await open('/en/report/findings/');
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(`${server.origin}${DEPLOY.base}`);
      await page.waitForFunction(async () => Boolean(await caches.match(location.href)));

      await open('/en/about/');
      await page.locator('[data-offline]').waitFor({ state: 'visible' });
      await page.check('input[name="offline-pdfs"]');
      const manifest = JSON.parse(readFileSync(join(out, '_offline/manifest.json'), 'utf8')) as OfflineManifest;
      const files = filesFor(manifest, { langs: ['en'], pdfs: true });
      expect(files.every((f) => f.url.startsWith(DEPLOY.base))).toBe(true);
      expect(files.filter((f) => f.url.startsWith(`${DEPLOY.base}pdf/en/`)).length).toBeGreaterThan(5);
      const bytes = files.reduce((sum, f) => sum + f.size, 0);
      const button = page.locator('[data-offline-save]');
      await expect.poll(() => button.getAttribute('data-bytes'), { timeout: 30_000 }).toBe(String(bytes));
      await button.click();
      await expect.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 120_000 }).toBe(useTranslations('en')('offline.done'));
      const { bytes: stored, names } = await storedInPage(page);
      expect(names).toHaveLength(1);
      // What is stored is exactly the choice (the pages read before are part of it).
      expect(stored).toBe(bytes);
      expect(server.served.filter((p) => p.startsWith(`${DEPLOY.base}pdf/zh/`))).toEqual([]);

      server.down();
      await browser.context.setOffline(true);
      await open('/en/contexts/umic/');
      expect(await page.locator('h1').textContent()).not.toBe(useTranslations('en')('offline.notSaved'));
      const pdf = await page.evaluate(async (href) => (await fetch(href)).headers.get('content-type'), `${server.origin}${DEPLOY.base}pdf/en/umic.pdf`);
      expect(pdf).toMatch(/pdf/);
      await open('/zh/report/findings/');
      expect(await page.locator('h1').textContent()).toBe(useTranslations('zh')('offline.notSaved'));
    } finally {
      await browser.close();
      await server.close();
      rmSync(work, { recursive: true, force: true });
    }
  });
  it('puts BASE in front of every path of _headers', () => {
    const rules = parseHeaders(readFileSync(join(out, '_headers'), 'utf8'));
    expect(rules.length).toBeGreaterThan(3);
    for (const rule of rules) expect(rule.path.startsWith(DEPLOY.base)).toBe(true);
  });
});
