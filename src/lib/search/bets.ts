/**
 * Best bets: the queries that have an answer of their own before the paragraphs. A glossary term,
 * one of its abbreviations or other names (RFBF, 开发署), or a reader's word (原住民, elderly) puts
 * its definition first (a reader's word, its mapped term's) and says which words the evaluation
 * uses. Queries are matched loosely, so the spellings readers type find the same bet: case and
 * width folded, English words stemmed (`stemmer`, Porter's algorithm: persons = person), spaces,
 * hyphens and dashes dropped and camel case split (Examine Empower Enact = examine-empower-enact =
 * ExamineEmpowerEnact = Examine–Empower–Enact). The table is built with the index and fetched by
 * the browser beside Pagefind (dist/_search/bets-{lang}.json). Pure: no DOM.
 */
import { stemmer } from 'stemmer';
import { citedInPassing, equivalenceGroups, spacedVariant, type GlossaryTermForms } from './equivalents.ts';
import type { ReadersWord } from './readers-words.ts';

export interface Bet {
  /** The glossary entry whose definition comes first. */
  term?: string;
  /** The text's own terms, for a reader's word: the results say "The evaluation says …". */
  says?: string[];
  /** What the index is asked, and the results are checked against, instead of the query as typed. */
  ask?: string;
}

export type BetTable = Record<string, Bet>;

/** The key a query is looked up by: see the file's comment. Empty for a query with no letter or digit. */
export function looseKey(text: string): string {
  return text
    .replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' ')
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}+]+/u)
    .filter(Boolean)
    .map((w) => (/^[a-z]+$/.test(w) ? stemmer(w) : w))
    .join('');
}

/** The best bets of one edition: readers' words first (their entries name the text's terms), then every name of every glossary term. */
export function betTable(terms: readonly GlossaryTermForms[], readers: readonly ReadersWord[], lang: 'zh' | 'en'): BetTable {
  const table: BetTable = {};
  const add = (word: string, bet: Bet) => {
    const key = looseKey(word);
    if (key !== '' && !(key in table)) table[key] = bet;
  };
  for (const entry of readers) {
    const says = [...entry.says[lang]];
    // The text's first term is asked: every record using any of `says` or of the readers' words
    // carries it (src/lib/search/readers-words.ts), and the index may hold it in fewer chunks.
    const ask = spacedVariant(says[0] ?? '');
    for (const word of entry.words[lang]) add(word, { ...(entry.term ? { term: entry.term } : {}), says, ask });
  }
  // A name of one word needs no other spelling asked: Pagefind folds its case, width and endings itself.
  const glossaryBet = (id: string, word: string): Bet => (/[\s\p{Pd}]/u.test(word.trim()) ? { term: id, ask: spacedVariant(word) } : { term: id });
  for (const group of equivalenceGroups(terms, lang)) for (const word of group.words) add(word, glossaryBet(group.id, word));
  // A term with one name only has no group: its name is a bet all the same.
  for (const t of terms) for (const word of t.forms[lang].filter((f) => !citedInPassing(f))) add(word, glossaryBet(t.id, word));
  return table;
}

/** The bet for a query, if any. */
export const betFor = (table: BetTable, query: string): Bet | undefined => table[looseKey(query)];
