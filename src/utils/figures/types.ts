/** What every figure builder is given and gives back (one module per figure in this folder). */
import type { Locale } from '../../lib/locales';
import type { Part } from '../../lib/report/parts';
import type { Outline } from '../../lib/report/outline';
import type { Table } from '../../lib/figures/data';
import type { UiKey } from '../../i18n';

export interface FigureView {
  id: string;
  title: string;
  caption: string;
  summary: string;
  svg: string;
  table: Table;
  /** Paragraphs the figure rests on. */
  sources: number[];
  /** The report part the figure also appears in, if any. */
  part?: Part;
}

/** A figure's words from content/figures/figures.yaml, in the page's language, ready to fill. */
export interface FigureWords {
  title: string;
  caption: (vars?: Record<string, string | number>) => string;
  summary: (vars?: Record<string, string | number>) => string;
  /** The paragraphs its sentences rest on, where its data does not name them. */
  paragraphs: number[];
}

/** A report part as the figures read it. */
export interface FigurePart {
  label: string;
  title: string;
  outline: Outline;
}

export interface FigureContext {
  lang: Locale;
  /** The interface strings (column heads, legends, counts). */
  t: (key: UiKey, vars?: Record<string, string | number>) => string;
  /** The six parts in the page's language, in reading order. */
  parts: FigurePart[];
  /** The six parts in Chinese, the source the counts are made on. */
  sourceParts: () => Promise<FigurePart[]>;
}

/** Builds one figure; undefined when the content does not give what it needs. */
export type FigureBuilder = (context: FigureContext, words: FigureWords) => Promise<FigureView | undefined>;
