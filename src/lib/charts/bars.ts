/**
 * Horizontal bars with their values written at the end (meaning never by colour or length alone):
 * used for "at a glance" (paragraphs per part). Data → SVG markup, no DOM.
 *
 * Fluid: each label stands on its own line above its bar, and bar lengths are percentages of the
 * chart's width, so the chart fills any column (a 328 px phone or a 640 px page) with its text at 14 px.
 */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { NARROW, el, paint, multiline, spaced, svgFigure, text, wrap } from './svg.ts';

export interface Bar {
  label: string;
  value: number;
}

export interface BarOptions {
  id: string;
  title: string;
  description: string;
}

const LINE = 18;
const BAR = 18;

export function horizontalBars(bars: readonly Bar[], o: BarOptions): string {
  // The longest bar takes 85 % of the width, leaving room for its value at the narrowest column.
  const x = scaleLinear()
    .domain([0, max(bars, (b) => b.value) ?? 1])
    .range([0, 85]);
  let top = 4;
  const rows = bars.map((b, i) => {
    const lines = wrap(b.label, NARROW - 8);
    const labelY = top + 14;
    const barY = top + lines.length * LINE + 4;
    top = barY + BAR + 14;
    const end = `${Math.round(Math.max(x(b.value), 0.3) * 100) / 100}%`;
    return el(
      'g',
      { 'data-row': i },
      spaced([
        multiline(lines, { x: 0, y: labelY }, LINE),
        el('rect', { x: 0, y: barY, width: end, height: BAR, class: paint.accent, rx: 2 }),
        text(String(b.value), { x: end, dx: 6, y: barY + BAR / 2, 'dominant-baseline': 'middle', 'font-weight': 700 }),
      ]),
    );
  });
  return svgFigure(o.id, { width: NARROW, height: top - 6, fluid: true, inline: true }, o.title, o.description, [spaced(rows)]);
}
