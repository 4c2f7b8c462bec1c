/** Reads the committed content and the source text for tests, through the same libraries the site uses. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { parseSource, type SourceDocument } from '../../src/lib/source/parse-source.ts';

export { ROOT, readReport, readYamlList, type ContentPart } from '../../scripts/content-files.ts';
import { ROOT } from '../../scripts/content-files.ts';

export function readSource(): SourceDocument {
  return parseSource(readFileSync(join(ROOT, 'content/source/evaluation-summary.zh.txt'), 'utf8'));
}

/**
 * Text for comparing the site's content with the source: links reduced to their words, and
 * whitespace dropped except between two Latin letters or digits ("World Inequality Report 2022").
 */
export function comparable(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\s+/g, (space, offset: number, whole: string) => {
      const before = whole[offset - 1] ?? '';
      const after = whole[offset + space.length] ?? '';
      return /[A-Za-z0-9,.;:'’‘)]/.test(before) && /[A-Za-z0-9(‘]/.test(after) ? ' ' : '';
    })
    .replace(/[:：]/g, ':');
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
