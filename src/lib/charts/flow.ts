/**
 * Three columns joined by lines: conclusions → recommendations → toolkit entries. A line is solid
 * where the content states the link and dashed where it is editorial (derived); a legend says which
 * is which in words, so the meaning never rests on colour. Column headings name each column.
 */
import { linkHorizontal } from 'd3-shape';
import { el, svgFigure, text } from './svg.ts';
import { labelWidth } from './timeline.ts';

export interface FlowNode { id: string; label: string }
export interface FlowLink { from: string; to: string; basis: 'stated' | 'editorial' }

export interface FlowOptions {
  id: string;
  title: string;
  description: string;
  headings: [string, string, string];
  legend: { stated: string; editorial: string };
}

const ROW = 30;
const BOX_H = 24;
const INK = '#1b1f24';
const LINE = '#0b4f8a';

export function flowChart(columns: [FlowNode[], FlowNode[], FlowNode[]], links: readonly FlowLink[], o: FlowOptions): string {
  const [left, middle, right] = columns;
  const boxW = (nodes: FlowNode[]) => Math.ceil(Math.max(...nodes.map((n) => labelWidth(n.label)))) + 20;
  const leftW = boxW(left);
  const midW = boxW(middle);
  const gap = 150;
  const midX = leftW + gap;
  const rightX = midX + midW + gap;
  const rightW = Math.ceil(Math.max(...right.map((n) => labelWidth(n.label)))) + 16;
  const top = 40;
  const rows = Math.max(left.length, middle.length, right.length);
  const span = rows * ROW;
  const width = rightX + 12 + rightW;
  const legendH = 36;
  const height = top + span + legendH + 8;
  // Each column spreads its nodes evenly over the same height, centred on its rows.
  const place = (nodes: FlowNode[]) => new Map(nodes.map((n, i) => [n.id, top + ((i + 0.5) * span) / nodes.length]));
  const ys = [place(left), place(middle), place(right)];
  const column = (id: string) => ys.findIndex((m) => m.has(id));
  const anchor = (id: string, side: 'out' | 'in'): [number, number] => {
    const c = column(id);
    const y = ys[c]?.get(id) ?? 0;
    if (c === 0) return [leftW, y];
    if (c === 1) return [side === 'in' ? midX : midX + midW, y];
    return [rightX, y];
  };
  const path = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();
  const lines = links
    .map((l, i) => ({ ...l, i }))
    .filter((l) => column(l.from) >= 0 && column(l.to) === column(l.from) + 1)
    .map((l) =>
      el('path', {
        d: path({ source: anchor(l.from, 'out'), target: anchor(l.to, 'in') }) ?? '',
        'stroke-dasharray': l.basis === 'editorial' ? '6 4' : undefined,
        class: `link ${l.basis}`,
        'data-row': l.i,
      }),
    );
  const box = (n: FlowNode, x: number, w: number, y: number) =>
    el('g', { class: 'node' }, [
      el('rect', { x, y: y - BOX_H / 2, width: w, height: BOX_H, rx: 4, fill: '#ffffff', stroke: INK, 'stroke-width': 1.5 }),
      text(n.label, { x: x + w / 2, y, 'text-anchor': 'middle', fill: INK }),
    ]);
  const nodes = [
    ...left.map((n) => box(n, 0, leftW, ys[0]?.get(n.id) ?? 0)),
    ...middle.map((n) => box(n, midX, midW, ys[1]?.get(n.id) ?? 0)),
    ...right.map((n) => {
      const y = ys[2]?.get(n.id) ?? 0;
      return el('g', { class: 'node' }, [
        el('circle', { cx: rightX, cy: y, r: 5, fill: LINE, stroke: LINE }),
        text(n.label, { x: rightX + 12, y, fill: 'currentColor' }),
      ]);
    }),
  ];
  const headingAttrs = { y: 16, fill: 'currentColor', 'font-size': 14, 'font-weight': 700 };
  const headings = [
    text(o.headings[0], { ...headingAttrs, x: 0 }),
    text(o.headings[1], { ...headingAttrs, x: midX }),
    text(o.headings[2], { ...headingAttrs, x: rightX - 5 }),
  ];
  const ly = height - legendH / 2;
  const sample = (x: number, dashed: boolean) => el('line', { x1: x, x2: x + 36, y1: ly, y2: ly, stroke: LINE, 'stroke-width': 2, 'stroke-dasharray': dashed ? '6 4' : undefined });
  const legend = el('g', { class: 'legend' }, [
    sample(0, false),
    text(o.legend.stated, { x: 44, y: ly, 'dominant-baseline': 'middle', fill: 'currentColor', 'font-size': 13 }),
    sample(80 + labelWidth(o.legend.stated), true),
    text(o.legend.editorial, { x: 124 + labelWidth(o.legend.stated), y: ly, 'dominant-baseline': 'middle', fill: 'currentColor', 'font-size': 13 }),
  ]);
  return svgFigure(o.id, width, height, o.title, o.description, [...headings, el('g', { class: 'links', fill: 'none', stroke: LINE, 'stroke-width': 1.5, 'stroke-opacity': 0.8 }, lines), el('g', { 'font-size': 13, 'dominant-baseline': 'middle' }, nodes), legend]);
}
