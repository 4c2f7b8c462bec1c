/**
 * The five factors as five overlapping circles around one centre: where they all overlap is the
 * intersection at which, the box after ¶5 says, people are most likely to be left behind.
 * Outlines and labels carry the meaning; the light fills only help.
 *
 * Drawn for a phone's column (NARROW wide) and shown at that size everywhere: each label sits in the
 * outer part of its own circle, wrapped onto up to two lines, on a white halo so lines under it do
 * not cross the letters.
 */
import { NARROW, el, paint, paints, multiline, svgFigure, text, measure, wrapEvenly } from './svg.ts';

export interface FactorDiagramOptions {
  id: string;
  title: string;
  description: string;
  /** Label of the centre, e.g. "交汇处" / "Intersection". */
  centre: string;
}

const LINE = 17;

export function factorDiagram(factors: readonly string[], o: FactorDiagramOptions): string {
  const width = NARROW;
  const c = width / 2;
  const ring = 58;
  const radius = 70;
  const labelAt = ring + radius * 0.52;
  const n = factors.length;
  const angle = (i: number) => -Math.PI / 2 + (i * 2 * Math.PI) / n;
  // Room above and below the circles for the labels of the top and bottom circles.
  const top = 12 + radius + ring;
  const height = top + ring * Math.cos(Math.PI / n) + radius + 12;
  const at = (i: number, r: number) => ({ x: c + r * Math.cos(angle(i)), y: top + r * Math.sin(angle(i)) });
  const circles = factors.map((_, i) => {
    const p = at(i, ring);
    return el('circle', { cx: p.x, cy: p.y, r: radius, class: paints('accent', 'accentLine'), 'fill-opacity': 0.08, 'stroke-width': 2 });
  });
  const labels = factors.map((name, i) => {
    const lines = wrapEvenly(name, 130, true);
    const p = at(i, labelAt);
    const half = Math.max(...lines.map((l) => measure(l, true))) / 2 + 4;
    // Keep a label whole inside the chart even where its circle is near the edge.
    const x = Math.min(Math.max(p.x, half), width - half);
    const y = p.y - ((lines.length - 1) * LINE) / 2;
    return multiline(
      lines,
      {
        x,
        y,
        'text-anchor': 'middle',
        'dominant-baseline': 'middle',
        'font-weight': 700,
        class: paint.halo,
        'stroke-width': 4,
        'stroke-linejoin': 'round',
        'paint-order': 'stroke',
      },
      LINE,
    );
  });
  const centre = [
    el('circle', { cx: c, cy: top, r: 28, class: paints('paper', 'inkLine'), 'stroke-width': 2 }),
    text(o.centre, {
      x: c,
      y: top,
      'text-anchor': 'middle',
      'dominant-baseline': 'middle',
      'font-weight': 700,
      class: paint.halo,
      'stroke-width': 4,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    }),
  ];
  return svgFigure(o.id, { width, height, inline: true }, o.title, o.description, [...circles, ...centre, ' ', labels.join(' ')]);
}
