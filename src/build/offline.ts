/**
 * Post-build, after the search index and the PDFs: the offline copy's files, from the folder Astro wrote.
 *  - `_offline/manifest.json`: every file a saved copy may hold, by group (src/lib/offline.ts), each with
 *    its size and SHA-256, listed by workbox-build's getManifest; the hash of the list names the build.
 *  - `_offline/summary.json`: the groups' counts and sizes, for the "Save" control's labels.
 *  - `sw.js`: src/sw/sw.ts bundled with esbuild, this build's stamp compiled in, and the precache list of
 *    the two "not saved" pages (and the styles and scripts they load) injected by workbox-build's
 *    injectManifest. Nothing else is precached: the first visit costs what it did.
 *  - `_offline/update.js` and `update.css`: the "new version" notice, which any page loads only when a
 *    newer build's worker waits (src/client/offline/register.ts).
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { build as esbuild } from 'esbuild';
import { getManifest, injectManifest, type ManifestTransform } from 'workbox-build';
import { ROOT } from '../lib/content/files.ts';
import { staticModules } from './budget.ts';
import { BROWSER_BUNDLE } from './bundle-search.ts';
import { listFilesDeep } from './files.ts';
import { staticImports } from './module-imports.ts';
import { useTranslations } from '../i18n/index.ts';
import { localeCodes } from '../lib/locales.ts';
import {
  OFFLINE_GROUPS,
  filesFor,
  groupOf,
  NEVER_SAVED,
  summarise,
  type OfflineChoice,
  type OfflineFile,
  type OfflineLang,
  type OfflineManifest,
  type UpdateWords,
} from '../lib/offline.ts';

export interface OfflineStamp {
  version: string;
  date: string;
}

/** A built file's address under `base`: `zh/about/index.html` → `/zh/about/`. */
export const fileUrl = (base: string, path: string) => `${base}${path.replace(/(^|\/)index\.html$/, '$1')}`;

/** The language of a Pagefind fragment (gzip of "pagefind_dcd" + JSON), from the address of its page. */
function fragmentLang(dist: string, path: string, base: string): OfflineLang | undefined {
  const text = gunzipSync(readFileSync(join(dist, path))).toString('utf8');
  const url = /"url":"([^"]*)"/.exec(text)?.[1] ?? '';
  const lang = /^(zh|en)\//.exec(url.slice(base.length))?.[1];
  return lang as OfflineLang | undefined;
}

/** Every file of the built site that a saved copy may hold, by group, with sizes and hashes. */
export async function offlineManifest(dist: string, base: string, stamp: OfflineStamp): Promise<OfflineManifest> {
  const withHash: ManifestTransform = async (entries) => ({
    manifest: entries.map((e) => ({
      ...e,
      integrity: `sha256-${createHash('sha256')
        .update(readFileSync(join(dist, e.url)))
        .digest('base64')}`,
    })),
    warnings: [],
  });
  const { manifestEntries, warnings } = await getManifest({
    globDirectory: dist,
    globPatterns: ['**/*'],
    globIgnores: [...NEVER_SAVED],
    maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
    manifestTransforms: [withHash],
  });
  if (warnings.length) throw new Error(`offline: ${warnings.join('; ')}`);
  const groups = Object.fromEntries(OFFLINE_GROUPS.map((g) => [g, [] as OfflineFile[]])) as OfflineManifest['groups'];
  for (const entry of manifestEntries ?? []) {
    const path = entry.url;
    const lang = path.startsWith('pagefind/fragment/') ? fragmentLang(dist, path, base) : undefined;
    const file: OfflineFile = { url: fileUrl(base, path), size: readFileSync(join(dist, path)).length, integrity: entry.integrity ?? '' };
    groups[groupOf(path, lang)].push(file);
  }
  for (const files of Object.values(groups)) files.sort((a, b) => a.url.localeCompare(b.url));
  const build = createHash('sha256').update(JSON.stringify(groups)).digest('hex').slice(0, 12);
  return { build, version: stamp.version, date: stamp.date, groups };
}

/** What the "not saved" pages load (styles, scripts and the modules these import), so that they work with no connection. */
function offlinePageFiles(dist: string, base: string): string[] {
  const files = new Set<string>();
  const prefix = base.replace(/\/$/, '');
  for (const lang of localeCodes) {
    const page = `${lang}/offline/index.html`;
    files.add(page);
    const html = readFileSync(join(dist, page), 'utf8');
    for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) files.add((m[1] ?? '').slice(base.length));
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? '');
    for (const href of staticModules(dist, prefix, scripts)) files.add(href.slice(base.length));
  }
  return [...files];
}

/** Each built module's static imports, by site path (base included), for the worker: what a page's scripts load with them. */
function moduleImports(dist: string, base: string): Record<string, string[]> {
  const imports: Record<string, string[]> = {};
  for (const file of listFilesDeep(dist, '.js').filter((f) => f.startsWith(join(dist, '_astro')))) {
    const path = `${base}${file.slice(dist.length + 1)}`;
    const used = staticImports(readFileSync(file, 'utf8')).map((specifier) => new URL(specifier, `http://x${path}`).pathname);
    if (used.length > 0) imports[path] = used;
  }
  return imports;
}

