/**
 * Prints the site's PDFs with the system Chromium: A4, tagged, with the document outline, and "page n of N"
 * in the footer (each page's own print style sheet: public/print/page-numbers.{lang}.css, or the margins of
 * the whole-evaluation editions). Run by `npm run build` after Astro, or alone with `npm run pdf`:
 * - each context's guidance (its print edition) → `pdf/{lang}/{context}.pdf`,
 *   the brief alone → `pdf/{lang}/{context}-brief.pdf`, the workshop kit → `pdf/{lang}/{context}-workshop.pdf`;
 * - the whole evaluation → `pdf/{lang}/evaluation.pdf`, the bilingual edition → `pdf/zh-en/evaluation.pdf`.
 * Then it writes each PDF's page count and size into the links that name them (`fillPdfFacts`): pages are
 * rendered before the PDFs exist, so they carry a placeholder that only the printed files can fill.
 * OUT_DIR, SITE and BASE are honoured as the build honours them.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumPath, launchChromium } from './chromium.ts';
import { pdfCache, printerFingerprint } from './pdf-cache.ts';
import { listFilesDeep } from './files.ts';
import { contentType, siteFile } from './site-files.ts';
import { withBase } from '../src/lib/urls.ts';
import { baseFromEnv, siteFromEnv } from '../src/lib/site-address.ts';
import { useTranslations } from '../src/i18n/index.ts';
import type { Locale } from '../src/lib/locales.ts';

export interface PrintJob {
  lang: string;
  /** What is printed: a context id, `{context}-brief`, `{context}-workshop`, or `evaluation`. */
  context: string;
  /** Path of the page printed, under the site root, without the base. */
  page: string;
  out: string;
  /** Set after printing: the PDF of the last build was still valid (scripts/pdf-cache.ts) and was reused. */
  reused?: boolean;
}

/** Every page a built site prints: context print editions, briefs and workshop kits, the whole-evaluation editions. */
export function printJobs(dist: string): PrintJob[] {
  const jobs: PrintJob[] = [];
  const add = (lang: string, name: string, page: string, folder = lang) => {
    if (existsSync(join(dist, page, 'index.html'))) jobs.push({ lang, context: name, page, out: join(dist, 'pdf', folder, `${name}.pdf`) });
  };
  for (const lang of readdirSync(dist)
    .filter((d) => /^[a-z]{2}$/.test(d))
    .sort()) {
    const contexts = join(dist, lang, 'contexts');
    for (const context of existsSync(contexts) ? readdirSync(contexts).sort() : []) {
      add(lang, context, `/${lang}/contexts/${context}/print/`);
      add(lang, `${context}-brief`, `/${lang}/contexts/${context}/brief/`);
      add(lang, `${context}-workshop`, `/${lang}/contexts/${context}/workshop/`);
    }
    add(lang, 'evaluation', `/${lang}/report/print/`);
  }
  add('zh', 'evaluation', '/zh/report/bilingual/print/', 'zh-en');
  return jobs;
}

/** The number of pages of a PDF as Chromium writes it (its page objects), without a PDF library. */
export function pdfPageCount(file: string): number {
  return (
    readFileSync(file)
      .toString('latin1')
      .match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []
  ).length;
}

/** "PDF, A4, 4 pages, 180 KB" in a language, from a page count and a size in bytes. */
export function pdfFacts(lang: Locale, pages: number, bytes: number): string {
  const t = useTranslations(lang);
  const kb = bytes / 1024;
  const number = (n: number, digits: number) =>
    new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);
  const size = kb >= 1000 ? `${number(kb / 1024, 1)} MB` : `${number(Math.max(1, Math.round(kb)), 0)} KB`;
  return pages === 1 ? t('print.pdfFactsOne', { size }) : t('print.pdfFacts', { pages, size });
}

const FACTS = /<span class="pdf-facts" data-pdf="([^"]+)">[^<]*<\/span>/g;

/**
 * Fills every PDF link's placeholder (components/PdfLink.astro) with the printed file's page count and
 * size, in the page's language. A link to a PDF that was not printed stops with a message naming the page.
 */
export function fillPdfFacts(dist: string): number {
  let filled = 0;
  for (const file of listFilesDeep(dist, '.html')) {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('class="pdf-facts"')) continue;
    const lang = (/<html[^>]*\blang="(zh|en)/.exec(html)?.[1] ?? 'en') as Locale;
    const next = html.replace(FACTS, (_, path: string) => {
      const pdf = join(dist, path);
      if (!existsSync(pdf)) throw new Error(`pdf: ${file.slice(dist.length)} links ${path}, which was not printed`);
      filled += 1;
      return `<span class="pdf-facts" data-pdf="${path}">(${pdfFacts(lang, pdfPageCount(pdf), statSync(pdf).size)})</span>`;
    });
    if (next !== html) writeFileSync(file, next);
  }
  return filled;
}

