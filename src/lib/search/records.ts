/**
 * What the search index holds: one record per report paragraph (so a result lands on #p{n}),
 * one per section heading, glossary term and timeline milestone — each with its URL, language,
 * display metadata (labels, in the record's language) and filters (ids). Pure: the build script feeds it content and writes the index.
 */
import type { Outline } from '../report/outline.ts';
import type { Locale } from '../locales.ts';
import { punctuation } from '../punctuation.ts';

export interface SearchRecord {
  url: string;
  language: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface PartInput {
  part: string;
  label: string;
  title: string;
  outline: Outline;
}

export interface TermInput {
  id: string;
  term: { zh: string; en: string };
  definition: { zh: string; en: string };
}

export interface MilestoneInput {
  id: string;
  dateText: string;
  label: string;
}

/**
 * What a record is, its `type` filter: ids, the same in every language (the search page shows each with its
 * label, the `nav.{type}` string), so an address like `?type=figures&part=conclusions` reads the same anywhere.
 */
export const RECORD_TYPES = ['report', 'toolkit', 'contexts', 'figures', 'glossary', 'timeline', 'tool'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export interface RecordStrings {
  paragraph: (n: number) => string;
}

/** Plain text for the index: footnote markers out, sub-items joined (no space between Chinese lines). */
export function searchableText(text: string, lang: Locale): string {
  return text
    .replace(/\[\^\d+\]/g, '')
    .split('\n')
    .join(punctuation(lang).space)
    .trim();
}

/** A section as a result label: its own label ("Conclusion 2", "经验教训之一") without the closing mark, else its title. */
export function sectionName(label: string, title: string): string {
  const short = label.replace(/[.:：。]+$/u, '').trim();
  return short || title;
}

/** Pagefind's index language for a site language: Chinese records go to its `zh` index. */
export const indexLanguage = (lang: Locale) => (lang === 'zh' ? 'zh' : 'en');

export function reportRecords(lang: Locale, base: string, parts: readonly PartInput[], s: RecordStrings): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const p of parts) {
    const partName = `${p.label} ${p.title}`;
    const url = (hash: string) => `${base}${lang}/report/${p.part}/#${hash}`;
    for (const para of p.outline.paragraphs) {
      const section = p.outline.sections.find((x) => x.paragraphs.includes(para.n));
      // "Paragraph 24 · Conclusion 3 · Conclusions": a reader tells results apart at a glance.
      const where = section ? [sectionName(section.label, section.title), p.title] : [p.title];
      records.push({
        url: url(`p${para.n}`),
        language: indexLanguage(lang),
        content: searchableText(para.text, lang),
        meta: { title: [s.paragraph(para.n), ...where].join(' · '), part: partName, n: String(para.n), kind: 'paragraph' },
        filters: { type: ['report'], part: [p.part], edition: [lang], kind: ['paragraph'] },
      });
    }
    for (const section of p.outline.sections) {
      const heading = `${section.label ? `${section.label} ` : ''}${section.title}`;
      records.push({
        url: url(section.id),
        language: indexLanguage(lang),
        content: [heading, section.lead].filter(Boolean).join(punctuation(lang).space),
        meta: { title: heading, part: partName, kind: 'section' },
        filters: { type: ['report'], part: [p.part], edition: [lang], kind: ['section'] },
      });
    }
  }
  return records;
}

export function glossaryRecords(lang: Locale, base: string, terms: readonly TermInput[]): SearchRecord[] {
  const other = lang === 'zh' ? 'en' : 'zh';
  return terms.map((t, place) => ({
    url: `${base}${lang}/glossary/#${t.id}`,
    language: indexLanguage(lang),
    content: `${t.term[lang]} (${t.term[other]}): ${t.definition[lang]}`,
    meta: { title: `${t.term[lang]} · ${t.term[other]}`, kind: 'glossary' },
    // `term` lets a best bet fetch the entry by its place in the glossary (src/lib/search/bets.ts): short values, a small filter file.
    filters: { type: ['glossary'], edition: [lang], kind: ['glossary'], term: [String(place)] },
  }));
}

export function timelineRecords(lang: Locale, base: string, milestones: readonly MilestoneInput[]): SearchRecord[] {
  return milestones.map((m) => ({
    url: `${base}${lang}/timeline/#${m.id}`,
    language: indexLanguage(lang),
    content: `${m.dateText} ${m.label}`,
    meta: { title: `${m.dateText} · ${m.label}`, kind: 'timeline' },
    filters: { type: ['timeline'], edition: [lang] },
  }));
}

export interface ToolkitInput {
  id: string;
  title: string;
  summary: string;
  body: string;
  component: string;
  stage: string;
  contexts: readonly string[];
  factors: readonly string[];
}

/** MDX body as plain text: citations, headings and list markers out. */
export function plainMdx(body: string, lang: Locale): string {
  const lines = body
    .replace(/<Cite\s+p=\{\s*\d+\s*\}\s*\/>/g, '')
    .split('\n')
    .map((l) => l.replace(/^\s*(#+|-|\d+\.)\s*/, '').trim())
    .filter(Boolean);
  return lines.join(punctuation(lang).space);
}

/** One record per toolkit entry, filterable by component, stage, context and factor (ids). */
export function toolkitRecords(lang: Locale, base: string, entries: readonly ToolkitInput[]): SearchRecord[] {
  return entries.map((e) => ({
    url: `${base}${lang}/toolkit/${e.id}/`,
    language: indexLanguage(lang),
    content: [e.title, e.summary, plainMdx(e.body, lang)].join(punctuation(lang).space),
    meta: { title: e.title, kind: 'toolkit' },
    filters: { type: ['toolkit'], component: [e.component], stage: [e.stage], context: [...e.contexts], factor: [...e.factors], edition: [lang] },
  }));
}

export interface ContextInput {
  id: string;
  name: string;
  summary: string;
}

export function contextRecords(lang: Locale, base: string, contexts: readonly ContextInput[]): SearchRecord[] {
  return contexts.map((c) => ({
    url: `${base}${lang}/contexts/${c.id}/`,
    language: indexLanguage(lang),
    content: `${c.name} ${c.summary}`,
    meta: { title: c.name, kind: 'context' },
    filters: { type: ['contexts'], context: [c.id], edition: [lang] },
  }));
}

export interface FigureInput {
  id: string;
  title: string;
  caption: string;
  summary: string;
}

export function figureRecords(lang: Locale, base: string, figures: readonly FigureInput[]): SearchRecord[] {
  return figures.map((f) => ({
    url: `${base}${lang}/figures/#figure-${f.id}`,
    language: indexLanguage(lang),
    content: [f.title, f.caption, f.summary].join(punctuation(lang).space),
    meta: { title: f.title, kind: 'figure' },
    filters: { type: ['figures'], edition: [lang] },
  }));
}

export function toolRecord(lang: Locale, base: string, title: string, intro: string): SearchRecord {
  return {
    url: `${base}${lang}/tools/prioritise/`,
    language: indexLanguage(lang),
    content: `${title} ${intro}`,
    meta: { title, kind: 'tool' },
    filters: { type: ['tool'], edition: [lang] },
  };
}
