/**
 * The offline copy's vocabulary, shared by the build (src/build/offline.ts), the service worker
 * (src/sw/sw.ts) and the page's "Save" control (src/client/offline/): which group each built file
 * belongs to, the manifest the build writes, and which files a reader's choice covers.
 */

import { localeCodes, type Locale } from './locales.ts';

/** Files every saved copy needs (scripts, styles, the search engine), the files of each language, and each language's PDFs. */
export const OFFLINE_GROUPS = ['shared', ...localeCodes, ...localeCodes.map((code) => `pdf-${code}` as const)] as const;
export type OfflineLang = Locale;
export type OfflineGroup = 'shared' | OfflineLang | `pdf-${OfflineLang}`;

/** One file of the build: its address (with the base path), its size in bytes, its SHA-256 (an SRI string). */
export interface OfflineFile {
  url: string;
  size: number;
  integrity: string;
}

interface BuildStamp {
  /** A hash of the whole file list: each build that changes a file has a new one. */
  build: string;
  version: string;
  /** YYYY-MM-DD */
  date: string;
}

/** `_offline/manifest.json`: every file a saved copy may hold, by group. Fetched only when the reader saves. */
export interface OfflineManifest extends BuildStamp {
  groups: Record<OfflineGroup, OfflineFile[]>;
}

/** `_offline/summary.json`: the counts and sizes of each group (a few hundred bytes), for the control's labels. */
export interface OfflineSummary extends BuildStamp {
  groups: Record<OfflineGroup, { files: number; bytes: number }>;
}

/** What the reader chose to save. */
export interface OfflineChoice {
  langs: OfflineLang[];
  pdfs: boolean;
}

/** The record a complete save leaves in its cache: the choice and what it came to. */
export interface SavedRecord extends OfflineChoice {
  build: string;
  files: number;
  bytes: number;
}

/** The words of the update notice, compiled into the worker so that a new build announces itself in its own words. */
export interface UpdateWords {
  update: string;
  updateSaved: string;
  updateNow: string;
  /** The notice's name as a landmark. */
  updateLabel: string;
}

/** A worker's answer to `{ type: 'LNOB_BUILD' }`. */
export interface UpdateNotice {
  build: string;
  version: string;
  date: string;
  /** This build's cache. */
  cache: string;
  /** Whether that cache holds a complete saved copy. */
  saved: boolean;
  strings: Record<OfflineLang, UpdateWords>;
}

/** Every cache of the hub starts with this; a build's cache is `lnob-hub-{build}`, so two builds never share one. */
export const CACHE_PREFIX = 'lnob-hub-';
export const cacheName = (build: string) => `${CACHE_PREFIX}${build}`;
/** The key, under the base path, of the record of a complete save (never a file of the site: `_offline/` holds no such file). */
export const savedKey = (base: string) => `${base}_offline/saved`;
/** The key of the manifest a complete save was made from: the worker keeps only files of that build in the copy. */
export const savedManifestKey = (base: string) => `${base}_offline/files`;
/** Keys of the copy's own bookkeeping (never files of the site). */
export const isBookkeeping = (url: string) => /\/_offline\/(saved|files)$/.test(url);
export const manifestPath = (base: string) => `${base}_offline/manifest.json`;
export const summaryPath = (base: string) => `${base}_offline/summary.json`;
export const offlinePagePath = (base: string, lang: OfflineLang) => `${base}${lang}/offline/`;

/** The SRI string of a file's bytes (`sha256-…`), as the manifest gives it; Web Crypto, in a page or a worker alike. */
export async function integrityOf(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return `sha256-${btoa(String.fromCharCode(...digest))}`;
}

/** A small JSON response, for the copy's records. */
export const jsonResponse = (value: unknown) => new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });

/** Built files that are never part of a saved copy (globs under the site's folder): host configuration, the worker itself, its manifests. */
export const NEVER_SAVED = ['_headers', 'sw.js', '_offline/**'] as const;

/** Whether a built file (path under the site's folder) is one of NEVER_SAVED. */
export function isExcluded(path: string): boolean {
  return NEVER_SAVED.some((glob) => (glob.endsWith('/**') ? path.startsWith(glob.slice(0, -2)) : path === glob));
}

/**
 * The group of a built file, by its path relative to the site's folder (`zh/report/index.html`).
 * `fragmentLang` is the language of a Pagefind fragment, which only its content tells.
 */
export function groupOf(path: string, fragmentLang?: OfflineLang): OfflineGroup {
  const pdf = /^pdf\/(zh|en)(-en)?\//.exec(path);
  if (pdf) return pdf[1] === 'en' ? 'pdf-en' : 'pdf-zh';
  const top = /^(zh|en)\//.exec(path);
  if (top) return top[1] as OfflineLang;
  if (path.startsWith('pagefind/fragment/')) return fragmentLang ?? 'shared';
  // Pagefind's per-language files carry the language in their name; Chinese uses the "unknown" stemmer.
  const indexed = /^pagefind\/(?:(?:index|filter)\/|pagefind\.|wasm\.)(zh|en|unknown)[._]/.exec(path);
  if (indexed) return indexed[1] === 'en' ? 'en' : 'zh';
  const own = /^(?:_search\/[\w-]+-|print\/[\w-]+\.)(zh|en)\.\w+$/.exec(path);
  if (own) return own[1] as OfflineLang;
  return 'shared';
}

