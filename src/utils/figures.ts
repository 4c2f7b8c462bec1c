import { getCollection } from 'astro:content';
import type { Locale } from '../lib/locales';
import { horizontalBars } from '../lib/charts/bars';
import { heatmap } from '../lib/charts/heatmap';
import { timelineChart } from '../lib/charts/timeline';
import { mentionsData, structureData, timelineData, type Table } from '../lib/figures/data';
import { formatDate } from '../lib/dates';
import { useTranslations } from '../i18n';
import { factorsInOrder, reportParts } from './report';

export interface FigureView {
  id: string;
  title: string;
  caption: string;
  summary: string;
  svg: string;
  table: Table;
  /** Paragraphs the figure rests on. */
  sources: number[];
}

/** Every figure of the site in one language, computed from the content. */
export async function allFigures(lang: Locale): Promise<FigureView[]> {
  const t = useTranslations(lang);
  const parts = (await reportParts(lang)).map((p) => ({ label: p.entry.data.label, title: p.entry.data.title, outline: p.outline }));

  // 1. At a glance
  const structure = structureData(parts);
  const total = structure.bars.reduce((a, b) => a + b.value, 0);
  const longest = structure.bars.reduce((a, b) => (b.value > a.value ? b : a));
  const sections = parts.flatMap((p) => p.outline.sections.map((s) => s.id));
  const count = (prefix: string) => sections.filter((id) => new RegExp(`^${prefix}\\d$`).test(id)).length;
  const structureFigure: FigureView = {
    id: 'structure',
    title: t('fig.structure.title'),
    caption: t('fig.structure.caption', { total }),
    summary: t('fig.structure.summary', { total, longest: longest.label, max: longest.value, conclusions: count('c'), recommendations: count('r'), lessons: count('l') }),
    svg: horizontalBars(structure.bars, { id: `fig-structure-${lang}`, title: t('fig.structure.title'), description: t('fig.structure.caption', { total }), labelWidth: lang === 'zh' ? 150 : 210 }),
    table: { columns: [t('fig.structure.part'), t('fig.structure.paragraphs')], rows: structure.bars.map((b) => [b.label, b.value]) },
    sources: [7, 8, 9, 33],
  };

  // 2. Mentions of themes per part: the five factors first, then the themes of content/themes.
  const factorThemes = (await factorsInOrder()).flatMap((f) => (f.data.forms ? [{ order: f.data.order, label: f.data.name[lang], forms: f.data.forms[lang] }] : []));
  const otherThemes = (await getCollection('themes')).map((e) => ({ order: e.data.order, label: e.data.label[lang], forms: e.data.forms[lang] }));
  const themes = [...factorThemes, ...otherThemes].sort((a, b) => a.order - b.order);
  const grid = mentionsData(parts, themes, lang);
  const totals = grid.values.map((row) => row.reduce((a, b) => a + b, 0));
  const top = totals.indexOf(Math.max(...totals));
  const topRow = grid.values[top] ?? [];
  const topPart = topRow.indexOf(Math.max(...topRow));
  const mentionsFigure: FigureView = {
    id: 'mentions',
    title: t('fig.mentions.title'),
    caption: t('fig.mentions.caption'),
    summary: t('fig.mentions.summary', { theme: grid.rows[top] ?? '', count: totals[top] ?? 0, part: grid.columns[topPart] ?? '', partCount: topRow[topPart] ?? 0 }),
    svg: heatmap(grid, { id: `fig-mentions-${lang}`, title: t('fig.mentions.title'), description: t('fig.mentions.caption'), rowLabelWidth: lang === 'zh' ? 120 : 170, cell: lang === 'zh' ? 80 : 96 }),
    table: { columns: [t('fig.mentions.theme'), ...grid.columns], rows: grid.rows.map((r, i) => [r, ...(grid.values[i] ?? [])]) },
    sources: parts.flatMap((p) => p.outline.paragraphs.map((x) => x.n)),
  };

  // 3. Timeline
  const milestones = (await getCollection('timeline')).map((e) => e.data);
  const dated = timelineData(milestones.map((m) => ({ date: m.date, dateText: formatDate(m.date, lang), label: m.label[lang] })));
  const sorted = [...milestones].sort((a, b) => a.date.localeCompare(b.date));
  const timelineFigure: FigureView = {
    id: 'timeline',
    title: t('fig.timeline.title'),
    caption: t('fig.timeline.caption'),
    summary: t('fig.timeline.summary', { count: dated.length, first: formatDate(sorted[0]?.date.split('/')[0] ?? '', lang), last: formatDate((sorted.at(-1)?.date.split('/').at(-1) ?? '').slice(0, 4), lang) }),
    svg: timelineChart(dated, { id: `fig-timeline-${lang}`, title: t('fig.timeline.title'), description: t('fig.timeline.caption') }),
    table: {
      columns: [t('fig.timeline.date'), t('fig.timeline.event'), t('fig.timeline.source')],
      rows: sorted.map((m) => [formatDate(m.date, lang), m.label[lang], 'paragraph' in m.source ? t('timeline.sourceParagraph', { n: m.source.paragraph }) : t('timeline.sourceFootnote', { n: m.source.footnote })]),
    },
    sources: [...new Set(sorted.flatMap((m) => ('paragraph' in m.source ? [m.source.paragraph] : [])))].sort((a, b) => a - b),
  };

  return [structureFigure, mentionsFigure, timelineFigure];
}
