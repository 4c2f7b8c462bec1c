/** Reads the committed content and the source text for tests, through the same libraries the site uses. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSource, type SourceDocument } from '../../src/lib/source/parse-source.ts';

export {
  ROOT,
  readCollection,
  readReport,
  readToolkit,
  readToolkitShape,
  type ContentPart,
  type ToolkitFile,
  type ToolkitFront,
} from '../../src/lib/content/files.ts';
import { ROOT } from '../../src/lib/content/files.ts';

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
