/** Each file imports a module once: one import statement per module (types and values together). */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFilesDeep } from '../../src/build/files.ts';
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

/** Every module a source imports or loads (static, dynamic and `<script>` imports), as written. */
function importedModules(source: string): string[] {
  return [...source.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)'([^']+)'/gm)].map((m) => m[1] ?? '');
}

/** The folder a relative import from `file` resolves to, under the project root (`src/build`, `scripts`, …). */
function importedFolder(file: string, module: string): string | undefined {
  if (module.startsWith('~/')) return `src/${module.slice(2)}`;
  if (!module.startsWith('.')) return undefined;
  return relative(ROOT, join(file, '..', module));
}

describe('folders depend one way', () => {
  const inside = (folder: string) => files.filter((file) => relative(ROOT, file).startsWith(`${folder}/`));
  const importsInto = (from: string[], folder: string) =>
    from.flatMap((file) =>
      importedModules(readFileSync(file, 'utf8'))
        .filter((m) => importedFolder(file, m)?.startsWith(`${folder}/`))
        .map((m) => `${relative(ROOT, file)}: ${m}`),
    );
  it('reads static, dynamic and script imports and resolves their folders', () => {
    expect(importedModules("import { a } from '../../scripts/x.ts';\nconst b = await import('../build/y.ts');\n  import '~/client/z.ts';")).toEqual([
      '../../scripts/x.ts',
      '../build/y.ts',
      '~/client/z.ts',
    ]);
    expect(importedFolder(join(ROOT, 'src/integrations/post-build.ts'), '../build/pdf.ts')).toBe('src/build/pdf.ts');
  });
  it('nothing in src/ imports the developer commands in scripts/ (they import the site, never the reverse)', () => {
    expect(inside('src').length).toBeGreaterThan(50);
    expect(importsInto(inside('src'), 'scripts')).toEqual([]);
  });
  it('browser code (src/client/) imports no build step (src/build/)', () => {
    expect(inside('src/client').length).toBeGreaterThan(5);
    expect(importsInto(inside('src/client'), 'src/build')).toEqual([]);
  });
});
