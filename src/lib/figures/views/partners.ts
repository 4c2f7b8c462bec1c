/** ¶12: the share of civil-society respondents who see UNDP as a key partner, read from the text itself. */
import { proportionBar, statedPercent } from '../../charts/proportion.ts';
import type { FigureBuilder } from './types.ts';

export const partnersFigure: FigureBuilder = ({ lang, t, parts }, words) => {
  const p12 = parts.flatMap((p) => p.outline.paragraphs).find((p) => p.n === 12)?.text ?? '';
  const percent = statedPercent(p12);
  if (percent === undefined) return undefined;
  const caption = words.caption({ percent });
  return {
    id: 'partners',
    title: words.title,
    caption,
    summary: words.summary({ percent }),
    svg: proportionBar(percent, { id: `fig-partners-${lang}`, title: words.title, description: caption, label: t('fig.partners.label') }),
    table: { columns: [t('fig.partners.label'), t('fig.partners.share')], rows: [[t('fig.partners.label'), `${percent}%`]] },
    sources: words.paragraphs,
    part: 'findings',
  };
};
