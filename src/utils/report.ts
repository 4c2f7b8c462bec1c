import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../lib/locales.ts';
import { outline, type Outline } from '../lib/report/outline.ts';
import type { Part } from '../lib/report/parts.ts';

export interface ReportPart {
  entry: CollectionEntry<'report'>;
  part: Part;
  outline: Outline;
}

/**
 * Outlines by the text they were read from: pages and components ask for the parts many times per
 * page (every citation does), and a text is parsed once. Keyed by the text, so an edit is read anew.
 */
const outlines = new Map<string, Outline>();
function outlineOf(body: string): Outline {
  let found = outlines.get(body);
  if (!found) {
    found = outline(body);
    outlines.set(body, found);
  }
  return found;
}

/** The six parts of the report in one language, in reading order, each with its outline. */
export async function reportParts(lang: Locale): Promise<ReportPart[]> {
  const entries = await getCollection('report', (e) => e.data.lang === lang);
  return entries.sort((a, b) => a.data.order - b.data.order).map((entry) => ({ entry, part: entry.data.part, outline: outlineOf(entry.body ?? '') }));
}

/** Which part holds each paragraph. */
export function paragraphParts(parts: readonly ReportPart[]): Map<number, ReportPart> {
  const map = new Map<number, ReportPart>();
  for (const p of parts) for (const para of p.outline.paragraphs) map.set(para.n, p);
  return map;
}

export async function footnotesFor(lang: Locale) {
  const notes = await getCollection('footnotes', (e) => e.data.lang === lang);
  return notes.map((e) => e.data).sort((a, b) => a.n - b.n);
}

export async function factorsInOrder() {
  return (await getCollection('factors')).sort((a, b) => a.data.order - b.data.order);
}

export async function groupsInOrder() {
  return (await getCollection('groups')).sort((a, b) => a.data.order - b.data.order);
}

/** Which part holds the marker of each footnote. */
export function footnoteParts(parts: readonly ReportPart[]): Map<number, ReportPart> {
  const map = new Map<number, ReportPart>();
  for (const p of parts) for (const n of p.outline.footnotes) map.set(n, p);
  return map;
}
