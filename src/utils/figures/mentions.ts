/**
 * Paragraphs per theme and part: the five factors first, then the themes of content/themes. A
 * paragraph is about a theme when its Chinese text (the source) uses one of the theme's Chinese
 * terms, so both languages count the same paragraphs.
 */
import { getCollection } from 'astro:content';
import { heatmap } from '../../lib/charts/heatmap';
import { mentionsData } from '../../lib/figures/data';
import { factorsInOrder } from '../report';
import type { FigureBuilder } from './types';

export const mentionsFigure: FigureBuilder = async ({ lang, t, parts, sourceParts }, words) => {
  const factorThemes = (await factorsInOrder()).flatMap((f) =>
    f.data.forms ? [{ order: f.data.order, label: f.data.name[lang], forms: f.data.forms.zh }] : [],
  );
  const otherThemes = (await getCollection('themes')).map((e) => ({ order: e.data.order, label: e.data.label[lang], forms: e.data.forms.zh }));
  const themes = [...factorThemes, ...otherThemes].sort((a, b) => a.order - b.order);
  const grid = mentionsData(parts, lang === 'zh' ? parts : await sourceParts(), themes);
  const totals = grid.values.map((row) => row.reduce((a, b) => a + b, 0));
  const top = totals.indexOf(Math.max(...totals));
  const topRow = grid.values[top] ?? [];
  const topPart = topRow.indexOf(Math.max(...topRow));
  const paragraphs = (n: number) => t('fig.count.paragraphs', { n });
  const caption = words.caption();
  return {
    id: 'mentions',
    title: words.title,
    caption,
    summary: words.summary({
      theme: grid.rows[top] ?? '',
      count: paragraphs(totals[top] ?? 0),
      part: grid.columns[topPart] ?? '',
      partCount: paragraphs(topRow[topPart] ?? 0),
    }),
    svg: heatmap(grid, { id: `fig-mentions-${lang}`, title: words.title, description: caption }),
    table: { columns: [t('fig.mentions.theme'), ...grid.columns], rows: grid.rows.map((r, i) => [r, ...(grid.values[i] ?? [])]) },
    sources: parts.flatMap((p) => p.outline.paragraphs.map((x) => x.n)),
  };
};
