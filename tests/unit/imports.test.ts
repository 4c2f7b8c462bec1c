/** Each file imports a module once: one import statement per module (types and values together). */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFilesDeep } from '../../scripts/files.ts';
import { ROOT } from '../helpers/content.ts';

const files = ['src', 'scripts', 'tests'].flatMap((dir) => [...listFilesDeep(join(ROOT, dir), '.ts'), ...listFilesDeep(join(ROOT, dir), '.astro')]);

/** The modules a source imports more than once (import statements only, not dynamic imports). */
function repeatedImports(source: string): string[] {
  const modules = [...source.matchAll(/^import\s[^;]*?\sfrom\s+'([^']+)'/gms)].map((m) => m[1] ?? '');
  return [...new Set(modules.filter((m, i) => modules.indexOf(m) !== i))];
}

describe('imports', () => {
  it('finds a module imported twice', () => {
    expect(repeatedImports("import { a } from 'x';\nimport type { B } from 'x';\nimport { c } from 'y';\n")).toEqual(['x']);
    expect(repeatedImports("import {\n  a,\n  b,\n} from 'x';\nimport { c } from 'y';\n")).toEqual([]);
  });
  it('no file imports a module twice', () => {
    const repeated = files.flatMap((file) => repeatedImports(readFileSync(file, 'utf8')).map((m) => `${relative(ROOT, file)}: ${m}`));
    expect(repeated).toEqual([]);
  });
});
