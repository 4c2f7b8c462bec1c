/** Factor × group links, each stated by the evaluation or an editorial reading (content/groups). */
import { dotMatrix } from '../../charts/dot-matrix.ts';
import type { FigureBuilder } from './types.ts';

export const matrixFigure: FigureBuilder = ({ lang, t, factors, groups }, words) => {
  // Row by row, left to right: the order in which the matrix draws its marks (the figures script pairs them by index).
  const factorOrder = (id: string) => factors.findIndex((f) => f.id === id);
  const links = groups.flatMap((g) => [...g.factors].sort((a, b) => factorOrder(a.factor) - factorOrder(b.factor)).map((l) => ({ group: g, ...l })));
  const stated = links.filter((l) => l.basis === 'evaluation').length;
  const basisText = (b: 'evaluation' | 'editorial') => (b === 'evaluation' ? t('framework.evaluation') : t('framework.editorial'));
  const caption = words.caption();
  return {
    id: 'matrix',
    title: words.title,
    caption,
    summary: words.summary({
      n: links.length,
      groups: groups.length,
      total: t('fig.count.links', { n: links.length }),
      stated,
      editorial: t('fig.count.readings', { n: links.length - stated }),
    }),
    svg: dotMatrix(
      groups.map((g) => g.name[lang]),
      factors.map((f) => f.name[lang]),
      groups.map((g) =>
        factors.map((f) => {
          const link = g.factors.find((l) => l.factor === f.id);
          return link ? (link.basis === 'evaluation' ? 'filled' : 'open') : undefined;
        }),
      ),
      { id: `fig-matrix-${lang}`, title: words.title, description: caption, legend: { filled: t('framework.evaluation'), open: t('framework.editorial') } },
    ),
    table: {
      columns: [t('fig.matrix.group'), t('fig.matrix.factor'), t('fig.matrix.basis'), t('fig.matrix.reason'), t('fig.matrix.paragraphs')],
      rows: links.map((l) => [
        l.group.name[lang],
        factors.find((f) => f.id === l.factor)?.name[lang] ?? l.factor,
        basisText(l.basis),
        l.reason[lang],
        l.paragraphs.join(' '),
      ]),
    },
    sources: [...new Set(links.flatMap((l) => l.paragraphs))].sort((a, b) => a - b),
  };
};
