/** The dates the evaluation names, in order (content/timeline). */
import { getCollection } from 'astro:content';
import { timelineChart } from '../../lib/charts/timeline';
import { timelineData } from '../../lib/figures/data';
import { formatDate } from '../../lib/dates';
import type { FigureBuilder } from './types';

export const timelineFigure: FigureBuilder = async ({ lang, t }, words) => {
  const milestones = (await getCollection('timeline')).map((e) => e.data);
  const dated = timelineData(milestones.map((m) => ({ date: m.date, dateText: formatDate(m.date, lang), label: m.label[lang] })));
  const sorted = [...milestones].sort((a, b) => a.date.localeCompare(b.date));
  const caption = words.caption();
  return {
    id: 'timeline',
    title: words.title,
    caption,
    summary: words.summary({
      count: t('fig.count.dates', { n: dated.length }),
      first: formatDate(sorted[0]?.date.split('/')[0] ?? '', lang),
      last: formatDate((sorted.at(-1)?.date.split('/').at(-1) ?? '').slice(0, 4), lang),
    }),
    svg: timelineChart(dated, { id: `fig-timeline-${lang}`, title: words.title, description: caption }),
    table: {
      columns: [t('fig.timeline.date'), t('fig.timeline.event'), t('fig.timeline.source')],
      rows: sorted.map((m) => [
        formatDate(m.date, lang),
        m.label[lang],
        'paragraph' in m.source ? t('timeline.sourceParagraph', { n: m.source.paragraph }) : t('timeline.sourceFootnote', { n: m.source.footnote }),
      ]),
    },
    sources: [...new Set(sorted.flatMap((m) => ('paragraph' in m.source ? [m.source.paragraph] : [])))].sort((a, b) => a - b),
  };
};
