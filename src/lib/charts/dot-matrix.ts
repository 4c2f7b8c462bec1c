/**
 * A matrix of marks (rows × columns) where each mark's shape carries its kind: a filled circle for
 * one kind, an open circle for the other, nothing for no link. A legend names both in words.
 *
 * Drawn for a phone's column (NARROW wide): row labels wrap, the columns' headings stand upright
 * above narrow columns (column-heads.ts), and the legend puts each kind on its own line.
 */
import { scaleBand } from 'd3-scale';
import { NARROW, el, paint, paints, multiline, spaced, svgFigure, wrap, wrapEvenly } from './svg.ts';
import { columnHeads, columnHeadsHeight } from './column-heads.ts';

export type Mark = 'filled' | 'open' | undefined;

export interface DotMatrixOptions {
  id: string;
  title: string;
  description: string;
  legend: { filled: string; open: string };
}

const LINE = 16;

export function dotMatrix(rows: readonly string[], columns: readonly string[], marks: readonly Mark[][], o: DotMatrixOptions): string {
  const width = NARROW;
  const cell = Math.min(48, Math.floor((width - 150) / Math.max(1, columns.length)));
  const labelWidthPx = width - columns.length * cell;
  const head = columnHeadsHeight(columns);
  const rowLines = rows.map((r) => wrapEvenly(r, labelWidthPx - 12));
  const heights = rowLines.map((l) => Math.max(26, l.length * LINE + 8));
  const tops = heights.map((_, i) => head + heights.slice(0, i).reduce((a, b) => a + b, 0));
  const bodyEnd = head + heights.reduce((a, b) => a + b, 0);
  const legendLines = [wrap(o.legend.filled, width - 32), wrap(o.legend.open, width - 32)];
  const legendTop = bodyEnd + 16;
  const height = legendTop + (legendLines[0]!.length + legendLines[1]!.length) * LINE + 16;
  const x = scaleBand<number>()
    .domain(columns.map((_, i) => i))
    .range([labelWidthPx, width]);
  // Circles take stroke-width 2 from the chart's group (texts ignore it: they have no stroke).
  const dot = (cx: number, cy: number, kind: Mark, attrs: Record<string, string | number> = {}) =>
    el('circle', { cx, cy, r: 7, class: paints(kind === 'filled' ? 'accent' : 'paper', 'accentLine'), ...attrs });
  const heads = columnHeads(
    columns,
    columns.map((_, i) => (x(i) ?? 0) + x.bandwidth() / 2),
    head,
  );
  // Marks are numbered row by row, left to right: the order of the rows of the figure's table.
  let mark = -1;
  const centre = (ri: number) => (tops[ri] ?? 0) + (heights[ri] ?? 0) / 2;
  // Each row's guide line, all in one group that gives them their colour.
  const guides = el(
    'g',
    { class: paint.guide, 'stroke-width': 1 },
    rows.map((_, ri) => el('line', { x1: labelWidthPx, x2: width - 4, y1: centre(ri), y2: centre(ri) })),
  );
  const body = rows.map((_, ri) => {
    const lines = rowLines[ri] ?? [];
    const cy = centre(ri);
    return el(
      'g',
      { class: 'row' },
      spaced([
        multiline(lines, { x: labelWidthPx - 6, y: cy - ((lines.length - 1) * LINE) / 2, 'text-anchor': 'end' }, LINE),
        ...columns.flatMap((_, ci) => {
          const kind = marks[ri]?.[ci];
          return kind ? [dot((x(ci) ?? 0) + x.bandwidth() / 2, cy, kind, { 'data-row': (mark += 1) })] : [];
        }),
      ]),
    );
  });
  const [filledLines = [], openLines = []] = legendLines;
  const ly = legendTop + 8;
  const ly2 = ly + filledLines.length * LINE + 6;
  const legend = spaced([
    dot(8, ly, 'filled'),
    multiline(filledLines, { x: 24, y: ly }, LINE),
    dot(8, ly2, 'open'),
    multiline(openLines, { x: 24, y: ly2 }, LINE),
  ]);
  return svgFigure(o.id, { width, height, inline: true }, o.title, o.description, [
    spaced(heads),
    ' ',
    el('g', { 'dominant-baseline': 'middle', 'stroke-width': 2 }, [guides, spaced(body), ' ', legend]),
  ]);
}
