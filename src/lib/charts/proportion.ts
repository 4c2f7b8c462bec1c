/** One share of a whole as a bar out of 100, with the share written on it. */
import { scaleLinear } from 'd3-scale';
import { el, svgFigure, text } from './svg.ts';

export interface ProportionOptions {
  id: string;
  title: string;
  description: string;
  label: string;
  width?: number;
}

export function proportionBar(percent: number, o: ProportionOptions): string {
  const width = o.width ?? 560;
  const x = scaleLinear().domain([0, 100]).range([0, width - 16]);
  return svgFigure(o.id, width, 84, o.title, o.description, [
    text(o.label, { x: 8, y: 18, fill: 'currentColor', 'font-weight': 700 }),
    el('rect', { x: 8, y: 32, width: x(100), height: 32, fill: '#ffffff', stroke: '#1b1f24', 'stroke-width': 1.5 }),
    el('rect', { x: 8, y: 32, width: x(percent), height: 32, fill: '#0b4f8a' }),
    text(`${percent}%`, { x: 8 + x(percent) - 8, y: 48, 'text-anchor': 'end', 'dominant-baseline': 'middle', fill: '#ffffff', 'font-weight': 700 }),
    text('100%', { x: 8 + x(100) - 6, y: 48, 'text-anchor': 'end', 'dominant-baseline': 'middle', fill: '#1b1f24', 'font-size': 13 }),
  ]);
}

/** The share the text states, e.g. "约 80%的答复者" or "About 80% of respondents" → 80. */
export function statedPercent(text: string): number | undefined {
  const m = /(\d{1,3})\s?%/.exec(text);
  return m ? Number(m[1]) : undefined;
}
