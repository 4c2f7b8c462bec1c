/**
 * `npm run bench`: timings, reported as medians over repeated runs and as ratios — never asserted.
 *  - build time: `astro build` (with its post-build steps), 5 runs (the first run is the baseline for the
 *    ratio), and the search index and the PDFs alone, run again on the build;
 *  - bytes per page type (from src/build/budget.ts), for the record, and the offline copy's download per
 *    language, with and without the PDFs (src/build/offline.ts);
 *  - an unchanged rebuild (every PDF kept by src/build/pdf-cache.ts) beside the clean build;
 *  - the service worker's background download on a first visit (BENCH_ONLY=worker for this part alone);
 *  - search on Slow 4G, first keystroke → first result (BENCH_ONLY=search for this part alone);
 *  - growth: the search index of synthetic copies of the content (1×, 4×, 16×, in a temporary folder that
 *    is removed after), its build time and the first-search bytes of the header box and of the search page
 *    (BENCH_ONLY=growth for this part alone, on an existing build).
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { budgetTable, measurePages, pdfTable } from '../src/build/budget.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);

function timed(command: string, args: string[], env: Record<string, string> = {}): number {
  const start = performance.now();
  const run = spawnSync(command, args, { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
  return performance.now() - start;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

// `npm run build` is `astro build`, whose post-build integration trims the policies, writes the search
// index and prints the PDFs; those two steps are also timed alone, run again on the finished build.
// BENCH_ONLY=search skips the build timings and measures search on an existing build (DIST_DIR or OUT_DIR, else dist/).
const dist = process.env['DIST_DIR'] ?? process.env['OUT_DIR'] ?? 'dist';

/**
 * A count that does not grow with the hub: the build's pages copied (without PDFs) to a temporary folder,
 * with a search index of every record copied k times (each copy at addresses of its own, /copy-2/zh/…, the
 * same text), for k = 1, 4, 16. For each: the index's build time (the pages themselves are not multiplied),
 * and the gzip bytes a first search loads (Pagefind, the engine and its files; not the page it runs on), typed
 * into the header box of the home page, and opening the search page's address with the query, for a common
 * term per language.
 */
