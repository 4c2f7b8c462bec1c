/**
 * Bytes a reader downloads per page: the HTML plus the CSS and JS it loads on page load,
 * each gzip-compressed (level 9). `node src/build/budget.ts` prints the table; the tests enforce it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFilesDeep } from './files.ts';
import { staticImports } from './module-imports.ts';

export interface PageWeight {
  url: string;
  html: number;
  css: number;
  js: number;
  total: number;
}

/** The per-page budget for reading pages, in bytes, gzip (issue: ≤ 20 KB). */
export const READING_PAGE_BUDGET = 20 * 1024;

/**
 * A context's print edition quotes every paragraph its guidance cites, so the printout stands on its own;
 * it is the source of the PDF, not a reading page, and has a budget of its own, inside the product-wide
 * bar of 60 KB for any page.
 */
export const PRINT_EDITION_BUDGET = 40 * 1024;

/**
 * The whole evaluation on one page, in one language or both side by side, is printed to its PDF and read on
 * paper; it carries all 57 paragraphs (twice in the bilingual edition), so it has the product-wide bar of
 * 60 KB for any page. Readers on the web read the parts one by one.
 */
export const WHOLE_REPORT_BUDGET = 60 * 1024;
export const isWholeReportPrint = (url: string) => /^\/(zh|en)\/report\/(bilingual\/)?print\/$/.test(url);

/**
 * Two pages hold more than one reading page's worth by design, and have 2 KB more (a known debt: the header
 * search box's code, which every page carries, grew with best bets, titles marked by language and the
 * reader's place, and should load on first use instead): a part's parallel view sets the Chinese text and
 * its translation side by side, twice the text of its reading page; the figures page holds all seven charts
 * with their data tables. Every other reading page stays within 20 KB.
 */
export const DOUBLE_PAGE_BUDGET = 22 * 1024;
export const isDoublePage = (url: string) => /^\/(zh|en)\/(report\/[\w-]+\/parallel|figures)\/$/.test(url);

/** The prioritisation tool's own JavaScript (issue: ≤ 30 KB gzip, d3 submodules only), on top of a reading page's HTML and CSS. */
export const TOOL_JS_BUDGET = 30 * 1024;
export const isToolPage = (url: string) => /\/tools\/[\w-]+\/$/.test(url);

/** The budget that applies to a page. */
export function budgetFor(url: string): number {
  if (/\/contexts\/[\w-]+\/print\/$/.test(url)) return PRINT_EDITION_BUDGET;
  if (isWholeReportPrint(url)) return WHOLE_REPORT_BUDGET;
  if (isToolPage(url)) return READING_PAGE_BUDGET + TOOL_JS_BUDGET;
  if (isDoublePage(url)) return DOUBLE_PAGE_BUDGET;
  return READING_PAGE_BUDGET;
}

const gz = (buffer: Buffer | string) => gzipSync(buffer, { level: 9 }).length;

/** Module scripts and what they import statically (loaded on page load too); not dynamic imports. */
export function staticModules(dist: string, prefix: string, entries: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (href: string) => {
    if (seen.has(href) || !href.startsWith(`${prefix}/`)) return;
    seen.add(href);
    const code = readFileSync(join(dist, href.slice(prefix.length)), 'utf8');
    for (const specifier of staticImports(code)) visit(new URL(specifier, `http://x${href}`).pathname);
  };
  entries.forEach(visit);
  return seen;
}

export function measurePages(dist: string, base = '/'): PageWeight[] {
  const prefix = base.replace(/\/$/, '');
  const cache = new Map<string, number>();
  const asset = (href: string) => {
    const path = join(dist, href.slice(prefix.length));
    if (!cache.has(path)) cache.set(path, gz(readFileSync(path)));
    return cache.get(path) ?? 0;
  };
  return listFilesDeep(dist, '.html').map((file) => {
    const html = readFileSync(file, 'utf8');
    const rel = `/${relative(dist, file).split('\\').join('/')}`;
    const url = rel.replace(/index\.html$/, '');
    const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].reduce((sum, m) => sum + asset(m[1] ?? ''), 0);
    const entries = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
      (m) => m[1] ?? '',
    );
    const js = [...staticModules(dist, prefix, entries)].reduce((sum, href) => sum + asset(href), 0);
    const htmlBytes = gz(html);
    return { url, html: htmlBytes, css, js, total: htmlBytes + css + js };
  });
}

/** What kind of page a URL is, for the summary table. */
export function pageType(url: string): string {
  if (url === '/') return 'language choice';
  if (url === '/404.html') return '404';
  if (/^\/\w+\/$/.test(url)) return 'home';
  if (/\/report\/$/.test(url)) return 'contents';
  if (/\/report\/[\w-]+\/$/.test(url)) return 'report part';
  if (/\/p\/\d+\/$/.test(url)) return 'permalink';
  if (/\/contexts\/[\w-]+\/print\/$/.test(url)) return 'context print ed.';
  if (/\/contexts\/[\w-]+\/$/.test(url)) return 'context guidance';
  if (/\/toolkit\/[\w-]+\/$/.test(url)) return 'toolkit entry';
  if (isToolPage(url)) return 'tool';
  return url.split('/').filter(Boolean).slice(1).join('/') || url;
}

export function budgetTable(weights: PageWeight[]): string {
  const types = new Map<string, PageWeight[]>();
  for (const w of weights) types.set(pageType(w.url), [...(types.get(pageType(w.url)) ?? []), w]);
  const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
  const lines = ['page type          pages   max KB  (html   css    js)  heaviest'];
  for (const [type, list] of types) {
    const max = list.reduce((a, b) => (b.total > a.total ? b : a));
    lines.push(`${type.padEnd(18)} ${String(list.length).padStart(5)}  ${kb(max.total)}  (${kb(max.html)} ${kb(max.css)} ${kb(max.js)})  ${max.url}`);
  }
  return lines.join('\n');
}

/** The size of each context PDF (reported, not budgeted: a PDF embeds its fonts). */
export function pdfTable(dist: string): string {
  const files = existsSync(join(dist, 'pdf')) ? listFilesDeep(join(dist, 'pdf'), '.pdf') : [];
  const lines = ['context PDF                      KB'];
  for (const file of files) lines.push(`${relative(dist, file).padEnd(30)} ${(statSync(file).size / 1024).toFixed(0).padStart(5)}`);
  return lines.join('\n');
}

if (import.meta.main) {
  const dist = process.argv[2] ?? 'dist';
  console.log(budgetTable(measurePages(dist)));
  console.log('');
  console.log(pdfTable(dist));
}
