/**
 * The offline copy's files in the build: the manifest lists every built file of the copy once, with its
 * real size and hash; the summary adds them up; the worker precaches only the "not saved" pages and what
 * they load; the update notice is a file of its own; the control is on About and every context page,
 * hidden without JavaScript.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileUrl } from '../../src/build/offline.ts';
import { isExcluded, summarise, type OfflineManifest, type OfflineSummary } from '../../src/lib/offline.ts';
import { DIST, builtPages, listFiles } from '../helpers/dist.ts';

const manifest = JSON.parse(readFileSync(join(DIST, '_offline/manifest.json'), 'utf8')) as OfflineManifest;
const summary = JSON.parse(readFileSync(join(DIST, '_offline/summary.json'), 'utf8')) as OfflineSummary;
const listed = Object.values(manifest.groups).flat();

describe('offline manifest', () => {
  it('lists every file of the built site once, but the host’s and the worker’s own', () => {
    const built = listFiles(DIST, '')
      .map((f) => relative(DIST, f).split('\\').join('/'))
      .filter((p) => !isExcluded(p));
    expect(listed.map((f) => f.url).sort()).toEqual(built.map((p) => fileUrl('/', p)).sort());
    expect(new Set(listed.map((f) => f.url)).size).toBe(listed.length);
  });
  it('gives each file its size and SHA-256', () => {
    for (const f of listed) {
      const path = join(DIST, f.url.endsWith('/') ? `${f.url}index.html` : f.url);
      const bytes = readFileSync(path);
      expect(f.size, f.url).toBe(bytes.length);
      expect(f.integrity, f.url).toBe(`sha256-${createHash('sha256').update(bytes).digest('base64')}`);
    }
  });
  it('keeps languages and PDFs apart', () => {
    expect(manifest.groups.zh.every((f) => /^\/(zh\/|pagefind\/|_search\/|print\/)/.test(f.url))).toBe(true);
    expect(manifest.groups.en.every((f) => /^\/(en\/|pagefind\/|_search\/|print\/)/.test(f.url))).toBe(true);
    expect(manifest.groups['pdf-en'].every((f) => f.url.startsWith('/pdf/en/'))).toBe(true);
    expect(manifest.groups.shared.some((f) => f.url.startsWith('/pdf/'))).toBe(false);
    // Each language has its search index, and the "not saved" page.
    for (const lang of ['zh', 'en'] as const) {
      expect(manifest.groups[lang].filter((f) => f.url.startsWith('/pagefind/fragment/')).length).toBeGreaterThan(100);
      expect(manifest.groups[lang].map((f) => f.url)).toContain(`/${lang}/offline/`);
    }
  });
  it('is summed up in the summary, for the same build', () => {
    expect(summary).toEqual(summarise(manifest));
    expect(summary.build).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('service worker', () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  it('precaches only the "not saved" pages and what they load: the first visit costs what it did', () => {
    const precached = [...sw.matchAll(/\{"revision":"[0-9a-f]+","url":"([^"]+)"\}|\{url:"([^"]+)",revision:"[0-9a-f]+"\}/g)].map((m) => m[1] ?? m[2]);
    expect(precached).toContain('/zh/offline/');
    expect(precached).toContain('/en/offline/');
    expect(precached.filter((u) => !u?.startsWith('/_astro/') && !u?.endsWith('/offline/'))).toEqual([]);
    const bytes = precached.reduce((sum, u) => sum + readFileSync(join(DIST, u!.endsWith('/') ? `${u}index.html` : u!)).length, 0);
    expect(bytes).toBeLessThan(40 * 1024);
  });
  it('carries this build’s name, so each build has its own cache', () => {
    expect(sw).toContain(manifest.build);
  });
});

describe('the update notice', () => {
  it('is built on its own, with its styles, and no page loads it on page load (register.ts fetches it when a new build waits)', () => {
    const script = readFileSync(join(DIST, '_offline/update.js'), 'utf8');
    const styles = readFileSync(join(DIST, '_offline/update.css'), 'utf8');
    expect(script).toContain('LNOB_BUILD');
    expect(script).toContain('_offline/update.css');
    expect(styles).toContain('.offline-update');
    expect(styles).toMatch(/@media print\{\.offline-update\{display:none\}/);
    const linking = builtPages().filter((p) => /_offline\/update\.(js|css)/.test(p.root.toString()));
    expect(linking.map((p) => p.url)).toEqual([]);
    // Every page's own script knows where to find it.
    const entry = builtPages()[0]!.root.querySelector('script[type="module"][src]')!.getAttribute('src')!;
    expect(readFileSync(join(DIST, entry), 'utf8')).toContain('_offline/update.js');
  });
});

describe('the offline control', () => {
  const pages = builtPages().filter((p) => /^\/(zh|en)\/(about|contexts\/[\w-]+)\/$/.test(p.url));
  it('is on About and every context page, in both languages', () => {
    expect(pages.length).toBe(8);
  });
  it.each(pages.map((p) => [p.url, p] as const))('%s: rendered hidden (absent without JavaScript), with its labels in the page’s language', (_, page) => {
    const control = page.root.querySelectorAll('[data-offline]');
    expect(control).toHaveLength(1);
    expect(control[0]!.hasAttribute('hidden')).toBe(true);
    const strings = JSON.parse(control[0]!.querySelector('[data-offline-strings]')!.text) as Record<string, unknown>;
    expect(Object.keys(strings).every((k) => k.startsWith('offline.'))).toBe(true);
    expect(control[0]!.querySelector('progress')?.getAttribute('id')).toBe('offline-progress-bar');
    expect(control[0]!.querySelector('label[for="offline-progress-bar"]')).not.toBeNull();
  });
  it('is on no other page', () => {
    const withControl = new Set(pages.map((p) => p.url));
    const others = builtPages().filter((p) => !withControl.has(p.url) && p.root.querySelector('[data-offline]'));
    expect(others.map((p) => p.url)).toEqual([]);
  });
});
