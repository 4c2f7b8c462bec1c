/**
 * Horizontal bars with their values written at the end (meaning never by colour or length alone):
 * used for "at a glance" (paragraphs per part). Data → SVG markup, no DOM.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { el, svgFigure, text } from './svg.ts';

export interface Bar {
  label: string;
  value: number;
}

export interface BarOptions {
  id: string;
  title: string;
  description: string;
  width?: number;
  labelWidth?: number;
  barHeight?: number;
}

export function horizontalBars(bars: readonly Bar[], o: BarOptions): string {
  const width = o.width ?? 640;
  const labelWidth = o.labelWidth ?? 200;
  const rowHeight = o.barHeight ?? 36;
  const height = bars.length * rowHeight + 8;
  const y = scaleBand<number>().domain(bars.map((_, i) => i)).range([4, height - 4]).padding(0.25);
  const x = scaleLinear().domain([0, max(bars, (b) => b.value) ?? 1]).range([0, width - labelWidth - 48]);
  const rows = bars.map((b, i) => {
    const top = y(i) ?? 0;
    const h = y.bandwidth();
    return el('g', { class: 'bar', 'data-row': i }, [
      text(b.label, { x: labelWidth - 8, y: top + h / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle', fill: 'currentColor' }),
      el('rect', { x: labelWidth, y: top, width: Math.max(x(b.value), 1), height: h, fill: '#0b4f8a', rx: 2 }),
      text(String(b.value), { x: labelWidth + x(b.value) + 6, y: top + h / 2, 'dominant-baseline': 'middle', fill: 'currentColor', 'font-weight': 700 }),
    ]);
  });
  return svgFigure(o.id, width, height, o.title, o.description, rows);
}
