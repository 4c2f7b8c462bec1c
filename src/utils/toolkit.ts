import { getCollection, type CollectionEntry } from 'astro:content';
import { liveLocales, type Locale } from '../lib/locales';
import type { EntryRefs } from '../lib/toolkit/xref';

export type ToolkitEntry = CollectionEntry<'toolkit'>;

/** The entry's id without its language folder: `zh/prioritise-groups` → `prioritise-groups`. */
export const entrySlug = (entry: ToolkitEntry) => entry.id.split('/').slice(1).join('/');

export async function toolkitEntries(lang: Locale): Promise<ToolkitEntry[]> {
  return (await getCollection('toolkit', (e) => e.data.lang === lang)).sort(
    (a, b) => a.data.component.localeCompare(b.data.component) || a.data.title.localeCompare(b.data.title, lang),
  );
}

export async function contextsInOrder() {
  return (await getCollection('contexts')).sort((a, b) => a.data.order - b.data.order);
}

/** Where a context's guidance lives: the reading page, its print edition, and the PDF printed from that. */
export function contextPaths(lang: Locale, id: string) {
  return { web: `/${lang}/contexts/${id}/`, print: `/${lang}/contexts/${id}/print/`, pdf: `/pdf/${lang}/${id}.pdf` };
}

/** Static paths for pages made once per context in every live language. */
export async function contextRoutes() {
  const contexts = await contextsInOrder();
  return liveLocales.flatMap((lang) => contexts.map((context) => ({ params: { lang, id: context.id }, props: { context } })));
}

/** What each entry of a language states about the report's recommendations and conclusions. */
export async function toolkitRefs(lang: Locale): Promise<EntryRefs[]> {
  return (await toolkitEntries(lang)).map((e) => ({ slug: entrySlug(e), title: e.data.title, recommendations: e.data.recommendations, conclusions: e.data.conclusions }));
}
