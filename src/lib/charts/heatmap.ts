/**
 * A grid of counts (rows × columns) shaded light to dark, every cell carrying its number, so it
 * reads in greyscale and without colour. Used for "where the report speaks of what".
 *
 * The shades are the steps of the chart scale (--color-scale-0 … 5 in tokens.css): 0 for none, then
 * the counts in even bands up to the largest. Steps below DARK_STEP are light and carry the text colour;
 * the others are dark and carry white text. No step is a mid grey on which neither reads at 4.5:1 (a
 * continuous ramp always has one).
 *
 * Drawn for a phone's column (NARROW wide): row labels wrap onto up to two lines, and the columns'
 * headings stand upright above narrow cells (see column-heads.ts).
 */
import { scaleBand } from 'd3-scale';
import { max } from 'd3-array';
import { DARK_STEP, NARROW, SCALE_STEPS, el, multiline, paint, scaleFill, spaced, svgFigure, text, wrapEvenly } from './svg.ts';
import { columnHeads, columnHeadsHeight } from './column-heads.ts';

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
}

const LINE = 16;

/** The step of the scale a count is shaded with: 0 for none, else 1 … SCALE_STEPS − 1 in even bands up to `top`. */
export const heatStep = (value: number, top: number) =>
  value <= 0 ? 0 : Math.min(SCALE_STEPS - 1, Math.max(1, Math.ceil((value / Math.max(top, 1)) * (SCALE_STEPS - 1))));

export function heatmap(grid: Grid, o: HeatmapOptions): string {
  const width = NARROW;
  const cell = Math.min(40, Math.floor((width - 124) / Math.max(1, grid.columns.length)));
  const labelWidth = width - grid.columns.length * cell;
  const head = columnHeadsHeight(grid.columns);
  const rowLines = grid.rows.map((r) => wrapEvenly(r, labelWidth - 12));
  const rowHeight = Math.max(30, ...rowLines.map((l) => l.length * LINE + 6));
  const height = head + grid.rows.length * rowHeight;
  const x = scaleBand<number>()
    .domain(grid.columns.map((_, i) => i))
    .range([labelWidth, width])
    .padding(0.06)
    .round(true);
  const y = scaleBand<number>()
    .domain(grid.rows.map((_, i) => i))
    .range([head, height])
    .padding(0.06)
    .round(true);
  const top = max(grid.values.flat()) ?? 1;
  const step = (value: number) => heatStep(value, top);
  const heads = columnHeads(
    grid.columns,
    grid.columns.map((_, i) => (x(i) ?? 0) + x.bandwidth() / 2),
    head,
  );
  const rows = grid.rows.map((_, ri) => {
    const lines = rowLines[ri] ?? [];
    const cy = (y(ri) ?? 0) + y.bandwidth() / 2;
    const cells = grid.columns.map((_, ci) => {
      const value = grid.values[ri]?.[ci] ?? 0;
      return { value, step: step(value), x: x(ci) ?? 0, y: y(ri) ?? 0 };
    });
    return el(
      'g',
      { 'data-row': ri },
      spaced([
        multiline(lines, { x: labelWidth - 6, y: cy - ((lines.length - 1) * LINE) / 2, 'text-anchor': 'end' }, LINE),
        // The cells, then their numbers, each taking their common attributes from a group; a number on a
        // dark cell is white, on a light one it keeps the text colour (4.5:1 or more on either, a unit test
        // measures the tokens).
        el(
          'g',
          { class: paint.edge, 'stroke-width': 0.5 },
          cells.map((c) => el('rect', { x: c.x, y: c.y, width: x.bandwidth(), height: y.bandwidth(), class: scaleFill(c.step) })),
        ),
        el(
          'g',
          { 'text-anchor': 'middle', 'font-weight': 700 },
          spaced(cells.map((c) => text(String(c.value), { x: c.x + x.bandwidth() / 2, y: cy, class: c.step >= DARK_STEP ? paint.onAccent : undefined }))),
        ),
      ]),
    );
  });
  return svgFigure(o.id, { width, height, inline: true }, o.title, o.description, [
    spaced(heads),
    ' ',
    el('g', { 'dominant-baseline': 'middle' }, spaced(rows)),
  ]);
}
