/** Over the built site: 0 broken links or anchors, same-language rule, and the same under a base path. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/link-check.ts';
import { DIST, pagesForLinks } from '../helpers/dist.ts';
import { ROOT } from '../helpers/content.ts';
import { astroBuild, runScript } from '../helpers/build.ts';

const languages = ['zh', 'en'];

describe('links in dist/', () => {
  it('all internal links and anchors resolve, and languages stay apart', () => {
    const { pages, files } = pagesForLinks(DIST, '/');
    expect(pages.length).toBeGreaterThan(60);
    expect(checkLinks(pages, { base: '/', site: 'http://localhost:4321', languages, files })).toEqual([]);
  });
});

describe('a build under a base path', () => {
  const out = mkdtempSync(join(tmpdir(), 'lnob-base-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  it('keeps every internal link inside BASE=/lnob/ and SITE', () => {
    const run = astroBuild(ROOT, { BASE: '/lnob/', SITE: 'https://example.org', OUT_DIR: out });
    expect(run.status, run.output).toBe(0);
    const pdf = runScript('scripts/pdf.ts', { BASE: '/lnob/', OUT_DIR: out });
    expect(pdf.status, pdf.output).toBe(0);
    const { pages, files } = pagesForLinks(out, '/lnob/');
    expect(checkLinks(pages, { base: '/lnob/', site: 'https://example.org', languages, files })).toEqual([]);
    const findings = pages.find((p) => p.url === '/lnob/zh/report/findings/');
    expect(findings).toBeDefined();
  });
});
