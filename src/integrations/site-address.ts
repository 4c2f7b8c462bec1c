import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersForBase } from '../lib/hosting-headers.ts';

/**
 * The site's address in the build. Says once, at the start of a build, what a build without SITE publishes: no canonical links, and
 * citations and printouts without an address (never the address of the machine that built it).
 * After the build, puts BASE in front of the paths of `dist/_headers` (public/_headers is written for /).
 */
export function siteAddress(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'lnob:site-address',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base;
      },
      'astro:build:start': ({ logger }) => {
        if (site) logger.info(`public address ${site.href}`);
        else
          logger.warn(
            'SITE is not set: pages get no canonical link, and citations and printouts carry no address. ' +
              'Set SITE (and BASE) to the public address to publish, e.g. SITE=https://example.org BASE=/lnob/ npm run build',
          );
      },
      'astro:build:done': ({ dir }) => {
        const file = fileURLToPath(new URL('_headers', dir));
        if (existsSync(file)) writeFileSync(file, headersForBase(readFileSync(file, 'utf8'), base));
      },
    },
  };
}
