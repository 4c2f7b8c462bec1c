/**
 * Bad content stops the real build (`astro build`) with a message naming the file and the field.
 * Each case copies the project to a temporary folder, breaks one thing and builds.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/content.ts';
import { astroBuild } from '../helpers/build.ts';

function buildWith(file: string, change: (text: string) => string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lnob-build-'));
  try {
    for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      cpSync(join(ROOT, item), join(dir, item), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`the change to ${file} changed nothing`);
    writeFileSync(path, after);
    return astroBuild(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a build with bad content fails and says where', () => {
  it.each([
    {
      what: 'a paragraph number outside 1–57',
      file: 'content/report/zh/lessons.mdx',
      change: (t: string) => t.replace('<Para n={57}>', '<Para n={58}>'),
      expected: ['content/report/zh/lessons.mdx', '<Para n> is 58', 'paragraphs missing: 57'],
    },
    {
      what: 'a missing required frontmatter field',
      file: 'content/report/zh/findings.mdx',
      change: (t: string) => t.replace(/\ntitle: .*\n/, '\n'),
      expected: ['findings.mdx', 'title'],
    },
    {
      what: 'a footnote without its text',
      file: 'content/footnotes/zh.yaml',
      change: (t: string) => t.replace(/(- id: zh-3\n  n: 3\n  lang: zh\n)  text: .*\n/, '$1'),
      expected: ['content/footnotes/zh.yaml', 'text'],
    },
    {
      what: 'a toolkit entry for an unknown context',
      file: 'content/toolkit/zh/prioritising-the-furthest-behind.mdx',
      change: (t: string) => t.replace(/contexts: \[[^\]]*\]/, 'contexts: [mars]'),
      expected: ['prioritising-the-furthest-behind', 'contexts'],
    },
    {
      what: 'a toolkit source paragraph that does not exist',
      file: 'content/toolkit/zh/prioritising-the-furthest-behind.mdx',
      change: (t: string) => t.replace(/sources: \[/, 'sources: [58, '),
      expected: ['prioritising-the-furthest-behind', 'sources'],
    },
    {
      what: 'a toolkit entry without its component',
      file: 'content/toolkit/en/prioritising-the-furthest-behind.mdx',
      change: (t: string) => t.replace(/\ncomponent: .*\n/, '\n'),
      expected: ['prioritising-the-furthest-behind', 'component'],
    },
    {
      what: 'a toolkit entry naming an unknown factor',
      file: 'content/toolkit/zh/prioritising-the-furthest-behind.mdx',
      change: (t: string) => t.replace(/factors: \[/, 'factors: [poverty, '),
      expected: ['content/toolkit/zh/prioritising-the-furthest-behind.mdx', 'factors[0] = "poverty"'],
    },
    {
      what: 'a toolkit entry naming an unknown group',
      file: 'content/toolkit/en/prioritising-the-furthest-behind.mdx',
      change: (t: string) => t.replace(/groups: \[/, 'groups: [martians, '),
      expected: ['content/toolkit/en/prioritising-the-furthest-behind.mdx', 'groups[0] = "martians"'],
    },
    {
      what: 'two toolkit entries with the same id',
      file: 'content/toolkit/zh/prioritising-the-furthest-behind.mdx',
      change: (t: string) => t.replace(/^---\n/, '---\nslug: making-the-case-for-funding\n'),
      expected: ['content/toolkit/zh/prioritising-the-furthest-behind.mdx', 'id "making-the-case-for-funding"', 'content/toolkit/zh/making-the-case-for-funding.mdx'],
    },
    {
      what: 'a context listed twice',
      file: 'content/contexts/contexts.yaml',
      change: (t: string) => `${t}\n${t.slice(t.indexOf('- id: umic'), t.indexOf('\n- id:', t.indexOf('- id: umic') + 1))}\n`,
      expected: ['content/contexts/contexts.yaml', 'umic', 'twice'],
    },
  ])('$what', ({ file, change, expected }) => {
    const { status, output } = buildWith(file, change);
    expect(status).not.toBe(0);
    for (const words of expected) expect(output).toContain(words);
  });
});
