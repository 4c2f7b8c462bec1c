/**
 * The `_headers` file that Netlify and Cloudflare Pages read: rules of a path pattern on its own line
 * followed by indented `Name: value` lines; `#` starts a comment.
 */
import { withBase } from './urls.ts';

export interface HeaderRule {
  path: string;
  headers: Map<string, string>;
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: new Map() });
      continue;
    }
    const header = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`_headers line ${i + 1}: expected "Name: value" under a path, got "${line.trim()}"`);
    rule.headers.set(header[1]!.toLowerCase(), header[2]!.trim());
  }
  return rules;
}

/** The same file for a site under `base`: every rule's path gets the base in front. */
export function headersForBase(text: string, base: string): string {
  if (base === '/') return text;
  return text
    .split('\n')
    .map((line) => (line.startsWith('/') ? withBase(base, line.trimEnd()) : line))
    .join('\n');
}
