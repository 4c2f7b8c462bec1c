/** The offline copy's file groups and choices (src/lib/offline.ts). */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  choiceTotal,
  covers,
  filesFor,
  groupOf,
  groupsFor,
  integrities,
  integrityOf,
  isBookkeeping,
  isExcluded,
  langOfPath,
  listedPageLang,
  mergeChoices,
  pagesByLanguage,
  summarise,
  type OfflineManifest,
} from '../../src/lib/offline.ts';

describe('groupOf', () => {
  it.each([
    ['zh/report/findings/index.html', 'zh'],
    ['en/figures/at-a-glance.csv', 'en'],
    ['en/tools/prioritise/index.html', 'en'],
    ['pdf/zh/umic.pdf', 'pdf-zh'],
    ['pdf/zh-en/evaluation.pdf', 'pdf-zh'],
    ['pdf/en/evaluation.pdf', 'pdf-en'],
    ['pagefind/index/en_1a2b3c.pf_index', 'en'],
    ['pagefind/filter/zh_32e82c5.pf_filter', 'zh'],
    ['pagefind/pagefind.en_cb4a1dbea2.pf_meta', 'en'],
    ['pagefind/wasm.en.pagefind', 'en'],
    ['pagefind/wasm.unknown.pagefind', 'zh'],
    ['pagefind/pagefind.js', 'shared'],
    ['pagefind/pagefind-worker.js', 'shared'],
    ['pagefind/pagefind-entry.json', 'shared'],
    ['_search/words-zh.json', 'zh'],
    ['_search/shortcuts-en.json', 'en'],
    ['_search/engine.js', 'shared'],
    ['_search/t2s.json', 'shared'],
    ['print/page-numbers.en.css', 'en'],
    ['_astro/Base.astro_astro_type_script_index_0_lang.D0_nUoLk.js', 'shared'],
    ['index.html', 'shared'],
    ['404.html', 'shared'],
  ])('%s → %s', (path, group) => {
    expect(groupOf(path)).toBe(group);
  });
  it('puts a Pagefind fragment in the language of its page', () => {
    expect(groupOf('pagefind/fragment/en_0a1b2c3.pf_fragment', 'zh')).toBe('zh');
    expect(groupOf('pagefind/fragment/x.pf_fragment')).toBe('shared');
  });
});

describe('what a saved copy holds', () => {
  it.each([
    ['_headers'],
    ['sw.js'],
    ['_offline/manifest.json'],
    ['_offline/summary.json'],
    ['_offline/update.js'],
    ['_offline/update.css'],
    ['_offline/saved'],
  ])('never %s', (path) => {
    expect(isExcluded(path)).toBe(true);
  });
  it.each([['pagefind/pagefind.js'], ['zh/index.html'], ['_astro/x.css'], ['zh/offline/index.html'], ['en/sw.js/index.html']])('always %s', (path) => {
    expect(isExcluded(path)).toBe(false);
  });
  it('tells its bookkeeping from files of the site', () => {
    expect(isBookkeeping('http://x/_offline/saved')).toBe(true);
    expect(isBookkeeping('http://x/lnob/_offline/files')).toBe(true);
    expect(isBookkeeping('http://x/en/offline/')).toBe(false);
  });
});

const file = (url: string, size: number) => ({ url, size, integrity: `sha256-${url}` });
const manifest: OfflineManifest = {
  build: 'b1',
  version: '1.0.0',
  date: '2026-01-01',
  groups: {
    shared: [file('/_astro/a.css', 10)],
    zh: [file('/zh/', 100), file('/zh/about/', 50)],
    en: [file('/en/', 80)],
    'pdf-zh': [file('/pdf/zh/a.pdf', 1000)],
    'pdf-en': [file('/pdf/en/a.pdf', 900)],
  },
};

