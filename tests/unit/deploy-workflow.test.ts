/** The GitHub Pages workflow: tests before deploying, the public address from the Pages configuration. */
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
  const at = (test: (s: Step) => boolean) => build.steps.findIndex(test);
  it('runs .ci/run (system packages and every test) before it builds for the public address', () => {
    const tests = at((s) => s.run?.includes('bash .ci/run') ?? false);
    const publish = at((s) => s.run === 'npm run build');
    expect(tests).toBeGreaterThanOrEqual(0);
    expect(publish).toBeGreaterThan(tests);
    expect(build.container).toMatch(/^debian:/);
  });
  it('takes SITE and BASE from the Pages configuration', () => {
    const pages = build.steps.find((s) => s.uses?.startsWith('actions/configure-pages@'));
    expect(pages?.id).toBe('pages');
    const env = build.steps.find((s) => s.run === 'npm run build')?.env ?? {};
    expect(env['SITE']).toBe('${{ steps.pages.outputs.origin }}');
    expect(env['BASE']).toBe('${{ steps.pages.outputs.base_path }}/');
  });
  it('uploads dist/ and deploys it after the build', () => {
    expect(build.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.['path']).toBe('dist');
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
