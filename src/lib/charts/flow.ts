/**
 * Conclusions → recommendations → toolkit entries, drawn for a phone's column (NARROW wide) and
 * shown at that size everywhere. Two rows of numbered boxes stand at the top, the conclusions over
 * the recommendations, joined by dashed lines (editorial links). Below them the toolkit entries are
 * listed, each title wrapped at the right; every recommendation runs down its own lane on the left,
 * and a dot on the lane at an entry's row is a link that the entry states (solid). A legend says
 * which is which in words, so the meaning never rests on colour; the headings name each row.
 */
import { linkVertical } from 'd3-shape';
import { NARROW, el, paint, paints, escapeXml, multiline, spaced, svgFigure, text, wrap, wrapEvenly } from './svg.ts';

export interface FlowNode {
  id: string;
  label: string;
  /** What the node's box shows, e.g. "3" for "Recommendation 3" (the heading beside the row names it); by default the number the label ends with. */
  short?: string;
}
export interface FlowLink {
  from: string;
  to: string;
  basis: 'stated' | 'editorial';
}

export interface FlowOptions {
  id: string;
  title: string;
  description: string;
  headings: [string, string, string];
  legend: { stated: string; editorial: string };
}

const LH = 17;
const BOX_W = 22;
const BOX_H = 22;

/** What a box shows: its short label, else the number its label ends with ("Recommendation 3" → "3"). */
const boxLabel = (n: FlowNode) => n.short ?? /(\d+)\s*$/.exec(n.label)?.[1] ?? n.label;

