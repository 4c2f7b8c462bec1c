/**
 * One share of a whole as a bar out of 100, with the share written on it. Fluid: the bar is a
 * percentage of the chart's width, so it fills any column with its text at 14 px.
 */
import { NARROW, el, paint, paints, multiline, svgFigure, text, wrap } from './svg.ts';

export interface ProportionOptions {
  id: string;
  title: string;
  description: string;
  label: string;
}

export function proportionBar(percent: number, o: ProportionOptions): string {
  const lines = wrap(o.label, NARROW - 8);
  const barY = lines.length * 18 + 10;
  const share = `${Math.max(0, Math.min(100, percent))}%`;
  return svgFigure(o.id, { width: NARROW, height: barY + 34, fluid: true, inline: true }, o.title, o.description, [
    multiline(lines, { x: 0, y: 17, 'font-weight': 700 }, 18),
    ' ',
    // The outline's stroke lies on the chart's edge; overflow="visible" on the <svg> keeps it whole.
    el('rect', { x: 0, y: barY, width: '100%', height: 32, class: paints('paper', 'inkLine'), 'stroke-width': 1.5 }),
    el('rect', { x: 0, y: barY, width: share, height: 32, class: paint.accent }),
    text(`${percent}%`, { x: share, dx: -8, y: barY + 16, 'text-anchor': 'end', 'dominant-baseline': 'middle', class: paint.onAccent, 'font-weight': 700 }),
    ' ',
    text('100%', { x: '100%', dx: -6, y: barY + 16, 'text-anchor': 'end', 'dominant-baseline': 'middle' }),
  ]);
}

/** The share the text states, e.g. "约 80%的答复者" or "About 80% of respondents" → 80. */
export function statedPercent(text: string): number | undefined {
  const m = /(\d{1,3})\s?%/.exec(text);
  return m ? Number(m[1]) : undefined;
}
