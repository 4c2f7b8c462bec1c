/**
 * Chinese (full-width) punctuation, which English text must not carry: the CJK symbols and punctuation
 * block (、。「」《》【】…), full-width forms (：，；（）！？…) and vertical forms. The curly quotation
 * marks “ ” ‘ ’ are not in it: English uses them too.
 */
export const FULL_WIDTH = /[\u3000-\u303F\uFE10-\uFE1F\uFE30-\uFE4F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65]/u;

/** Each stretch of a text around a full-width mark, for a message that shows where it is. */
export function fullWidthMarks(text: string): string[] {
  const found: string[] = [];
  const all = new RegExp(FULL_WIDTH.source, 'gu');
  for (const m of text.matchAll(all)) found.push(text.slice(Math.max(0, m.index - 30), m.index + 10).replace(/\s+/g, ' '));
  return found;
}
