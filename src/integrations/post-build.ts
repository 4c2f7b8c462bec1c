/**
 * The build's own steps after Astro's, as one integration (Starlight runs Pagefind the same way):
 * in `astro:build:done`, on the folder Astro wrote and with the config's site and base path, each
 * page's policy keeps only its own hashes, the search index is written, and the PDFs are printed
 * from the built pages. `npm run build` is thus `astro build` alone. The steps load only then, so
 * `astro dev` and `astro check` never load Pagefind or Chromium.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function postBuild(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'lnob:post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir).replace(/\/$/, '');
        const { tidyAll } = await import('../../scripts/tidy-csp.ts');
        logger.info(`csp: trimmed the policy of ${tidyAll(dist)} pages to their own hashes`);
        const { writeSearchIndex } = await import('../../scripts/search-index.ts');
        logger.info(await writeSearchIndex(dist, base));
        const { printAllPdfs } = await import('../../scripts/pdf.ts');
        for (const line of await printAllPdfs(dist, { base, site })) logger.info(line);
      },
    },
  };
}
