/**
 * A few lines for writing SVG as strings: escaped text, attributes in a fixed order, numbers
 * rounded to two decimals (so output is stable for golden snapshots). Presentation attributes only:
 * the site's CSP forbids style="". Marks carry `data-row`, the index of their row in the figure's table
 * (charts draw marks in the table's order), which the figures script uses to link mark and row.
 */
export type Attrs = Record<string, string | number | undefined>;

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

/** The outer <svg>: role="img" with its title and description, at its own size (never scaled below it). */
export function svgFigure(id: string, width: number, height: number, title: string, description: string, body: string[]): string {
  return el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${round(width)} ${round(height)}`, width: Math.ceil(width), height: Math.ceil(height), role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`, class: 'chart', 'font-family': 'inherit', 'font-size': 14 },
    [el('title', { id: `${id}-title` }, escapeXml(title)), el('desc', { id: `${id}-desc` }, escapeXml(description)), ...body],
  );
}

/** Text colour that keeps 4.5:1 on a fill of the given lightness (0 dark … 1 light). */
export const inkOn = (lightness: number) => (lightness < 0.55 ? '#ffffff' : '#1b1f24');
