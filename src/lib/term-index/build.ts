/**
 * The back-of-the-book index: each entry (a glossary term, a group, a factor, a reader's word) with the
 * numbers of the paragraphs whose text writes it in one of its declared forms, filed under its initial
 * letter: A–Z in English, by 拼音 in Chinese. Pure: the page hands it the entries and the paragraphs.
 */
import { pinyin } from 'pinyin-pro';
import { isAbbreviation } from '../search/equivalents.ts';
import type { Locale } from '../locales.ts';

export type IndexKind = 'term' | 'group' | 'factor' | 'word';

/** One entry as its list declares it, in the page's language. */
export interface IndexSource {
  /** What the index shows. */
  label: string;
  kind: IndexKind;
  /** The forms looked for in each paragraph's text (see `usesForm`). */
  forms: readonly string[];
  /** Where the entry is explained (its glossary entry, its place in the framework), without the base. */
  href?: string;
  /** The anchor of the entry on the index page (unique on the page). */
  id: string;
  /** A cross-reference only ("RFBF, see reaching the furthest behind first"): the id of the entry it sends to. */
  see?: { id: string; label: string };
  /** A reader's word: the text's own terms for it, which the index names ("the evaluation says …"). */
  says?: readonly string[];
}

export interface IndexEntry extends IndexSource {
  /** The paragraphs that use one of the forms, in order (none for a cross-reference). */
  paragraphs: number[];
}

export interface IndexLetter {
  /** "A" … "Z", or "#" for an entry that starts with neither a letter nor a Chinese character. */
  letter: string;
  entries: IndexEntry[];
}

export interface IndexParagraph {
  n: number;
  /** Plain text (footnote markers as `[^n]` are ignored). */
  text: string;
}

/** ICU's order (拼音 for Chinese, as the glossary page sorts), punctuation and case ignored. */
export const indexCollator = (lang: Locale) =>
  new Intl.Collator(lang === 'zh' ? 'zh-Hans-u-co-pinyin' : 'en', { sensitivity: 'base', ignorePunctuation: true });

/** Spaces count (before any letter): syllable by syllable, "du li" before "dui bi". */
const bySyllable = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * A Chinese label as it is said: its 拼音 without tones, syllable by syllable ("deng yue ji hua"), Latin as
 * written, punctuation dropped. ICU reads each character alone (地 as "de", 长 as "zhang"); pinyin-pro reads it in its word.
 */
const spoken = (label: string) =>
  pinyin(label, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join(' ')
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The index's order: English A–Z; Chinese by 拼音 (syllable by syllable, then ICU's order for what sounds the same). */
export function indexOrder(lang: Locale): (a: string, b: string) => number {
  const collator = indexCollator(lang);
  if (lang !== 'zh') return collator.compare;
  return (a, b) => bySyllable.compare(spoken(a), spoken(b)) || collator.compare(a, b);
}

/** The letter an entry is filed under: the first letter of its first Latin word, or of its first Chinese character's 拼音. */
export function indexLetter(label: string): string {
  const first = spoken(label).normalize('NFKD').charAt(0);
  return /^[a-z]$/i.test(first) ? first.toUpperCase() : '#';
}

const clean = (text: string, lang: Locale) => text.replace(/\[\^\d+\]/g, '').replace(/\n/g, lang === 'zh' ? '' : ' ');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a text uses a form: a Chinese form as a substring; a Latin one case-insensitively at the start of
 * a Latin word, so that plurals and inflections count ("portfolio approach" in "portfolio approaches",
 * "migrant" in "migrants", as the groups and factors declare their forms), and an abbreviation as a whole
 * word ("UN" is not "UNDP" nor "UN-Women"). Chinese characters around a Latin word do not join it (气候融资和COVID-19恢复).
 */
export function usesForm(text: string, form: string): boolean {
  if (!/[A-Za-z]/.test(form)) return text.includes(form);
  // An abbreviation's word ends where a hyphenated one does not go on: "UN" is not in "UN-Women".
  const end = isAbbreviation(form) ? '(?![A-Za-z0-9]|-[A-Za-z0-9])' : '';
  return new RegExp(`(?<![A-Za-z0-9])${escape(form).replace(/\s+/g, '\\s+')}${end}`, 'i').test(text);
}

/** The paragraphs whose text uses one of an entry's forms. */
export function paragraphsUsing(forms: readonly string[], paragraphs: readonly IndexParagraph[], lang: Locale): number[] {
  return paragraphs
    .filter((p) => forms.some((f) => usesForm(clean(p.text, lang), f)))
    .map((p) => p.n)
    .sort((a, b) => a - b);
}

/** The whole index of one language: letters in order, entries in the language's order under each. */
export function buildIndex(sources: readonly IndexSource[], paragraphs: readonly IndexParagraph[], lang: Locale): IndexLetter[] {
  const order = indexOrder(lang);
  const byLetter = new Map<string, IndexEntry[]>();
  for (const source of sources) {
    const entry: IndexEntry = { ...source, paragraphs: source.see ? [] : paragraphsUsing(source.forms, paragraphs, lang) };
    const letter = indexLetter(source.label);
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), entry]);
  }
  const letterOrder = (a: string, b: string) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b, 'en'));
  return [...byLetter.keys()].sort(letterOrder).map((letter) => ({
    letter,
    entries: (byLetter.get(letter) ?? []).sort((a, b) => order(a.label, b.label) || a.kind.localeCompare(b.kind)),
  }));
}
