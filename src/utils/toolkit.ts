import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../lib/locales';

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
