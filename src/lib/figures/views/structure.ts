/** At a glance: the paragraphs of each part, and what the summary holds. */
import { horizontalBars } from '../../charts/bars.ts';
import { structureData } from '../data.ts';
import type { SectionKind } from '../../report/sections.ts';
import type { FigureBuilder } from './types.ts';

export const structureFigure: FigureBuilder = ({ lang, t, parts }, words) => {
  const structure = structureData(parts);
  const total = structure.bars.reduce((a, b) => a + b.value, 0);
  const longest = structure.bars.reduce((a, b) => (b.value > a.value ? b : a));
  const sections = parts.flatMap((p) => p.outline.sections);
  const sectionCount = (kind: SectionKind) => sections.filter((s) => s.kind === kind).length;
  const paragraphs = (n: number) => t('fig.count.paragraphs', { n });
  const caption = words.caption({ total });
  return {
    id: 'structure',
    title: words.title,
    caption,
    summary: words.summary({
      paragraphs: paragraphs(total),
      longest: longest.label,
      max: paragraphs(longest.value),
      conclusions: t('fig.count.conclusions', { n: sectionCount('conclusion') }),
      recommendations: t('fig.count.recommendations', { n: sectionCount('recommendation') }),
      lessons: t('fig.count.lessons', { n: sectionCount('lesson') }),
    }),
    svg: horizontalBars(structure.bars, { id: `fig-structure-${lang}`, title: words.title, description: caption }),
    table: { columns: [t('fig.structure.part'), t('fig.structure.paragraphs')], rows: structure.bars.map((b) => [b.label, b.value]) },
    sources: words.paragraphs,
  };
};
