/**
 * Bundles the in-browser search engine (src/scripts/search/engine.ts, with the traditional →
 * simplified map) into dist/_search/engine.js, and the styles of its results list
 * (src/styles/search-box.css) into dist/_search/box.css: files the header box loads on first use.
 * Kept outside Astro's bundle so pages carry no module-preload helper, and no search styles, for them.
 */
import { build } from 'esbuild';
import { join, resolve } from 'node:path';
import { ROOT } from './content-files.ts';

export async function bundleSearchEngine(dist: string): Promise<void> {
  await build({
    entryPoints: [join(ROOT, 'src/scripts/search/engine.ts')],
    outfile: join(dist, '_search', 'engine.js'),
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
  });
  await build({
    entryPoints: [join(ROOT, 'src/styles/search-box.css')],
    outfile: join(dist, '_search', 'box.css'),
    bundle: true,
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
}

if (import.meta.main) {
  await bundleSearchEngine(resolve(ROOT, process.env['OUT_DIR'] ?? 'dist'));
}
