/**
 * Saving the whole hub into the current build's cache, on the reader's choice, and removing it.
 * Every file is fetched with its SHA-256 (`integrity`), so a file of another build is refused rather
 * than mixed in; only when every file is in does the save leave its record (`_offline/saved`, beside
 * the file list it was made from, `_offline/files`, which the worker keeps the copy to), and a
 * cancelled or failed save deletes what it added: a half copy is never presented as complete.
 */
import {
  CACHE_PREFIX,
  cacheName,
  filesFor,
  integrityOf,
  isBookkeeping,
  jsonResponse,
  manifestPath,
  mergeChoices,
  savedKey,
  savedManifestKey,
  type OfflineChoice,
  type OfflineManifest,
  type SavedRecord,
} from '../../lib/offline';

/** The site has a newer build than the worker that serves this page. */
export class StaleBuild extends Error {}

const PARALLEL = 4;

const sha256 = async (response: Response) => integrityOf(await response.arrayBuffer());

/** The complete save recorded in a build's cache, if any. */
export async function savedRecord(build: string, base: string): Promise<SavedRecord | undefined> {
  const record = await (await caches.open(cacheName(build))).match(savedKey(base));
  return record ? ((await record.json()) as SavedRecord) : undefined;
}

/** Bytes held by the hub's caches (the bodies of their files, not the copy's bookkeeping), measured. */
export async function storedBytes(): Promise<number> {
  let bytes = 0;
  for (const name of await caches.keys()) {
    if (!name.startsWith(CACHE_PREFIX)) continue;
    const cache = await caches.open(name);
    const requests = (await cache.keys()).filter((r) => !isBookkeeping(r.url));
    const sizes = await Promise.all(requests.map(async (r) => (await (await cache.match(r))?.blob())?.size ?? 0));
    bytes += sizes.reduce((a, b) => a + b, 0);
  }
  return bytes;
}

export interface SaveOptions {
  base: string;
  build: string;
  choice: OfflineChoice;
  signal: AbortSignal;
  onProgress: (done: number, total: number) => void;
}

export async function saveHub({ base, build, choice, signal, onProgress }: SaveOptions): Promise<SavedRecord> {
  const manifest = (await (await fetch(manifestPath(base), { cache: 'no-store', signal })).json()) as OfflineManifest;
  if (manifest.build !== build) throw new StaleBuild(manifest.build);
  const cache = await caches.open(cacheName(build));
  const wanted = mergeChoices(await savedRecord(build, base), choice);
  const files = filesFor(manifest, wanted);
  const added: string[] = [];
  const stop = new AbortController();
  const abort = () => stop.abort();
  signal.addEventListener('abort', abort);
  let next = 0;
  let done = 0;
  onProgress(0, files.length);
  const worker = async () => {
    while (next < files.length && !stop.signal.aborted) {
      const file = files[next++]!;
      const had = await cache.match(file.url);
      // A file already here with the right bytes (a page read earlier) is not downloaded again.
      if (!had || (await sha256(had)) !== file.integrity) {
        const response = await fetch(file.url, { cache: 'no-cache', integrity: file.integrity, signal: stop.signal });
        if (!response.ok) throw new Error(`${file.url}: HTTP ${response.status}`);
        await cache.put(file.url, response);
        if (!had) added.push(file.url);
      }
      done += 1;
      onProgress(done, files.length);
    }
  };
  const results = await Promise.allSettled(Array.from({ length: PARALLEL }, () => worker().catch((error: unknown) => (stop.abort(), Promise.reject(error)))));
  signal.removeEventListener('abort', abort);
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed || signal.aborted) {
    for (const url of added) await cache.delete(url);
    throw signal.aborted ? new DOMException('cancelled', 'AbortError') : failed?.reason;
  }
  const record: SavedRecord = { ...wanted, build, files: files.length, bytes: files.reduce((s, f) => s + f.size, 0) };
  const json = jsonResponse;
  // The file list first, then the record that makes the copy complete.
  await cache.put(savedManifestKey(base), json(manifest));
  await cache.put(savedKey(base), json(record));
  return record;
}

/** Deletes every cache of the hub (saved and read pages alike); returns the bytes freed. */
export async function removeHub(): Promise<number> {
  const bytes = await storedBytes();
  for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX)) await caches.delete(name);
  return bytes;
}
