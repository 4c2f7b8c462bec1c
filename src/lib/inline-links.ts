/**
 * Texts in data files (footnotes, the factor box) carry links as `[words](https://…)`.
 * These helpers split such a text into plain and linked segments, strip the links for
 * comparisons, and list what is malformed so the schema can refuse it.
 */
export type Segment = { text: string; href?: string };

const LINK = /\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g;

export function inlineSegments(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(LINK)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push({ text: m[1] ?? '', href: m[2] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

export function stripInlineLinks(text: string): string {
  return text.replace(LINK, '$1');
}

export function inlineLinkProblems(text: string): string[] {
  const rest = text.replace(LINK, '');
  const problems: string[] = [];
  if (/\]\(/.test(rest)) problems.push('has a link "[words](url)" whose url is not an http(s) address');
  return problems;
}
