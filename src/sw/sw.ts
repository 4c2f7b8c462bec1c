/**
 * The hub's service worker, built by src/build/offline.ts (esbuild, then workbox-build's injectManifest)
 * into `sw.js` at the base path. It precaches only the two "not saved" pages (a few KB), so a first
 * visit costs what it did; pages, styles and scripts are cached as they are read, into this build's own
 * cache (`lnob-hub-{build}`), which a newer build never writes to. The whole hub is saved only by the
 * reader's choice (src/client/offline/save.ts writes into the same cache).
 *
 * When a newer build installs while a saved copy exists, it brings the copy over before it waits:
 * files whose bytes are unchanged (SHA-256 against the new manifest) are copied, the others fetched;
 * if any fails, the new build's cache is dropped and the old copy stays whole. Once it takes over, the
 * old build's cache is deleted: a reader never gets pages of two builds from the saved copy. Without a
 * saved copy, the pages read before are brought over where the new build has the same bytes.
 */
import { clientsClaim } from 'workbox-core';
import { matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types';
import {
  CACHE_PREFIX,
  cacheName,
  filesFor,
  integrities,
  integrityOf,
  jsonResponse,
  manifestPath,
  langOfPath,
  offlinePagePath,
  savedKey,
  savedManifestKey,
  type OfflineLang,
  type OfflineManifest,
  type SavedRecord,
  type UpdateNotice,
  type UpdateWords,
} from '../lib/offline.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };
/** Set by src/build/offline.ts at build time. */
declare const __LNOB_BUILD__: {
  build: string;
  version: string;
  date: string;
  base: string;
  strings: Record<OfflineLang, UpdateWords>;
  /** Each built module's static imports (site paths), read by the build with es-module-lexer (src/build/offline.ts). */
  imports: Record<string, string[]>;
};

const { build, version, date, base, strings, imports } = __LNOB_BUILD__;
const CACHE = cacheName(build);

precacheAndRoute(self.__WB_MANIFEST);

/** Whether a request is for a file of the site (not the worker, not its manifests). */
const ownFile = (url: URL) =>
  url.origin === self.location.origin && url.pathname.startsWith(base) && url.pathname !== `${base}sw.js` && !url.pathname.startsWith(`${base}_offline/`);

/** The query never names another file (`/en/search/?q=…` is the search page): one cache entry per file. */
const withoutQuery: WorkboxPlugin = {
  cacheKeyWillBeUsed: async ({ request }) => {
    const url = new URL(request.url);
    url.search = '';
    url.hash = '';
    return url.href;
  },
};

const sha256 = async (response: Response) => integrityOf(await response.arrayBuffer());
const json = jsonResponse;
const hasSavedCopy = async () => Boolean(await (await caches.open(CACHE)).match(savedKey(base)));

/** The files of the build a complete save was made from (address → SHA-256), or undefined without one. */
async function savedFiles(): Promise<Map<string, string> | undefined> {
  const hit = await (await caches.open(CACHE)).match(savedManifestKey(base));
  if (!hit) return undefined;
  const manifest = (await hit.json()) as OfflineManifest;
  return integrities(manifest);
}

/**
 * Once a copy is saved, only files of its build go into it: a file the network gives from a newer build
 * (published while this worker still serves) is passed to the page but never stored beside the old ones.
 */
const sameBuild: WorkboxPlugin = {
  cacheWillUpdate: async ({ request, response }) => {
    if (response.status !== 200) return null;
    const files = await savedFiles();
    if (!files) return response;
    const want = files.get(new URL(request.url).pathname);
    return want !== undefined && (await sha256(response.clone())) === want ? response : null;
  },
};

const fromCache = new CacheFirst({ cacheName: CACHE, plugins: [withoutQuery, sameBuild] });
const fromNetwork = new NetworkFirst({ cacheName: CACHE, plugins: [withoutQuery, sameBuild] });
// Files whose names carry a hash of their content never change: the cached copy is the file.
registerRoute(({ url }) => ownFile(url) && url.pathname.startsWith(`${base}_astro/`), fromCache);
// Without a saved copy: from the network while there is one (a reader online gets the current build),
// else from the pages read before. With a saved copy: from it, so that the reader reads one build, and
// no connection is used for what is already on the device, until the reader takes the next version.
registerRoute(
  ({ url, request }) => ownFile(url) && request.method === 'GET',
  async (options) => ((await hasSavedCopy()) ? fromCache : fromNetwork).handle(options),
);

// A page (or a PDF) neither reachable nor saved: the page that says so, in its language first, with links
// to what is on the device.
setCatchHandler(async ({ request, url }) => {
  if (request.mode !== 'navigate' || !url) return Response.error();
  return (await matchPrecache(offlinePagePath(base, langOfPath(url.pathname, base)))) ?? Response.error();
});

/** The cache of an earlier build that holds a complete saved copy, and its record. */
async function earlierSave(): Promise<{ cache: Cache; saved: SavedRecord } | undefined> {
  for (const name of await caches.keys()) {
    if (!name.startsWith(CACHE_PREFIX) || name === CACHE) continue;
    const cache = await caches.open(name);
    const record = await cache.match(savedKey(base));
    if (record) return { cache, saved: (await record.json()) as SavedRecord };
  }
  return undefined;
}

/** The site's file list, which must be this worker's build. */
async function currentManifest(): Promise<OfflineManifest> {
  const manifest = (await (await fetch(manifestPath(base), { cache: 'no-store' })).json()) as OfflineManifest;
  if (manifest.build !== build) throw new Error(`the site's manifest is of build ${manifest.build}, this worker is ${build}`);
  return manifest;
}

/**
 * Without a saved copy, the pages read under an earlier build stay readable offline where this build has
 * them byte for byte (SHA-256 against its manifest); the others are read again when next opened.
 */
async function carryOverReadPages(): Promise<void> {
  const earlier = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE);
  if (earlier.length === 0) return;
  const manifest = await currentManifest().catch(() => undefined);
  if (!manifest) return;
  const wanted = integrities(manifest);
  const cache = await caches.open(CACHE);
  for (const name of earlier) {
    const old = await caches.open(name);
    for (const request of await old.keys()) {
      const want = wanted.get(new URL(request.url).pathname);
      const response = want === undefined ? undefined : await old.match(request);
      if (response && (await sha256(response.clone())) === want) await cache.put(request, response);
    }
  }
}

