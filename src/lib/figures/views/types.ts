/** What every figure builder is given and gives back (one module per figure in this folder). */
import type { z } from 'astro/zod';
import type { Locale } from '../../locales.ts';
import type { Part } from '../../report/parts.ts';
import type { Outline } from '../../report/outline.ts';
import type { Table } from '../data.ts';
import type { UiKey } from '../../../i18n/index.ts';
import type { EntryRefs } from '../../toolkit/xref.ts';
import type { figureSchema } from '../../../schemas/figures.ts';
import type { factorSchema } from '../../../schemas/factors.ts';
import type { groupSchema } from '../../../schemas/groups.ts';
import type { themeSchema } from '../../../schemas/themes.ts';
import type { timelineSchema } from '../../../schemas/timeline.ts';

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
  /** One node at a time (the connections figure): each conclusion with what it links to, as a list a phone
   * reader can follow and pick from to highlight its links in the chart (phone branch, issue 25). */
  follow?: FigureFollow;
}

export interface FigureFollow {
  heading: string;
  items: {
    /** The chart node it is, e.g. `c1`: the chart's links from it carry `data-from`. */
    node: string;
    label: string;
    /** What it links to: a label, and the report part and section id (`recommendations`, `r3`) it is at. */
    targets: { label: string; part: Part; section: string }[];
  }[];
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

/** An entry of a YAML collection as its schema gives it, with its id (what readCollection returns). */
export type Entry<S extends z.ZodType> = z.output<S> & { id: string };

/** A toolkit entry as the figures read it: what it states, and its component for the one order. */
export interface FigureToolkitEntry extends EntryRefs {
  component: string;
}

/**
 * The content the figures are counted from, as data: the Astro pages pass the collections, the search
 * index the files (src/lib/content/files.ts). Lists in any order, save the toolkit (in its one order); the figures sort the rest.
 */
export interface FigureContent {
  /** content/figures/figures.yaml */
  figures: readonly Entry<typeof figureSchema>[];
  /** The report's parts in the figures' language, in reading order. */
  parts: readonly FigurePart[];
  /** The report's parts in Chinese, in reading order: the source the counts are made on. */
  sourceParts: readonly FigurePart[];
  /** The five factors. */
  factors: readonly Entry<typeof factorSchema>[];
  /** The 18 target groups of footnote 9. */
  groups: readonly Entry<typeof groupSchema>[];
  themes: readonly Entry<typeof themeSchema>[];
  milestones: readonly Entry<typeof timelineSchema>[];
  /** The toolkit entries in the figures' language, in their one order (content/toolkit/toolkit.yaml). */
  toolkit: readonly FigureToolkitEntry[];
}

export interface FigureContext extends Omit<FigureContent, 'figures' | 'toolkit'> {
  lang: Locale;
  /** The interface strings (column heads, legends, counts). */
  t: (key: UiKey, vars?: Record<string, string | number>) => string;
  /** The toolkit's entries in their one order (content/toolkit/toolkit.yaml). */
  toolkit: readonly EntryRefs[];
}

/** Builds one figure; undefined when the content does not give what it needs. */
export type FigureBuilder = (context: FigureContext, words: FigureWords) => FigureView | undefined;
