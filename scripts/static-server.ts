/**
 * A small static file server for the built site (`dist/`), used by `npm start` and the browser
 * tests. Serves `index.html` for directories, `404.html` for anything missing, honours BASE.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

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

export interface StaticServer {
  server: Server;
  origin: string;
  close: () => Promise<void>;
}

export function startStaticServer(options: { root: string; port?: number; host?: string; base?: string }): Promise<StaticServer> {
  const root = resolve(options.root);
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const host = options.host ?? '127.0.0.1';

  const fileFor = (pathname: string) => siteFile(root, base, pathname);

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file: string | undefined;
    try {
      file = fileFor(url.pathname);
    } catch {
      file = undefined;
    }
    if (!file && existsSync(join(root, url.pathname.slice(base.length - 1))) && !url.pathname.endsWith('/')) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    const status = file ? 200 : 404;
    const path = file ?? join(root, '404.html');
    res.writeHead(status, {
      'content-type': contentType(path),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
    if (req.method === 'HEAD' || !existsSync(path)) res.end();
    else createReadStream(path).pipe(res);
  });

  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({
        server,
        origin: `http://${host}:${port}`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}
