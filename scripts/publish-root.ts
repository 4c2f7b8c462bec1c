/**
 * The folder to publish on a host that reads `_headers` (Netlify, Cloudflare Pages), which reads it at the
 * root of what it publishes and serves that root at the domain's root. With BASE `/` that folder is dist/
 * itself. With another BASE (`/lnob/`) the site must sit at that path inside the folder, and `_headers`
 * (its paths already under BASE, src/integrations/site-address.ts) at the folder's root, outside the site:
 *
 *   publish/_headers          publish/lnob/index.html   publish/lnob/en/…
 *
 * usage: BASE=/lnob/ node scripts/publish-root.ts [dist] [publish]   (prints the folder to publish)
 */
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Lays out `out` for `base` from the built site in `dist`; returns the folder to publish. */
export function publishRoot(dist: string, out: string, base: string): string {
  const path = base.replace(/^\/+|\/+$/g, '');
  if (path === '') return dist;
  if (!existsSync(join(dist, '_headers'))) throw new Error(`${dist}/_headers is missing: build the site first (npm run build)`);
  rmSync(out, { recursive: true, force: true });
  const site = join(out, ...path.split('/'));
  mkdirSync(site, { recursive: true });
  cpSync(dist, site, { recursive: true });
  renameSync(join(site, '_headers'), join(out, '_headers'));
  return out;
}

if (import.meta.main) {
  const [dist = 'dist', out = 'publish'] = process.argv.slice(2);
  console.log(publishRoot(resolve(dist), resolve(out), process.env['BASE'] ?? '/'));
}
