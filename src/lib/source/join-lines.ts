/**
 * Joins the hard-wrapped lines of the PDF's text dump.
 *
 * Chinese has no spaces between words, so a line break between two Chinese characters
 * becomes nothing. Between two Latin letters or digits it becomes one space (the English
 * titles in the footnotes), and between a digit and a Chinese character it becomes one
 * space, which is the document's own style ("15 个国家", "2030 年").
 * A line that starts with "\n" keeps its line break (sub-items (a), (b)… of a paragraph).
 */
const LATIN = /[A-Za-z0-9,.;:'’)]$/;
const LATIN_START = /^[A-Za-z0-9(‘]/;
const DIGIT_END = /\d$/;
const DIGIT_START = /^\d/;
const HAN_END = /\p{Script=Han}$/u;
const HAN_START = /^\p{Script=Han}/u;

export function lineSeparator(before: string, after: string): string {
  if (before === '' || after === '' || before.endsWith('\n')) return '';
  if (LATIN.test(before) && LATIN_START.test(after)) return ' ';
  if (DIGIT_END.test(before) && HAN_START.test(after)) return ' ';
  if (HAN_END.test(before) && DIGIT_START.test(after)) return ' ';
  return '';
}

export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const keepBreak = raw.startsWith('\n');
    const line = raw.trim();
    if (line === '') continue;
    if (keepBreak && out !== '') out = `${out.trimEnd()}\n${line}`;
    else out += lineSeparator(out, line) + line;
  }
  return out;
}
