/**
 * A few lines for writing SVG as strings: escaped text, attributes in a fixed order, numbers
 * rounded to two decimals (so output is stable for golden snapshots). Presentation attributes only:
 * the site's CSP forbids style="". Marks carry `data-row`, the index of their row in the figure's table
 * (charts draw marks in the table's order), which the figures script uses to link mark and row.
 */
export type Attrs = Record<string, string | number | undefined>;

/**
 * The width every fixed-size chart is drawn at: it fits the text column of a 360 px phone
 * (360 − 2 × 16 px of padding = 328 px) at its own size, so its 14 px text renders at 14 px there
 * and at ≥ 12 px down to a 320 px screen, where it scales to the column.
 */
export const NARROW = 320;

export const round = (n: number) => Math.round(n * 100) / 100;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function el(tag: string, attrs: Attrs = {}, children: string | string[] = ''): string {
  const list = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? round(v) : escapeXml(v ?? '')}"`)
    .join('');
  const body = Array.isArray(children) ? children.join('') : children;
  return body === '' && tag !== 'text' && tag !== 'title' && tag !== 'desc' ? `<${tag}${list}/>` : `<${tag}${list}>${body}</${tag}>`;
}

export const text = (content: string, attrs: Attrs) => el('text', attrs, escapeXml(content));

const cjk = /[\u2E80-\uFFEF]/;

/** Whether two wrapped lines were parted at a space (Latin) rather than between Chinese characters. */
export const joinsWithSpace = (before: string, after: string) => !(cjk.test(before.slice(-1)) || cjk.test(after.charAt(0)));

/**
 * Lines of one label (from wrapLabel) as one <text>, a <tspan> per line. Latin lines are joined by a
 * space, so the text layer (copying, search, a screen reader reading the SVG) reads "one two", never
 * "onetwo"; Chinese lines by nothing, as the text was.
 */
export function multiline(lines: readonly string[], attrs: Attrs, lineHeight: number): string {
  const x = attrs['x'];
  if (lines.length === 1) return el('text', attrs, escapeXml(lines[0] ?? ''));
  const spans = lines.map((line, i) => {
    const gap = i > 0 && joinsWithSpace(lines[i - 1] ?? '', line) ? ' ' : '';
    return `${gap}${el('tspan', i === 0 ? {} : { x, dy: lineHeight }, escapeXml(line))}`;
  });
  return el('text', attrs, spans.join(''));
}

/** Children that are separate texts, with a space between them so their text does not run together. */
export const spaced = (children: readonly string[]) => children.join(' ');

export interface FigureSize {
  /** Width in px; with `fluid`, the width of the layout's narrowest form, used for nothing but wrapping. */
  width: number;
  height: number;
  /**
   * A fluid chart fills its column: no viewBox, width 100 %, so user units are CSS px (text keeps its
   * size) and marks placed in percentages stretch with the column.
   */
  fluid?: boolean;
  /**
   * Drawn inline in the page's HTML (the site's figures): texts inherit the page's colour from the
   * <svg> (fill="currentColor") unless they set their own, and its font; no xmlns is needed.
   */
  inline?: boolean;
}

/** The outer <svg>: role="img" with its title and description. */
export function svgFigure(id: string, size: FigureSize, title: string, description: string, body: string[]): string {
  const { width, height, fluid, inline } = size;
  const box = fluid
    ? { width: '100%', height: Math.ceil(height) }
    : { viewBox: `0 0 ${round(width)} ${round(height)}`, width: Math.ceil(width), height: Math.ceil(height) };
  return el(
    'svg',
    {
      xmlns: inline ? undefined : 'http://www.w3.org/2000/svg',
      ...box,
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      class: fluid ? 'chart chart-fluid' : 'chart',
      fill: inline ? 'currentColor' : undefined,
      'font-family': inline ? undefined : 'inherit',
      'font-size': 14,
    },
    [el('title', { id: `${id}-title` }, escapeXml(title)), el('desc', { id: `${id}-desc` }, escapeXml(description)), ...body],
  );
}

/**
 * What a mark is painted with, named by its role, never by a colour: classes that src/styles/charts.css
 * maps to the colour tokens (so print's palette reaches every chart) and, in forced-colours mode, to
 * system colours. A chart writes no colour of its own; texts without a paint take the page's text
 * colour (fill="currentColor" on the <svg>).
 */
export const paint = {
  /** A mark in the accent colour: a bar, a filled dot, a span. */
  accent: 'fill-accent',
  /** The page's background: an open dot, a box, an empty segment. */
  paper: 'fill-paper',
  /** The text colour, on a mark or a text that sets its own. */
  ink: 'fill-ink',
  /** Text on an accent mark (or a dark step of the scale). */
  onAccent: 'fill-on-accent',
  /** A light surface (a pattern's ground). */
  surface: 'fill-surface',
  /** Outlines and lines in the accent colour. */
  accentLine: 'stroke-accent',
  /** Outlines in the text colour. */
  inkLine: 'stroke-ink',
  /** Muted lines (a pattern's hatching). */
  mutedLine: 'stroke-muted',
  /** The halo behind a label, in the page's background, so lines under it do not cross the letters. */
  halo: 'stroke-paper',
  /** A light guide from a mark to its label. */
  guide: 'stroke-guide',
  /** An outline that parts cells or marks an axis: 3:1 on the page. */
  edge: 'stroke-edge',
} as const;

