/**
 * The one frontmatter split of the project: for the build check, the report checks, the outline,
 * the search index and the tests. A file may use LF or CRLF line endings and may start with a
 * byte-order mark; the block is the YAML between a first line `---` and the next line `---`.
 */
import { parse as parseYaml } from 'yaml';

export interface Frontmatter {
  /** The YAML between the two `---` lines ('' when the file has no frontmatter). */
  yaml: string;
  /** Everything after the closing `---` line. */
  body: string;
  /** Characters before the body (the BOM, both fences and the YAML). */
  offset: number;
}

const BLOCK = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?)(\r?\n---[ \t]*(?:\r?\n|$))/;

export function splitFrontmatter(text: string): Frontmatter {
  const match = BLOCK.exec(text);
  if (!match) return { yaml: '', body: text, offset: 0 };
  return { yaml: match[2] ?? '', body: text.slice(match[0].length), offset: match[0].length };
}

/** The frontmatter as data: an object, or {} when there is none; invalid YAML throws, with the parser's message. */
export function frontmatterData(text: string): Record<string, unknown> {
  const data: unknown = parseYaml(splitFrontmatter(text).yaml);
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** The text with its frontmatter blanked out, line breaks kept, so line numbers still match the file. */
export function blankFrontmatter(text: string): string {
  const { offset } = splitFrontmatter(text);
  return text.slice(0, offset).replace(/[^\r\n]/g, '') + text.slice(offset);
}
