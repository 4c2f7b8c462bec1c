/** The GitHub Pages workflow: it publishes the deployment build the tests made and checked, at the Pages address. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/content.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  id?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Job {
  needs?: string;
  steps: Step[];
  container?: string;
}
const workflow = parse(readFileSync(join(ROOT, '.github/workflows/deploy.yml'), 'utf8')) as { jobs: Record<string, Job>; permissions: Record<string, string> };

describe('.github/workflows/deploy.yml', () => {
  const build = workflow.jobs['build']!;
  const tests = build.steps.find((s) => s.run?.includes('bash .ci/run'));
  it('runs .ci/run (system packages and every test) in Debian', () => {
    expect(tests).toBeDefined();
    expect(build.container).toMatch(/^debian:/);
    // Nothing is built again after the tests: the tests' deployment build is what is published.
    expect(build.steps.filter((s) => /\b(npm run build|astro build)\b/.test(s.run ?? ''))).toEqual([]);
  });
  it('gives the tests’ deployment build its SITE and BASE from the Pages configuration', () => {
    const pages = build.steps.find((s) => s.uses?.startsWith('actions/configure-pages@'));
    expect(pages?.id).toBe('pages');
    expect(build.steps.indexOf(pages!)).toBeLessThan(build.steps.indexOf(tests!));
    expect(tests?.env?.['DEPLOY_SITE']).toBe('${{ steps.pages.outputs.origin }}');
    expect(tests?.env?.['DEPLOY_BASE']).toBe('${{ steps.pages.outputs.base_path }}/');
  });
  it('uploads the deployment build the tests checked (dist-deploy/) and deploys it after the tests', () => {
    const upload = build.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.['path']).toBe('dist-deploy');
    expect(build.steps.indexOf(upload!)).toBeGreaterThan(build.steps.indexOf(tests!));
    expect(workflow.jobs['deploy']?.needs).toBe('build');
    expect(workflow.jobs['deploy']?.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });
  it('says after each deployment what GitHub Pages does not apply: `_headers`, so no frame-ancestors', () => {
    const summary = workflow.jobs['deploy']?.steps.find((s) => s.run?.includes('$GITHUB_STEP_SUMMARY'))?.run ?? '';
    expect(summary).toContain('`_headers`');
    expect(summary).toContain('frame-ancestors');
    expect(summary).toContain('README');
  });
  it('README says what a GitHub Pages deployment lacks, and how to publish `_headers` at the root for any BASE', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/GitHub Pages, and what it lacks/);
    expect(readme).toMatch(/can be framed by any site/);
    expect(readme).toContain('node scripts/publish-root.ts dist publish');
  });
});