/** The class attribute for one or more paints. */
export const paints = (...names: (keyof typeof paint)[]) => names.map((n) => paint[n]).join(' ');

/** Steps of the chart scale (light to dark, --color-scale-0 … 5 in tokens.css); from DARK_STEP on, its text is onAccent. */
export const SCALE_STEPS = 6;
export const DARK_STEP = 3;
/** The class of step k of the scale. */
export const scaleFill = (k: number) => `fill-scale-${k}`;

/**
 * Widths at 14 px of the printable ASCII characters (U+0020–U+007E), regular and bold, in DejaVu Sans:
 * the widest of the sans-serifs readers' systems fall back to, measured in Chromium. A label laid out
 * by them fits in the narrower fonts of phones too.
 */
const ASCII = [
  4.5, 5.6, 6.4, 11.7, 8.9, 13.3, 10.9, 3.8, 5.5, 5.5, 7, 11.7, 4.5, 5.1, 4.5, 4.7, 8.9, 8.9, 8.9, 8.9, 8.9, 8.9, 8.9, 8.9, 8.9, 8.9, 4.7, 4.7, 11.7, 11.7,
  11.7, 7.4, 14, 9.6, 9.6, 9.8, 10.8, 8.8, 8.1, 10.8, 10.5, 4.1, 4.1, 9.2, 7.8, 12.1, 10.5, 11, 8.4, 11, 9.7, 8.9, 8.6, 10.2, 9.6, 13.8, 9.6, 8.6, 9.6, 5.5,
  4.7, 5.5, 11.7, 7, 7, 8.6, 8.9, 7.7, 8.9, 8.6, 4.9, 8.9, 8.9, 3.9, 3.9, 8.1, 3.9, 13.6, 8.9, 8.6, 8.9, 8.9, 5.8, 7.3, 5.5, 8.9, 8.3, 11.5, 8.3, 8.3, 7.3, 8.9,
  4.7, 8.9, 11.7,
];
const ASCII_BOLD = [
  4.9, 6.4, 7.3, 11.7, 9.7, 14, 12.2, 4.3, 6.4, 6.4, 7.3, 11.7, 5.3, 5.8, 5.3, 5.1, 9.7, 9.7, 9.7, 9.7, 9.7, 9.7, 9.7, 9.7, 9.7, 9.7, 5.6, 5.6, 11.7, 11.7,
  11.7, 8.1, 14, 10.8, 10.7, 10.3, 11.6, 9.6, 9.6, 11.5, 11.7, 5.2, 5.2, 10.8, 8.9, 13.9, 11.7, 11.9, 10.3, 11.9, 10.8, 10.1, 9.5, 11.4, 10.8, 15.4, 10.8, 10.1,
  10.2, 6.4, 5.1, 6.4, 11.7, 7, 7, 9.4, 10, 8.3, 10, 9.5, 6.1, 10, 10, 4.8, 4.8, 9.3, 4.8, 14.6, 10, 9.6, 10, 10, 6.9, 8.3, 6.7, 10, 9.1, 12.9, 9, 9.1, 8.1, 10,
  5.1, 10, 11.7,
];

/** A label's width at 14 px, for layout: Chinese characters (and, in Chinese text, curly quotes) are square. */
export function measure(label: string, bold = false): number {
  const chinese = cjk.test(label);
  let w = 0;
  for (const ch of label) {
    const code = ch.codePointAt(0) ?? 0;
    if (cjk.test(ch) || (chinese && /[‘’“”]/.test(ch))) w += 14;
    else if (code >= 32 && code < 127) w += (bold ? ASCII_BOLD : ASCII)[code - 32] ?? 9;
    else w += /[‘’]/.test(ch) ? 4.6 : /[“”]/.test(ch) ? 7.4 : bold ? 10 : 9;
  }
  return Math.ceil(w);
}

/** Breaks a label into lines no wider than `max` px (by `measure`), at spaces for Latin text, anywhere for Chinese. */
export const wrap = (label: string, max: number, bold = false): string[] => wrapBy(label, max, (text) => measure(text, bold));

/** The same, with widths from the `width` function given. */
export function wrapBy(label: string, max: number, width: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  const tokens = label.match(/[\u2E80-\uFFEF]|[^\s\u2E80-\uFFEF]+|\s+/g) ?? [];
  for (const token of tokens) {
    // No line starts with Chinese closing punctuation: the character before it goes down with it.
    if (/^[，。、；：！？）》」』”]$/.test(token) && width(line + token) > max && [...line].length > 1) {
      const chars = [...line];
      const last = chars.pop() ?? '';
      lines.push(chars.join(''));
      line = last + token;
    } else if (line !== '' && width(line + token) > max && token.trim() !== '') {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/**
 * Like wrap, in as many lines, but as even as they can be: the narrowest width that needs no more lines.
 * So a row label reads "生活在城市 / 地区的人们", not "生活在城市地区的人 / 们".
 */
export function wrapEvenly(label: string, max: number, bold = false): string[] {
  const lines = wrap(label, max, bold);
  if (lines.length < 2) return lines;
  let best = lines;
  for (let w = max - 2; w > 0; w -= 2) {
    const next = wrap(label, w, bold);
    if (next.length > lines.length) break;
    best = next;
  }
  return best;
}
