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
import { finishPdf, type PdfFacts } from './pdf-finish.ts';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from '@cantoo/pdf-lib';
import type { Page } from 'playwright-core';
import { printNamingWorksheet, writeWorksheetPage } from './pdf-worksheet.ts';
import { markPrintedAddresses } from './print-addresses.ts';
import { PRINT_FONTS_PATH, PRINT_FAMILY, printedCharacters, printFonts } from './pdf-fonts.ts';
import { contentType, siteFile } from './site-files.ts';
import { withBase } from '../lib/urls.ts';
import { baseFromEnv, publicUrl, siteFromEnv } from '../lib/site-address.ts';
import { useTranslations } from '../i18n/index.ts';
import { htmlLang, type Locale } from '../lib/locales.ts';
import { punctuation } from '../lib/punctuation.ts';
import { HUB, IEO } from '../lib/evaluation.ts';

export interface PrintJob {
  lang: string;
  /** What is printed: a context id, `{context}-brief`, `{context}-workshop`, or `evaluation`. */
  context: string;
  /** Path of the page printed, under the site root, without the base. */
  page: string;
  out: string;
  /** The languages of its text, the page's own first (the bilingual edition has two). */
  languages: Locale[];
  /** Set after printing: the PDF of the last build was still valid (src/build/pdf-cache.ts) and was reused. */
  reused?: boolean;
}

