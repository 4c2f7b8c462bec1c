/**
 * Every figure of the site in one language: its words from content/figures/figures.yaml, its numbers
 * counted from the content, one builder per figure in this folder, in the order the content gives.
 * Pure: the content comes in as data (src/utils/figures.ts passes Astro's collections, the search
 * index the files), so the pages and the index read the same figures.
 */
import { htmlLang, type Locale } from '../../locales.ts';
import { format } from '../../../i18n/format.ts';
import { useTranslations } from '../../../i18n/index.ts';
import { factorsFigure } from './factors.ts';
import { flowFigure } from './flow.ts';
import { matrixFigure } from './matrix.ts';
import { mentionsFigure } from './mentions.ts';
import { partnersFigure } from './partners.ts';
import { structureFigure } from './structure.ts';
import { timelineFigure } from './timeline.ts';
import type { FigureBuilder, FigureContent, FigureContext, FigureView } from './types.ts';

export type { FigureContent, FigurePart, FigureToolkitEntry, FigureView } from './types.ts';

const BUILDERS: Record<string, FigureBuilder> = {
  structure: structureFigure,
  factors: factorsFigure,
  matrix: matrixFigure,
  mentions: mentionsFigure,
  timeline: timelineFigure,
  partners: partnersFigure,
  flow: flowFigure,
};

const byOrder = <T extends { order: number }>(list: readonly T[]): T[] => [...list].sort((a, b) => a.order - b.order);

export function figureViews(lang: Locale, content: FigureContent): FigureView[] {
  const entries = byOrder(content.figures);
  const missing = Object.keys(BUILDERS).filter((id) => !entries.some((e) => e.id === id));
  if (missing.length > 0) throw new Error(`content/figures/figures.yaml: no entry for the figure ${missing.join(', ')}`);
  const tag = htmlLang(lang);
  const context: FigureContext = {
    lang,
    t: useTranslations(lang),
    parts: content.parts,
    sourceParts: content.sourceParts,
    factors: byOrder(content.factors),
    groups: byOrder(content.groups),
    themes: content.themes,
    milestones: content.milestones,
    toolkit: content.toolkit.map(({ slug, title, recommendations, conclusions }) => ({ slug, title, recommendations, conclusions })),
  };
  const figures: FigureView[] = [];
  for (const data of entries) {
    const build = BUILDERS[data.id];
    if (!build)
      throw new Error(`content/figures/figures.yaml: ${data.id}: no figure of that id (src/lib/figures/views/ draws ${Object.keys(BUILDERS).join(', ')})`);
    const figure = build(context, {
      title: data.title[lang],
      caption: (vars) => format(tag, data.caption[lang], vars),
      summary: (vars) => format(tag, data.summary[lang], vars),
      paragraphs: data.paragraphs ?? [],
    });
    if (figure) figures.push(figure);
  }
  return figures;
}
