/** Where `_headers` ends up for a host that reads it: at the root of what is published, for any BASE. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publishRoot } from '../../scripts/publish-root.ts';
import { headersForBase, parseHeaders } from '../../src/lib/hosting-headers.ts';
import { ROOT } from '../helpers/content.ts';

const work = mkdtempSync(join(tmpdir(), 'lnob-publish-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A built site in miniature, with `_headers` as the build writes it for `base`. */
function built(base: string): string {
  const dist = join(work, `dist-${base.replace(/\W/g, '') || 'root'}`);
  mkdirSync(join(dist, 'en', 'about'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(dist, 'en', 'about', 'index.html'), '<!doctype html><title>about</title>');
  writeFileSync(join(dist, '_headers'), headersForBase(readFileSync(join(ROOT, 'public/_headers'), 'utf8'), base));
  return dist;
}

describe('publishRoot', () => {
  it('with BASE /, publishes dist/ itself, `_headers` at its root', () => {
    const dist = built('/');
    expect(publishRoot(dist, join(work, 'out-root'), '/')).toBe(dist);
    expect(existsSync(join(work, 'out-root'))).toBe(false);
    for (const rule of parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'))) expect(rule.path.startsWith('/lnob/')).toBe(false);
  });

  it.each(['/lnob/', '/org/lnob/'])('with BASE %s, puts the site at that path and `_headers`, its paths under BASE, at the root', (base) => {
    const out = join(work, `out${base.replace(/\//g, '-')}`);
    expect(publishRoot(built(base), out, base)).toBe(out);
    const at = join(out, ...base.split('/').filter(Boolean));
    expect(readFileSync(join(at, 'en', 'about', 'index.html'), 'utf8')).toContain('<title>about</title>');
    expect(existsSync(join(at, 'index.html'))).toBe(true);
    expect(existsSync(join(at, '_headers'))).toBe(false);
    const rules = parseHeaders(readFileSync(join(out, '_headers'), 'utf8'));
    expect(rules.length).toBeGreaterThan(5);
    for (const rule of rules) expect(rule.path.startsWith(base)).toBe(true);
    // Framing is refused where the host reads the file: the pages' policy carries frame-ancestors.
    expect(rules.find((r) => r.path === `${base}en/*`)?.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });
});
