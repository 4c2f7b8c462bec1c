/** Reads the built site (`dist/`) for the checks that run after the build. */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { ROOT } from './content.ts';

/**
 * The built site the checks read: `dist/`, or the folder named by `DIST_DIR` (or else `OUT_DIR`, as the
 * build reads it), relative to the project or absolute, to check a copy built elsewhere.
 */
export const DIST = resolve(ROOT, process.env['DIST_DIR'] || process.env['OUT_DIR'] || 'dist');

export { listFilesDeep as listFiles } from '../../src/build/files.ts';
import { listFilesDeep as listFiles } from '../../src/build/files.ts';

export interface BuiltPage {
  /** URL path, e.g. `/zh/report/findings/`. */
  url: string;
  file: string;
  html: string;
  root: HTMLElement;
}

/** Each built folder is read and parsed once per test file (the pages are not changed by the tests). */
const parsed = new Map<string, BuiltPage[]>();

export function builtPages(dist = DIST): BuiltPage[] {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no index.html: build the site first (npm run build)`);
  const known = parsed.get(dist);
  if (known) return known;
  const pages = listFiles(dist, '.html').map((file) => {
    const rel = `/${relative(dist, file).split('\\').join('/')}`;
    const url = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    const html = readFileSync(file, 'utf8');
    return { url, file, html, root: parse(html) };
  });
  parsed.set(dist, pages);
  return pages;
}

/** Pages a reader reads (not redirects, not the 404). */
export function readingPages(pages: BuiltPage[]): BuiltPage[] {
  return pages.filter((p) => !p.url.includes('/p/') && p.url !== '/404.html');
}

import type { PageForLinks } from '../../src/lib/link-check.ts';

/** What the link check needs of each built page. */
export function pagesForLinks(dist: string, base: string): { pages: PageForLinks[]; files: Set<string> } {
  const prefix = base.replace(/\/$/, '');
  const pages = builtPages(dist).map((p) => {
    const ids = new Set(p.root.querySelectorAll('[id]').map((e) => e.getAttribute('id') ?? ''));
    const links: PageForLinks['links'] = [];
    for (const [selector, attr] of [
      ['a[href]', 'href'],
      ['link[href]', 'href'],
      ['script[src]', 'src'],
      ['img[src]', 'src'],
      ['form[action]', 'action'],
    ] as const) {
      for (const e of p.root.querySelectorAll(selector)) {
        links.push({ tag: e.tagName.toLowerCase(), attr, value: e.getAttribute(attr) ?? '', hreflang: e.getAttribute('hreflang') });
      }
    }
    const refresh = p.root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
    const url = refresh ? /url=(.+)$/.exec(refresh)?.[1] : undefined;
    if (url) links.push({ tag: 'meta', attr: 'content', value: url });
    return { url: `${prefix}${p.url}`, ids, links };
  });
  const files = new Set(
    listFiles(dist, '')
      .filter((f) => !f.endsWith('.html'))
      .map((f) => `${prefix}/${relative(dist, f).split('\\').join('/')}`),
  );
  return { pages, files };
}
