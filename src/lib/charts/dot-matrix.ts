/**
 * A matrix of marks (rows × columns) where each mark's shape carries its kind: a filled circle for
 * one kind, an open circle for the other, nothing for no link. A legend names both in words.
 */
import { scaleBand } from 'd3-scale';
import { el, svgFigure, text } from './svg.ts';
import { labelWidth, wrapLabel } from './timeline.ts';

export type Mark = 'filled' | 'open' | undefined;

export interface DotMatrixOptions {
  id: string;
  title: string;
  description: string;
  legend: { filled: string; open: string };
  rowLabelWidth?: number;
  cell?: number;
}

export function dotMatrix(rows: readonly string[], columns: readonly string[], marks: readonly Mark[][], o: DotMatrixOptions): string {
  // Row labels at 13 px: as wide as the longest; column labels wrap onto up to three lines.
  const rowLabels = Math.ceil(Math.max(...rows.map((r) => (labelWidth(r) * 13) / 14))) + 16;
  const labelWidthPx = o.rowLabelWidth ?? rowLabels;
  const cell = o.cell ?? 96;
  const columnLines = columns.map((c) => wrapLabel(c, cell - 8));
  const head = 16 + Math.max(...columnLines.map((l) => l.length)) * 16 + 8;
  const rowHeight = 26;
  const legendHeight = 34;
  const width = labelWidthPx + columns.length * cell + 8;
  const height = head + rows.length * rowHeight + legendHeight + 8;
  const x = scaleBand<number>().domain(columns.map((_, i) => i)).range([labelWidthPx, width - 8]);
  const y = scaleBand<number>().domain(rows.map((_, i) => i)).range([head, head + rows.length * rowHeight]);
  const dot = (cx: number, cy: number, kind: Mark) =>
    kind === 'filled'
      ? el('circle', { cx, cy, r: 7, fill: '#0b4f8a', stroke: '#0b4f8a', 'stroke-width': 2 })
      : el('circle', { cx, cy, r: 7, fill: '#ffffff', stroke: '#0b4f8a', 'stroke-width': 2 });
  const columnLabels = columnLines.flatMap((lines, i) =>
    lines.map((line, li) => text(line, { x: (x(i) ?? 0) + x.bandwidth() / 2, y: head - 12 - (lines.length - 1 - li) * 16, 'text-anchor': 'middle', fill: 'currentColor', 'font-size': 13, 'font-weight': 700 })),
  );
  // Marks are numbered row by row, left to right: the order of the rows of the figure's table.
  let mark = -1;
  const body = rows.map((r, ri) => {
    const cy = (y(ri) ?? 0) + y.bandwidth() / 2;
    return el('g', { class: 'row' }, [
      el('line', { x1: labelWidthPx, x2: width - 8, y1: cy, y2: cy, stroke: '#c9d0da', 'stroke-width': 1 }),
      text(r, { x: labelWidthPx - 8, y: cy, 'text-anchor': 'end', 'dominant-baseline': 'middle', fill: 'currentColor', 'font-size': 13 }),
      ...columns.flatMap((_, ci) => {
        const kind = marks[ri]?.[ci];
        return kind ? [el('g', { class: 'mark', 'data-row': (mark += 1) }, dot((x(ci) ?? 0) + x.bandwidth() / 2, cy, kind))] : [];
      }),
    ]);
  });
  const ly = height - legendHeight / 2;
  const legend = el('g', { class: 'legend' }, [
    dot(16, ly, 'filled'),
    text(o.legend.filled, { x: 30, y: ly, 'dominant-baseline': 'middle', fill: 'currentColor', 'font-size': 13 }),
    dot(60 + labelWidth(o.legend.filled), ly, 'open'),
    text(o.legend.open, { x: 74 + labelWidth(o.legend.filled), y: ly, 'dominant-baseline': 'middle', fill: 'currentColor', 'font-size': 13 }),
  ]);
  return svgFigure(o.id, width, height, o.title, o.description, [...columnLabels, ...body, legend]);
}
