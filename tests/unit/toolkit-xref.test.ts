/** Cross-references from the toolkit's frontmatter, and the conclusions → recommendations → toolkit figure. */
import { describe, expect, it } from 'vitest';
import {
  conclusionsForRecommendation,
  entriesForConclusion,
  entriesForRecommendation,
  recommendationsForConclusion,
  type EntryRefs,
} from '../../src/lib/toolkit/xref.ts';
import { flowChart } from '../../src/lib/charts/flow.ts';
import { readToolkit } from '../helpers/content.ts';

const a: EntryRefs = { slug: 'a', title: 'A', recommendations: [1, 3], conclusions: [2] };
const b: EntryRefs = { slug: 'b', title: 'B', recommendations: [3], conclusions: [2, 4] };
const c: EntryRefs = { slug: 'c', title: 'C', recommendations: [6], conclusions: [] };
const refs = [a, b, c];

describe('cross-references', () => {
  it('find the entries that name a recommendation or a conclusion', () => {
    expect(entriesForRecommendation(refs, 3).map((e) => e.slug)).toEqual(['a', 'b']);
    expect(entriesForRecommendation(refs, 2)).toEqual([]);
    expect(entriesForConclusion(refs, 2).map((e) => e.slug)).toEqual(['a', 'b']);
    expect(entriesForConclusion(refs, 4).map((e) => e.slug)).toEqual(['b']);
  });
  it('link a conclusion to the recommendations of the entries that answer it, naming those entries', () => {
    expect(recommendationsForConclusion(refs, 2).map((l) => [l.recommendation, l.via.map((e) => e.slug)])).toEqual([
      [1, ['a']],
      [3, ['a', 'b']],
    ]);
    expect(recommendationsForConclusion(refs, 5)).toEqual([]);
  });
  it('read the same links back from a recommendation to the conclusions it answers', () => {
    expect(conclusionsForRecommendation(refs, 3)).toEqual([2, 4]);
    expect(conclusionsForRecommendation(refs, 1)).toEqual([2]);
    expect(conclusionsForRecommendation(refs, 6)).toEqual([]);
    // Every link one way is a link the other way.
    for (const conclusion of [1, 2, 3, 4, 5]) {
      for (const l of recommendationsForConclusion(refs, conclusion)) expect(conclusionsForRecommendation(refs, l.recommendation)).toContain(conclusion);
    }
  });
  it.each(['zh', 'en'])('%s: every recommendation and conclusion has an entry in the toolkit', (lang) => {
    const real = readToolkit(lang).map((e) => ({
      slug: e.id,
      title: e.front.title,
      recommendations: e.front.recommendations,
      conclusions: e.front.conclusions ?? [],
    }));
    for (let n = 1; n <= 6; n += 1) expect(entriesForRecommendation(real, n).length, `recommendation ${n}`).toBeGreaterThan(0);
    for (let n = 1; n <= 5; n += 1) expect(entriesForConclusion(real, n).length, `conclusion ${n}`).toBeGreaterThan(0);
  });
});

describe('flowChart', () => {
  const links = [
    { from: 'c2', to: 'r1', basis: 'editorial' as const },
    { from: 'c2', to: 'r3', basis: 'editorial' as const },
    { from: 'r1', to: 'a', basis: 'stated' as const },
    { from: 'r3', to: 'a', basis: 'stated' as const },
    { from: 'r3', to: 'b', basis: 'stated' as const },
    // Not between neighbouring columns: left out rather than drawn across the middle column.
    { from: 'c2', to: 'b', basis: 'stated' as const },
  ];
  const svg = flowChart(
    [
      [{ id: 'c2', label: 'Conclusion 2' }],
      [
        { id: 'r1', label: 'Recommendation 1' },
        { id: 'r3', label: 'Recommendation 3' },
      ],
      [
        { id: 'a', label: 'Entry A' },
        { id: 'b', label: 'Entry <B>' },
      ],
    ],
    links,
    {
      id: 't-flow',
      title: 'Flow',
      description: 'Three columns',
      headings: ['Conclusions', 'Recommendations', 'Toolkit'],
      legend: { stated: 'stated', editorial: 'editorial' },
    },
  );
  it('draws one line per link between neighbouring columns, dashed where editorial', () => {
    expect(svg.match(/class="link stated"/g)?.length).toBe(3);
    expect(svg.match(/class="link editorial"/g)?.length).toBe(2);
    expect(svg.match(/<path[^>]*stroke-dasharray/g)?.length).toBe(2);
    // The lines take the accent colour from their group (a paint: src/styles/charts.css).
    expect(svg).toMatch(/<g class="links stroke-accent" fill="none"/);
    // The sixth link (c2 → b) skips the middle column and is not drawn.
    expect(svg.match(/data-row="(\d+)"/g)).toEqual(['data-row="0"', 'data-row="1"', 'data-row="2"', 'data-row="3"', 'data-row="4"']);
  });
  it('labels every node and column, escapes text, and names both kinds of line in the legend', () => {
    for (const label of [
      'Conclusion 2',
      'Recommendation 1',
      'Recommendation 3',
      'Entry A',
      'Entry &lt;B&gt;',
      'Conclusions',
      'Toolkit',
      '>stated<',
      '>editorial<',
    ])
      expect(svg).toContain(label);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="t-flow-title t-flow-desc"/);
    expect(svg).not.toContain('style=');
    for (const size of svg.matchAll(/font-size="(\d+)"/g)) expect(Number(size[1])).toBeGreaterThanOrEqual(12);
  });
  it('matches the golden SVG', async () => {
    await expect(svg).toMatchFileSnapshot('./__snapshots__/flow.svg');
  });
});
