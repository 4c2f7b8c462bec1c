/**
 * A copy of the project (or of its content only) in a temporary folder with one file changed:
 * how the tests break one thing and see what the checks and the build say.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './content.ts';

/** One thing broken: in `file`, `change` turns the committed text into the broken one. */
export interface Breakage {
  what: string;
  file: string;
  change: (text: string) => string;
  /** Words the message must contain (the file, the field, the value). */
  expected: string[];
}

/** Copies `items` of the project to a new folder, applies the change, runs `use` on the folder, and removes it. */
export function withBrokenCopy<T>(items: readonly string[], breakage: Breakage, use: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'lnob-broken-'));
  try {
    for (const item of items) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
    if (items.includes('src')) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const path = join(dir, breakage.file);
    const before = readFileSync(path, 'utf8');
    const after = breakage.change(before);
    if (after === before) throw new Error(`the change to ${breakage.file} changed nothing`);
    writeFileSync(path, after);
    return use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What the project's files are for a real build. */
export const PROJECT_FILES = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'] as const;

/** The content check's own case, tried directly and in a real build: a paragraph number outside 1–57. */
export const PARAGRAPH_OUT_OF_RANGE: Breakage = {
  what: 'a paragraph number outside 1–57',
  file: 'content/report/zh/lessons.mdx',
  change: (t) => t.replace('<Para n={57}>', '<Para n={58}>'),
  expected: ['content/report/zh/lessons.mdx', '<Para n> is 58', 'paragraphs missing: 57'],
};
