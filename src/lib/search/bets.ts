/**
 * Best bets: the queries that have an answer of their own before the paragraphs. A glossary term,
 * one of its abbreviations or other names (RFBF, 开发署), or a reader's word (原住民, elderly) puts
 * its definition first (a reader's word, its mapped term's) and says which words the evaluation
 * uses. Queries are matched loosely, so the spellings readers type find the same bet: case and
 * width folded, English words stemmed (`stemmer`, Porter's algorithm: persons = person), spaces,
 * hyphens and dashes dropped and camel case split (Examine Empower Enact = examine-empower-enact =
 * ExamineEmpowerEnact = Examine–Empower–Enact). The table is built with the index and fetched by
 * the browser beside Pagefind (dist/_search/bets-{lang}.json). Pure: no DOM. The stemmer comes in as an
 * argument: the build passes `stemmer`, and the browser loads it only for a query with Latin letters
 * (dist/_search/stemmer.js), so a Chinese query does not carry it.
 */

/** Reduces an English word to its stem (the `stemmer` package's Porter stemmer, or the word itself). */
export type Stem = (word: string) => string;
import { citedInPassing, equivalenceGroups, phraseKey, phraseShortcuts, spacedVariant, type GlossaryTermForms } from './equivalents.ts';
import { readersGroups, type ReadersWord } from './readers-words.ts';

export interface Bet {
  /** The glossary entry whose definition comes first: its place in content/glossary/terms.yaml (its `term` filter). */
  term?: number;
  /** The text's own terms, for a reader's word: the results say "The evaluation says …". */
  says?: string[];
  /** What the results are checked against (and marked by) instead of the query as typed. */
  ask?: string;
  /**
   * What the index is asked: a glossary phrase's abbreviation or one-word form (不让任何一个人掉队 →
   * LNOB), which every record using a word of the group carries, so one index chunk answers.
   */
  token?: string;
}

/** The file the browser fetches (dist/_search/bets-{lang}.json): each distinct bet once, and each key's bet by its place. */
export interface BetTable {
  bets: Bet[];
  keys: Record<string, number>;
}

/** The key a query is looked up by: see the file's comment. Empty for a query with no letter or digit. */
export function looseKey(text: string, stem: Stem): string {
  return text
    .replace(/(?<=\p{Ll})(?=\p{Lu})/gu, ' ')
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}+]+/u)
    .filter(Boolean)
    .map((w) => (/^[a-z]+$/.test(w) ? stem(w) : w))
    .join('');
}

/** The best bets of one edition: readers' words first (their entries name the text's terms), then every name of every glossary term. */
export function betTable(terms: readonly GlossaryTermForms[], readers: readonly ReadersWord[], lang: 'zh' | 'en', stem: Stem): BetTable {
  const bets: Bet[] = [];
  const places = new Map<string, number>();
  const keys: Record<string, number> = {};
  // The phrase shortcuts of every group, glossary and readers' alike (src/lib/search/equivalents.ts).
  const shortcuts = phraseShortcuts([...equivalenceGroups(terms, lang), ...readersGroups(readers, lang)]);
  const add = (word: string, bet: Bet) => {
    const key = looseKey(word, stem);
    if (key === '' || key in keys) return;
    const token = shortcuts[phraseKey(bet.ask ?? word)];
    // A name without dashes or spaces is typed as written: it needs its token only, not itself again.
    const { ask, ...rest } = bet;
    const keepAsk = ask !== undefined && (ask !== word || /[\s\p{Pd}]/u.test(word));
    const full: Bet = { ...rest, ...(keepAsk ? { ask } : {}), ...(token === undefined ? {} : { token }) };
    const json = JSON.stringify(full);
    let place = places.get(json);
    if (place === undefined) {
      place = bets.push(full) - 1;
      places.set(json, place);
    }
    keys[key] = place;
  };
  const place = (id: string) => terms.findIndex((t) => t.id === id);
  for (const entry of readers) {
    const says = [...entry.says[lang]];
    // The text's first term is asked: every record using any of `says` or of the readers' words
    // carries it (src/lib/search/readers-words.ts), and the index may hold it in fewer chunks.
    const ask = spacedVariant(says[0] ?? '');
    for (const word of entry.words[lang]) add(word, { ...(entry.term ? { term: place(entry.term) } : {}), says, ask });
  }
  // A name of one word needs no other spelling: Pagefind folds its case, width and endings itself.
  const glossaryBet = (id: string, word: string): Bet =>
    /[\s\p{Pd}]/u.test(word.trim()) ? { term: place(id), ask: spacedVariant(word) } : { term: place(id) };
  for (const group of equivalenceGroups(terms, lang)) for (const word of group.words) add(word, glossaryBet(group.id, word));
  // A term with one name only has no group: its name is a bet all the same.
  for (const t of terms) for (const word of t.forms[lang].filter((f) => !citedInPassing(f))) add(word, glossaryBet(t.id, word));
  return { bets, keys };
}

/** The bet for a query, if any. */
export function betFor(table: BetTable, query: string, stem: Stem): Bet | undefined {
  const place = table.keys[looseKey(query, stem)];
  return place === undefined ? undefined : table.bets[place];
}

/** Whether a query is looked up in the Chinese part of the table (it has a Chinese character) or the Latin part. */
export const betScript = (query: string): 'han' | 'latin' => (/\p{Script=Han}/u.test(query) ? 'han' : 'latin');

/**
 * The table in two files, by the script of the key (bets-{lang}-han.json, bets-{lang}-latin.json): a
 * query fetches the part it can match only, so a first query carries half the table.
 */
export function splitByScript(table: BetTable): Record<'han' | 'latin', BetTable> {
  const part = (script: 'han' | 'latin'): BetTable => {
    const bets: Bet[] = [];
    const moved = new Map<number, number>();
    const keys: Record<string, number> = {};
    for (const [key, place] of Object.entries(table.keys)) {
      if (betScript(key) !== script) continue;
      let at = moved.get(place);
      if (at === undefined) {
        at = bets.push(table.bets[place] as Bet) - 1;
        moved.set(place, at);
      }
      keys[key] = at;
    }
    return { bets, keys };
  };
  return { han: part('han'), latin: part('latin') };
}
