import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './content.ts';

/**
 * Runs `astro build` in `cwd` with extra environment variables. Vitest puts Vite's own variables
 * (BASE_URL, MODE…) into process.env; they are removed so they cannot leak into the build.
 */
export function astroBuild(cwd: string, extra: Record<string, string> = {}): { status: number | null; output: string } {
  return runNode(cwd, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], extra);
}

/** The environment of a build run from the tests, with Vite's own variables taken out. */
export function buildEnv(extra: Record<string, string>): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...extra };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST', 'NODE_ENV'])
    delete env[key];
  return env;
}

function runNode(cwd: string, args: string[], extra: Record<string, string>): { status: number | null; output: string } {
  const env = buildEnv(extra);
  const run = spawnSync(process.execPath, args, {
    cwd,
    encoding: 'utf8',
    env,
    timeout: 170_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
