/**
 * The citation of the evaluation or of one paragraph as files a reference manager imports: RIS (EndNote,
 * Zotero, Mendeley), BibTeX (biblatex, for LaTeX) and CSL-JSON (Zotero, Pandoc, citeproc). They say what
 * the visible citation says (src/lib/citation.ts), from the same pieces: author, title, the Executive
 * Board as publisher, the session's year, the language, the place cited (session and paragraph, with the
 * translation note in English) as a note, and the address only when the build has one. A paragraph is a
 * place in the document, not a field any of the three formats has, so it travels in the note and in the
 * address (`/{lang}/p/{n}/`). No access date: the reader's manager records when it imports the file.
 */
import { htmlLang, type Locale } from './locales.ts';
import { EDITIONS, HUB, IEO, SESSION_YEAR } from './evaluation.ts';
import { citedPlace, type Cited } from './citation.ts';

export type CitationFormat = 'ris' | 'bib' | 'json';
export const CITATION_FORMATS: CitationFormat[] = ['ris', 'bib', 'json'];

/** The fields every format carries. */
export interface CitationRecord {
  id: string;
  author: string;
  title: string;
  publisher: string;
  year: number;
  /** BCP 47 tag of the cited text: zh-Hans or en. */
  language: string;
  /** The place cited, and in English that the text is this site's translation. */
  note: string;
  url?: string | undefined;
  /** Who translated the text, for a translation. */
  translator?: string | undefined;
}

export function citationRecord(cited: Cited): CitationRecord {
  const { lang, n, url } = cited;
  const e = EDITIONS[lang];
  return {
    id: citationFileName(lang, n),
    author: IEO[lang],
    title: e.title,
    publisher: e.board,
    year: SESSION_YEAR,
    language: htmlLang(lang),
    note: e.translation ? `${citedPlace(cited)}. ${e.translation}` : citedPlace(cited),
    url,
    translator: e.translation ? HUB : undefined,
  };
}

/** The file's name without its extension: `lnob-evaluation-zh`, `lnob-evaluation-en-p12`. */
export const citationFileName = (lang: Locale, n?: number) => `lnob-evaluation-${lang}${n === undefined ? '' : `-p${n}`}`;

/** Where the built file lives: `/zh/cite/evaluation.ris`, `/en/cite/p12.bib`. */
export const citationFilePath = (lang: Locale, n: number | undefined, format: CitationFormat) =>
  `/${lang}/cite/${n === undefined ? 'evaluation' : `p${n}`}.${format}`;

/** The name a download is saved under: `lnob-evaluation-en-p12.ris`, `…-p12.csl.json`. */
export const citationDownloadName = (lang: Locale, n: number | undefined, format: CitationFormat) =>
  `${citationFileName(lang, n)}.${format === 'json' ? 'csl.json' : format}`;

/** One line of RIS holds no line break. */
const risValue = (text: string) => text.replace(/\s+/g, ' ').trim();

export function toRis(r: CitationRecord): string {
  const lines: [string, string | undefined][] = [
    ['TY', 'RPRT'],
    ['ID', r.id],
    ['AU', r.author],
    ['TI', r.title],
    ['PB', r.publisher],
    ['PY', String(r.year)],
    ['LA', r.language],
    ['N1', r.note],
    ['UR', r.url],
    ['A4', r.translator],
  ];
  const body = lines.filter((l): l is [string, string] => l[1] !== undefined).map(([tag, value]) => `${tag}  - ${risValue(value)}`);
  // RIS ends each record with "ER  - "; CRLF line ends are what EndNote writes and every reader takes.
  return [...body, 'ER  - ', ''].join('\r\n');
}

/** TeX's special characters in a field's text, escaped (an address goes in `url`, which biblatex reads verbatim). */
const TEX: Record<string, string> = { '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };
const tex = (text: string) => text.replace(/[\\~^{}&%$#_]/g, (c) => TEX[c] ?? `\\${c}`);

export function toBibtex(r: CitationRecord): string {
  const fields: [string, string | undefined][] = [
    // A body as author: double braces keep it one name, not a first and last name.
    ['author', `{${tex(r.author)}}`],
    // Braces keep the title's capitals as they are.
    ['title', `{${tex(r.title)}}`],
    ['institution', tex(r.publisher)],
    ['year', String(r.year)],
    ['langid', r.language === 'en' ? 'english' : undefined],
    ['note', tex(r.note)],
    ['url', r.url],
    ['translator', r.translator === undefined ? undefined : `{${tex(r.translator)}}`],
  ];
  const body = fields.filter((f): f is [string, string] => f[1] !== undefined).map(([k, v]) => `  ${k} = {${v}}`);
  // biblatex's @report: classic BibTeX has no Unicode, and this citation needs Chinese.
  return `@report{${r.id},\n${body.join(',\n')}\n}\n`;
}

export function toCslJson(r: CitationRecord): string {
  const item = {
    id: r.id,
    type: 'report',
    author: [{ literal: r.author }],
    title: r.title,
    publisher: r.publisher,
    issued: { 'date-parts': [[r.year]] },
    language: r.language,
    note: r.note,
    ...(r.url === undefined ? {} : { URL: r.url }),
    ...(r.translator === undefined ? {} : { translator: [{ literal: r.translator }] }),
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}

export function citationFile(format: CitationFormat, r: CitationRecord): string {
  return format === 'ris' ? toRis(r) : format === 'bib' ? toBibtex(r) : toCslJson(r);
}
