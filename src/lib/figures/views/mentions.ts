/**
 * Paragraphs per theme and part: the five factors first, then the themes of content/themes. A
 * paragraph is about a theme when its Chinese text (the source) uses one of the theme's Chinese
 * terms, so both languages count the same paragraphs.
 */
import { heatmap } from '../../charts/heatmap.ts';
import { mentionsData } from '../data.ts';
import type { FigureBuilder } from './types.ts';

export const mentionsFigure: FigureBuilder = ({ lang, t, parts, sourceParts, factors, themes: others }, words) => {
  const factorThemes = factors.flatMap((f) => (f.forms ? [{ order: f.order, label: f.name[lang], forms: f.forms.zh }] : []));
  const otherThemes = others.map((e) => ({ order: e.order, label: e.label[lang], forms: e.forms.zh }));
  const themes = [...factorThemes, ...otherThemes].sort((a, b) => a.order - b.order);
  const grid = mentionsData(parts, lang === 'zh' ? parts : sourceParts, themes);
  const totals = grid.values.map((row) => row.reduce((a, b) => a + b, 0));
  // Ties are named, not broken: every theme with the highest count, and every part with the top theme's highest.
  const tops = (values: readonly number[]) => values.flatMap((v, i) => (v === Math.max(...values) ? [i] : []));
  const quoted = (names: string[]) => new Intl.ListFormat(lang, { type: 'conjunction' }).format(names.map((n) => `“${n}”`));
  const topThemes = tops(totals);
  const top = topThemes[0] ?? 0;
  const topRow = grid.values[top] ?? [];
  const topParts = tops(topRow);
  const caption = words.caption();
  return {
    id: 'mentions',
    title: words.title,
    caption,
    summary: words.summary({
      theme: quoted(topThemes.map((i) => grid.rows[i] ?? '')),
      count: t(topThemes.length > 1 ? 'fig.count.paragraphsEach' : 'fig.count.paragraphs', { n: totals[top] ?? 0 }),
      part: quoted(topParts.map((i) => grid.columns[i] ?? '')),
      partCount: t(topParts.length > 1 ? 'fig.count.paragraphsEach' : 'fig.count.paragraphs', { n: Math.max(...topRow) }),
    }),
    svg: heatmap(grid, { id: `fig-mentions-${lang}`, title: words.title, description: caption }),
    table: { columns: [t('fig.mentions.theme'), ...grid.columns], rows: grid.rows.map((r, i) => [r, ...(grid.values[i] ?? [])]) },
    sources: parts.flatMap((p) => p.outline.paragraphs.map((x) => x.n)),
  };
};
