/** The five-factor framework of the box after ¶5 (content/factors). */
import { factorDiagram } from '../../charts/factor-diagram.ts';
import { stripInlineLinks } from '../../inline-links.ts';
import type { FigureBuilder } from './types.ts';
import { listOf } from '../../punctuation.ts';

export const factorsFigure: FigureBuilder = ({ lang, t, factors }, words) => {
  const names = factors.map((f) => f.name[lang]);
  const caption = words.caption();
  return {
    id: 'factors',
    title: words.title,
    caption,
    summary: words.summary({ factors: listOf(lang, names) }),
    svg: factorDiagram(names, { id: `fig-factors-${lang}`, title: words.title, description: caption, centre: t('fig.factors.centre') }),
    table: {
      columns: [t('fig.factors.factor'), t('fig.factors.description'), t('fig.factors.consider')],
      rows: factors.map((f) => [f.name[lang], f.description[lang], stripInlineLinks(f.consider[lang])]),
    },
    sources: words.paragraphs,
  };
};
