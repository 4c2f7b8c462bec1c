/**
 * `npm run bench`: timings, reported as medians over repeated runs and as ratios — never asserted.
 *  - build time: `astro build` + Pagefind, 5 runs (the first run is the baseline for the ratio);
 *  - bytes per page type (from scripts/budget.ts), for the record.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { budgetTable, measurePages } from './budget.ts';

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

const astro = ['node_modules/astro/bin/astro.mjs', 'build'];
const pagefind = ['node_modules/pagefind/lib/runner/bin.cjs', '--site', 'dist'];
const builds: number[] = [];
const indexes: number[] = [];
for (let i = 0; i < RUNS; i += 1) {
  builds.push(timed(process.execPath, astro));
  indexes.push(timed(process.execPath, pagefind));
}
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`runs: ${RUNS}`);
console.log(`astro build   median ${fmt(median(builds))}  (min ${fmt(Math.min(...builds))}, max ${fmt(Math.max(...builds))}, median/first ${(median(builds) / (builds[0] ?? 1)).toFixed(2)})`);
console.log(`pagefind      median ${fmt(median(indexes))}  (min ${fmt(Math.min(...indexes))}, max ${fmt(Math.max(...indexes))})`);
console.log(`index/build   ${(median(indexes) / median(builds)).toFixed(2)} (ratio of medians)`);
console.log('');
console.log(budgetTable(measurePages('dist')));
