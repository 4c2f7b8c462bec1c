/**
 * The deployment build the address test checks: the site built with a public address (SITE) under a
 * base path (BASE), into `dist-deploy/`. The site project's global set-up starts it in the background
 * as the browser tests begin (they leave a core idle most of the time), and the address test waits
 * for it. The deployment workflow sets DEPLOY_SITE and DEPLOY_BASE to the Pages address and publishes
 * this very folder, so the public site is the build the tests checked, made once.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { baseFromEnv, siteFromEnv } from '../../src/lib/site-address.ts';
import { ROOT } from './content.ts';
import { buildEnv } from './build.ts';

export const DEPLOY = {
  site: siteFromEnv(process.env['DEPLOY_SITE']) ?? 'https://example.org',
  base: baseFromEnv(process.env['DEPLOY_BASE'] ?? '/lnob/'),
  dir: resolve(ROOT, process.env['DEPLOY_DIR'] || 'dist-deploy'),
};
const statusFile = `${DEPLOY.dir}.status.json`;

interface BuildResult {
  status: number | null;
  output: string;
}

/** Starts `astro build` for the deployment in the background; its result lands in a file beside the folder. */
export function startDeployBuild(): () => void {
  rmSync(statusFile, { force: true });
  rmSync(DEPLOY.dir, { recursive: true, force: true });
  const env = buildEnv({ SITE: DEPLOY.site, BASE: DEPLOY.base, OUT_DIR: DEPLOY.dir });
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.on('close', (status) => writeFileSync(statusFile, JSON.stringify({ status, output } satisfies BuildResult)));
  return () => {
    if (child.exitCode === null) child.kill();
  };
}

/** Records that this run makes no deployment build, so that a test waiting for it stops at once and says why. */
export function skipDeployBuild(why: string): void {
  rmSync(DEPLOY.dir, { recursive: true, force: true });
  writeFileSync(statusFile, JSON.stringify({ status: null, output: `no deployment build in this run: ${why}` } satisfies BuildResult));
}

/** Waits for the deployment build started by the global set-up and returns how it ended. */
export async function deployBuild(): Promise<BuildResult> {
  while (!existsSync(statusFile)) await new Promise((done) => setTimeout(done, 1000));
  return JSON.parse(readFileSync(statusFile, 'utf8')) as BuildResult;
}
