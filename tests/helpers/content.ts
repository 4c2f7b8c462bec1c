/** Reads the committed content and the source text for tests, through the same libraries the site uses. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { outline, type Outline } from '../../src/lib/report/outline.ts';
import { parseSource, type SourceDocument } from '../../src/lib/source/parse-source.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

export function readSource(): SourceDocument {
  return parseSource(readFileSync(join(ROOT, 'content/source/evaluation-summary.zh.txt'), 'utf8'));
}

export interface ContentPart {
  file: string;
  part: string;
  source: string;
  outline: Outline;
}

export function readReport(lang: string): ContentPart[] {
  const dir = join(ROOT, 'content/report', lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      return { file, part: file.replace(/\.mdx$/, ''), source, outline: outline(source) };
    });
}

export function readYamlList<T>(path: string): T[] {
  return parse(readFileSync(join(ROOT, path), 'utf8')) as T[];
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
