/**
 * Bundles the in-browser search engine (src/scripts/search/engine.ts, with the traditional →
 * simplified map) into dist/_search/engine.js: one file that the header box imports on first use.
 * Kept outside Astro's bundle so pages carry no module-preload helper for it.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
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
}

if (import.meta.main) {
  await bundleSearchEngine(join(ROOT, process.env['OUT_DIR'] ?? 'dist'));
}
