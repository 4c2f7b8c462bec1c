/**
 * Prints each context's guidance (its print edition, which quotes the cited paragraphs) to
 * `dist/pdf/{lang}/{context}.pdf` with the system Chromium: A4, tagged, with the document outline,
 * and "page n of N" in the footer (from public/print/page-numbers.{lang}.css). Run by `npm run build` after Astro, or alone with `npm run pdf`.
 * OUT_DIR and BASE are honoured as the build honours them.
 */
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from './chromium.ts';
import { startStaticServer } from './static-server.ts';


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

export async function printPdfs(dist: string, base = '/'): Promise<PrintJob[]> {
  const jobs = printJobs(dist);
  if (jobs.length === 0) throw new Error(`pdf: no print editions under ${dist}/{lang}/contexts/*/print/ (build the site first)`);
  const server = await startStaticServer({ root: dist, base });
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.emulateMedia({ media: 'print' });
    for (const job of jobs) {
      const url = `${server.origin}${base.replace(/\/$/, '')}${job.page}`;
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`pdf: ${url} answered ${response?.status()}`);
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
    await server.close();
  }
  return jobs;
}

if (import.meta.main) {
  const dist = resolve(process.env['OUT_DIR'] ?? 'dist');
  const jobs = await printPdfs(dist, process.env['BASE'] ?? '/');
  for (const job of jobs) console.log(`pdf: ${job.out.slice(dist.length + 1)} ${(statSync(job.out).size / 1024).toFixed(0)} KB`);
}