/** Every page a built site prints: context print editions, briefs and workshop kits, the whole-evaluation editions. */
export function printJobs(dist: string): PrintJob[] {
  const jobs: PrintJob[] = [];
  const add = (lang: string, name: string, page: string, folder = lang) => {
    const languages = folder.split('-') as Locale[];
    if (existsSync(join(dist, page, 'index.html'))) jobs.push({ lang, context: name, page, out: join(dist, 'pdf', folder, `${name}.pdf`), languages });
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
    new Intl.NumberFormat(htmlLang(lang as Locale), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);
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
      const [open, close] = punctuation(lang).parens;
      return `<span class="pdf-facts" data-pdf="${path}">${open}${pdfFacts(lang, pdfPageCount(pdf), statSync(pdf).size)}${close}</span>`;
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

/** The sources whose change means every PDF is printed again (besides Chromium, the fonts and hb-subset). */
const PRINTER_SOURCES = [
  'pdf.ts',
  'pdf-worksheet.ts',
  'print-addresses.ts',
  'pdf-cache.ts',
  'pdf-fonts.ts',
  'pdf-finish.ts',
  'chromium.ts',
  'site-files.ts',
].map((name) => join(import.meta.dirname, name));

/**
 * Who wrote what a PDF holds, and who publishes it: the evaluation's editions are the IEO's text (the
 * English one in this site's translation); the guidance, briefs and kits are this site's own, drawn from
 * the evaluation, which they name as their source.
 */
export function pdfFactsFor(job: PrintJob, edition: { version: string; site: string | undefined; base: string; producer: string }): PdfFacts {
  const address = publicUrl(edition.site, edition.base, '/');
  const evaluation = job.context === 'evaluation';
  const names = job.languages.map((l) => IEO[l]).join(' / ');
  return {
    languages: job.languages.map(htmlLang),
    authors: evaluation ? [names] : [HUB],
    contributors: evaluation && job.languages.includes('en') ? [`${HUB} (English translation)`] : [],
    publisher: address ? `${HUB}, ${address}` : HUB,
    source: evaluation ? undefined : `${names}, ${job.languages.map((l) => useTranslations(l)('print.evaluation')).join(' / ')}`,
    creator: `${HUB} ${edition.version}`,
    producer: edition.producer,
  };
}

export async function printPdfs(dist: string, options: { base?: string; site?: string | undefined } = {}): Promise<PrintJob[]> {
  const jobs = printJobs(dist);
  if (jobs.length === 0) throw new Error(`pdf: no print pages under ${dist}/{lang}/contexts/*/print/ or ${dist}/{lang}/report/print/ (build the site first)`);
  const base = options.base ?? '/';
  const origin = options.site ? new URL(options.site).origin : NO_SITE_ORIGIN;
  const root = resolve(dist);
  // A deployment build prints each link's address beside it in the guides, briefs and kits (print-addresses.ts).
  if (options.site)
    markPrintedAddresses(
      root,
      jobs.filter((job) => job.context !== 'evaluation').map((job) => job.page),
      options.site,
      base,
    );
  const cache = pdfCache(printerFingerprint(chromiumPath(), PRINTER_SOURCES));
  const cacheKey = (job: PrintJob) => `${origin}${base} ${job.page} ${job.out.slice(dist.length)}`;
  for (const job of jobs) job.reused = cache.restore(cacheKey(job), job.out, root);
  const todo = jobs.filter((job) => !job.reused);
  if (todo.length === 0) return jobs;
  // Chromium starts while the print faces are made (a couple of seconds of work in this process).
  const launching = launchChromium();
  const fonts = printFonts(
    printedCharacters(
      root,
      jobs.map((job) => job.page),
    ),
  );
  const browser = await launching;
  // Each PDF is finished (pdf-finish.ts) while Chromium lays out and prints the next one.
  const finishing: Promise<void>[] = [];
  /** The files of the site the current print has loaded (paths under the site folder), for the cache. */
  let loaded: string[] = [];
  try {
    await browser.context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const font =
        url.origin === origin && url.pathname.startsWith(PRINT_FONTS_PATH) ? fonts.files.get(url.pathname.slice(PRINT_FONTS_PATH.length)) : undefined;
      if (font) return route.fulfill({ status: 200, contentType: font.contentType, body: font.body });
      const file = url.origin === origin ? siteFile(root, base, url.pathname) : undefined;
      if (url.origin === origin) loaded.push(file ? file.slice(root.length + 1) : url.pathname);
      if (!file) return route.abort('blockedbyclient');
      return route.fulfill({ status: 200, contentType: contentType(file), body: readFileSync(file) });
    });
    const page = await browser.context.newPage();
    await page.emulateMedia({ media: 'print' });
    const edition = {
      version: (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version,
      site: options.site,
      base,
      producer: `Chromium ${browser.context.browser()?.version() ?? ''} (Skia/PDF); @cantoo/pdf-lib`,
    };
    for (const job of todo) {
      loaded = [];
      const used = loaded;
      const url = `${origin}${withBase(base, job.page)}`;
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`pdf: ${url} answered ${response?.status()}`);
      if (!options.site) await page.evaluate(unlinkOtherPages);
      await page.evaluate(declareLanguages);
      await page.addStyleTag({ url: `${origin}${PRINT_FONTS_PATH}fonts.css` });
      await page.evaluate(loadFaces, PRINT_FAMILY);
      mkdirSync(join(job.out, '..'), { recursive: true });
      const print = () =>
        page.pdf({
          format: 'A4',
          printBackground: true,
          tagged: true,
          outline: true,
          // "Page n of N" comes from the page's own print style sheet (page-margin boxes, in its language),
          // so the PDF and a reader's own printout number their pages the same way. It also sets the
          // workshop kits' worksheet on an A4 landscape page (@page worksheet).
          preferCSSPageSize: true,
        });
      // An edition fills its contents' page numbers, and a kit names its worksheet's page, both known
      // once printed (printWithContentsPages here, pdf-worksheet.ts); each prints again until they agree.
      const printed = await printWithContentsPages(page, () => printNamingWorksheet(print, (n) => page.evaluate(writeWorksheetPage, n), job.page));
      finishing.push(
        finishPdf(printed, pdfFactsFor(job, edition)).then((bytes) => {
          writeFileSync(job.out, bytes);
          cache.keep(cacheKey(job), job.out, root, used);
        }),
      );
    }
    await Promise.all(finishing);
  } finally {
    await Promise.allSettled(finishing);
    await browser.close();
  }
  return jobs;
}

