/**
 * The prioritisation ranking: one horizontal stacked bar per group, in rank order. Each factor's
 * share (weight × level) is a segment with its own pattern (solid, diagonal lines, dots, cross-hatch,
 * horizontal lines), named in the legend, so the bars read in greyscale; the "rated high" bonus is a
 * white segment with a dashed outline and its count written in it. The rank stands at the start, the
 * total at the end, and a group with factors not yet rated says so in words after its total.
 *
 * Drawn for a phone's column (`layout: 'stacked'`, NARROW wide), each group's rank and name run
 * across the whole width above its bar, the note on factors not rated below it, and the legend wraps:
 * nothing is wider than the column, however long a name (a word too long for a line is broken).
 */
import { max } from 'd3-array';
import { NARROW, el, multiline, paint, paints, scaleFill, svgFigure, text } from './svg.ts';
import { labelWidth, wrapLabel } from './timeline.ts';

export interface RankingSegment {
  factor: string;
  /** weight × level (0 for a missing rating: not drawn). */
  product: number;
}

/** A scored group (score.ts's ScoredGroup with `label: name` fits). */
export interface RankingRow {
  label: string;
  rank: number;
  tied: boolean;
  total: number;
  /** The "rated high" bonus: factors at or above the threshold. */
  high: number;
  parts: readonly RankingSegment[];
  /** Factors not rated yet. */
  missing: readonly string[];
}

export interface RankingWords {
  /** Legend entry for the bonus segment. */
  high: string;
  /** Written after the total of a group with `missing` factors. */
  incomplete: (missing: number) => string;
  /** The rank at the start of a row. */
  rank: (rank: number, tied: boolean) => string;
}

export interface RankingOptions {
  id: string;
  title: string;
  description: string;
  /** Factor id → its name, in the order segments are stacked and the legend lists them. */
  factorLabels: Readonly<Record<string, string>>;
  locale?: 'zh' | 'en';
  /** Overrides of the words for the locale. */
  words?: Partial<RankingWords>;
  width?: number;
  labelWidth?: number;
  /** 'rows' (the default): rank, name, bar and total on one line; 'stacked': the name above the bar, for a phone. */
  layout?: 'rows' | 'stacked';
}

const WORDS: Record<'zh' | 'en', RankingWords> = {
  zh: {
    high: '达到“高”阈值的因素(每项 +1)',
    incomplete: (n) => `未评完：${n} 项未评`,
    rank: (rank, tied) => (tied ? `${rank}=` : String(rank)),
  },
  en: {
    high: 'Factors at or above the “high” threshold (+1 each)',
    incomplete: (n) => `incomplete: ${n} not rated`,
    rank: (rank, tied) => (tied ? `${rank}=` : String(rank)),
  },
};

/**
 * Five fills that differ in texture, not only in tone; more factors reuse them in turn. Their colours are
 * paints (svg.ts), so in forced colours each keeps its texture in the system's two colours.
 */
function pattern(id: string, index: number): string {
  const base = { id, patternUnits: 'userSpaceOnUse', width: 8, height: 8 };
  switch (index % 5) {
    case 0:
      return el('pattern', base, [el('rect', { width: 8, height: 8, class: paint.accent })]);
    case 1:
      return el('pattern', base, [
        el('rect', { width: 8, height: 8, class: scaleFill(1) }),
        el('path', { d: 'M-2 2L2 -2M0 8L8 0M6 10L10 6', class: paint.accentLine, 'stroke-width': 2 }),
      ]);
    case 2:
      return el('pattern', base, [
        el('rect', { width: 8, height: 8, class: paint.paper }),
        el('circle', { cx: 2, cy: 2, r: 1.5, class: paint.ink }),
        el('circle', { cx: 6, cy: 6, r: 1.5, class: paint.ink }),
      ]);
    case 3:
      return el('pattern', base, [
        el('rect', { width: 8, height: 8, class: scaleFill(2) }),
        el('path', { d: 'M0 0L8 8M8 0L0 8', class: paint.inkLine, 'stroke-width': 1.5 }),
      ]);
    default:
      return el('pattern', base, [
        el('rect', { width: 8, height: 8, class: paint.surface }),
        el('path', { d: 'M0 2H8M0 6H8', class: paint.mutedLine, 'stroke-width': 2 }),
      ]);
  }
}

