import { getCollection } from 'astro:content';
import type { Locale } from '../lib/locales';
import { horizontalBars } from '../lib/charts/bars';
import { heatmap } from '../lib/charts/heatmap';
import { timelineChart } from '../lib/charts/timeline';
import { factorDiagram } from '../lib/charts/factor-diagram';
import { dotMatrix } from '../lib/charts/dot-matrix';
import { proportionBar, statedPercent } from '../lib/charts/proportion';
import { stripInlineLinks } from '../lib/inline-links';
import type { Part } from '../lib/report/parts';
import { mentionsData, structureData, timelineData, type Table } from '../lib/figures/data';
import { formatDate } from '../lib/dates';
import { useTranslations, type UiKey } from '../i18n';
import { factorsInOrder, groupsInOrder, reportParts } from './report';
import { toolkitRefs } from './toolkit';
import { flowChart } from '../lib/charts/flow';
import { recommendationsForConclusion, type EntryRefs } from '../lib/toolkit/xref';

export interface FigureView {
  id: string;
  title: string;
  caption: string;
  summary: string;
  svg: string;
  table: Table;
  /** Paragraphs the figure rests on. */
  sources: number[];
  /** The report part the figure also appears in, if any. */
  part?: Part;
}

/** Every figure of the site in one language, computed from the content. */
export async function allFigures(lang: Locale): Promise<FigureView[]> {
  const t = useTranslations(lang);
  const count = (key: UiKey, n: number) => t(key, { n });
  const outlines = async (l: Locale) => (await reportParts(l)).map((p) => ({ label: p.entry.data.label, title: p.entry.data.title, outline: p.outline }));
  const parts = await outlines(lang);

  // 1. At a glance
  const structure = structureData(parts);
  const total = structure.bars.reduce((a, b) => a + b.value, 0);
  const longest = structure.bars.reduce((a, b) => (b.value > a.value ? b : a));
  const sections = parts.flatMap((p) => p.outline.sections.map((s) => s.id));
  const sectionCount = (prefix: string) => sections.filter((id) => new RegExp(`^${prefix}\\d$`).test(id)).length;
  const structureFigure: FigureView = {
    id: 'structure',
    title: t('fig.structure.title'),
    caption: t('fig.structure.caption', { total }),
    summary: t('fig.structure.summary', {
      paragraphs: count('fig.count.paragraphs', total),
      longest: longest.label,
      max: count('fig.count.paragraphs', longest.value),
      conclusions: count('fig.count.conclusions', sectionCount('c')),
      recommendations: count('fig.count.recommendations', sectionCount('r')),
      lessons: count('fig.count.lessons', sectionCount('l')),
    }),
    svg: horizontalBars(structure.bars, { id: `fig-structure-${lang}`, title: t('fig.structure.title'), description: t('fig.structure.caption', { total }) }),
    table: { columns: [t('fig.structure.part'), t('fig.structure.paragraphs')], rows: structure.bars.map((b) => [b.label, b.value]) },
    sources: [7, 8, 9, 33],
  };

  // 2. Paragraphs per theme and part: the five factors first, then the themes of content/themes. A
  // paragraph is about a theme when its Chinese text (the source) uses one of the theme's Chinese
  // terms, so both languages count the same paragraphs.
  const factorThemes = (await factorsInOrder()).flatMap((f) => (f.data.forms ? [{ order: f.data.order, label: f.data.name[lang], forms: f.data.forms.zh }] : []));
  const otherThemes = (await getCollection('themes')).map((e) => ({ order: e.data.order, label: e.data.label[lang], forms: e.data.forms.zh }));
  const themes = [...factorThemes, ...otherThemes].sort((a, b) => a.order - b.order);
  const grid = mentionsData(parts, lang === 'zh' ? parts : await outlines('zh'), themes);
  const totals = grid.values.map((row) => row.reduce((a, b) => a + b, 0));
  const top = totals.indexOf(Math.max(...totals));
  const topRow = grid.values[top] ?? [];
  const topPart = topRow.indexOf(Math.max(...topRow));
  const mentionsFigure: FigureView = {
    id: 'mentions',
    title: t('fig.mentions.title'),
    caption: t('fig.mentions.caption'),
    summary: t('fig.mentions.summary', { theme: grid.rows[top] ?? '', count: count('fig.count.paragraphs', totals[top] ?? 0), part: grid.columns[topPart] ?? '', partCount: count('fig.count.paragraphs', topRow[topPart] ?? 0) }),
    svg: heatmap(grid, { id: `fig-mentions-${lang}`, title: t('fig.mentions.title'), description: t('fig.mentions.caption') }),
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
    summary: t('fig.timeline.summary', { count: count('fig.count.dates', dated.length), first: formatDate(sorted[0]?.date.split('/')[0] ?? '', lang), last: formatDate((sorted.at(-1)?.date.split('/').at(-1) ?? '').slice(0, 4), lang) }),
    svg: timelineChart(dated, { id: `fig-timeline-${lang}`, title: t('fig.timeline.title'), description: t('fig.timeline.caption') }),
    table: {
      columns: [t('fig.timeline.date'), t('fig.timeline.event'), t('fig.timeline.source')],
      rows: sorted.map((m) => [formatDate(m.date, lang), m.label[lang], 'paragraph' in m.source ? t('timeline.sourceParagraph', { n: m.source.paragraph }) : t('timeline.sourceFootnote', { n: m.source.footnote })]),
    },
    sources: [...new Set(sorted.flatMap((m) => ('paragraph' in m.source ? [m.source.paragraph] : [])))].sort((a, b) => a - b),
  };

  // 4. The five-factor framework (the box after ¶5)
  const factors = await factorsInOrder();
  const names = factors.map((f) => f.data.name[lang]);
  const factorsFigure: FigureView = {
    id: 'factors',
    title: t('fig.factors.title'),
    caption: t('fig.factors.caption'),
    summary: t('fig.factors.summary', { factors: names.join(lang === 'zh' ? '、' : ', ') }),
    svg: factorDiagram(names, { id: `fig-factors-${lang}`, title: t('fig.factors.title'), description: t('fig.factors.caption'), centre: t('fig.factors.centre') }),
    table: {
      columns: [t('fig.factors.factor'), t('fig.factors.description'), t('fig.factors.consider')],
      rows: factors.map((f) => [f.data.name[lang], f.data.description[lang], stripInlineLinks(f.data.consider[lang])]),
    },
    sources: [5],
  };

  // 5. Factor × group links, stated or editorial
  const groups = await groupsInOrder();
  // Row by row, left to right: the order in which the matrix draws its marks (the figures script pairs them by index).
  const factorOrder = (id: string) => factors.findIndex((f) => f.id === id);
  const links = groups.flatMap((g) => [...g.data.factors].sort((a, b) => factorOrder(a.factor) - factorOrder(b.factor)).map((l) => ({ group: g, ...l })));
  const stated = links.filter((l) => l.basis === 'evaluation').length;
  const basisText = (b: 'evaluation' | 'editorial') => (b === 'evaluation' ? t('framework.evaluation') : t('framework.editorial'));
  const matrixFigure: FigureView = {
    id: 'matrix',
    title: t('fig.matrix.title'),
    caption: t('fig.matrix.caption'),
    summary: t('fig.matrix.summary', { n: links.length, groups: groups.length, total: count('fig.count.links', links.length), stated, editorial: count('fig.count.readings', links.length - stated) }),
    svg: dotMatrix(
      groups.map((g) => g.data.name[lang]),
      names,
      groups.map((g) => factors.map((f) => {
        const link = g.data.factors.find((l) => l.factor === f.id);
        return link ? (link.basis === 'evaluation' ? 'filled' : 'open') : undefined;
      })),
      { id: `fig-matrix-${lang}`, title: t('fig.matrix.title'), description: t('fig.matrix.caption'), legend: { filled: t('framework.evaluation'), open: t('framework.editorial') } },
    ),
    table: {
      columns: [t('fig.matrix.group'), t('fig.matrix.factor'), t('fig.matrix.basis'), t('fig.matrix.reason'), t('fig.matrix.paragraphs')],
      rows: links.map((l) => [l.group.data.name[lang], factors.find((f) => f.id === l.factor)?.data.name[lang] ?? l.factor, basisText(l.basis), l.reason[lang], l.paragraphs.join(' ')]),
    },
    sources: [...new Set(links.flatMap((l) => l.paragraphs))].sort((a, b) => a - b),
  };

  // 6. ¶12: the share of civil-society respondents who see UNDP as a key partner, read from the text.
  const p12 = parts.flatMap((p) => p.outline.paragraphs).find((p) => p.n === 12)?.text ?? '';
  const percent = statedPercent(p12);
  const partnersFigure: FigureView[] =
    percent === undefined
      ? []
      : [{
          id: 'partners',
          title: t('fig.partners.title'),
          caption: t('fig.partners.caption', { percent }),
          summary: t('fig.partners.summary', { percent }),
          svg: proportionBar(percent, { id: `fig-partners-${lang}`, title: t('fig.partners.title'), description: t('fig.partners.caption', { percent }), label: t('fig.partners.label') }),
          table: { columns: [t('fig.partners.label'), t('fig.partners.share')], rows: [[t('fig.partners.label'), `${percent}%`]] },
          sources: [12],
          part: 'findings',
        }];

  // 7. Conclusions → recommendations → toolkit, from what the entries state.
  const flowFigure = flowFigureOf(lang, await toolkitRefs(lang), parts);

  return [structureFigure, factorsFigure, matrixFigure, mentionsFigure, timelineFigure, ...partnersFigure, flowFigure];
}

