/**
 * Punctuation that differs between the site's languages, in one place: Chinese takes full-width marks
 * with no space after them and writes no space between words; English takes half-width marks followed
 * by a space. Lists come from Intl.ListFormat in the language's own form.
 */
import { htmlLang, type Locale } from './locales.ts';

export interface Punctuation {
  /** After a label: "来源：" / "Sources: ". */
  colon: string;
  /** At the end of a sentence. */
  stop: string;
  /** Between items that hold commas themselves. */
  semicolon: string;
  /** Between two pieces of running text joined into one. */
  space: string;
}

const MARKS: Record<Locale, Punctuation> = {
  zh: { colon: '：', stop: '。', semicolon: '；', space: '' },
  en: { colon: ': ', stop: '.', semicolon: '; ', space: ' ' },
};

export const punctuation = (lang: Locale): Punctuation => MARKS[lang];

/** Items as a list in the language's own form, with no "and": 甲、乙、丙 / a, b, c. */
export function listOf(lang: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(htmlLang(lang), { style: 'narrow', type: 'conjunction' }).format(items);
}
