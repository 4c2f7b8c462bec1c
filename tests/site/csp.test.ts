/**
 * A strict Content-Security-Policy on every page: a <meta> policy with no 'unsafe-inline', every
 * inline script and style allowed by its hash, no style="" attributes, and no resource from
 * another origin. No page needs 'wasm-unsafe-eval': search runs in Pagefind's worker.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';

const pages = builtPages();

function policy(html: string): Map<string, string[]> {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? '';
  return new Map(
    meta
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name ?? '', values]),
  );
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe.each(pages.map((p) => [p.url, p] as const))('CSP of %s', (_, page) => {
  const csp = policy(page.html);
  it('has a policy that defaults to self and allows no unsafe-inline or eval', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    const all = [...csp.values()].flat();
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
    // Search runs Pagefind's WebAssembly in its Web Worker, so no page needs 'wasm-unsafe-eval'.
    expect(all).not.toContain("'wasm-unsafe-eval'");
  });
  it('comes first in <head>, right after the character encoding, before any style sheet or script', () => {
    const head = page.root
      .querySelector('head')!
      .childNodes.filter((n) => n.nodeType === 1)
      .map((n) => n.toString().slice(0, 60));
    expect(head[0]).toMatch(/^<meta charset="utf-8"/);
    expect(head[1]).toMatch(/^<meta http-equiv="content-security-policy"/);
  });
  it('allows each inline script and style by its hash', () => {
    // Data blocks (type="application/json") are never executed, so the policy does not apply to them.
    for (const [, attrs, body] of page.html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/type="application\/json"/.test(attrs ?? '')) {
        expect(() => JSON.parse(body ?? '')).not.toThrow();
        continue;
      }
      expect(csp.get('script-src')).toContain(sha256(body ?? ''));
    }
    for (const [, body] of page.html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
      expect(csp.get('style-src')).toContain(sha256(body ?? ''));
    }
  });
  it('has no style="" attributes and no inline event handlers', () => {
    expect(page.root.querySelectorAll('[style]')).toHaveLength(0);
    const handlers = page.root.querySelectorAll('*').filter((e) => Object.keys(e.attributes).some((a) => /^on/i.test(a)));
    expect(handlers).toHaveLength(0);
  });
  it('loads nothing from another origin', () => {
    const sources = [
      ...page.root.querySelectorAll('script[src], img[src], iframe[src], source[src]').map((e) => e.getAttribute('src') ?? ''),
      ...page.root
        .querySelectorAll('link[href]')
        .filter((e) => e.getAttribute('rel') !== 'canonical')
        .map((e) => e.getAttribute('href') ?? ''),
    ];
    for (const src of sources) expect(src).not.toMatch(/^(https?:)?\/\//);
  });
});
