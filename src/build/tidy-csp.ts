/** Post-build: each page's CSP keeps only the hashes of its own inline scripts and styles (src/lib/csp.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { tidyCsp } from '../lib/csp.ts';
import { listFilesDeep } from './files.ts';

export function tidyAll(dist: string): number {
  let changed = 0;
  for (const file of listFilesDeep(dist, '.html')) {
    const html = readFileSync(file, 'utf8');
    const tidy = tidyCsp(html);
    if (tidy !== html) {
      writeFileSync(file, tidy);
      changed += 1;
    }
  }
  return changed;
}
