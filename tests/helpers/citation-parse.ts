/**
 * Citation files read back by an independent, maintained parser (citation-js and its RIS, BibTeX and
 * CSL plugins), so that a test checks what a reference manager would import, not what the site wrote.
 */
import { Cite, type CslItem, type CslName } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import type { CitationFormat } from '../../src/lib/citation-files.ts';

const INPUT: Record<CitationFormat, string> = { ris: '@ris/file', bib: '@biblatex/text', json: '@csl/list+object' };

/** What a reader's reference manager sees in a citation file. */
export interface ImportedCitation {
  type: string | undefined;
  title: string | undefined;
  authors: string[];
  year: number | undefined;
  note: string | undefined;
  url: string | undefined;
  translators: string[];
}

const nameOf = (n: CslName) => n.literal ?? [n.given, n.family].filter(Boolean).join(' ');

/** Parses one citation file (its text) and returns its one item; throws when the file holds none or several. */
export function importCitation(text: string, format: CitationFormat): ImportedCitation {
  const items: CslItem[] = new Cite(format === 'json' ? JSON.parse(text) : text, { forceType: INPUT[format] }).data;
  if (items.length !== 1) throw new Error(`${format}: ${items.length} items, expected 1`);
  const item = items[0]!;
  return {
    type: item.type,
    title: item.title,
    authors: (item.author ?? []).map(nameOf),
    year: item.issued?.['date-parts']?.[0]?.[0],
    note: item.note,
    url: item.URL,
    translators: (item.translator ?? []).map(nameOf),
  };
}