/** A newer build brings a saved copy over before it waits (see the top of this file), or else the pages read before. */
async function carryOverSavedCopy(): Promise<void> {
  const earlier = await earlierSave();
  // Never a reason to refuse the new build: at worst the pages read before are read again.
  if (!earlier) return carryOverReadPages().catch(() => undefined);
  try {
    const manifest = await currentManifest();
    const cache = await caches.open(CACHE);
    const files = filesFor(manifest, earlier.saved);
    let bytes = 0;
    for (const file of files) {
      const old = await earlier.cache.match(file.url);
      if (old && (await sha256(old.clone())) === file.integrity) {
        await cache.put(file.url, old);
      } else {
        const fresh = await fetch(file.url, { cache: 'no-cache', integrity: file.integrity });
        if (!fresh.ok) throw new Error(`${file.url}: ${fresh.status}`);
        await cache.put(file.url, fresh);
      }
      bytes += file.size;
    }
    const saved: SavedRecord = { ...earlier.saved, build, files: files.length, bytes };
    await cache.put(savedManifestKey(base), json(manifest));
    await cache.put(savedKey(base), json(saved));
  } catch (error) {
    // Never half a copy: drop what this build wrote; the earlier build keeps serving its own, whole.
    await caches.delete(CACHE);
    throw error;
  }
}

self.addEventListener('install', (event) => event.waitUntil(carryOverSavedCopy()));

/** Stores a file of the site (unless already there) and what it loads: a page's styles and scripts, a script's static imports. */
async function cacheWithDependencies(cache: Cache, href: string, seen: Set<string>): Promise<void> {
  if (seen.has(href) || !ownFile(new URL(href))) return;
  seen.add(href);
  const response = (await cache.match(href)) ?? (await fetch(href));
  if (!response.ok) return;
  const path = new URL(href).pathname;
  const isModule = /\.m?js$/.test(path);
  const text = isModule ? '' : await response.clone().text();
  if (!(await cache.match(href))) await cache.put(href, response);
  const used = isModule
    ? (imports[path] ?? [])
    : [...text.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]*href|script[^>]+src)="([^"]+)"/g)].map((m) => m[1] ?? '');
  for (const dependency of used) await cacheWithDependencies(cache, new URL(dependency, href).href, seen);
}

/** The pages open when the worker first takes over were loaded before it: cache them and what they use. */
async function cacheOpenPages(): Promise<void> {
  const cache = await caches.open(CACHE);
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
    const url = new URL(client.url);
    url.search = '';
    url.hash = '';
    // Offline at that moment: the page is cached the next time it is read.
    await cacheWithDependencies(cache, url.href, new Set()).catch(() => undefined);
  }
}

self.addEventListener('activate', (event) =>
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
      await cacheOpenPages();
    })(),
  ),
);
clientsClaim();

self.addEventListener('message', (event) => {
  const type = (event.data as { type?: string } | null)?.type;
  if (type === 'SKIP_WAITING') void self.skipWaiting();
  if (type === 'LNOB_BUILD') {
    const port = event.ports[0];
    event.waitUntil(
      (async () => {
        const notice: UpdateNotice = { build, version, date, cache: CACHE, saved: await hasSavedCopy(), strings };
        port?.postMessage(notice);
      })(),
    );
  }
});
