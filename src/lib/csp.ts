/**
 * Trims a page's <meta> Content-Security-Policy to the hashes that page needs: Astro lists the
 * hashes of every script it knows on every page; only the inline scripts and styles a page
 * actually has keep theirs. Sources that are not hashes ('self' …) are kept as they are. The policy
 * is moved to the start of <head>.
 */
import { createHash } from 'node:crypto';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function inlineBodies(html: string, tag: 'script' | 'style'): string[] {
  const pattern = tag === 'script' ? /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g : /<style[^>]*>([\s\S]*?)<\/style>/g;
  return [...html.matchAll(pattern)].map((m) => m[1] ?? '');
}

export function tidyCsp(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const needed = {
    'script-src': new Set(inlineBodies(html, 'script').map(cspHash)),
    'style-src': new Set(inlineBodies(html, 'style').map(cspHash)),
  };
  const policy = (meta[2] ?? '')
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name = '', ...sources] = directive.split(/\s+/);
      const keep = needed[name as keyof typeof needed];
      if (!keep) return directive;
      return [name, ...sources.filter((s) => !s.startsWith("'sha256-") || keep.has(s))].join(' ');
    })
    .join('; ');
  // The policy goes first in <head>, right after the character encoding: it governs only what comes
  // after it, and Astro writes it after the head's own links (a print style sheet, for one).
  const tag = `${meta[1]}${policy}${meta[3]}>`;
  const rest = html.replace(/<meta http-equiv="content-security-policy" content="[^"]*"\s*\/?>/i, '');
  const charset = /<meta charset="utf-8"\s*\/?>/i.exec(rest);
  if (!charset) return html.replace(META, `$1${policy}$3`);
  const at = charset.index + charset[0].length;
  return `${rest.slice(0, at)}${tag}${rest.slice(at)}`;
}
