/**
 * The citation of the evaluation or of one of its paragraphs, as "Cite" shows and copies it and as the
 * citation files (src/lib/citation-files.ts) and page metadata give it: the document (the summary that
 * went to the Executive Board), the paragraph number (the document's own, the same in every language
 * version), for English that the text is this site's translation, and the address when the build knows
 * the site's public one. Chinese follows GB/T 7714 ("[R/OL]" and 引用日期 for an online text, "[R]"
 * without an address); English names the access date before the address. Without an address the
 * citation carries none rather than a local one, and no access date.
 */
import type { Locale } from './locales.ts';
import { EDITIONS, IEO } from './evaluation.ts';
import { ACCESS_PLACEHOLDER, accessDate } from './access-date.ts';

/** What is cited: the evaluation in one language, or one paragraph of it; `url` is its public address, if any. */
export interface Cited {
  lang: Locale;
  n?: number | undefined;
  url?: string | undefined;
}

/** A citation as pieces of text, one of which may be the access date (its placeholder until a reader's date fills it). */
export type CitationPiece = { text: string; accessDate?: false } | { text: string; accessDate: true };

/** Where the cited text sits: the session, and the paragraph when one is cited. */
export function citedPlace({ lang, n }: Cited): string {
  const e = EDITIONS[lang];
  if (n === undefined) return e.session;
  return lang === 'zh' ? `${e.session}: ${e.paragraph(n)}` : `${e.session}, ${e.paragraph(n)}`;
}

export function citationPieces(cited: Cited): CitationPiece[] {
  const { lang, url } = cited;
  const e = EDITIONS[lang];
  const date = { text: ACCESS_PLACEHOLDER[lang], accessDate: true } as const;
  if (lang === 'zh') {
    const head = `${IEO.zh}. ${e.title}[${url ? 'R/OL' : 'R'}]. ${citedPlace(cited)}`;
    return url ? [{ text: head }, date, { text: `. ${url}` }] : [{ text: `${head}.` }];
  }
  const head = `${IEO.en}, ${e.title}, ${citedPlace(cited)}. ${e.translation ?? ''}`.trim();
  return url ? [{ text: `${head} Accessed ` }, date, { text: `. ${url}` }] : [{ text: head }];
}

/** The citation as one text: with the reader's access date when `accessed` is given, else with its placeholder. */
export function citationText(cited: Cited, accessed?: Date): string {
  return citationPieces(cited)
    .map((p) => (p.accessDate && accessed ? accessDate(cited.lang, accessed) : p.text))
    .join('');
}

/** The citation of paragraph n, as "Cite" shows it. */
export function paragraphCitation(lang: Locale, n: number, url: string | undefined): string {
  return citationText({ lang, n, url });
}
