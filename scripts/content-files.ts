/** Reads the committed content from disk, through the same libraries the site uses (for scripts and tests). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { outline, type Outline } from '../src/lib/report/outline.ts';

export const ROOT = join(import.meta.dirname, '..');

export interface ContentPart {
  file: string;
  part: string;
  source: string;
  title: string;
  label: string;
  order: number;
  outline: Outline;
}

export function readReport(lang: string, root = ROOT): ContentPart[] {
  const dir = join(root, 'content/report', lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      const front = (parse(/^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '') ?? {}) as { title?: string; label?: string; order?: number };
      return {
        file,
        part: file.replace(/\.mdx$/, ''),
        source,
        title: front.title ?? '',
        label: front.label ?? '',
        order: front.order ?? 0,
        outline: outline(source),
      };
    })
    .sort((a, b) => a.order - b.order);
}

export function readYamlList<T>(path: string, root = ROOT): T[] {
  return parse(readFileSync(join(root, path), 'utf8')) as T[];
}

export interface ToolkitFront { lang: string; title: string; summary: string; component: string; stage: string; contexts: string[]; factors?: string[]; groups?: string[]; recommendations: number[]; conclusions?: number[]; sources: number[] }
export interface ToolkitFile { id: string; path: string; front: ToolkitFront; body: string }

/** The toolkit entries of one language as files: id, path, frontmatter and MDX body. */
export function readToolkit(lang: string): ToolkitFile[] {
  const dir = join(ROOT, 'content/toolkit', lang);
  return readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
    return { id: file.replace(/\.mdx$/, ''), path: `content/toolkit/${lang}/${file}`, front: parse(front) as ToolkitFront, body };
  });
}