describe('choices', () => {
  it.each([
    [{ langs: ['zh'], pdfs: false }, ['shared', 'zh'], 160, 3],
    [{ langs: ['en'], pdfs: true }, ['shared', 'en', 'pdf-en'], 990, 3],
    [{ langs: ['zh', 'en'], pdfs: false }, ['shared', 'zh', 'en'], 240, 4],
    [{ langs: ['zh', 'en'], pdfs: true }, ['shared', 'zh', 'en', 'pdf-zh', 'pdf-en'], 2140, 6],
  ] as const)('%j covers %j: %d bytes in %d files', (choice, groups, bytes, files) => {
    const c = { langs: [...choice.langs], pdfs: choice.pdfs };
    expect(groupsFor(c)).toEqual(groups);
    expect(choiceTotal(summarise(manifest), c)).toEqual({ bytes, files });
    expect(filesFor(manifest, c).reduce((s, f) => s + f.size, 0)).toBe(bytes);
  });
  it('knows when what is saved already holds a choice', () => {
    const saved = { langs: ['zh', 'en'] as ('zh' | 'en')[], pdfs: false };
    expect(covers(saved, { langs: ['en'], pdfs: false })).toBe(true);
    expect(covers(saved, { langs: ['zh', 'en'], pdfs: false })).toBe(true);
    expect(covers(saved, { langs: ['en'], pdfs: true })).toBe(false);
    expect(covers({ langs: ['en'], pdfs: true }, { langs: ['zh'], pdfs: false })).toBe(false);
    expect(covers({ langs: ['en'], pdfs: true }, { langs: ['en'], pdfs: true })).toBe(true);
    expect(covers(undefined, { langs: ['en'], pdfs: false })).toBe(false);
  });
  it('merges a new choice with what was saved before', () => {
    expect(mergeChoices({ langs: ['en'], pdfs: true }, { langs: ['zh'], pdfs: false })).toEqual({ langs: ['zh', 'en'], pdfs: true });
    expect(mergeChoices(undefined, { langs: ['en'], pdfs: false })).toEqual({ langs: ['en'], pdfs: false });
  });
});

describe('integrities', () => {
  it('gives every file of every group its SHA-256, by address', () => {
    const map = integrities(manifest);
    const all = Object.values(manifest.groups).flat();
    expect(map.size).toBe(all.length);
    for (const f of all) expect(map.get(f.url)).toBe(f.integrity);
    expect(map.get('/nowhere/')).toBeUndefined();
  });
});

describe('integrityOf', () => {
  it('gives the SRI string the build writes', async () => {
    const bytes = new TextEncoder().encode('离线 offline\n');
    expect(await integrityOf(bytes.buffer)).toBe(`sha256-${createHash('sha256').update(bytes).digest('base64')}`);
  });
});

describe('the "not saved" page', () => {
  it.each([
    ['/en/toolkit/', '/', 'en'],
    ['/pdf/en/ldc-fragile.pdf', '/', 'en'],
    ['/pdf/zh/ldc-fragile.pdf', '/', 'zh'],
    ['/zh/report/', '/', 'zh'],
    ['/lnob/pdf/en/umic.pdf', '/lnob/', 'en'],
    ['/lnob/en/about/', '/lnob/', 'en'],
    ['/favicon.svg', '/', 'zh'],
  ] as const)('is in the language of what was asked for: %s (base %s) → %s', (path, base, lang) => {
    expect(langOfPath(path, base)).toBe(lang);
  });

  it.each([
    ['/en/report/conclusions/', '/', 'en'],
    ['/zh/', '/', 'zh'],
    ['/lnob/zh/contexts/ldc-fragile/', '/lnob/', 'zh'],
    ['/en/offline/', '/', undefined],
    ['/en/p/12/', '/', undefined],
    ['/en/figures/mentions.csv', '/', undefined],
    ['/pdf/en/umic.pdf', '/', undefined],
    ['/_astro/site.css', '/', undefined],
    ['/404.html', '/', undefined],
  ] as const)('names reading pages only: %s (base %s) → %s', (path, base, lang) => {
    expect(listedPageLang(path, base)).toBe(lang);
  });

  it('lists the page’s own language first, each newest first, a page once at its newest', () => {
    const page = (href: string, lang: 'zh' | 'en', time: number) => ({ href, lang, title: href, time });
    const groups = pagesByLanguage(
      [
        page('/zh/', 'zh', 1000),
        page('/en/report/conclusions/', 'en', 2000),
        page('/en/contexts/ldc-fragile/', 'en', 3000),
        page('/zh/report/', 'zh', 5000),
        // The same page in an older build's cache and this one's.
        page('/en/report/conclusions/', 'en', 4000),
        // Stored in the same second as the one before it, later.
        page('/zh/about/', 'zh', 5000),
      ],
      'en',
    );
    expect(groups.map((g) => [g.lang, g.pages.map((p) => p.href)])).toEqual([
      ['en', ['/en/report/conclusions/', '/en/contexts/ldc-fragile/']],
      ['zh', ['/zh/about/', '/zh/report/', '/zh/']],
    ]);
    expect(pagesByLanguage([page('/zh/', 'zh', 1)], 'en').map((g) => g.lang)).toEqual(['zh']);
    expect(pagesByLanguage([], 'zh')).toEqual([]);
  });
});
