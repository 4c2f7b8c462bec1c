/**
 * A grid of counts (rows × columns) shaded light to dark, every cell carrying its number, so it
 * reads in greyscale and without colour. Used for "where the report speaks of what".
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { el, inkOn, svgFigure, text } from './svg.ts';
import { wrapLabel } from './timeline.ts';

export interface Grid {
  rows: string[];
  columns: string[];
  /** values[row][column] */
  values: number[][];
}

export interface HeatmapOptions {
  id: string;
  title: string;
  description: string;
  rowLabelWidth?: number;
  cell?: number;
  columnLabelHeight?: number;
}

export function heatmap(grid: Grid, o: HeatmapOptions): string {
  const labelWidth = o.rowLabelWidth ?? 170;
  const cell = o.cell ?? 64;
  const columnLines = grid.columns.map((c) => wrapLabel(c, cell - 6));
  const head = o.columnLabelHeight ?? 16 + Math.max(1, ...columnLines.map((l) => l.length)) * 16 + 4;
  const width = labelWidth + grid.columns.length * cell + 4;
  const height = head + grid.rows.length * (cell * 0.6) + 4;
  const x = scaleBand<number>().domain(grid.columns.map((_, i) => i)).range([labelWidth, width - 4]).padding(0.06);
  const y = scaleBand<number>().domain(grid.rows.map((_, i) => i)).range([head, height - 4]).padding(0.06);
  const top = max(grid.values.flat()) ?? 1;
  // Lightness from 0.96 (zero) to 0.25 (the largest count), as a grey-blue ramp.
  const lightness = scaleLinear().domain([0, Math.max(top, 1)]).range([0.96, 0.25]);
  const fill = (l: number) => {
    const c = Math.round(l * 255);
    return `rgb(${Math.round(c * 0.8)},${Math.round(c * 0.9)},${c})`;
  };
  const columnLabels = columnLines.flatMap((lines, i) =>
    lines.map((line, li) => text(line, { x: (x(i) ?? 0) + x.bandwidth() / 2, y: head - 10 - (lines.length - 1 - li) * 16, 'text-anchor': 'middle', fill: 'currentColor', 'font-size': 13 })),
  );
  const rows = grid.rows.map((r, ri) =>
    el('g', { class: 'row', 'data-row': ri }, [
      text(r, { x: labelWidth - 8, y: (y(ri) ?? 0) + y.bandwidth() / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle', fill: 'currentColor' }),
      ...grid.columns.map((_, ci) => {
        const value = grid.values[ri]?.[ci] ?? 0;
        const l = lightness(value);
        const cx = x(ci) ?? 0;
        const cy = y(ri) ?? 0;
        return el('g', {}, [
          el('rect', { x: cx, y: cy, width: x.bandwidth(), height: y.bandwidth(), fill: fill(l), stroke: '#8a94a3', 'stroke-width': 0.5 }),
          text(String(value), { x: cx + x.bandwidth() / 2, y: cy + y.bandwidth() / 2, 'text-anchor': 'middle', 'dominant-baseline': 'middle', fill: inkOn(l), 'font-weight': 700 }),
        ]);
      }),
    ]),
  );
  return svgFigure(o.id, width, height, o.title, o.description, [...columnLabels, ...rows]);
}
