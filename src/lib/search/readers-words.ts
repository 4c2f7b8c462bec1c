/**
 * Readers' words (content/readers-words/readers-words.yaml) as search uses them: each entry is one
 * equivalence group per edition (the text's terms first, then the readers' words), so a record that
 * uses 土著人民 also carries 原住民 and a query for either finds it; and each reader's word is a best
 * bet that names the text's term ("The evaluation says 土著人民") and, with a `term`, its definition.
 */
import { withSpacedVariants, type EquivalenceGroup } from './equivalents.ts';
import { htmlLang } from '../locales.ts';

export interface ReadersWord {
  id: string;
  words: { zh: readonly string[]; en: readonly string[] };
  says: { zh: readonly string[]; en: readonly string[] };
  term?: string | undefined;
}

/** One group per entry in a language: the text's terms first (the excerpt marks the one a record uses), then the readers'. */
export function readersGroups(entries: readonly ReadersWord[], lang: 'zh' | 'en'): EquivalenceGroup[] {
  return entries.map((e) => ({ id: `readers:${e.id}`, words: withSpacedVariants([...e.says[lang], ...e.words[lang]]) }));
}

/** The text's terms as the results name them: each in quotation marks, joined with "or" (“妇女”或“女童”). */
export function quotedTerms(terms: readonly string[], lang: 'zh' | 'en'): string {
  return new Intl.ListFormat(htmlLang(lang), { type: 'disjunction' }).format(terms.map((t) => `“${t}”`));
}

/**
 * What is wrong with the list against the text of one edition: each `says` term no paragraph uses
 * (the mapping would point nowhere), and each reader's word a paragraph does use (it is the text's
 * word, not a reader's). Empty when the list is right. `uses` is how search tells a text uses a word.
 */
export function listProblems(
  entries: readonly ReadersWord[],
  paragraphs: readonly string[],
  lang: 'zh' | 'en',
  uses: (text: string, word: string) => boolean,
): string[] {
  const problems: string[] = [];
  for (const e of entries) {
    for (const term of e.says[lang]) if (!paragraphs.some((p) => uses(p, term))) problems.push(`${e.id}: says.${lang} “${term}” is in no ${lang} paragraph`);
    for (const word of e.words[lang]) if (paragraphs.some((p) => uses(p, word))) problems.push(`${e.id}: words.${lang} “${word}” is the text's own word`);
  }
  return problems;
}
