/**
 * Counts how often a theme is mentioned in a text: Chinese forms as substrings (longest first, so
 * 交叉性 is not counted again as 交叉), English forms case-insensitively at the start of a word.
 */
export function countMentions(text: string, forms: readonly string[], lang: 'zh' | 'en'): number {
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  let rest = lang === 'zh' ? text : text.toLowerCase();
  let count = 0;
  for (const form of sorted) {
    const f = lang === 'zh' ? form : form.toLowerCase();
    const escaped = f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(lang === 'zh' ? escaped : `(?<![a-z])${escaped}`, 'g');
    rest = rest.replace(pattern, () => {
      count += 1;
      return ' ';
    });
  }
  return count;
}
