import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { liveLocales, type Locale } from '../lib/locales';
import type { Component } from '../lib/vocabulary';
import type { EntryRefs } from '../lib/toolkit/xref';

export type ToolkitEntry = CollectionEntry<'toolkit'>;

/** The entry's id without its language folder: `zh/prioritise-groups` → `prioritise-groups`. */
export const entrySlug = (entry: ToolkitEntry) => entry.id.split('/').slice(1).join('/');

import { compareEntries } from '../lib/toolkit/order';
import { readToolkitShape } from '../lib/content/files';

/** The entries of one language in their one order (content/toolkit/toolkit.yaml). */
export async function toolkitEntries(lang: Locale): Promise<ToolkitEntry[]> {
  const key = (e: ToolkitEntry) => ({ component: e.data.component, slug: entrySlug(e) });
  const byOrder = compareEntries(readToolkitShape().order);
  return (await getCollection('toolkit', (e) => e.data.lang === lang)).sort((a, b) => byOrder(key(a), key(b)));
}

/** An entry's "questions for a team workshop", as plain text; a build error if the entry has none. */
export function workshopQuestions(entry: ToolkitEntry): string[] {
  const lang = entry.data.lang as Locale;
  const body = entry.body ?? '';
  const heading = readToolkitShape().sections.find((s) => s.id === 'questions')?.[lang] ?? '';
  const start = body.indexOf(`## ${heading}`);
  if (start < 0) throw new Error(`content/toolkit/${entry.id}.mdx: no "## ${heading}" section (content/toolkit/toolkit.yaml), which the workshop kit quotes`);
  const section = body.slice(start).split(/\n## /)[0] ?? '';
  return [...section.matchAll(/^[-*]\s+(.+)$/gm)].map((m) => (m[1] ?? '').replace(/<Cite\s+p=\{\s*(\d+)\s*\}\s*\/>/g, '¶$1').trim());
}

export type Brief = CollectionEntry<'briefs'>['data'];
export interface BriefAction {
  component: Component;
  text: string;
  cite: number[];
  entry: ToolkitEntry;
}

/**
 * A context's brief in a language, its actions resolved to their entries. Stops the build, naming the file
 * and field, when the brief is missing, an action points to an entry that does not apply to the context, or a
 * citation is neither among the context's paragraphs nor among the entry's sources.
 */
export async function contextBrief(lang: Locale, context: CollectionEntry<'contexts'>): Promise<{ brief: Brief; actions: BriefAction[] }> {
  const file = `content/briefs/${lang}.yaml`;
  const found = await getEntry('briefs', `${lang}-${context.id}`);
  if (!found || found.data.lang !== lang || found.data.context !== context.id)
    throw new Error(`${file}: no brief "${lang}-${context.id}" (lang: ${lang}, context: ${context.id})`);
  const brief = found.data;
  const own = new Set(context.data.paragraphs);
  const entries = new Map((await toolkitEntries(lang)).map((e) => [entrySlug(e), e]));
  const checkCites = (field: string, cite: number[], allowed: Set<number>) => {
    for (const n of cite)
      if (!allowed.has(n))
        throw new Error(
          `${file}: ${found.id} ${field}.cite has ¶${n}, which is neither among the paragraphs of context ${context.id} (${[...own].join(', ')}) nor among the sources of the entry`,
        );
  };
  checkCites('scope', brief.scope.cite, own);
  brief.says.forEach((s, i) => checkCites(`says[${i}]`, s.cite, own));
  checkCites('differs', brief.differs.cite, own);
  const actions = brief.actions.map((a, i) => {
    const entry = entries.get(a.entry);
    if (!entry) throw new Error(`${file}: ${found.id} actions[${i}].entry = "${a.entry}", but content/toolkit/${lang}/ has no such entry`);
    if (!entry.data.contexts.some((c) => c.id === context.id))
      throw new Error(`${file}: ${found.id} actions[${i}].entry = "${a.entry}", which does not apply to ${context.id} (its contexts)`);
    if (entry.data.component !== a.component)
      throw new Error(`${file}: ${found.id} actions[${i}].component = "${a.component}", but entry ${a.entry} is in component ${entry.data.component}`);
    checkCites(`actions[${i}]`, a.cite, new Set([...own, ...entry.data.sources]));
    return { component: a.component, text: a.text, cite: a.cite, entry };
  });
  return { brief, actions };
}

export async function contextsInOrder() {
  return (await getCollection('contexts')).sort((a, b) => a.data.order - b.data.order);
}

/** Where a context's guidance lives: the reading page, its print edition and PDF, the brief alone and its PDF, the workshop kit and its PDF. */
export function contextPaths(lang: Locale, id: string) {
  return {
    web: `/${lang}/contexts/${id}/`,
    print: `/${lang}/contexts/${id}/print/`,
    pdf: `/pdf/${lang}/${id}.pdf`,
    brief: `/${lang}/contexts/${id}/brief/`,
    briefPdf: `/pdf/${lang}/${id}-brief.pdf`,
    workshop: `/${lang}/contexts/${id}/workshop/`,
    workshopPdf: `/pdf/${lang}/${id}-workshop.pdf`,
  };
}

/** Static paths for pages made once per context in every live language. */
export async function contextRoutes() {
  const contexts = await contextsInOrder();
  return liveLocales.flatMap((lang) => contexts.map((context) => ({ params: { lang, id: context.id }, props: { context } })));
}

/** What each entry of a language states about the report's recommendations and conclusions. */
export async function toolkitRefs(lang: Locale): Promise<EntryRefs[]> {
  return (await toolkitEntries(lang)).map((e) => ({
    slug: entrySlug(e),
    title: e.data.title,
    recommendations: e.data.recommendations,
    conclusions: e.data.conclusions,
  }));
}

/** The half-day workshop kit (content/workshop/workshop.yaml), the same plan for every context. */
export async function workshopKit() {
  const entry = await getEntry('workshop', 'half-day');
  if (!entry) throw new Error('content/workshop/workshop.yaml: no entry with the id "half-day"');
  return entry.data;
}
