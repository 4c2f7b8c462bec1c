/**
 * `npm run bench`: timings, reported as medians over repeated runs and as ratios — never asserted.
^ *  - build time: `astro build` + the search index + the context PDFs, 5 runs (the first run is the baseline for the ratio);
 *  - bytes per page type (from scripts/budget.ts), for the record.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { budgetTable, measurePages, pdfTable } from './budget.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);

function timed(command: string, args: string[]): number {
  const start = performance.now();
  const run = spawnSync(command, args, { stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
  return performance.now() - start;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

// The same steps as `npm run build`: Astro, the per-page CSP trim, the search index, the PDFs.
const astro = ['node_modules/astro/bin/astro.mjs', 'build'];
const tidy = ['scripts/tidy-csp.ts'];
const pagefind = ['scripts/search-index.ts'];
const pdf = ['scripts/pdf.ts'];
const builds: number[] = [];
const indexes: number[] = [];
const pdfs: number[] = [];
for (let i = 0; i < RUNS; i += 1) {
  builds.push(timed(process.execPath, astro) + timed(process.execPath, tidy));
  indexes.push(timed(process.execPath, pagefind));
  pdfs.push(timed(process.execPath, pdf));
}
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`runs: ${RUNS}`);
console.log(`astro build + csp median ${fmt(median(builds))}  (min ${fmt(Math.min(...builds))}, max ${fmt(Math.max(...builds))}, median/first ${(median(builds) / (builds[0] ?? 1)).toFixed(2)})`);
console.log(`search index  median ${fmt(median(indexes))}  (min ${fmt(Math.min(...indexes))}, max ${fmt(Math.max(...indexes))})`);
console.log(`index/build   ${(median(indexes) / median(builds)).toFixed(2)} (ratio of medians)`);
console.log(`context PDFs  median ${fmt(median(pdfs))}  (min ${fmt(Math.min(...pdfs))}, max ${fmt(Math.max(...pdfs))}; pdf/build ${(median(pdfs) / median(builds)).toFixed(2)})`);
console.log('');
console.log(budgetTable(measurePages('dist')));
console.log('');
console.log(pdfTable('dist'));

// Search latency on a slow phone connection: first keystroke → first result, Slow 4G emulated
// through the DevTools protocol (150 ms RTT, 1.6 Mbps down, 750 kbps up), cache disabled, median of RUNS.
const { startStaticServer } = await import('./static-server.ts');
const { launchChromium } = await import('./chromium.ts');
const server = await startStaticServer({ root: 'dist' });
const browser = await launchChromium();
async function firstResult(lang: string, query: string): Promise<number> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
  await page.goto(`${server.origin}/${lang}/`, { waitUntil: 'load', timeout: 120_000 });
  await page.locator('#site-search-input').focus();
  const start = performance.now();
  await page.keyboard.type(query);
  await page.locator('#site-search-results [role="option"]').first().waitFor({ timeout: 60_000 });
  const elapsed = performance.now() - start;
  await page.close();
  return elapsed;
}
const latency: Record<string, number[]> = { zh: [], en: [] };
for (let i = 0; i < RUNS; i += 1) {
  latency['zh']?.push(await firstResult('zh', '歧视'));
  latency['en']?.push(await firstResult('en', 'discrimination'));
}
await browser.close();
await server.close();
const zhMedian = median(latency['zh'] ?? []);
const enMedian = median(latency['en'] ?? []);
console.log('');
console.log(`search, Slow 4G, first keystroke → first result (median of ${RUNS}, cold cache):`);
console.log(`  zh 歧视          ${fmt(zhMedian)}  (min ${fmt(Math.min(...(latency['zh'] ?? [])))}, max ${fmt(Math.max(...(latency['zh'] ?? [])))})`);
console.log(`  en discrimination ${fmt(enMedian)}  (min ${fmt(Math.min(...(latency['en'] ?? [])))}, max ${fmt(Math.max(...(latency['en'] ?? [])))})`);
console.log(`  zh/en ratio      ${(zhMedian / enMedian).toFixed(2)}`);