/**
 * The PDFs are printed at the site's public address, not from a local server: Chromium turns every
 * link into an absolute link annotation, so the page must stand where readers will find it. Requests
 * to that address are answered from `dist`; anything else is refused. Without SITE there is no public
 * address, and links to other pages are unlinked before printing (their text stays), so a PDF never
 * carries an address that only works on the machine that built it.
 */
const NO_SITE_ORIGIN = 'https://lnob.invalid';

/** The sources whose change means every PDF is printed again (besides Chromium and the fonts). */
const PRINTER_SOURCES = ['pdf.ts', 'pdf-cache.ts', 'chromium.ts', 'site-files.ts'].map((name) => join(import.meta.dirname, name));

export async function printPdfs(dist: string, options: { base?: string; site?: string | undefined } = {}): Promise<PrintJob[]> {
  const jobs = printJobs(dist);
  if (jobs.length === 0) throw new Error(`pdf: no print pages under ${dist}/{lang}/contexts/*/print/ or ${dist}/{lang}/report/print/ (build the site first)`);
  const base = options.base ?? '/';
  const origin = options.site ? new URL(options.site).origin : NO_SITE_ORIGIN;
  const root = resolve(dist);
  const cache = pdfCache(printerFingerprint(chromiumPath(), PRINTER_SOURCES));
  const cacheKey = (job: PrintJob) => `${origin}${base} ${job.page} ${job.out.slice(dist.length)}`;
  for (const job of jobs) job.reused = cache.restore(cacheKey(job), job.out, root);
  const todo = jobs.filter((job) => !job.reused);
  if (todo.length === 0) return jobs;
  const browser = await launchChromium();
  try {
    /** The files of the site the current print has loaded (paths under the site folder), for the cache. */
    let loaded: string[] = [];
    await browser.context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const file = url.origin === origin ? siteFile(root, base, url.pathname) : undefined;
      if (url.origin === origin) loaded.push(file ? file.slice(root.length + 1) : url.pathname);
      if (!file) return route.abort('blockedbyclient');
      return route.fulfill({ status: 200, contentType: contentType(file), body: readFileSync(file) });
    });
    const page = await browser.context.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const job of todo) {
      loaded = [];
      const url = `${origin}${withBase(base, job.page)}`;
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`pdf: ${url} answered ${response?.status()}`);
      if (!options.site) await page.evaluate(unlinkOtherPages);
      mkdirSync(join(job.out, '..'), { recursive: true });
      await page.pdf({
        path: job.out,
        format: 'A4',
        printBackground: true,
        tagged: true,
        outline: true,
        // "Page n of N" comes from the page's own print style sheet (page-margin boxes, in its language),
        // so the PDF and a reader's own printout number their pages the same way.
        preferCSSPageSize: true,
      });
      cache.keep(cacheKey(job), job.out, root, loaded);
    }
  } finally {
    await browser.close();
  }
  return jobs;
}

/** In the page: links to other pages lose their address; links within the page (#…) stay. */
function unlinkOtherPages(): void {
  for (const link of document.querySelectorAll('a[href]')) {
    if (!link.getAttribute('href')?.startsWith('#')) link.removeAttribute('href');
  }
}

/** Prints every PDF and writes their page counts and sizes into the pages that link them; returns lines for the log. */
export async function printAllPdfs(dist: string, options: { base: string; site: string | undefined }): Promise<string[]> {
  const jobs = await printPdfs(dist, options);
  const lines = jobs.map(
    (job) =>
      `pdf: ${job.out.slice(dist.length + 1)} ${pdfPageCount(job.out)} pages ${(statSync(job.out).size / 1024).toFixed(0)} KB${job.reused ? ' (unchanged: kept)' : ''}`,
  );
  const reused = jobs.filter((job) => job.reused).length;
  return [...lines, `pdf: printed ${jobs.length - reused}, kept ${reused} unchanged; page count and size written into ${fillPdfFacts(dist)} links`];
}

// `npm run pdf` prints the PDFs again from an existing build (OUT_DIR, else dist/), with SITE and BASE.
if (import.meta.main) {
  const dist = resolve(process.env['OUT_DIR'] ?? 'dist');
  for (const line of await printAllPdfs(dist, { base: baseFromEnv(process.env['BASE']), site: siteFromEnv(process.env['SITE']) })) console.log(line);
}
