/**
 * Milestones on a vertical time axis: each a dot at its year with the date and label beside it;
 * spans drawn as a bar from start to end. Reads without colour; labels never overlap because each
 * milestone has its own row, placed in date order.
 */
import { scaleLinear } from 'd3-scale';
import { extent } from 'd3-array';
import { NARROW, el, paint, escapeXml, joinsWithSpace, spaced, svgFigure, wrap, wrapBy } from './svg.ts';

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
  /** Space between milestones, in px. */
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

/** Breaks a label into lines no wider than `max` px by the rough width above (svg.ts's `wrap`). */
export const wrapLabel = (label: string, max: number): string[] => wrapBy(label, max, labelWidth);

/**
 * Drawn for a phone's column (NARROW wide): each milestone's first line is a small strip of the
 * years the timeline spans, with the milestone's dot or bar on it, and its date; its label runs
 * below across the whole width. Date and label are one <text>, in <tspan>s parted by a space, so the
 * text layer reads "25 September 2015 The General Assembly…", never the two run together.
 */
export function timelineChart(items: readonly Milestone[], o: TimelineOptions): string {
  const width = NARROW;
  const strip = 88;
  const lineHeight = 18;
  // Labels start 2 px in: some glyphs (an opening quote) reach left of their origin.
  const wrapped = items.map((m) => wrap(m.label, width - 6));
  const [lo = 1945, hi = 2025] = extent(items.flatMap((m) => [m.start, m.end])) as [number, number];
  // The strip spans the years; each milestone has its own rows, so the scale only places the mark.
  const x = scaleLinear()
    .domain([Math.floor(lo), Math.ceil(hi)])
    .range([6, strip - 6]);
  let top = 4;
  // Each milestone's strip of years, all in one group that gives them their colour.
  const strips: string[] = [];
  const rows = items.map((m, i) => {
    const lines = wrapped[i] ?? [];
    const cy = top + 10;
    top += (lines.length + 1) * lineHeight + (o.row ?? 14);
    strips.push(el('line', { x1: 0, x2: strip, y1: cy, y2: cy }));
    const x0 = x(m.start);
    const x1 = x(m.end);
    return el('g', { 'data-row': i }, [
      m.end > m.start
        ? el('rect', { x: x0, y: cy - 5, width: Math.max(x1 - x0, 3), height: 10, class: paint.accent, rx: 3 })
        : el('circle', { cx: x0, cy, r: 6, class: paint.accent }),
      el('text', { y: cy }, [
        el('tspan', { x: strip + 10, 'font-weight': 700 }, escapeXml(m.date)),
        ...lines.map(
          (line, li) =>
            `${li === 0 || joinsWithSpace(lines[li - 1] ?? '', line) ? ' ' : ''}${el('tspan', { x: 2, dy: li === 0 ? lineHeight + 2 : lineHeight }, escapeXml(line))}`,
        ),
      ]),
    ]);
  });
  return svgFigure(o.id, { width, height: top - (o.row ?? 14) + 6, inline: true }, o.title, o.description, [
    el('g', { class: paint.edge }, strips),
    el('g', { 'dominant-baseline': 'middle' }, spaced(rows)),
  ]);
}
