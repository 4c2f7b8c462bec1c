/**
 * public/_headers (what Netlify and Cloudflare Pages send) against the pages: each page gets exactly
 * the policy its <meta> tag carries, plus frame-ancestors, which only a header can say; the search
 * worker alone gets 'wasm-unsafe-eval'; hashed files are cached for a year.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeaders, type HeaderRule } from '../../src/lib/hosting-headers.ts';
import { DIST, builtPages, listFiles } from '../helpers/dist.ts';
import { ROOT } from '../helpers/content.ts';

const rules = parseHeaders(readFileSync(join(ROOT, 'public/_headers'), 'utf8'));
const matches = (rule: HeaderRule, path: string) => new RegExp(`^${rule.path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(path);
const headersFor = (path: string, name: string) => rules.filter((r) => matches(r, path) && r.headers.has(name)).map((r) => r.headers.get(name)!);
const metaPolicy = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];

describe('public/_headers', () => {
  const pages = builtPages();
  it('parses, with a rule for every page', () => {
    expect(rules.length).toBeGreaterThan(3);
    expect(pages.length).toBeGreaterThan(150);
  });
  it.each(pages.map((p) => [p.url, p] as const))("%s gets its own page's policy plus frame-ancestors 'none'", (url, page) => {
    const policies = [...headersFor(url, 'content-security-policy'), ...(url.endsWith('/') ? headersFor(`${url}index.html`, 'content-security-policy') : [])];
    const unique = [...new Set(policies)];
    expect(unique, url).toHaveLength(1);
    expect(unique[0]).toBe(`${metaPolicy(page.html)}; frame-ancestors 'none'`);
  });
  it("gives 'wasm-unsafe-eval' to Pagefind's worker alone", () => {
    const worker = '/pagefind/pagefind-worker.js';
    expect(listFiles(DIST, '').map((f) => `/${relative(DIST, f)}`)).toContain(worker);
    const policies = headersFor(worker, 'content-security-policy');
    expect(policies).toHaveLength(1);
    expect(policies[0]).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    const others = rules.filter((r) => r.path !== worker && r.headers.get('content-security-policy')?.includes('wasm-unsafe-eval'));
    expect(others).toEqual([]);
  });
  it('says nosniff and a referrer policy for every file, and caches hashed files for a year', () => {
    for (const path of ['/', '/zh/report/findings/', '/_astro/x.js', '/pagefind/pagefind.js']) {
      expect(headersFor(path, 'x-content-type-options')).toEqual(['nosniff']);
      expect(headersFor(path, 'referrer-policy')).toHaveLength(1);
    }
    const hashed = listFiles(join(DIST, '_astro'), '').map((f) => `/_astro/${relative(join(DIST, '_astro'), f)}`);
    expect(hashed.length).toBeGreaterThan(5);
    for (const path of hashed) expect(headersFor(path, 'cache-control'), path).toEqual(['public, max-age=31536000, immutable']);
    expect(headersFor('/zh/', 'cache-control')).toEqual([]);
  });
  it('never lets a cache keep the service worker or the offline manifests, and gives the worker a policy of its own', () => {
    expect(listFiles(DIST, '').map((f) => `/${relative(DIST, f)}`)).toContain('/sw.js');
    expect(headersFor('/sw.js', 'cache-control')).toEqual(['no-cache']);
    expect(headersFor('/_offline/manifest.json', 'cache-control')).toEqual(['no-cache']);
    expect(headersFor('/_offline/summary.json', 'cache-control')).toEqual(['no-cache']);
    const policies = headersFor('/sw.js', 'content-security-policy');
    expect(policies).toHaveLength(1);
    expect(policies[0]).toMatch(/^default-src 'self'; script-src 'self'; connect-src 'self'/);
    expect(policies[0]).not.toMatch(/unsafe/);
  });
  it('is copied into the built site', () => {
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(readFileSync(join(ROOT, 'public/_headers'), 'utf8'));
  });
});
