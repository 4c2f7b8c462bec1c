/** Chart builders: data → SVG markup, checked for structure and against golden files. */
import { describe, expect, it } from 'vitest';
import { horizontalBars } from '../../src/lib/charts/bars.ts';
import { heatStep, heatmap } from '../../src/lib/charts/heatmap.ts';
import { labelWidth, timelineChart, wrapLabel, yearsOf } from '../../src/lib/charts/timeline.ts';
import { DARK_STEP, NARROW, SCALE_STEPS, escapeXml, measure, multiline, wrap } from '../../src/lib/charts/svg.ts';
import { flowChart } from '../../src/lib/charts/flow.ts';
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
  {
    rows: ['Data', 'Gender'],
    columns: ['A', 'B', 'C'],
    values: [
      [0, 2, 5],
      [1, 0, 3],
    ],
  },
  { id: 't-heat', title: 'Mentions', description: 'Counts per part' },
);
const line = timelineChart(
  [
    { ...{ start: yearsOf('1945')[0], end: yearsOf('1945')[1] }, date: '1945', label: 'Charter of the United Nations' },
    {
      ...{ start: yearsOf('2018/2022-06')[0], end: yearsOf('2018/2022-06')[1] },
      date: '2018–June 2022',
      label: 'The period the evaluation covers, 2018 to mid-2022',
    },
  ],
  { id: 't-line', title: 'Dates', description: 'Two dates' },
);

