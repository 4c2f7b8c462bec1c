/** Conclusions → recommendations → toolkit entries, from what the entries state (content/toolkit). */
import { flowChart } from '../../charts/flow.ts';
import type { SectionKind } from '../../report/sections.ts';
import { recommendationsForConclusion, type EntryRefs } from '../../toolkit/xref.ts';
import type { FigureBuilder } from './types.ts';
import { listOf } from '../../punctuation.ts';

/** Entries in the order of the recommendations they follow, so the lines cross as little as they can. */
const byFirstRecommendation = (refs: readonly EntryRefs[]) => {
  const mean = (e: EntryRefs) => e.recommendations.reduce((a, b) => a + b, 0) / Math.max(1, e.recommendations.length);
  return [...refs].sort((a, b) => mean(a) - mean(b) || a.title.localeCompare(b.title));
};

export const flowFigure: FigureBuilder = ({ lang, t, parts, toolkit: refs }, words) => {
  const sections = parts.flatMap((p) => p.outline.sections);
  const numbers = (kind: SectionKind) => sections.flatMap((s) => (s.kind === kind && s.n !== undefined ? [s.n] : []));
  const conclusions = numbers('conclusion');
  const recommendations = numbers('recommendation');
  const conclusionLabel = (n: number) => t('toolkit.conclusion', { n });
  const recommendationLabel = (n: number) => t('toolkit.recommendation', { n });
  const stated = refs.flatMap((e) =>
    e.recommendations.map((r) => ({ from: `r${r}`, to: e.slug, basis: 'stated' as const, row: [recommendationLabel(r), e.title, t('fig.flow.stated')] })),
  );
  const editorial = conclusions.flatMap((c) =>
    recommendationsForConclusion(refs, c).map((l) => ({
      from: `c${c}`,
      to: `r${l.recommendation}`,
      basis: 'editorial' as const,
      row: [conclusionLabel(c), recommendationLabel(l.recommendation), t('fig.flow.editorial', { n: l.via.length })],
    })),
  );
  const perRecommendation = recommendations.map((r) => refs.filter((e) => e.recommendations.includes(r)).length);
  const topCount = Math.max(...perRecommendation);
  // Ties are named, not broken: every recommendation that the most entries follow.
  const tops = recommendations.filter((_, i) => perRecommendation[i] === topCount);
  const used = recommendations.filter((_, i) => (perRecommendation[i] ?? 0) > 0).length;
  const links = [...editorial, ...stated];
  const caption = words.caption();
  return {
    id: 'flow',
    title: words.title,
    caption,
    summary: words.summary({
      n: refs.length,
      entries: t('fig.count.entries', { n: refs.length }),
      recommendations: t('fig.count.recommendations', { n: used }),
      stated: t('fig.count.statedLinks', { n: stated.length }),
      editorial: t('fig.count.editorialLinks', { n: editorial.length }),
      top: listOf(lang, tops.map(recommendationLabel), 'and'),
      topCount: t(tops.length > 1 ? 'fig.count.entriesEach' : 'fig.count.entries', { n: topCount }),
    }),
    svg: flowChart(
      [
        conclusions.map((c) => ({ id: `c${c}`, label: conclusionLabel(c), short: String(c) })),
        recommendations.map((r) => ({ id: `r${r}`, label: recommendationLabel(r), short: String(r) })),
        byFirstRecommendation(refs).map((e) => ({ id: e.slug, label: e.title })),
      ],
      links,
      {
        id: `fig-flow-${lang}`,
        title: words.title,
        description: caption,
        headings: [t('fig.flow.conclusions'), t('fig.flow.recommendations'), t('fig.flow.toolkit')],
        legend: { stated: t('fig.flow.legendStated'), editorial: t('fig.flow.legendEditorial') },
      },
    ),
    table: { columns: [t('fig.flow.from'), t('fig.flow.to'), t('fig.flow.basis')], rows: links.map((l) => l.row) },
    follow: {
      heading: t('fig.flow.follow'),
      items: conclusions.map((c) => ({
        node: `c${c}`,
        label: conclusionLabel(c),
        targets: recommendationsForConclusion(refs, c).map((l) => ({
          label: recommendationLabel(l.recommendation),
          part: 'recommendations' as const,
          section: `r${l.recommendation}`,
        })),
      })),
    },
    sources: parts
      .filter((p) => p.outline.sections.some((s) => s.kind === 'conclusion' || s.kind === 'recommendation'))
      .flatMap((p) => p.outline.paragraphs.map((x) => x.n)),
  };
};
