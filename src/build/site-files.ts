/**
 * The built site as files, for a browser whose requests are answered from disk (page.route): which file
 * answers a path under the base path, and the media type it is sent with. Used to print the PDFs from
 * `dist/` at the site's public address without a server.
 */
import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/** The media type a file is served with. */
export const contentType = (path: string) => TYPES[extname(path)] ?? 'application/octet-stream';

/**
 * The file of `root` that answers `pathname` under `base`: `index.html` for a directory asked for
 * with its trailing slash; undefined for anything missing or outside the root.
 */
export function siteFile(root: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rel = normalize(decodeURIComponent(pathname.slice(base.length - 1)));
  const path = join(root, rel);
  if (!path.startsWith(root)) return undefined;
  if (existsSync(path) && statSync(path).isDirectory()) {
    const index = join(path, 'index.html');
    return existsSync(index) && pathname.endsWith('/') ? index : undefined;
  }
  return existsSync(path) ? path : undefined;
}
