/**
 * The site's figures for the pages: the collections handed to the figure builders of
 * src/lib/figures/views/ (the search index hands them the files instead). Counted once per build and
 * language, however many pages show them (report parts, framework, figures and their CSVs, timeline, home).
 */
import { getCollection } from 'astro:content';
import type { Locale } from '../lib/locales';
import { figureViews, type FigurePart, type FigureView } from '../lib/figures/views/index.ts';
import { onePerKey } from '../lib/once.ts';
import { reportParts } from './report';
import { entrySlug, toolkitEntries } from './toolkit';

export type { FigureView } from '../lib/figures/views/index.ts';

/** A YAML collection's entries as readCollection gives them: the data with its id. */
const withIds = <D>(entries: readonly { id: string; data: D }[]) => entries.map((e) => ({ ...e.data, id: e.id }));

const partsOf = async (lang: Locale): Promise<FigurePart[]> =>
  (await reportParts(lang)).map((p) => ({ label: p.entry.data.label, title: p.entry.data.title, outline: p.outline }));

async function figuresOf(lang: Locale): Promise<FigureView[]> {
  return figureViews(lang, {
    figures: withIds(await getCollection('figures')),
    parts: await partsOf(lang),
    sourceParts: await partsOf('zh'),
    factors: withIds(await getCollection('factors')),
    groups: withIds(await getCollection('groups')),
    themes: withIds(await getCollection('themes')),
    milestones: withIds(await getCollection('timeline')),
    toolkit: (await toolkitEntries(lang)).map((e) => ({
      slug: entrySlug(e),
      component: e.data.component,
      title: e.data.title,
      recommendations: e.data.recommendations,
      conclusions: e.data.conclusions,
    })),
  });
}

const once = onePerKey(figuresOf);

/** Every figure in one language; in `astro dev` counted anew on each call, so an edit to the content shows. */
export const allFigures = (lang: Locale): Promise<FigureView[]> => (import.meta.env.DEV ? figuresOf(lang) : once(lang));