const diagram = factorDiagram(['A', 'B', 'C', 'D', 'E'], { id: 't-fac', title: 'Five factors', description: 'Around the intersection', centre: 'X' });
const matrix = dotMatrix(
  ['Women', 'Youth'],
  ['Discrimination', 'Socio-economic status'],
  [
    ['filled', undefined],
    [undefined, 'open'],
  ],
  { id: 't-mat', title: 'Links', description: 'Stated or editorial', legend: { filled: 'stated', open: 'editorial' } },
);
const share = proportionBar(80, { id: 't-pro', title: 'Share', description: 'About 80%', label: 'Respondents' });
const flow = flowChart(
  [
    [
      { id: 'c1', label: 'Conclusion 1', short: '1' },
      { id: 'c2', label: 'Conclusion 2', short: '2' },
    ],
    [
      { id: 'r1', label: 'Recommendation 1', short: '1' },
      { id: 'r2', label: 'Recommendation 2', short: '2' },
      { id: 'r3', label: 'Recommendation 3', short: '3' },
    ],
    [
      { id: 'e1', label: 'Explaining UNDP’s added value: “equality+” and reaching the furthest behind first' },
      { id: 'e2', label: 'Working with civil society' },
    ],
  ],
  [
    { from: 'c1', to: 'r1', basis: 'editorial' },
    { from: 'c2', to: 'r3', basis: 'editorial' },
    { from: 'r1', to: 'e1', basis: 'stated' },
    { from: 'r3', to: 'e1', basis: 'stated' },
    { from: 'r2', to: 'e2', basis: 'stated' },
  ],
  {
    id: 't-flow',
    title: 'Flow',
    description: 'Conclusions, recommendations, entries',
    headings: ['Conclusions', 'Recommendations', 'Toolkit entries'],
    legend: { stated: 'link an entry states', editorial: 'editorial (through entries)' },
  },
);
const zhLine = timelineChart(
  [
    {
      start: 2015.73,
      end: 2015.73,
      date: '2015年9月25日',
      label: '大会通过《变革我们的世界：2030年可持续发展议程》，承诺不让任何一个人掉队，并首先帮助落在最后面的人',
    },
  ],
  { id: 't-zhline', title: '时间', description: '一个日期' },
);
const textOf = (svg: string) =>
  svg
    .replace(/<title[\s\S]*?<\/desc>/, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
/** The width the chart is drawn at: its viewBox, or for a fluid chart the narrowest column it is laid out for. */
const drawnWidth = (svg: string) => Number(/viewBox="0 0 ([\d.]+) /.exec(svg)?.[1] ?? NARROW);

describe.each([
  ['factor-diagram', diagram],
  ['dot-matrix', matrix],
  ['proportion', share],
  ['bars', bars],
  ['heatmap', grid],
  ['timeline', line],
  ['flow-entries', flow],
])('%s', (name, svg) => {
  it('is an image with its title and description, and no style attributes', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="t-\w+-title t-\w+-desc"/);
    expect(svg).toMatch(/<title id="t-\w+-title">[^<]+<\/title><desc id="t-\w+-desc">[^<]+<\/desc>/);
    expect(svg).not.toMatch(/style=/);
  });
  it('paints by class, never by a colour of its own (so tokens, print and forced colours reach it)', () => {
    const paints = [...svg.matchAll(/ (?:fill|stroke)="([^"]*)"/g)].map((m) => m[1]);
    for (const value of paints) expect(value).toMatch(/^(currentColor|none|url\(#[\w-]+\))$/);
  });
  it('writes no text smaller than 12 px', () => {
    for (const m of svg.matchAll(/font-size="([\d.]+)"/g)) expect(Number(m[1])).toBeGreaterThanOrEqual(12);
  });
  it('is drawn to fit a 360 px phone’s column (328 px) at its own size, or fills its column (fluid)', () => {
    expect(drawnWidth(svg)).toBeLessThanOrEqual(NARROW);
    if (!svg.includes('viewBox=')) expect(svg).toMatch(/^<svg [^>]*width="100%"/);
  });
  it('keeps its texts apart in the text layer', () => {
    // Two texts written side by side with nothing between them would read as one word ("2015The").
    expect(svg).not.toMatch(/<\/text><text|<\/tspan><tspan/);
  });
  it('matches its golden SVG', async () => {
    await expect(svg).toMatchFileSnapshot(`./__snapshots__/${name}.svg`);
  });
});

describe('what the charts say', () => {
  it('bars: one bar per datum, its length in proportion (a share of the width), its value written at its end', () => {
    const widths = [...bars.matchAll(/<rect [^>]*width="([\d.]+)%"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect(widths[1]! / widths[0]!).toBeCloseTo(18 / 6, 1);
    expect(Math.max(...widths)).toBeLessThanOrEqual(85);
    expect(bars).toMatch(new RegExp(`<text x="${widths[0]}%" dx="6"[^>]*>6</text>`));
    expect(bars).toContain('>18</text>');
  });
  it('heatmap: every cell carries its number, more is a darker step, and a dark step has light text', () => {
    const steps = [...grid.matchAll(/<rect [^>]*class="fill-scale-(\d)"/g)].map((m) => Number(m[1]));
    const numbers = [...grid.matchAll(/<text x="[\d.]+" y="[\d.]+"(?: class="([\w-]+)")?>(\d+)<\/text>/g)];
    const values = numbers.map((m) => Number(m[2]));
    expect(values).toEqual([0, 2, 5, 1, 0, 3]);
    expect(steps).toHaveLength(6);
    const byValue = values.map((value, i) => ({ value, step: steps[i]! })).sort((a, b) => a.value - b.value);
    for (let i = 1; i < byValue.length; i += 1) expect(byValue[i]!.step).toBeGreaterThanOrEqual(byValue[i - 1]!.step);
    // None is step 0, the largest the last step; counts between in even bands.
    expect(steps).toEqual([0, 2, 5, 1, 0, 3]);
    expect(numbers.map((m) => m[1] === 'fill-on-accent')).toEqual(steps.map((s) => s >= DARK_STEP));
    expect(heatStep(1, 100)).toBe(1);
    expect(heatStep(100, 100)).toBe(SCALE_STEPS - 1);
  });
  it('timeline: date and label are one text, parted by a space; Chinese lines join without one', () => {
    expect(textOf(line)).toContain('1945 Charter of the United Nations');
    expect(textOf(line)).toContain('2018–June 2022 The period the evaluation covers, 2018 to mid-2022');
    expect(textOf(zhLine)).toContain('2015年9月25日 大会通过《变革我们的世界：2030年可持续发展议程》，承诺不让任何一个人掉队，并首先帮助落在最后面的人');
    expect(zhLine.match(/<tspan /g)!.length).toBeGreaterThan(2);
  });
  it('flow: numbered boxes, a dashed line per editorial link, a dot per stated link, every title whole', () => {
    expect(flow.match(/<path [^>]*data-row/g)).toHaveLength(2);
    expect(flow.match(/<path [^>]*stroke-dasharray="5 3"[^>]*class="link editorial"/g)).toHaveLength(2);
    expect(flow.match(/<circle [^>]*data-row/g)).toHaveLength(3);
    expect(textOf(flow)).toContain('Explaining UNDP’s added value: “equality+” and reaching the furthest behind first');
    expect(textOf(flow)).toContain('link an entry states');
    // Each title's lines fit between the lanes and the chart's right edge.
    for (const m of flow.matchAll(/<tspan[^>]*>([^<]+)<\/tspan>/g)) expect(measure(m[1]!.replace(/&quot;/g, '"'))).toBeLessThanOrEqual(NARROW - 3 * 24 - 12);
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
    const dots = [...matrix.matchAll(/<circle [^>]*class="(fill-[\w-]+) stroke-accent"/g)].map((m) => m[1]);
    expect(dots).toEqual(['fill-accent', 'fill-paper', 'fill-accent', 'fill-paper']);
    expect(matrix).toContain('>stated</text>');
    expect(matrix).toContain('>editorial</text>');
  });
  it('proportion: the share read from the text, drawn out of 100', () => {
    expect(statedPercent('约 80%的答复者认为')).toBe(80);
    expect(statedPercent('About 80% of respondents')).toBe(80);
    const widths = [...share.matchAll(/<rect [^>]* width="([\d.]+)%"/g)].map((m) => Number(m[1]));
    expect(widths).toEqual([100, 80]);
  });
  it('measures Latin text by the widths of a wide font, Chinese as squares', () => {
    expect(measure('mmmm')).toBeGreaterThan(measure('iiii') * 2);
    expect(measure('Recommendations', true)).toBeGreaterThan(measure('Recommendations'));
    expect(measure('开发署')).toBe(42);
    expect(measure('“开发署”')).toBe(70);
  });
  it('wraps with no line wider than asked, and no Chinese line opening on closing punctuation', () => {
    const lines = wrap('Explaining UNDP’s added value: “equality+” and reaching the furthest behind first', 160);
    expect(lines.join(' ')).toBe('Explaining UNDP’s added value: “equality+” and reaching the furthest behind first');
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(160);
    const zh = wrap('认识偏见，开展关于公平、平等和不歧视的对话', 14 * 4);
    expect(zh.join('')).toBe('认识偏见，开展关于公平、平等和不歧视的对话');
    for (const l of zh) {
      expect(l).not.toMatch(/^[，、。]/);
      expect(measure(l)).toBeLessThanOrEqual(56);
    }
  });
  it('writes wrapped lines as <tspan>s of one <text>, Latin lines parted by a space', () => {
    expect(multiline(['one two', 'three'], { x: 4, y: 10 }, 16)).toBe('<text x="4" y="10"><tspan>one two</tspan> <tspan x="4" dy="16">three</tspan></text>');
    expect(multiline(['开发署', '发布'], { x: 4, y: 10 }, 16)).toBe('<text x="4" y="10"><tspan>开发署</tspan><tspan x="4" dy="16">发布</tspan></text>');
  });
  it('escapes text', () => {
    expect(escapeXml('a < b & "c"')).toBe('a &lt; b &amp; &quot;c&quot;');
  });
});