/**
 * wrapLabel, with any word too long for a line broken where it reaches the end (a URL, a name without
 * spaces). A broken word is measured 15 % wider than labelWidth's estimate: a run of one Latin letter
 * ("xxxx…") can be that much wider in the system font, and nothing may reach past the chart's edge.
 */
function wrapHard(label: string, max: number, scale = 1): string[] {
  return wrapLabel(label, max / scale).flatMap((line) => {
    if (labelWidth(line) * scale <= max) return [line];
    const parts: string[] = [];
    let part = '';
    for (const ch of line) {
      if (part !== '' && labelWidth(part + ch) * scale * 1.15 > max) {
        parts.push(part);
        part = '';
      }
      part += ch;
    }
    return part === '' ? parts : [...parts, part];
  });
}

export function rankingChart(rows: readonly RankingRow[], o: RankingOptions): string {
  const words: RankingWords = { ...WORDS[o.locale ?? 'en'], ...o.words };
  const stacked = o.layout === 'stacked';
  const width = o.width ?? (stacked ? NARROW : 720);
  const nameWidth = stacked ? width : (o.labelWidth ?? 180);
  const rankWidth = stacked ? 32 : 44;
  const factors = Object.keys(o.factorLabels);
  const patternId = (i: number) => `${o.id}-p${i}`;

  // Legend: a swatch and a name per factor, then the bonus, wrapped to the width (13 px text).
  const entries = [
    ...factors.map((f, i) => ({ label: o.factorLabels[f] ?? f, fill: `url(#${patternId(i)})`, bonus: false })),
    { label: words.high, fill: undefined, bonus: true },
  ];
  const legendItems: string[] = [];
  let lx = 8;
  let ly = 14;
  for (const e of entries) {
    // A label too long for the chart's width wraps onto lines of its own.
    const lines = 26 + Math.ceil((labelWidth(e.label) * 13) / 14) + 18 > width - 16 ? wrapHard(e.label, width - 16 - 26, 13 / 14) : [e.label];
    const w = 26 + Math.ceil((Math.max(...lines.map(labelWidth)) * 13) / 14) + 18;
    if (lx > 8 && lx + w > width - 8) {
      lx = 8;
      ly += 24;
    }
    legendItems.push(
      el('g', { class: 'key' }, [
        el('rect', {
          x: lx,
          y: ly - 7,
          width: 18,
          height: 14,
          fill: e.fill,
          class: e.bonus ? paints('paper', 'inkLine') : paint.inkLine,
          'stroke-width': 1,
          'stroke-dasharray': e.bonus ? '3 2' : undefined,
        }),
        multiline(lines, { x: lx + 26, y: ly, 'dominant-baseline': 'middle', fill: 'currentColor', 'font-size': 13 }, 16),
      ]),
    );
    lx += w;
    if (lines.length > 1) {
      ly += (lines.length - 1) * 16;
      lx = width;
    }
  }
  const top = ly + 22;

  // Rows: the name wraps onto as many lines as it needs.
  const lineHeight = 16;
  const barHeight = 20;
  const names = rows.map((r) => wrapHard(r.label, stacked ? width - rankWidth - 10 : nameWidth - 12));
  // Stacked: the name's lines, the bar, and a line for the note on factors not rated.
  const heights = names.map((lines, i) =>
    stacked ? lines.length * lineHeight + 6 + barHeight + ((rows[i]?.missing.length ?? 0) > 0 ? 18 : 0) + 16 : Math.max(34, lines.length * lineHeight + 14),
  );
  const height = top + heights.reduce((a, b) => a + b, 0) + 8;
  const ends = rows.map(
    (r) => labelWidth(String(r.total)) + (!stacked && r.missing.length > 0 ? 10 + Math.ceil((labelWidth(words.incomplete(r.missing.length)) * 13) / 14) : 0),
  );
  const endWidth = (max(ends) ?? 0) + 16;
  const rowsBarStart = stacked ? rankWidth : rankWidth + nameWidth;
  const barRoom = stacked ? width - rankWidth - endWidth : Math.max(120, width - rowsBarStart - endWidth);
  // Never narrower than its parts: a long note after the totals widens the chart rather than overflow it.
  const chartWidth = stacked ? width : Math.max(width, rowsBarStart + barRoom + endWidth);
  // A plain proportional scale (d3-scale's linear scale would pull colour and number formatting into the tool's bundle).
  const most = Math.max(1, max(rows, (r) => r.total) ?? 1);
  const x = (value: number) => (value / most) * barRoom;

  let y = top;
  const body = rows.map((r, i) => {
    const h = heights[i] ?? 34;
    const lines = names[i] ?? [];
    const barStart = rowsBarStart;
    const nameTop = y + 8 + lineHeight / 2;
    const cy = stacked ? nameTop + lines.length * lineHeight - lineHeight / 2 + 6 + barHeight / 2 : y + h / 2;
    y += h;
    let at = barStart;
    const segments: string[] = [];
    for (const part of [...r.parts].sort((a, b) => factors.indexOf(a.factor) - factors.indexOf(b.factor))) {
      if (part.product <= 0) continue;
      const w = x(part.product);
      const k = factors.indexOf(part.factor);
      segments.push(
        el('rect', {
          class: 'segment',
          x: at,
          y: cy - barHeight / 2,
          width: w,
          height: barHeight,
          // Outlined by the .segment rule of charts.css (the text colour).
          fill: k < 0 ? 'none' : `url(#${patternId(k)})`,
          'stroke-width': 1,
        }),
      );
      at += w;
    }
    if (r.high > 0) {
      const w = x(r.high);
      segments.push(
        el('rect', {
          class: 'bonus',
          x: at,
          y: cy - barHeight / 2,
          width: w,
          height: barHeight,
          // Painted by the .bonus rule of charts.css: the page's background, outlined in the text colour.
          'stroke-width': 1,
          'stroke-dasharray': '3 2',
        }),
      );
      if (w >= 22)
        segments.push(
          text(`+${r.high}`, {
            x: at + w / 2,
            y: cy,
            'text-anchor': 'middle',
            'dominant-baseline': 'middle',
            class: paint.ink,
            'font-size': 12,
            'font-weight': 700,
          }),
        );
      at += w;
    }
    const total = String(r.total);
    const firstLine = stacked ? nameTop : cy - ((lines.length - 1) * lineHeight) / 2;
    const nameAttrs = stacked ? { x: rankWidth, 'text-anchor': 'start' } : { x: barStart - 10, 'text-anchor': 'end' };
    const noteAt = stacked ? { x: rankWidth, y: cy + barHeight / 2 + 12 } : { x: at + 18 + labelWidth(total), y: cy };
    return el('g', { class: r.missing.length > 0 ? 'row incomplete' : 'row' }, [
      text(words.rank(r.rank, r.tied), {
        x: rankWidth - (stacked ? 8 : 12),
        y: stacked ? nameTop : cy,
        'text-anchor': 'end',
        'dominant-baseline': 'middle',
        fill: 'currentColor',
        'font-weight': 700,
      }),
      ...lines.map((line, li) =>
        text(line, {
          x: nameAttrs.x,
          y: firstLine + li * lineHeight,
          'text-anchor': nameAttrs['text-anchor'],
          'dominant-baseline': 'middle',
          fill: 'currentColor',
        }),
      ),
      el('line', { x1: barStart, x2: barStart, y1: cy - barHeight / 2 - 3, y2: cy + barHeight / 2 + 3, class: paint.edge, 'stroke-width': 1 }),
      ...segments,
      text(total, { x: at + 8, y: cy, 'dominant-baseline': 'middle', fill: 'currentColor', 'font-weight': 700 }),
      ...(r.missing.length > 0
        ? [
            text(words.incomplete(r.missing.length), {
              ...noteAt,
              'dominant-baseline': 'middle',
              fill: 'currentColor',
              'font-size': 13,
            }),
          ]
        : []),
    ]);
  });

  const defs = el(
    'defs',
    {},
    factors.map((_, i) => pattern(patternId(i), i)),
  );
  return svgFigure(o.id, { width: chartWidth, height }, o.title, o.description, [defs, el('g', { class: 'legend' }, legendItems), ...body]);
}