/** The groups a choice covers. */
export function groupsFor(choice: OfflineChoice): OfflineGroup[] {
  return ['shared', ...choice.langs, ...(choice.pdfs ? choice.langs.map((l) => `pdf-${l}` as const) : [])];
}

/** Every file of a build, address → SHA-256: what a cached response is checked against. */
export const integrities = (manifest: OfflineManifest): Map<string, string> =>
  new Map(Object.values(manifest.groups).flatMap((files) => files.map((f) => [f.url, f.integrity] as const)));

/** The files of a choice, in a stable order. */
export const filesFor = (manifest: OfflineManifest, choice: OfflineChoice): OfflineFile[] => groupsFor(choice).flatMap((g) => manifest.groups[g]);

/** Files and bytes a choice downloads, from the summary. */
export function choiceTotal(summary: OfflineSummary, choice: OfflineChoice): { files: number; bytes: number } {
  return groupsFor(choice).reduce((sum, g) => ({ files: sum.files + summary.groups[g].files, bytes: sum.bytes + summary.groups[g].bytes }), {
    files: 0,
    bytes: 0,
  });
}

/** Two choices together (a reader who saved English, then Chinese, has both). */
export function mergeChoices(a: OfflineChoice | undefined, b: OfflineChoice): OfflineChoice {
  const langs = localeCodes.filter((l) => a?.langs.includes(l) || b.langs.includes(l));
  return { langs, pdfs: (a?.pdfs ?? false) || b.pdfs };
}

/** Whether what is saved already holds everything a choice asks for (then there is nothing to save). */
export function covers(saved: OfflineChoice | undefined, choice: OfflineChoice): boolean {
  return saved !== undefined && choice.langs.every((l) => saved.langs.includes(l)) && (!choice.pdfs || saved.pdfs);
}

/** The summary of a manifest. */
export function summarise(manifest: OfflineManifest): OfflineSummary {
  const groups = Object.fromEntries(
    Object.entries(manifest.groups).map(([g, files]) => [g, { files: files.length, bytes: files.reduce((s, f) => s + f.size, 0) }]),
  ) as OfflineSummary['groups'];
  return { build: manifest.build, version: manifest.version, date: manifest.date, groups };
}

/** A path of the site relative to its base (`/lnob/en/about/` → `en/about/`). */
const relativeTo = (pathname: string, base: string) => (pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, ''));

/**
 * The language of a file of the site by its path: `en/…` and the English PDFs (`pdf/en/…`) are English,
 * the rest Chinese, the source language. The "not saved" page a reader gets offline is in this language.
 */
export function langOfPath(pathname: string, base: string): OfflineLang {
  return /^(pdf\/)?en\//.test(relativeTo(pathname, base)) ? 'en' : 'zh';
}

/**
 * The language of a page worth naming on the "not saved" page: an HTML page of one language, not the
 * "not saved" pages themselves nor a paragraph permalink (a page that only leads to another); else undefined.
 */
export function listedPageLang(pathname: string, base: string): OfflineLang | undefined {
  const m = /^(zh|en)\/(.*)$/.exec(relativeTo(pathname, base));
  if (!m) return undefined;
  const rest = m[2] ?? '';
  if (!(rest === '' || rest.endsWith('/') || rest.endsWith('.html'))) return undefined;
  if (/^(offline|p\/\d+)\/$/.test(rest)) return undefined;
  return m[1] as OfflineLang;
}

/** A page found on the device: its address, language, title (read from the cached copy) and when it was stored. */
export interface PageOnDevice {
  href: string;
  lang: OfflineLang;
  title: string;
  /** Milliseconds since 1970: the cached response's Date, else 0. */
  time: number;
}

/**
 * The pages on the device by language, the page's own language first, each newest first (a page in
 * several caches once, at its newest). `pages` come in the order they were stored, so of two stored in
 * the same second (a Date has no finer grain) the later comes first. Languages with none are left out.
 */
export function pagesByLanguage(pages: readonly PageOnDevice[], first: OfflineLang): { lang: OfflineLang; pages: PageOnDevice[] }[] {
  const newest = new Map<string, PageOnDevice>();
  for (const p of pages) {
    const seen = newest.get(p.href);
    if (!seen || p.time > seen.time) newest.set(p.href, p);
  }
  const langs: OfflineLang[] = first === 'zh' ? ['zh', 'en'] : ['en', 'zh'];
  return langs
    .map((lang) => ({
      lang,
      pages: [...newest.values()]
        .filter((p) => p.lang === lang)
        .reverse()
        .sort((a, b) => b.time - a.time),
    }))
    .filter((g) => g.pages.length > 0);
}
