/**
 * What the search index holds: one record per report paragraph (so a result lands on #p{n}),
 * one per section heading, glossary term and timeline milestone — each with its URL, language,
 * display metadata and filters. Pure: the build script feeds it content and writes the index.
 */
import type { Outline } from '../report/outline.ts';

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

export interface RecordStrings {
  paragraph: (n: number) => string;
  report: string;
  glossary: string;
  timeline: string;
}

/** Plain text for the index: footnote markers out, sub-items joined (no space between Chinese lines). */
export function searchableText(text: string, lang: string): string {
  return text
    .replace(/\[\^\d+\]/g, '')
    .split('\n')
    .join(lang === 'zh' ? '' : ' ')
    .trim();
}

/** Pagefind's index language for a site language: Chinese records go to its `zh` index. */
export const indexLanguage = (lang: string) => (lang === 'zh' ? 'zh' : 'en');

export function reportRecords(lang: string, base: string, parts: readonly PartInput[], s: RecordStrings): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const p of parts) {
    const partName = `${p.label} ${p.title}`;
    const url = (hash: string) => `${base}${lang}/report/${p.part}/#${hash}`;
    for (const para of p.outline.paragraphs) {
      records.push({
        url: url(`p${para.n}`),
        language: indexLanguage(lang),
        content: searchableText(para.text, lang),
        meta: { title: `${s.paragraph(para.n)} · ${p.title}`, part: partName, n: String(para.n), kind: 'paragraph' },
        filters: { type: [s.report], part: [partName], edition: [lang] },
      });
    }
    for (const section of p.outline.sections) {
      const heading = `${section.label ? `${section.label} ` : ''}${section.title}`;
      records.push({
        url: url(section.id),
        language: indexLanguage(lang),
        content: [heading, section.lead].filter(Boolean).join(lang === 'zh' ? '' : ' '),
        meta: { title: heading, part: partName, kind: 'section' },
        filters: { type: [s.report], part: [partName], edition: [lang] },
      });
    }
  }
  return records;
}

export function glossaryRecords(lang: 'zh' | 'en', base: string, terms: readonly TermInput[], s: RecordStrings): SearchRecord[] {
  const other = lang === 'zh' ? 'en' : 'zh';
  return terms.map((t) => ({
    url: `${base}${lang}/glossary/#${t.id}`,
    language: indexLanguage(lang),
    content: `${t.term[lang]} (${t.term[other]}): ${t.definition[lang]}`,
    meta: { title: `${t.term[lang]} · ${t.term[other]}`, kind: 'glossary' },
    filters: { type: [s.glossary], edition: [lang] },
  }));
}

export function timelineRecords(lang: string, base: string, milestones: readonly MilestoneInput[], s: RecordStrings): SearchRecord[] {
  return milestones.map((m) => ({
    url: `${base}${lang}/timeline/#${m.id}`,
    language: indexLanguage(lang),
    content: `${m.dateText} ${m.label}`,
    meta: { title: `${m.dateText} · ${m.label}`, kind: 'timeline' },
    filters: { type: [s.timeline], edition: [lang] },
  }));
}
