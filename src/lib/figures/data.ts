/**
 * The figures' data, computed from the content at build time so a figure cannot drift from the
 * text. Each builder returns rows for the table and CSV as well as what the chart needs.
 */
import { countMentions } from './mentions.ts';
import { yearsOf, type Milestone } from '../charts/timeline.ts';
import type { Outline } from '../report/outline.ts';

export interface Table {
  columns: string[];
  rows: (string | number)[][];
}

export interface PartOutline {
  label: string;
  title: string;
  outline: Outline;
}

/** Paragraphs per part. */
export function structureData(parts: readonly PartOutline[]): { bars: { label: string; value: number }[] } {
  return { bars: parts.map((p) => ({ label: `${p.label} ${p.title}`, value: p.outline.paragraphs.length })) };
}

export interface ThemeForms {
  label: string;
  forms: readonly string[];
}

/** Mentions of each theme in each part's paragraphs (footnote markers removed). */
export function mentionsData(parts: readonly PartOutline[], themes: readonly ThemeForms[], lang: 'zh' | 'en') {
  const texts = parts.map((p) => p.outline.paragraphs.map((x) => x.text.replace(/\[\^\d+\]/g, '')).join('\n'));
  return {
    rows: themes.map((t) => t.label),
    columns: parts.map((p) => p.title),
    values: themes.map((t) => texts.map((text) => countMentions(text, t.forms, lang))),
  };
}

export interface DatedItem {
  date: string;
  dateText: string;
  label: string;
}

export function timelineData(items: readonly DatedItem[]): Milestone[] {
  return [...items]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((m) => {
      const [start, end] = yearsOf(m.date);
      return { start, end, date: m.dateText, label: m.label };
    });
}