/**
 * Prints a page whose contents lists page numbers (`[data-page-of="id"]`, components/EditionContents.astro).
 * Chromium has no target-counter(), so: print, read from the PDF the page each heading landed on (the named
 * destination Chromium writes for every element a link in the page points to), write the numbers in, and print
 * again, until the numbers printed are the numbers read (the contents' cells keep their width, so the second
 * print normally settles it). A page without such cells prints once.
 */
async function printWithContentsPages(page: Page, print: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const targets = await page.evaluate(() => [...document.querySelectorAll('[data-page-of]')].map((el) => el.getAttribute('data-page-of') ?? ''));
  let printed = await print();
  for (let round = 0; targets.length > 0 && round < 4; round += 1) {
    const pages = await destinationPages(printed);
    const numbers = targets.map((id) => {
      const n = pages.get(id);
      if (n === undefined) throw new Error(`pdf: the contents lists #${id}, but the printed PDF has no destination of that name`);
      return String(n);
    });
    const changed = await page.evaluate((list) => {
      let any = false;
      document.querySelectorAll('[data-page-of]').forEach((el, i) => {
        if (el.textContent !== list[i]) any = true;
        el.textContent = list[i] ?? '';
      });
      return any;
    }, numbers);
    if (!changed) return printed;
    printed = await print();
  }
  if (targets.length > 0) throw new Error(`pdf: ${page.url()}: the contents' page numbers did not settle after 4 prints`);
  return printed;
}

/** The page number (from 1) of every named destination of a PDF (the catalog's /Dests, as Chromium writes them). */
export async function destinationPages(bytes: Uint8Array): Promise<Map<string, number>> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pageOf = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const result = new Map<string, number>();
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  for (const [name, value] of dests?.entries() ?? []) {
    const target = doc.context.lookup(value);
    const array = target instanceof PDFDict ? target.lookupMaybe(PDFName.of('D'), PDFArray) : target instanceof PDFArray ? target : undefined;
    const ref = array?.get(0);
    const n = ref instanceof PDFRef ? pageOf.get(ref.toString()) : undefined;
    if (n !== undefined) result.set(name.decodeText(), n);
  }
  return result;
}

/** In the page: links to other pages lose their address; links within the page (#…) stay. */
function unlinkOtherPages(): void {
  for (const link of document.querySelectorAll('a[href]')) {
    if (!link.getAttribute('href')?.startsWith('#')) link.removeAttribute('href');
  }
}

/**
 * In the page: each language is stated where Chromium's tagging keeps it. Chromium gives a structure
 * element a /Lang only when its element's language differs from its parent's, and drops it on generic
 * containers (a div or span becomes NonStruct): an English cell of the bilingual edition, a div with
 * lang="en", would leave its paragraphs to the page's Chinese. So a container's language moves down to
 * its child elements (paragraphs, lists, headings), unless the container holds text of its own.
 */
function declareLanguages(): void {
  const generic = new Set(['DIV', 'SPAN', 'SECTION', 'HEADER', 'FOOTER', 'ARTICLE', 'ASIDE', 'MAIN', 'NAV']);
  const ownText = (el: Element) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
  const work = [...document.body.querySelectorAll('[lang]')];
  for (let el = work.shift(); el; el = work.shift()) {
    const lang = el.getAttribute('lang');
    if (!lang || !generic.has(el.tagName) || ownText(el) || el.children.length === 0) continue;
    for (const child of el.children) {
      if (child.hasAttribute('lang')) continue;
      child.setAttribute('lang', lang);
      work.push(child);
    }
    el.removeAttribute('lang');
  }
}

/** In the page: waits until both print faces are loaded, so that no line is set in a fallback face. */
async function loadFaces(family: string): Promise<void> {
  await Promise.all([document.fonts.load(`16px "${family}"`, '中'), document.fonts.load(`bold 16px "${family}"`, '中')]);
  await document.fonts.ready;
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
