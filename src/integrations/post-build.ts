/**
 * The build's own steps after Astro's, as one integration (Starlight runs Pagefind the same way):
 * in `astro:build:done`, on the folder Astro wrote and with the config's site and base path, each
 * page's policy keeps only its own hashes, the search index is written, and the PDFs are printed
 * from the built pages, and last the offline copy's manifest and service worker are written from the
 * finished folder (src/build/offline.ts). `npm run build` is thus `astro build` alone. The steps load only then, so
 * `astro dev` and `astro check` never load Pagefind or Chromium.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function postBuild(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  let root = '';
  return {
    name: 'lnob:post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir).replace(/\/$/, '');
        const { tidyAll } = await import('../build/tidy-csp.ts');
        logger.info(`csp: trimmed the policy of ${tidyAll(dist)} pages to their own hashes`);
        const { writeSearchIndex } = await import('../build/search-index.ts');
        logger.info(await writeSearchIndex(dist, base));
        const { printAllPdfs } = await import('../build/pdf.ts');
        for (const line of await printAllPdfs(dist, { base, site })) logger.info(line);
        // Last: the offline manifest lists every finished file (the PDFs and the index included) with its hash.
        const { writeOffline } = await import('../build/offline.ts');
        const { buildInfo } = await import('../lib/build-info.ts');
        const { readFileSync } = await import('node:fs');
        const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { version: string };
        logger.info(await writeOffline(dist, base, buildInfo(version)));
      },
    },
  };
}
