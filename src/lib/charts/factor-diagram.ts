/**
 * The five factors as five overlapping circles around one centre: where they all overlap is the
 * intersection at which, the box after ¶5 says, people are most likely to be left behind.
 * Outlines and labels carry the meaning; the light fills only help.
 */
import { el, svgFigure, text } from './svg.ts';

export interface FactorDiagramOptions {
  id: string;
  title: string;
  description: string;
  /** Label of the centre, e.g. "交汇处" / "Intersection". */
  centre: string;
  size?: number;
}

export function factorDiagram(factors: readonly string[], o: FactorDiagramOptions): string {
  const size = o.size ?? 480;
  const c = size / 2;
  const ring = size * 0.17;
  const radius = size * 0.2;
  const labelRadius = size * 0.43;
  const n = factors.length;
  const at = (i: number, r: number) => {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / n;
    return { x: c + r * Math.cos(angle), y: c + r * Math.sin(angle) };
  };
  const circles = factors.map((_, i) => {
    const p = at(i, ring);
    return el('circle', { cx: p.x, cy: p.y, r: radius, fill: '#0b4f8a', 'fill-opacity': 0.08, stroke: '#0b4f8a', 'stroke-width': 2 });
  });
  const labels = factors.map((name, i) => {
    const p = at(i, labelRadius);
    const anchor = Math.abs(p.x - c) < 1 ? 'middle' : p.x > c ? 'start' : 'end';
    return text(name, { x: p.x, y: p.y, 'text-anchor': anchor, 'dominant-baseline': 'middle', fill: 'currentColor', 'font-weight': 700, 'font-size': 15 });
  });
  const centre = [
    el('circle', { cx: c, cy: c, r: size * 0.07, fill: '#ffffff', stroke: '#1b1f24', 'stroke-width': 2 }),
    text(o.centre, { x: c, y: c, 'text-anchor': 'middle', 'dominant-baseline': 'middle', fill: '#1b1f24', 'font-size': 13, 'font-weight': 700 }),
  ];
  // Room either side for the longest label (about 11 em).
  const side = 180;
  return svgFigure(o.id, size + side * 2, size, o.title, o.description, [el('g', { transform: `translate(${side} 0)` }, [...circles, ...centre, ...labels])]);
}
