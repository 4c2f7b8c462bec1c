/**
 * A static server for browser tests over a built site, under its base path, that a test can switch to
 * another build (a symlink), take down (every connection refused) and slow down, and ask what it served;
 * and what the offline copy holds, measured in the page.
 */
import { createReadStream, rmSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, type Browser } from '../../src/build/chromium.ts';
import { contentType, siteFile } from '../../src/build/site-files.ts';

/** A static server over a folder that can be switched (a symlink), taken down, and asked what it served. */
export interface TestServer {
  origin: string;
  served: string[];
  serve: (folder: string) => void;
  down: () => void;
  up: () => void;
  /** Each response waits this long (ms), so that a download can be cancelled midway. */
  slow: (ms: number) => void;
  close: () => Promise<void>;
}

export async function startTestServer(work: string, folder: string, base = '/'): Promise<TestServer> {
  const root = join(work, 'site');
  const serve = (target: string) => {
    rmSync(root, { force: true });
    symlinkSync(target, root);
  };
  serve(folder);
  const served: string[] = [];
  const sockets = new Set<Socket>();
  let isDown = false;
  let delay = 0;
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    served.push(url.pathname);
    if (delay) await new Promise((done) => setTimeout(done, delay));
    const file = siteFile(root, base, url.pathname);
    res.writeHead(file ? 200 : 404, { 'content-type': contentType(file ?? '404.html'), 'cache-control': 'no-cache' });
    if (file) createReadStream(file).pipe(res);
    else res.end();
  });
  server.on('connection', (socket) => {
    if (isDown) return void socket.destroy();
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    served,
    serve,
    down: () => {
      isDown = true;
      for (const s of sockets) s.destroy();
    },
    up: () => {
      isDown = false;
    },
    slow: (ms) => {
      delay = ms;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Bytes in the hub's caches, measured in the page (the saved record and file list excluded), and the caches' names. */
export const storedInPage = (page: Page) =>
  page.evaluate(async () => {
    let bytes = 0;
    const names = (await caches.keys()).filter((n) => n.startsWith('lnob-hub-'));
    for (const name of names) {
      const cache = await caches.open(name);
      for (const request of await cache.keys())
        if (!/\/_offline\/(saved|files)$/.test(request.url)) bytes += (await (await cache.match(request))!.arrayBuffer()).byteLength;
    }
    return { bytes, names };
  });

/** A test server over a built site and a Chromium reading it, which a test can cut off from it. */
export interface OfflineRig {
  server: TestServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** No connection at all (or the connection back): Playwright's offline mode, and the server refusing every connection. */
  offline: (on: boolean) => Promise<void>;
  close: () => Promise<void>;
}

export async function offlineRig(work: string, folder: string): Promise<OfflineRig> {
  const server = await startTestServer(work, folder);
  const browser = await launchChromium();
  const page = await browser.context.newPage();
  return {
    server,
    browser,
    context: browser.context,
    page,
    offline: async (on) => {
      if (on) server.down();
      else server.up();
      await browser.context.setOffline(on);
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
