/**
 * Writes src/lib/search/t2s.json: traditional → simplified characters (OpenCC's TSCharacters)
 * for just the characters the Chinese content uses, so a query typed in traditional characters
 * (歧視, 問責) finds the simplified text. Run after changing the zh content:
 * `node scripts/t2s-map.ts`; a test fails while the committed map is out of date.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import { ROOT } from '../src/lib/content/files.ts';

/** Every Han character of the Chinese content (report, toolkit, notes, data). */
export function contentCharacters(root = ROOT): Set<string> {
  const texts: string[] = [];
  const read = (dir: string, ext: string) => {
    for (const name of readdirSync(join(root, dir))) if (name.endsWith(ext)) texts.push(readFileSync(join(root, dir, name), 'utf8'));
  };
  read('content/report/zh', '.mdx');
  read('content/toolkit/zh', '.mdx');
  for (const dir of ['content/footnotes', 'content/glossary', 'content/timeline', 'content/factors', 'content/groups', 'content/themes', 'content/contexts'])
    read(dir, '.yaml');
  return new Set(texts.join('').match(/\p{Script=Han}/gu) ?? []);
}

export function traditionalToSimplified(used: Set<string>): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of (tsCharacters as string).split('|')) {
    const [traditional, simplified] = pair.split(' ');
    if (!traditional || !simplified || traditional === simplified) continue;
    if (used.has(simplified) && !(traditional in map)) map[traditional] = simplified;
  }
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));
}

export const T2S_FILE = join(ROOT, 'src/lib/search/t2s.json');

if (import.meta.main) {
  const map = traditionalToSimplified(contentCharacters());
  writeFileSync(T2S_FILE, `${JSON.stringify(map)}\n`);
  console.log(`t2s: ${Object.keys(map).length} traditional characters → ${T2S_FILE}`);
}