/** Entries in the order of the recommendations they follow, so the lines cross as little as they can. */
const byFirstRecommendation = (refs: readonly EntryRefs[]) => {
  const mean = (e: EntryRefs) => e.recommendations.reduce((a, b) => a + b, 0) / Math.max(1, e.recommendations.length);
  return [...refs].sort((a, b) => mean(a) - mean(b) || a.title.localeCompare(b.title));
};

function flowFigureOf(lang: Locale, refs: EntryRefs[], parts: readonly { outline: { sections: { id: string }[]; paragraphs: { n: number }[] } }[]): FigureView {
  const t = useTranslations(lang);
  const numbers = (prefix: string) => parts.flatMap((p) => p.outline.sections.map((s) => s.id)).filter((id) => new RegExp(`^${prefix}\\d+$`).test(id)).map((id) => Number(id.slice(1)));
  const conclusions = numbers('c');
  const recommendations = numbers('r');
  const conclusionLabel = (n: number) => t('toolkit.conclusion', { n });
  const recommendationLabel = (n: number) => t('toolkit.recommendation', { n });
  const stated = refs.flatMap((e) => e.recommendations.map((r) => ({ from: `r${r}`, to: e.slug, basis: 'stated' as const, row: [recommendationLabel(r), e.title, t('fig.flow.stated')] })));
  const editorial = conclusions.flatMap((c) =>
    recommendationsForConclusion(refs, c).map((l) => ({ from: `c${c}`, to: `r${l.recommendation}`, basis: 'editorial' as const, row: [conclusionLabel(c), recommendationLabel(l.recommendation), t('fig.flow.editorial', { n: l.via.length })] })),
  );
  const perRecommendation = recommendations.map((r) => refs.filter((e) => e.recommendations.includes(r)).length);
  const topCount = Math.max(...perRecommendation);
  const used = recommendations.filter((_, i) => (perRecommendation[i] ?? 0) > 0).length;
  const links = [...editorial, ...stated];
  return {
    id: 'flow',
    title: t('fig.flow.title'),
    caption: t('fig.flow.caption'),
    summary: t('fig.flow.summary', {
      n: refs.length,
      entries: t('fig.count.entries', { n: refs.length }),
      recommendations: t('fig.count.recommendations', { n: used }),
      stated: t('fig.count.statedLinks', { n: stated.length }),
      editorial: t('fig.count.editorialLinks', { n: editorial.length }),
      top: recommendations[perRecommendation.indexOf(topCount)] ?? 0,
      topCount: t('fig.count.entries', { n: topCount }),
    }),
    svg: flowChart(
      [conclusions.map((c) => ({ id: `c${c}`, label: conclusionLabel(c), short: String(c) })), recommendations.map((r) => ({ id: `r${r}`, label: recommendationLabel(r), short: String(r) })), byFirstRecommendation(refs).map((e) => ({ id: e.slug, label: e.title }))],
      links,
      { id: `fig-flow-${lang}`, title: t('fig.flow.title'), description: t('fig.flow.caption'), headings: [t('fig.flow.conclusions'), t('fig.flow.recommendations'), t('fig.flow.toolkit')], legend: { stated: t('fig.flow.legendStated'), editorial: t('fig.flow.legendEditorial') } },
    ),
    table: { columns: [t('fig.flow.from'), t('fig.flow.to'), t('fig.flow.basis')], rows: links.map((l) => l.row) },
    sources: parts.filter((p) => p.outline.sections.some((s) => /^[cr]\d+$/.test(s.id))).flatMap((p) => p.outline.paragraphs.map((x) => x.n)),
  };
}
