/**
 * The share of civil-society respondents who see UNDP as a key partner, read from the text itself: from
 * the paragraph that content/figures/figures.yaml names for this figure (its first `paragraphs`).
 */
import { proportionBar, statedPercent } from '../../charts/proportion.ts';
import type { FigureBuilder } from './types.ts';

export const partnersFigure: FigureBuilder = ({ lang, t, parts }, words) => {
  const [stated] = words.paragraphs;
  const text = parts.flatMap((p) => p.outline.paragraphs).find((p) => p.n === stated)?.text ?? '';
  const percent = statedPercent(text);
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