async function growth(): Promise<void> {
  const { mkdtempSync, cpSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { gzipSync } = await import('node:zlib');
  const { allRecords, writeSearchIndex } = await import('../src/build/search-index.ts');
  const { startPreview } = await import('./preview.ts');
  const { launchChromium } = await import('../src/build/chromium.ts');
  const records = allRecords('/');
  const rows: string[] = [];
  const size = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const queries = [
    ['zh', '问责'],
    ['zh', '残疾'],
    ['en', 'accountability'],
  ] as const;
  /** Gzip bytes of every response while `action` runs, until no request is pending for 500 ms. */
  const bytesOf = async (origin: string, action: (page: import('playwright-core').Page) => Promise<void>) => {
    // A fresh browser each time: nothing cached from the run before.
    const browser = await launchChromium();
    const page = await browser.context.newPage();
    const sizes: Promise<number>[] = [];
    let pending = 0;
    let quiet = performance.now();
    page.on('request', () => void (pending += 1));
    const done = () => {
      pending -= 1;
      quiet = performance.now();
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
    page.on('response', (r) => {
      // What search loads (Pagefind, the engine and its files), not the page it runs on.
      if (/\/(pagefind|_search)\//.test(r.url()) && r.url().startsWith(origin))
        sizes.push(
          r.body().then(
            (b) => gzipSync(b, { level: 9 }).length,
            () => 0,
          ),
        );
    });
    await action(page);
    while (pending > 0 || performance.now() - quiet < 500) await page.waitForTimeout(100);
    await browser.close();
    return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  };
  for (const copies of [1, 4, 16]) {
    const root = mkdtempSync(join(tmpdir(), `lnob-growth-${copies}-`));
    try {
      cpSync(dist, root, { recursive: true, filter: (src) => !src.endsWith('.pdf') });
      const copied = Array.from({ length: copies }, (_, i) => records.map((r) => (i === 0 ? r : { ...r, url: `/copy-${i + 1}${r.url}` }))).flat();
      const start = performance.now();
      await writeSearchIndex(root, '/', copied);
      const indexTime = performance.now() - start;
      const server = await startPreview({ outDir: root });
      const cells: string[] = [];
      for (const [lang, q] of queries) {
        const box = await bytesOf(server.origin, async (page) => {
          await page.goto(`${server.origin}/${lang}/`, { waitUntil: 'load' });
          await page.locator('#site-search-input').fill(q);
          await page.locator('#site-search-results [role="option"]').first().waitFor({ timeout: 60_000 });
        });
        const searchPage = await bytesOf(server.origin, async (page) => {
          await page.goto(`${server.origin}/${lang}/search/?q=${encodeURIComponent(q)}`, { waitUntil: 'load' });
          await page.waitForFunction(() => /\d/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 60_000 });
        });
        cells.push(`${size(box).padStart(9)} / ${size(searchPage).padStart(9)}`.padEnd(24));
      }
      await server.close();
      rows.push(`${`${copies}×`.padEnd(5)} ${String(copied.length).padStart(7)}  ${fmt(indexTime).padStart(8)}  ${cells.join('   ')}`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  console.log('');
  console.log('growth: synthetic copies of the content; first-search bytes (gzip): header box, then search page, per query');
  console.log(`copy  records     index  ${queries.map(([, q]) => `${q}: box / page`.padEnd(24)).join('   ')}`);
  for (const row of rows) console.log(row);
}
if (process.env['BENCH_ONLY'] === 'growth') {
  await growth();
  process.exit(0);
}
if (process.env['BENCH_ONLY'] !== 'search' && process.env['BENCH_ONLY'] !== 'worker') {
  const astro = ['node_modules/astro/bin/astro.mjs', 'build'];
  const { writeSearchIndex } = await import('../src/build/search-index.ts');
  const { printAllPdfs } = await import('../src/build/pdf.ts');
  const inProcess = async (step: () => Promise<unknown>) => {
    const start = performance.now();
    await step();
    return performance.now() - start;
  };
  const builds: number[] = [];
  const indexes: number[] = [];
  const pdfs: number[] = [];
  // A clean build prints every PDF (the PDF cache off, as in a fresh clone); an unchanged rebuild reuses
  // the PDFs the build before it printed (src/build/pdf-cache.ts).
  const rebuilds: number[] = [];
  process.env['LNOB_PDF_CACHE'] = '0';
  for (let i = 0; i < RUNS; i += 1) {
    builds.push(timed(process.execPath, astro, { LNOB_PDF_CACHE: '0' }));
    indexes.push(await inProcess(() => writeSearchIndex(dist, '/')));
    pdfs.push(await inProcess(() => printAllPdfs(dist, { base: '/', site: undefined })));
  }
  delete process.env['LNOB_PDF_CACHE'];
  timed(process.execPath, astro);
  for (let i = 0; i < RUNS; i += 1) rebuilds.push(timed(process.execPath, astro));
  console.log(`runs: ${RUNS}`);
  console.log(
    `astro build   median ${fmt(median(builds))}  (min ${fmt(Math.min(...builds))}, max ${fmt(Math.max(...builds))}, median/first ${(median(builds) / (builds[0] ?? 1)).toFixed(2)})`,
  );
  console.log(
    `unchanged rebuild median ${fmt(median(rebuilds))}  (min ${fmt(Math.min(...rebuilds))}, max ${fmt(Math.max(...rebuilds))}; PDFs kept, not printed; rebuild/build ${(median(rebuilds) / median(builds)).toFixed(2)})`,
  );
  console.log(`search index  median ${fmt(median(indexes))}  (min ${fmt(Math.min(...indexes))}, max ${fmt(Math.max(...indexes))})`);
  console.log(`index/build   ${(median(indexes) / median(builds)).toFixed(2)} (ratio of medians)`);
  console.log(
    `context PDFs  median ${fmt(median(pdfs))}  (min ${fmt(Math.min(...pdfs))}, max ${fmt(Math.max(...pdfs))}; pdf/build ${(median(pdfs) / median(builds)).toFixed(2)})`,
  );
  console.log('');
  console.log(budgetTable(measurePages(dist)));
  console.log('');
  console.log(pdfTable(dist));
  console.log('');
  const { offlineTable } = await import('../src/build/offline.ts');
  console.log(offlineTable(dist));
}

// Search latency on a slow phone connection: first keystroke → first result, Slow 4G emulated
// through the DevTools protocol (150 ms RTT, 1.6 Mbps down, 750 kbps up), cache disabled, median of
// RUNS. The reader focuses the box, starts typing a second later, a key every 150 ms: the engine
// starts loading on focus, so part of it is in by the first key. BENCH_BASELINE_DIST=<folder> runs
// the same on another build (say, the previous commit's) in the same process, for before/after.
const { startPreview } = await import('./preview.ts');
const { launchChromium } = await import('../src/build/chromium.ts');
const browser = await launchChromium();
/** Milliseconds from the first key to the first result, and from the last key to it. */
interface Latency {
  first: number;
  last: number;
}
async function firstResult(origin: string, lang: string, query: string): Promise<Latency> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await page.goto(`${origin}/${lang}/`, { waitUntil: 'load', timeout: 120_000 });
  await page.locator('#site-search-input').focus();
  await page.waitForTimeout(1000);
  const start = performance.now();
  await page.keyboard.type(query, { delay: 150 });
  const typed = performance.now();
  await page.locator('#site-search-results [role="option"]').first().waitFor({ timeout: 60_000 });
  const done = performance.now();
  await page.close();
  return { first: done - start, last: done - typed };
}
async function searchLatency(root: string): Promise<Record<'zh' | 'en', Latency[]>> {
  const server = await startPreview({ outDir: root });
  const latency: Record<'zh' | 'en', Latency[]> = { zh: [], en: [] };
  for (let i = 0; i < RUNS; i += 1) {
    latency.zh.push(await firstResult(server.origin, 'zh', '歧视'));
    latency.en.push(await firstResult(server.origin, 'en', 'discrimination'));
  }
  await server.close();
  return latency;
}
// What the service worker downloads in the background of a first visit (its precache: the two "not
// saved" pages and what they load), in bytes on the wire, beside what the page itself loaded: the worker
// should fetch nothing the page already has (hashed files carry no revision, so the HTTP cache serves them).
async function workerFirstVisit(root: string): Promise<{ page: number; worker: number; again: number }> {
  const server = await startPreview({ outDir: root });
  const visitor = await launchChromium();
  const loaded = { page: 0, worker: 0, again: 0 };
  const byPage = new Set<string>();
  visitor.context.on('requestfinished', (request) => {
    void request.sizes().then((sizes) => {
      const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
      if (request.serviceWorker()) {
        if (request.url().startsWith(server.origin) && !request.url().endsWith('/sw.js')) {
          loaded.worker += bytes;
          if (byPage.has(request.url().split('?')[0] ?? '')) loaded.again += bytes;
        }
      } else {
        loaded.page += bytes;
        byPage.add(request.url().split('?')[0] ?? '');
      }
    });
  });
  const page = await visitor.context.newPage();
  await page.goto(`${server.origin}/en/report/findings/`, { waitUntil: 'load' });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  await page.waitForTimeout(2000);
  await visitor.close();
  await server.close();
  return loaded;
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
for (const [name, root] of [
  ...(process.env['BENCH_BASELINE_DIST'] ? [['baseline', process.env['BENCH_BASELINE_DIST']] as const] : []),
  ['this build', dist] as const,
]) {
  const first = await workerFirstVisit(root);
  console.log(
    `service worker, first visit to /en/report/findings/ (${name}): page ${kb(first.page)}; worker in the background ${kb(first.worker)}, of which ${kb(first.again)} fetched again for files the page had just loaded`,
  );
}
if (process.env['BENCH_ONLY'] === 'worker') process.exit(0);

const baselineDist = process.env['BENCH_BASELINE_DIST'];
const baseline = baselineDist ? await searchLatency(baselineDist) : undefined;
const latency = await searchLatency(dist);
await browser.close();
const range = (list: number[]) => `min ${fmt(Math.min(...list))}, max ${fmt(Math.max(...list))}`;
console.log('');
console.log(`search, Slow 4G, first keystroke → first result (median of ${RUNS}, cold cache; focus, 1 s, then a key every 150 ms):`);
// A results list that appears while the reader is still typing (a search per key) counts from the
// first key to that list; the box now waits for a pause, so the last-key figure is the fair one.
for (const [lang, query] of [
  ['zh', '歧视'],
  ['en', 'discrimination'],
] as const) {
  for (const from of ['first', 'last'] as const) {
    const now = median(latency[lang].map((l) => l[from]));
    const before = baseline ? median(baseline[lang].map((l) => l[from])) : undefined;
    const compared =
      before === undefined ? '' : `; baseline ${fmt(before)} (${range(baseline?.[lang].map((l) => l[from]) ?? [])}), now/baseline ${(now / before).toFixed(2)}`;
    console.log(`  ${lang} ${query.padEnd(15)} ${from} key → result ${fmt(now)}  (${range(latency[lang].map((l) => l[from]))})${compared}`);
  }
}
console.log(`  zh/en ratio (first key)  ${(median(latency.zh.map((l) => l.first)) / median(latency.en.map((l) => l.first))).toFixed(2)}`);
await growth();
