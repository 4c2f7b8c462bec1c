/**
 * Every figure of the site in one language: its words from content/figures/figures.yaml, its numbers
 * counted from the content, one builder per figure in this folder, in the order the content gives.
 */
import { getCollection } from 'astro:content';
import { htmlLang, type Locale } from '../../lib/locales';
import { format } from '../../i18n/format';
import { useTranslations } from '../../i18n';
import { reportParts } from '../report';
import { factorsFigure } from './factors';
import { flowFigure } from './flow';
import { matrixFigure } from './matrix';
import { mentionsFigure } from './mentions';
import { partnersFigure } from './partners';
import { structureFigure } from './structure';
import { timelineFigure } from './timeline';
import type { FigureBuilder, FigurePart, FigureView } from './types';

export type { FigureView } from './types';

const BUILDERS: Record<string, FigureBuilder> = {
  structure: structureFigure,
  factors: factorsFigure,
  matrix: matrixFigure,
  mentions: mentionsFigure,
  timeline: timelineFigure,
  partners: partnersFigure,
  flow: flowFigure,
};

const partsOf = async (lang: Locale): Promise<FigurePart[]> =>
  (await reportParts(lang)).map((p) => ({ label: p.entry.data.label, title: p.entry.data.title, outline: p.outline }));

export async function allFigures(lang: Locale): Promise<FigureView[]> {
  const entries = (await getCollection('figures')).sort((a, b) => a.data.order - b.data.order);
  const missing = Object.keys(BUILDERS).filter((id) => !entries.some((e) => e.id === id));
  if (missing.length > 0) throw new Error(`content/figures/figures.yaml: no entry for the figure ${missing.join(', ')}`);
  const tag = htmlLang(lang);
  const context = { lang, t: useTranslations(lang), parts: await partsOf(lang), sourceParts: () => partsOf('zh') };
  const figures: FigureView[] = [];
  for (const { id, data } of entries) {
    const build = BUILDERS[id];
    if (!build) throw new Error(`content/figures/figures.yaml: ${id}: no figure of that id (src/utils/figures/ draws ${Object.keys(BUILDERS).join(', ')})`);
    const figure = await build(context, {
      title: data.title[lang],
      caption: (vars) => format(tag, data.caption[lang], vars),
      summary: (vars) => format(tag, data.summary[lang], vars),
      paragraphs: data.paragraphs ?? [],
    });
    if (figure) figures.push(figure);
  }
  return figures;
}
