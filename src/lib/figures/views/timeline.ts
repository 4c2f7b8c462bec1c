/** The dates the evaluation names, in order (content/timeline). */
import { timelineChart } from '../../charts/timeline.ts';
import { timelineData } from '../data.ts';
import { formatDate } from '../../dates.ts';
import type { FigureBuilder } from './types.ts';

export const timelineFigure: FigureBuilder = ({ lang, t, milestones }, words) => {
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
