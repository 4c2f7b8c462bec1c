/** Chart builders: data → SVG markup, checked for structure and against golden files. */
import { describe, expect, it } from 'vitest';
import { horizontalBars } from '../../src/lib/charts/bars.ts';
import { heatmap } from '../../src/lib/charts/heatmap.ts';
import { labelWidth, timelineChart, wrapLabel, yearsOf } from '../../src/lib/charts/timeline.ts';
import { escapeXml } from '../../src/lib/charts/svg.ts';
import { factorDiagram } from '../../src/lib/charts/factor-diagram.ts';
import { dotMatrix } from '../../src/lib/charts/dot-matrix.ts';
import { proportionBar, statedPercent } from '../../src/lib/charts/proportion.ts';

const bars = horizontalBars(
  [
    { label: 'Background', value: 6 },
    { label: 'Recommendations', value: 18 },
  ],
  { id: 't-bars', title: 'Paragraphs per part', description: 'Two parts' },
);
const grid = heatmap(
  { rows: ['Data', 'Gender'], columns: ['A', 'B', 'C'], values: [[0, 2, 5], [1, 0, 3]] },
  { id: 't-heat', title: 'Mentions', description: 'Counts per part' },
);
const line = timelineChart(
  [
    { ...{ start: yearsOf('1945')[0], end: yearsOf('1945')[1] }, date: '1945', label: 'Charter of the United Nations' },
    { ...{ start: yearsOf('2018/2022-06')[0], end: yearsOf('2018/2022-06')[1] }, date: '2018–June 2022', label: 'The period the evaluation covers, 2018 to mid-2022' },
  ],
  { id: 't-line', title: 'Dates', description: 'Two dates' },
);

const diagram = factorDiagram(['A', 'B', 'C', 'D', 'E'], { id: 't-fac', title: 'Five factors', description: 'Around the intersection', centre: 'X' });
const matrix = dotMatrix(['Women', 'Youth'], ['Discrimination', 'Socio-economic status'], [['filled', undefined], [undefined, 'open']], { id: 't-mat', title: 'Links', description: 'Stated or editorial', legend: { filled: 'stated', open: 'editorial' } });
const share = proportionBar(80, { id: 't-pro', title: 'Share', description: 'About 80%', label: 'Respondents' });

describe.each([
  ['factor-diagram', diagram],
  ['dot-matrix', matrix],
  ['proportion', share],
  ['bars', bars],
  ['heatmap', grid],
  ['timeline', line],
])('%s', (name, svg) => {
  it('is an image with its title and description, and no style attributes', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="t-\w+-title t-\w+-desc"/);
    expect(svg).toMatch(/<title id="t-\w+-title">[^<]+<\/title><desc id="t-\w+-desc">[^<]+<\/desc>/);
    expect(svg).not.toMatch(/style=/);
  });
  it('writes no text smaller than 12 px', () => {
    for (const m of svg.matchAll(/font-size="([\d.]+)"/g)) expect(Number(m[1])).toBeGreaterThanOrEqual(12);
  });
  it('matches its golden SVG', async () => {
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/${name}.svg`);
  });
});

describe('what the charts say', () => {
  it('bars: one bar per datum, its length in proportion, its value written beside it', () => {
    const widths = [...bars.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[1]! / widths[0]!).toBeCloseTo(18 / 6, 1);
    expect(bars).toContain('>6</text>');
    expect(bars).toContain('>18</text>');
  });
  it('heatmap: every cell carries its number, and more is darker', () => {
    const cells = [...grid.matchAll(/<rect [^>]*fill="rgb\((\d+),(\d+),(\d+)\)"[^>]*\/><text [^>]*>(\d+)<\/text>/g)].map((m) => ({ light: Number(m[3]), value: Number(m[4]) }));
    expect(cells.map((c) => c.value)).toEqual([0, 2, 5, 1, 0, 3]);
    const byValue = [...cells].sort((a, b) => a.value - b.value);
    for (let i = 1; i < byValue.length; i += 1) expect(byValue[i]!.light).toBeLessThanOrEqual(byValue[i - 1]!.light);
  });
  it('timeline: a dot for a date, a bar for a span', () => {
    expect(line.match(/<circle /g)).toHaveLength(1);
    expect(line.match(/<rect /g)).toHaveLength(1);
    expect(yearsOf('2015-09-25')[0]).toBeCloseTo(2015 + 8 / 12 + 24 / 365, 5);
  });
  it('wraps long labels at spaces (Latin) or between characters (Chinese)', () => {
    expect(wrapLabel('one two three four', labelWidth('one two three'))).toEqual(['one two three', 'four']);
    expect(wrapLabel('开发署发布讨论文件', 14 * 4)).toEqual(['开发署发', '布讨论文', '件']);
  });
  it('factor diagram: five circles around a centre, each factor named', () => {
    expect(diagram.match(/<circle /g)).toHaveLength(6);
    for (const name of ['A', 'B', 'C', 'D', 'E', 'X']) expect(diagram).toContain(`>${name}</text>`);
  });
  it('dot matrix: the kind of each link is its shape, and the legend names both', () => {
    const dots = [...matrix.matchAll(/<circle [^>]*fill="(#[0-9a-f]+)"/g)].map((m) => m[1]);
    expect(dots).toEqual(['#0b4f8a', '#ffffff', '#0b4f8a', '#ffffff']);
    expect(matrix).toContain('>stated</text>');
    expect(matrix).toContain('>editorial</text>');
  });
  it('proportion: the share read from the text, drawn out of 100', () => {
    expect(statedPercent('约 80%的答复者认为')).toBe(80);
    expect(statedPercent('About 80% of respondents')).toBe(80);
    const widths = [...share.matchAll(/<rect [^>]* width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths[1]! / widths[0]!).toBeCloseTo(0.8, 5);
  });
  it('escapes text', () => {
    expect(escapeXml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
  });
});
