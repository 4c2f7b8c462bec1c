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
  /** Between the parts of a phrase: ， / , . */
  comma: string;
  /** Around an aside: （…） / (…). */
  parens: readonly [string, string];
}

const MARKS: Record<Locale, Punctuation> = {
  zh: { colon: '：', stop: '。', semicolon: '；', comma: '，', space: '', parens: ['（', '）'] },
  en: { colon: ': ', stop: '.', semicolon: '; ', comma: ', ', space: ' ', parens: ['(', ')'] },
};

export const punctuation = (lang: Locale): Punctuation => MARKS[lang];

/**
 * Items as a list in the language's own form: with no "and" by default (甲、乙、丙 / a, b, c), or
 * joined by the language's "and" (甲、乙和丙 / a, b and c) when the list is a sentence's subject.
 */
export function listOf(lang: Locale, items: readonly string[], join: 'narrow' | 'and' = 'narrow'): string {
  return new Intl.ListFormat(htmlLang(lang), { style: join === 'and' ? 'long' : 'narrow', type: 'conjunction' }).format(items);
}
