/**
 * Prints each context's guidance (its print edition, which quotes the cited paragraphs) to
 * `dist/pdf/{lang}/{context}.pdf` with the system Chromium: A4, tagged, with the document outline,
 * and "page n of N" in the footer (from public/print/page-numbers.{lang}.css). Run by `npm run build` after Astro, or alone with `npm run pdf`.
 * OUT_DIR, SITE and BASE are honoured as the build honours them.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from './chromium.ts';
import { contentType, siteFile } from './static-server.ts';
import { withBase } from '../src/lib/urls.ts';
import { baseFromEnv, siteFromEnv } from '../src/lib/site-address.ts';


export interface PrintJob {
  lang: string;
  context: string;
  /** Path of the print edition under the site root, without the base. */
  page: string;
  out: string;
}

/** Every print edition in a built site: `{lang}/contexts/{id}/print/index.html`. */
export function printJobs(dist: string): PrintJob[] {
  const jobs: PrintJob[] = [];
  for (const lang of readdirSync(dist).filter((d) => /^[a-z]{2}$/.test(d)).sort()) {
    const contexts = join(dist, lang, 'contexts');
    if (!existsSync(contexts)) continue;
    for (const context of readdirSync(contexts).sort()) {
      if (!existsSync(join(contexts, context, 'print', 'index.html'))) continue;
      jobs.push({ lang, context, page: `/${lang}/contexts/${context}/print/`, out: join(dist, 'pdf', lang, `${context}.pdf`) });
    }
  }
  return jobs;
}

/**
 * The PDFs are printed at the site's public address, not from a local server: Chromium turns every
 * link into an absolute link annotation, so the page must stand where readers will find it. Requests
 * to that address are answered from `dist`; anything else is refused. Without SITE there is no public
 * address, and links to other pages are unlinked before printing (their text stays), so a PDF never
 * carries an address that only works on the machine that built it.
 */
const NO_SITE_ORIGIN = 'https://lnob.invalid';

export async function printPdfs(dist: string, options: { base?: string; site?: string | undefined } = {}): Promise<PrintJob[]> {
  const jobs = printJobs(dist);
  if (jobs.length === 0) throw new Error(`pdf: no print editions under ${dist}/{lang}/contexts/*/print/ (build the site first)`);
  const base = options.base ?? '/';
  const origin = options.site ? new URL(options.site).origin : NO_SITE_ORIGIN;
  const root = resolve(dist);
  const browser = await launchChromium();
  try {
    await browser.context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const file = url.origin === origin ? siteFile(root, base, url.pathname) : undefined;
      if (!file) return route.abort('blockedbyclient');
      return route.fulfill({ status: 200, contentType: contentType(file), body: readFileSync(file) });
    });
    const page = await browser.context.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const job of jobs) {
      const url = `${origin}${withBase(base, job.page)}`;
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`pdf: ${url} answered ${response?.status()}`);
      if (!options.site) await page.evaluate(unlinkOtherPages);
      mkdirSync(join(dist, 'pdf', job.lang), { recursive: true });
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

if (import.meta.main) {
  const dist = resolve(process.env['OUT_DIR'] ?? 'dist');
  const jobs = await printPdfs(dist, { base: baseFromEnv(process.env['BASE']), site: siteFromEnv(process.env['SITE']) });
  for (const job of jobs) console.log(`pdf: ${job.out.slice(dist.length + 1)} ${(statSync(job.out).size / 1024).toFixed(0)} KB`);
}
