/**
 * Figures whose sentences name "the most" name every tie, with "each", instead of the first of them
 * (issue 27): the flow figure's summary, built from a small toolkit where two recommendations tie.
 */
import { describe, expect, it } from 'vitest';
import { flowFigure } from '../../src/lib/figures/views/flow.ts';
import type { FigureContext, FigurePart, FigureWords } from '../../src/lib/figures/views/types.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { readCollection } from '../helpers/content.ts';
import { figureSchema } from '../../src/schemas/figures.ts';
import { format } from '../../src/i18n/format.ts';
import { htmlLang, type Locale } from '../../src/lib/locales.ts';

const flowWords = readCollection('content/figures/figures.yaml', figureSchema).find((e) => e.id === 'flow');

/** One part holding conclusions 1–2 and recommendations 1–3. */
const part = {
  label: 'IV',
  title: 'Conclusions and recommendations',
  outline: {
    paragraphs: [],
    sections: [
      { kind: 'conclusion', n: 1 },
      { kind: 'conclusion', n: 2 },
      { kind: 'recommendation', n: 1 },
      { kind: 'recommendation', n: 2 },
      { kind: 'recommendation', n: 3 },
    ],
  },
} as unknown as FigurePart;

function summary(lang: Locale, toolkit: FigureContext['toolkit']): string {
  const t = useTranslations(lang);
  if (!flowWords) throw new Error('content/figures/figures.yaml has no "flow" entry');
  const words: FigureWords = {
    title: flowWords.title[lang],
    caption: (vars) => format(htmlLang(lang), flowWords.caption[lang], vars),
    summary: (vars) => format(htmlLang(lang), flowWords.summary[lang], vars),
    paragraphs: [],
  };
  const context = { lang, t, parts: [part], sourceParts: [part], factors: [], groups: [], themes: [], milestones: [], toolkit } as FigureContext;
  return flowFigure(context, words)?.summary ?? '';
}

const entry = (slug: string, recommendations: number[]) => ({ slug, title: slug, recommendations, conclusions: [1] });

describe('the flow figure names every recommendation with the most entries', () => {
  const tied = [entry('a', [1]), entry('b', [1]), entry('c', [3]), entry('d', [3]), entry('e', [2])];
  const single = [entry('a', [1]), entry('b', [3]), entry('c', [3])];
  it('English: a tie names both, "each"', () => {
    expect(summary('en', tied)).toContain('The most entries follow Recommendation 1 and Recommendation 3 (2 toolkit entries each).');
    expect(summary('en', single)).toContain('The most entries follow Recommendation 3 (2 toolkit entries).');
  });
  it('Chinese: a tie names both, 各', () => {
    const zh = summary('zh', tied);
    expect(zh).toMatch(/落实条目最多的是建议 1\s*和\s*建议 3（各 2 个工具箱条目）。/);
    expect(summary('zh', single)).toContain('落实条目最多的是建议 3（2 个工具箱条目）。');
  });
});
