import { describe, expect, it } from 'vitest';
import { cspHash, tidyCsp } from '../../src/lib/csp.ts';

const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('tidyCsp', () => {
  const used = 'console.log(1)';
  const policy = `default-src 'self'; script-src 'self' ${cspHash(used)} ${cspHash('other()')}; style-src 'self' ${cspHash('')}`;
  it('keeps the hashes of the inline scripts the page has and drops the rest', () => {
    const out = tidyCsp(page(policy, `<script type="module">${used}</script><script src="/a.js"></script>`));
    expect(out).toContain(`script-src 'self' ${cspHash(used)};`);
    expect(out).not.toContain(cspHash('other()'));
    expect(out).toContain("style-src 'self'\"");
    expect(out).toContain("default-src 'self'");
  });
  it('moves the policy to the start of <head>, after the character encoding', () => {
    const html = `<html><head><meta charset="utf-8"><title>t</title><link rel="stylesheet" media="print" href="/p.css"><meta http-equiv="content-security-policy" content="${policy}"><link rel="stylesheet" href="/a.css"></head><body></body></html>`;
    const out = tidyCsp(html);
    expect(out.indexOf('content-security-policy')).toBeLessThan(out.indexOf('<title>'));
    expect(out.indexOf('<meta charset="utf-8">')).toBeLessThan(out.indexOf('content-security-policy'));
    expect(out.match(/content-security-policy/g)).toHaveLength(1);
    expect(out).toContain('<link rel="stylesheet" media="print" href="/p.css"><link rel="stylesheet" href="/a.css">');
  });
  it('leaves a page without a policy alone', () => {
    expect(tidyCsp('<p>x</p>')).toBe('<p>x</p>');
  });
});
