/**
 * Bundles the in-browser search engine (src/client/search/engine.ts) into dist/_search/engine.js,
 * and the styles of its results list (src/styles/search-box.css) into dist/_search/box.css: files
 * the header box loads on first use. Kept outside Astro's bundle so pages carry no module-preload
 * helper, and no search styles, for them. The traditional → simplified map goes beside them as
 * dist/_search/t2s.json, fetched only for a Chinese query that found nothing. Pagefind's own two
 * scripts are minified in place (Pagefind ships them with whitespace and long names): every first
 * query downloads both.
 */
import { build, transform } from 'esbuild';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/content/files.ts';

/** How the build bundles a file for the browser outside Astro (the search engine, the service worker, the update notice). */
export const BROWSER_BUNDLE = { bundle: true, minify: true, target: 'es2022', legalComments: 'none', logLevel: 'warning' } as const;

/** Pagefind's scripts that a first query downloads. */
export const PAGEFIND_SCRIPTS = ['pagefind.js', 'pagefind-worker.js'] as const;

/**
 * Pagefind writes its ready-made search interfaces (pagefind-ui, -modular-ui, -component-ui and the
 * highlight module, about 430 KB) beside the index; the site searches with its own engine and loads
 * none of them, so they are not published.
 */
export function removePagefindUi(dist: string): string[] {
  const folder = join(dist, 'pagefind');
  const unused = readdirSync(folder).filter((name) => /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(name));
  for (const name of unused) rmSync(join(folder, name));
  return unused;
}

export async function minifyPagefind(dist: string): Promise<void> {
  for (const name of PAGEFIND_SCRIPTS) {
    const file = join(dist, 'pagefind', name);
    // Each file keeps its own module format: transform, not bundle.
    const { code } = await transform(readFileSync(file, 'utf8'), { minify: true, target: 'es2022', legalComments: 'none', loader: 'js' });
    writeFileSync(file, code);
  }
}

export async function bundleSearchEngine(dist: string): Promise<void> {
  await build({
    entryPoints: [join(ROOT, 'src/client/search/engine.ts')],
    outfile: join(dist, '_search', 'engine.js'),
    format: 'esm',
    ...BROWSER_BUNDLE,
  });
  // The Porter stemmer, loaded by the engine only for a query with Latin letters (best bets' keys).
  await build({
    stdin: { contents: "export { stemmer } from 'stemmer';", resolveDir: ROOT, loader: 'js' },
    outfile: join(dist, '_search', 'stemmer.js'),
    format: 'esm',
    ...BROWSER_BUNDLE,
  });
  // The marks of a page opened from a search result: loaded by the page only when its address asks for them.
  await build({
    entryPoints: [join(ROOT, 'src/client/marks.ts')],
    outfile: join(dist, '_search', 'marks.js'),
    format: 'esm',
    ...BROWSER_BUNDLE,
  });
  await build({
    entryPoints: [join(ROOT, 'src/styles/search-box.css')],
    outfile: join(dist, '_search', 'box.css'),
    ...BROWSER_BUNDLE,
  });
  copyFileSync(join(ROOT, 'src/lib/search/t2s.json'), join(dist, '_search', 't2s.json'));
}