export function flowChart(columns: [FlowNode[], FlowNode[], FlowNode[]], links: readonly FlowLink[], o: FlowOptions): string {
  const [conclusions, recommendations, entries] = columns;
  const width = NARROW;
  const pitch = 24;
  const lanes = Math.max(recommendations.length * pitch, conclusions.length * pitch);
  const textX = lanes + 12;
  const textW = width - textX;
  const headingLines = o.headings.map((h) => wrap(h, textW, true));
  // Rows of boxes: conclusions, then recommendations 96 px lower, room for the editorial lines to part.
  const cY = 8 + BOX_H / 2 + Math.max(0, ((headingLines[0]?.length ?? 1) - 1) * LH) / 2;
  const rY = cY + 96;
  const cX = new Map(conclusions.map((n, i) => [n.id, Math.round(((i + 0.5) * lanes) / conclusions.length)]));
  const rX = new Map(recommendations.map((n, i) => [n.id, (i + 0.5) * pitch]));
  // Entries, one row each, their titles wrapped beside the lanes.
  const entryTop = rY + BOX_H / 2 + 16 + (headingLines[2]?.length ?? 1) * LH + 6;
  let y = entryTop;
  const entryY = new Map<string, number>();
  const entryLines = entries.map((n) => {
    const lines = wrapEvenly(n.label, textW - 4);
    entryY.set(n.id, Math.round(y + LH / 2));
    y += lines.length * LH + 8;
    return lines;
  });
  const bodyEnd = y;
  const legendLines = [wrap(o.legend.stated, width - 48), wrap(o.legend.editorial, width - 48)];
  const legendTop = bodyEnd + 10;
  const ly1 = legendTop + LH / 2;
  const ly2 = ly1 + (legendLines[0]?.length ?? 1) * LH + 6;
  const height = ly2 + (legendLines[1]?.length ?? 1) * LH + 4;

  const vertical = linkVertical<{ source: [number, number]; target: [number, number] }, [number, number]>();
  const indexed = links.map((l, i) => ({ ...l, i }));
  const editorial = indexed
    .filter((l) => l.basis === 'editorial' && cX.has(l.from) && rX.has(l.to))
    .map((l) =>
      el('path', {
        d: vertical({ source: [cX.get(l.from) ?? 0, cY + BOX_H / 2], target: [rX.get(l.to) ?? 0, rY - BOX_H / 2] }) ?? '',
        'stroke-dasharray': '5 3',
        class: 'link editorial',
        'data-row': l.i,
        'data-from': l.from,
        'data-to': l.to,
      }),
    );
  const stated = indexed.filter((l) => l.basis === 'stated' && rX.has(l.from) && entryY.has(l.to));
  // Each recommendation's lane runs from its box down to its last entry.
  const laneEnds = new Map<string, number>();
  for (const l of stated) laneEnds.set(l.from, Math.max(laneEnds.get(l.from) ?? 0, entryY.get(l.to) ?? 0));
  const laneLines = recommendations.flatMap((n) => {
    const end = laneEnds.get(n.id);
    const x = rX.get(n.id) ?? 0;
    return end === undefined ? [] : [el('line', { x1: x, x2: x, y1: rY + BOX_H / 2, y2: end })];
  });
  // A light guide from each entry's first lane to its title.
  const guides = entries.flatMap((n) => {
    const xs = stated.filter((l) => l.to === n.id).map((l) => rX.get(l.from) ?? 0);
    const ey = entryY.get(n.id) ?? 0;
    return xs.length === 0 ? [] : [el('line', { x1: Math.min(...xs), x2: textX - 4, y1: ey, y2: ey })];
  });
  const dots = stated.map((l) => el('circle', { cx: rX.get(l.from) ?? 0, cy: entryY.get(l.to) ?? 0, r: 5, class: 'link stated', 'data-row': l.i }));
  // Boxes take their outline from their row's group, their numbers' attributes from another. Each box
  // is named in full by its <title> (a tooltip: "Recommendation 3"); the number lets the pointer through.
  const boxes = (nodes: FlowNode[], xs: Map<string, number>, by: number) =>
    [
      el(
        'g',
        { class: paints('paper', 'inkLine'), 'stroke-width': 1.5 },
        spaced(
          nodes.map((n) =>
            el(
              'rect',
              { x: (xs.get(n.id) ?? 0) - BOX_W / 2, y: by - BOX_H / 2, width: BOX_W, height: BOX_H, rx: 3, 'data-node': n.id },
              el('title', {}, escapeXml(n.label)),
            ),
          ),
        ),
      ),
      el(
        'g',
        { class: paint.ink, 'text-anchor': 'middle', 'font-weight': 700, 'pointer-events': 'none' },
        spaced(nodes.map((n) => text(boxLabel(n), { x: xs.get(n.id) ?? 0, y: by }))),
      ),
    ].join(' ');
  const heading = (i: number, hy: number) => {
    const lines = headingLines[i] ?? [];
    return multiline(lines, { x: textX, y: hy - ((lines.length - 1) * LH) / 2, 'font-weight': 700 }, LH);
  };
  const titles = entries.map((n, i) => multiline(entryLines[i] ?? [], { x: textX, y: entryY.get(n.id) ?? 0 }, LH));
  const legend = spaced([
    el('line', { x1: 4, x2: 36, y1: ly1, y2: ly1, class: paint.accentLine, 'stroke-width': 2 }),
    el('circle', { cx: 20, cy: ly1, r: 5, class: paint.accent }),
    multiline(legendLines[0] ?? [], { x: 44, y: ly1 }, LH),
    el('line', { x1: 4, x2: 36, y1: ly2, y2: ly2, class: paint.accentLine, 'stroke-width': 2, 'stroke-dasharray': '5 3' }),
    multiline(legendLines[1] ?? [], { x: 44, y: ly2 }, LH),
  ]);
  return svgFigure(o.id, { width, height, inline: true }, o.title, o.description, [
    el('g', { 'dominant-baseline': 'middle' }, [
      el('g', { class: `links ${paint.accentLine}`, fill: 'none', 'stroke-width': 1.5 }, [...laneLines, ...editorial]),
      el('g', { class: paint.guide }, guides),
      el('g', { class: paint.accent }, dots),
      spaced([heading(0, cY), heading(1, rY), heading(2, rY + BOX_H / 2 + 16 + (((headingLines[2]?.length ?? 1) - 1) * LH) / 2 + LH / 2)]),
      ' ',
      boxes(conclusions, cX, cY),
      ' ',
      boxes(recommendations, rX, rY),
      ' ',
      spaced(titles),
      ' ',
      legend,
    ]),
  ]);
}
