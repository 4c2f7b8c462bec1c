/** The five-factor framework of the box after ¶5 (content/factors). */
import { factorDiagram } from '../../lib/charts/factor-diagram';
import { stripInlineLinks } from '../../lib/inline-links';
import { factorsInOrder } from '../report';
import type { FigureBuilder } from './types';

export const factorsFigure: FigureBuilder = async ({ lang, t }, words) => {
  const factors = await factorsInOrder();
  const names = factors.map((f) => f.data.name[lang]);
  const caption = words.caption();
  return {
    id: 'factors',
    title: words.title,
    caption,
    summary: words.summary({ factors: names.join(lang === 'zh' ? '、' : ', ') }),
    svg: factorDiagram(names, { id: `fig-factors-${lang}`, title: words.title, description: caption, centre: t('fig.factors.centre') }),
    table: {
      columns: [t('fig.factors.factor'), t('fig.factors.description'), t('fig.factors.consider')],
      rows: factors.map((f) => [f.data.name[lang], f.data.description[lang], stripInlineLinks(f.data.consider[lang])]),
    },
    sources: words.paragraphs,
  };
};
