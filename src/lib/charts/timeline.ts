/**
 * Milestones on a vertical time axis: each a dot at its year with the date and label beside it;
 * spans drawn as a bar from start to end. Reads without colour; labels never overlap because each
 * milestone has its own row, placed in date order.
 */
import { scaleLinear } from 'd3-scale';
import { extent } from 'd3-array';
import { el, svgFigure, text } from './svg.ts';

export interface Milestone {
  /** Start and end as fractional years (a single date has end = start). */
  start: number;
  end: number;
  date: string;
  label: string;
}

export interface TimelineOptions {
  id: string;
  title: string;
  description: string;
  width?: number;
  row?: number;
}

/** "2015-09-25" → 2015.73; a span "2018/2022-06" → [2018, 2022.42]. */
export function yearsOf(date: string): [number, number] {
  const one = (d: string) => {
    const [y = 0, m = 1, day = 1] = d.split('-').map(Number);
    return y + (m - 1) / 12 + (day - 1) / 365;
  };
  const [a = '', b] = date.split('/');
  return [one(a), b ? one(b) : one(a)];
}

/** Rough width of a text at 14 px: Chinese characters are square, Latin letters about half. */
export function labelWidth(label: string): number {
  let w = 0;
  for (const ch of label) w += /[\u2E80-\uFFEF]/.test(ch) ? 14 : 7.6;
  return Math.ceil(w);
}

/** Breaks a label into lines no wider than `max` px, at spaces for Latin text, anywhere for Chinese. */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  const tokens = label.match(/[\u2E80-\uFFEF]|[^\s\u2E80-\uFFEF]+|\s+/g) ?? [];
  for (const token of tokens) {
    if (line !== '' && labelWidth(line + token) > max && token.trim() !== '') {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

export function timelineChart(items: readonly Milestone[], o: TimelineOptions): string {
  const width = o.width ?? 640;
  const axis = 110;
  const dateWidth = Math.max(...items.map((m) => labelWidth(m.date) + 8)) + 16;
  const lineHeight = 18;
  const wrapped = items.map((m) => wrapLabel(m.label, width - axis - dateWidth - 8));
  const heights = wrapped.map((lines) => Math.max(lines.length * lineHeight + 12, o.row ?? 30));
  const height = heights.reduce((a, b) => a + b, 0) + 16;
  const [lo = 1945, hi = 2025] = extent(items.flatMap((m) => [m.start, m.end])) as [number, number];
  // The axis spans the years; each milestone gets its own row, so the scale only places the mark.
  const x = scaleLinear().domain([Math.floor(lo), Math.ceil(hi)]).range([0, axis - 24]);
  let top = 8;
  const rows = items.map((m, i) => {
    const h = heights[i] ?? 30;
    const cy = top + lineHeight / 2 + 6;
    const lines = wrapped[i] ?? [];
    top += h;
    const x0 = 10 + x(m.start);
    const x1 = 10 + x(m.end);
    return el('g', { class: 'milestone', 'data-row': i }, [
      el('line', { x1: 10, x2: axis - 12, y1: cy, y2: cy, stroke: '#8a94a3', 'stroke-width': 1 }),
      m.end > m.start
        ? el('rect', { x: x0, y: cy - 5, width: Math.max(x1 - x0, 3), height: 10, fill: '#0b4f8a', rx: 3 })
        : el('circle', { cx: x0, cy, r: 6, fill: '#0b4f8a' }),
      text(m.date, { x: axis, y: cy, 'dominant-baseline': 'middle', fill: 'currentColor', 'font-weight': 700 }),
      ...lines.map((line, li) => text(line, { x: axis + dateWidth, y: cy + li * lineHeight, 'dominant-baseline': 'middle', fill: 'currentColor' })),
    ]);
  });
  return svgFigure(o.id, width, height, o.title, o.description, rows);
}
