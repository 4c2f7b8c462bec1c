import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir` whose name ends with `ext`, sorted. */
export function listFilesDeep(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFilesDeep(path, ext));
    else if (name.endsWith(ext)) out.push(path);
  }
  return out.sort();
}
