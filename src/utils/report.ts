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

/** How many parts, numbered paragraphs and footnotes the summary has, counted from the text (for the sentences that say so). */
export async function reportCounts(lang: Locale): Promise<{ parts: number; paragraphs: number; notes: number }> {
  const parts = await reportParts(lang);
  return {
    parts: parts.length,
    paragraphs: parts.reduce((sum, p) => sum + p.outline.paragraphs.length, 0),
    notes: new Set(parts.flatMap((p) => p.outline.footnotes)).size,
  };
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

/**
 * Where the text sets out the framework and its groups, for the sentences that point there: the paragraph the
 * five-factor box follows, the note that lists the target groups, and how many groups it lists.
 */
export async function frameworkFacts(lang: Locale): Promise<{ box: number; note: number; groups: number }> {
  const parts = await reportParts(lang);
  const part = parts.find((p) => p.outline.blocks.some((b) => b.kind === 'factor-box'));
  const box = part?.outline.blocks.find((b) => b.kind === 'factor-box');
  const before = part?.outline.paragraphs.filter((p) => box && p.line < box.line).at(-1);
  const note = (await footnotesFor(lang)).find((n) => n.listsGroups);
  if (!before || !note) throw new Error(`content/report/${lang}: the five-factor box follows no paragraph, or no footnote lists the groups (listsGroups)`);
  return { box: before.n, note: note.n, groups: (await groupsInOrder()).length };
}
