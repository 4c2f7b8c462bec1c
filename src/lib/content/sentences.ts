/**
 * The sentences of a short text, as the glossary cites them: Chinese ends a sentence with 。 (a title may hold ？), English
 * with . ! ? before a space and a capital letter (or the end). The glossary's definitions are written so
 * that this split is exact: no abbreviation with a full stop stands before a capital.
 */
export function sentences(text: string, lang: string): string[] {
  const end = lang === 'zh' ? /(?<=。)/u : /(?<=[.!?])\s+(?=[A-Z“"‘(])/u;
  return text
    .split(end)
    .map((s) => s.trim())
    .filter(Boolean);
}
