/**
 * The evaluation as a document that citations, page metadata and the PDFs name, in each language. Each
 * value comes from the source's list of facts (`../source/README.md` of the project brief): the IEO's
 * English title (the text received has no official Chinese title, so the Chinese citation keeps the
 * English one and names the summary's language version), the IEO as author, and the Executive Board
 * session the summary went to (first regular session 2023: the only date the sources give the summary
 * itself; the full report's "December 2022" dates another document).
 */
import type { Locale } from './locales.ts';

/** The evaluation's author, as its citations name it in each language. */
export const IEO: Record<Locale, string> = { zh: '联合国开发计划署独立评价办公室', en: 'Independent Evaluation Office of UNDP' };

/** This site, as the English citation names it: the publisher of every edition, the translator of the English text. */
export const HUB = 'LNOB evaluation hub';

/** The evaluation's title, the IEO's own (English) words. */
export const EVALUATION_TITLE = 'Formative Evaluation of the Integration by UNDP of the Principles of Leaving No One Behind';

/** The year of the Executive Board session the summary went to: its date in every citation. */
export const SESSION_YEAR = 2023;

interface Edition {
  /** The cited document: the summary, in this language version. */
  title: string;
  /** The body the summary went to (GB/T 7714's 出版者). */
  board: string;
  /** The body and session, as the citation writes them. */
  session: string;
  /** Where in the document: paragraph n, the document's own number. */
  paragraph: (n: number) => string;
  /** For a translation, that it is this site's and not the IEO's. */
  translation?: string;
}

export const EDITIONS: Record<Locale, Edition> = {
  zh: {
    title: `${EVALUATION_TITLE}: 摘要中文本`,
    board: '开发署执行局',
    session: `开发署执行局 ${SESSION_YEAR} 年第一届常会`,
    paragraph: (n) => `第 ${n} 段`,
  },
  en: {
    title: `${EVALUATION_TITLE}: summary`,
    board: 'UNDP Executive Board',
    session: `UNDP Executive Board, first regular session ${SESSION_YEAR}`,
    paragraph: (n) => `para. ${n}`,
    translation: `Unofficial English translation of the Chinese edition by the ${HUB}.`,
  },
};