/** The update notice's words in both languages, for the worker (src/lib/offline.ts, UpdateWords). */
function updateWords(): Record<OfflineLang, UpdateWords> {
  const words = (lang: OfflineLang): UpdateWords => {
    const t = useTranslations(lang);
    // Placeholders stay for the page to fill.
    return {
      update: t('offline.update', { version: '{version}', date: '{date}' }),
      updateSaved: t('offline.updateSaved'),
      updateNow: t('offline.updateNow'),
      updateLabel: t('offline.updateLabel'),
    };
  };
  return { zh: words('zh'), en: words('en') };
}

/** Writes the manifests and the service worker into `dist`; returns a line for the build's log. */
export async function writeOffline(dist: string, base: string, stamp: OfflineStamp): Promise<string> {
  const manifest = await offlineManifest(dist, base, stamp);
  mkdirSync(join(dist, '_offline'), { recursive: true });
  writeFileSync(join(dist, '_offline', 'manifest.json'), JSON.stringify(manifest));
  const summary = summarise(manifest);
  writeFileSync(join(dist, '_offline', 'summary.json'), JSON.stringify(summary));

  const work = join(tmpdir(), `lnob-sw-${process.pid}-${Date.now()}`);
  mkdirSync(work, { recursive: true });
  try {
    const bundled = join(work, 'sw.js');
    await esbuild({
      entryPoints: [join(ROOT, 'src/sw/sw.ts')],
      outfile: bundled,
      format: 'iife',
      ...BROWSER_BUNDLE,
      define: {
        'process.env.NODE_ENV': '"production"',
        __LNOB_BUILD__: JSON.stringify({
          build: manifest.build,
          version: stamp.version,
          date: stamp.date,
          base,
          strings: updateWords(),
          imports: moduleImports(dist, base),
        }),
      },
    });
    // The update notice and its styles, loaded by any page only when a newer build waits (src/client/offline/register.ts).
    await esbuild({
      entryPoints: [
        { in: join(ROOT, 'src/client/offline/update.ts'), out: 'update' },
        { in: join(ROOT, 'src/styles/offline-update.css'), out: 'update' },
      ],
      outdir: join(dist, '_offline'),
      format: 'esm',
      ...BROWSER_BUNDLE,
    });
    const { count, warnings } = await injectManifest({
      swSrc: bundled,
      swDest: join(dist, 'sw.js'),
      globDirectory: dist,
      globPatterns: offlinePageFiles(dist, base),
      modifyURLPrefix: { '': base },
      // Hashed files change their name when they change: no revision, so the worker takes them from the
      // HTTP cache and a first visit's background download fetches nothing the page has just loaded.
      dontCacheBustURLsMatching: /\/_astro\//,
      manifestTransforms: [async (entries) => ({ manifest: entries.map((e) => ({ ...e, url: e.url.replace(/index\.html$/, '') })), warnings: [] })],
    });
    if (warnings.length) throw new Error(`offline: ${warnings.join('; ')}`);
    const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
    const g = summary.groups;
    return `offline: build ${manifest.build}; sw.js precaches ${count} files; saved copy: shared ${mb(g.shared.bytes)}, zh ${mb(g.zh.bytes)} (+ PDFs ${mb(g['pdf-zh'].bytes)}), en ${mb(g.en.bytes)} (+ PDFs ${mb(g['pdf-en'].bytes)})`;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * What "Save the whole hub" downloads, per choice (for `npm run bench`): files, the bytes stored (what
 * the control shows), and the bytes on the wire from a host that compresses text (gzip -9; PDFs and
 * WebAssembly barely shrink).
 */
export function offlineTable(dist: string, base = '/'): string {
  const manifest = JSON.parse(readFileSync(join(dist, '_offline', 'manifest.json'), 'utf8')) as OfflineManifest;
  const wire = new Map<string, number>();
  const gz = (url: string) => {
    const path = join(dist, url.slice(base.length), url.endsWith('/') ? 'index.html' : '');
    if (!wire.has(url)) wire.set(url, gzipSync(readFileSync(path), { level: 9 }).length);
    return wire.get(url) ?? 0;
  };
  const name = new Intl.DisplayNames('en', { type: 'language' });
  const choices: [string, OfflineChoice][] = [
    ...localeCodes.flatMap((code): [string, OfflineChoice][] => [
      [name.of(code) ?? code, { langs: [code], pdfs: false }],
      [`${name.of(code) ?? code} + PDFs`, { langs: [code], pdfs: true }],
    ]),
    ['both', { langs: [...localeCodes], pdfs: false }],
    ['both + PDFs', { langs: [...localeCodes], pdfs: true }],
  ];
  const mb = (n: number) => (n / 1e6).toFixed(2).padStart(7);
  const lines = ['offline copy      files  stored MB  gzip MB'];
  for (const [name, choice] of choices) {
    const files = filesFor(manifest, choice);
    const stored = files.reduce((s, f) => s + f.size, 0);
    const sent = files.reduce((s, f) => s + (f.url.endsWith('.pdf') ? f.size : gz(f.url)), 0);
    lines.push(`${name.padEnd(16)} ${String(files.length).padStart(6)}  ${mb(stored)}    ${mb(sent)}`);
  }
  return lines.join('\n');
}

if (import.meta.main) console.log(offlineTable(process.argv[2] ?? 'dist'));
