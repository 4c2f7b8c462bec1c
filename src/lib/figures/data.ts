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
  /** How the Chinese source writes the theme: substrings (the one list of terms the count uses). */
  forms: readonly string[];
}

/**
 * For each theme and each part: how many of the part's paragraphs are about the theme, that is, how
 * many mention one of its terms. A paragraph is judged from the Chinese source text (`source`, the
 * same parts in the same order), whatever the language of the labels, so a count means the same
 * paragraphs in both languages. Footnote markers are left out.
 */
export function mentionsData(parts: readonly PartOutline[], source: readonly PartOutline[], themes: readonly ThemeForms[]) {
  const numbers = (p: PartOutline) => p.outline.paragraphs.map((x) => x.n).join(' ');
  parts.forEach((p, i) => {
    const s = source[i];
    if (!s || numbers(s) !== numbers(p))
      throw new Error(`mentionsData: part ${i + 1} ("${p.title}") does not have the same paragraphs as the Chinese source's part ${i + 1}`);
  });
  const texts = source.map((p) => p.outline.paragraphs.map((x) => x.text.replace(/\[\^\d+\]/g, '')));
  return {
    rows: themes.map((t) => t.label),
    columns: parts.map((p) => p.title),
    values: themes.map((t) => texts.map((paragraphs) => paragraphs.filter((text) => countMentions(text, t.forms, 'zh') > 0).length)),
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
