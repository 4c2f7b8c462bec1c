/**
 * The entries of the index, from the lists that declare them: every glossary term (with its forms and
 * aliases, and a "see" entry for each abbreviation its label does not start with), the 18 groups and the
 * five factors (with the forms the text names them by). Another list joins with one more line in
 * `indexSources` (readers' words: label, kind 'word', the forms of the text's terms it stands for).
 */
import type { IndexSource } from './build.ts';
import type { Locale } from '../locales.ts';
import { isAbbreviation } from '../search/equivalents.ts';
import { frameworkPath, glossaryPath } from '../urls.ts';
import type { ReadersWord } from '../search/readers-words.ts';

type ByLang<T> = Record<Locale, T>;

export interface TermData {
  id: string;
  term: ByLang<string>;
  forms: ByLang<readonly string[]>;
  aliases?: Partial<ByLang<readonly string[] | undefined>> | undefined;
}

export interface NamedData {
  id: string;
  name: ByLang<string>;
  forms?: ByLang<readonly string[]> | undefined;
}

/** A glossary term, and "ABBR, see term" for each abbreviation among its forms and aliases that is not its label's start. */
export function termSources(terms: readonly TermData[], lang: Locale): IndexSource[] {
  return terms.flatMap((t) => {
    const id = `term-${t.id}`;
    const label = t.term[lang];
    const forms = [...new Set([...t.forms[lang], ...(t.aliases?.[lang] ?? [])])];
    const main: IndexSource = { id, label, kind: 'term', forms, href: `${glossaryPath(lang)}#${t.id}` };
    const abbreviations = forms.filter((f) => isAbbreviation(f) && !label.startsWith(f));
    return [main, ...abbreviations.map((abbr): IndexSource => ({ id: `${id}-${abbr}`, label: abbr, kind: 'term', forms: [], see: { id, label } }))];
  });
}

/** The groups or the factors, each linked to its place on the framework page (#group-idps, #factor-geography). */
export function frameworkSources(items: readonly NamedData[], kind: 'group' | 'factor', lang: Locale): IndexSource[] {
  return items.map((item) => ({
    id: `${kind}-${item.id}`,
    label: item.name[lang],
    kind,
    forms: item.forms?.[lang] ?? [],
    href: `${frameworkPath(lang)}#${kind}-${item.id}`,
  }));
}

/**
 * Readers' words (content/readers-words/): each word a reader may look up, with the paragraphs that use the
 * text's own terms for it (`says`), linked to a search for the first of them. A word that is already an
 * entry's label is left out, so the index never lists one label twice.
 */
export function wordSources(words: readonly ReadersWord[], lang: Locale, taken: readonly string[] = []): IndexSource[] {
  const seen = new Set(taken.map((label) => label.toLowerCase()));
  return words.flatMap((entry) =>
    entry.words[lang].flatMap((word, i): IndexSource[] => {
      if (seen.has(word.toLowerCase())) return [];
      seen.add(word.toLowerCase());
      return [{ id: `word-${entry.id}-${i}`, label: word, kind: 'word', forms: entry.says[lang], says: entry.says[lang] }];
    }),
  );
}

/** Every entry of one language's index. */
export function indexSources(
  lang: Locale,
  lists: { terms: readonly TermData[]; groups: readonly NamedData[]; factors: readonly NamedData[]; words?: readonly ReadersWord[] },
): IndexSource[] {
  const named = [...termSources(lists.terms, lang), ...frameworkSources(lists.groups, 'group', lang), ...frameworkSources(lists.factors, 'factor', lang)];
  return [
    ...named,
    ...wordSources(
      lists.words ?? [],
      lang,
      named.map((e) => e.label),
    ),
  ];
}
