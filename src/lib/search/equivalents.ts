/**
 * Words search treats as the same, from one list: the glossary (content/glossary/terms.yaml). Each
 * term's forms and aliases in a language are one group (RFBF = reaching the furthest behind first,
 * 开发署 = 联合国开发计划署). The index gives every record the other members of each group it
 * uses, so one query finds both spellings with one index chunk, and the browser needs no list.
 */

export interface GlossaryTermForms {
  id: string;
  forms: { zh: readonly string[]; en: readonly string[] };
  aliases?: { zh?: readonly string[] | undefined; en?: readonly string[] | undefined } | undefined;
}

export interface EquivalenceGroup {
  id: string;
  words: string[];
}

/**
 * Forms in quotation marks or ending in a colon (“审查”, "Equality:") are how the text cites a word
 * in passing, for the bilingual check; they are not names a reader searches by, so they are left out.
 */
export const citedInPassing = (form: string) => /["“”‘’「」『』:：]/u.test(form);

/** One Latin word (intersectionality, LNOB, UN-SWAP, equality+): what the Chinese index can hold as a single token. */
const singleLatinWord = (word: string) => /^[A-Za-z][A-Za-z0-9+]*(?:-[A-Za-z0-9]+)?$/.test(word);

/**
 * The groups of one language: a term's forms and aliases there, when it has two or more. The
 * Chinese groups also take the English forms that are one word (交叉性 = intersectionality), so a
 * reader may type the English term on the Chinese site, and a Chinese term of several segments
 * can be searched as that one word (see phraseShortcuts).
 */
export function equivalenceGroups(terms: readonly GlossaryTermForms[], lang: 'zh' | 'en'): EquivalenceGroup[] {
  return terms
    .map((t) => {
      const seen = new Set<string>();
      const words: string[] = [];
      const english = lang === 'zh' ? t.forms.en.filter(singleLatinWord) : [];
      for (const word of [...t.forms[lang], ...(t.aliases?.[lang] ?? []), ...english]) {
        const key = word.trim().toLowerCase();
        if (key === '' || citedInPassing(word) || seen.has(key)) continue;
        seen.add(key);
        words.push(word.trim());
      }
      return { id: t.id, words: withSpacedVariants(words) };
    })
    .filter((g) => g.words.length >= 2);
}

/** Hyphens and dashes between two letters or digits (Examine–Empower–Enact, 审查-赋权-行动, UN-SWAP). */
const INNER_DASH = /(?<=[\p{L}\p{N}])[-‐‑‒–—―](?=[\p{L}\p{N}])/gu;

/** A word with its inner hyphens and dashes as spaces (Examine Empower Enact); the word itself when it has none. */
export const spacedVariant = (word: string) => word.replace(INNER_DASH, ' ');

/**
 * A group's words followed by the spaced variant of each word written with inner dashes: Pagefind
 * keeps "Examine–Empower–Enact" as one word, so a record that uses it also carries "Examine Empower
 * Enact", and a reader who types the words apart finds it.
 */
export function withSpacedVariants(words: readonly string[]): string[] {
  const out = [...words];
  for (const word of words) {
    const spaced = spacedVariant(word);
    if (!out.some((w) => w.toLowerCase() === spaced.toLowerCase())) out.push(spaced);
  }
  return out;
}

/**
 * Between a record's own text and the equivalents the index adds: punctuation, so Pagefind indexes
 * no word for it, and kept in the stored content (which folds newlines), so the browser can cut there.
 */
export const EQUIVALENTS_MARK = ' ¦ ';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a text uses a word: Chinese as a substring, Latin as whole words, ignoring case. */
export function usesWord(text: string, word: string): boolean {
  if (/\p{Script=Han}/u.test(word) && !/[A-Za-z]/.test(word)) return text.includes(word);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(word).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

/**
 * What the index adds to a record's text: for each group the text uses, the group's other words,
 * as "RFBF = reaching the furthest behind first / reach the furthest behind first". Empty when none.
 */
export function equivalentsFor(text: string, groups: readonly EquivalenceGroup[]): string[] {
  const lines: string[] = [];
  for (const group of groups) {
    const used = group.words.filter((w) => usesWord(text, w));
    const first = used[0];
    if (first === undefined) continue;
    const missing = group.words.filter((w) => !used.includes(w));
    if (missing.length > 0) lines.push(`${first} = ${missing.join(' / ')}`);
  }
  return lines;
}

/** An abbreviation: one Latin word in capitals (LNOB, UN-SWAP, COVID-19). */
export const isAbbreviation = (word: string) => /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)?$/.test(word) && word.length >= 2;

/** How a phrase is looked up in the shortcuts: width folded, lower case, single spaces. */
export const phraseKey = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();

/**
 * Shortcuts for the browser: each phrase of a group that has an abbreviation (else a one-word
 * English form, in Chinese), mapped to it ("reaching the furthest behind first" → "RFBF",
 * 不让任何一个人掉队 → "LNOB", 交叉性 → "intersectionality"). Every record using any word of the
 * group carries that word, so searching it finds the same records from one index chunk, where the
 * phrase's own words (or a Chinese word's segments: 交叉 + 性) would need up to one chunk each.
 */
export function phraseShortcuts(groups: readonly EquivalenceGroup[]): Record<string, string> {
  const shortcuts: Record<string, string> = {};
  for (const group of groups) {
    const byLength = (a: string, b: string) => a.length - b.length;
    const token = group.words.filter(isAbbreviation).sort(byLength)[0] ?? group.words.filter(singleLatinWord).sort(byLength)[0];
    if (token === undefined) continue;
    for (const word of group.words) if (word !== token && /[\s\p{Script=Han}]/u.test(word)) shortcuts[phraseKey(word)] = token;
  }
  return shortcuts;
}

/** Whether a query may be a phrase with a shortcut: several words, or three Chinese characters or more. */
export const mayHaveShortcut = (query: string) => /\s/u.test(query.trim()) || [...query.matchAll(/\p{Script=Han}/gu)].length >= 3;
