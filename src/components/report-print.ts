/**
 * The page-margin boxes of the whole-evaluation print editions, in their languages: what it is (the
 * evaluation's title, content/document) at the top left, where it lives at the top right (only when the build
 * has a public address, SITE: README, "Deployment"), and "page n of N" at the foot. The bilingual edition says
 * each in both languages. Served as a stylesheet of its own (…/print/margins.css), so the address, known only
 * at build time, needs no inline style under the CSP.
 */
import { publicUrl } from '../lib/site-address';
import type { Locale } from '../lib/locales';

const cssString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
const PAGE_N: Record<Locale, string> = { zh: `"第 " counter(page) " 页，共 " counter(pages) " 页"`, en: `"Page " counter(page) " of " counter(pages)` };

export function reportMarginsCss(languages: Locale[], titles: Record<Locale, string>, site: URL | undefined, base: string, pagePath: string): string {
  const address = publicUrl(site, base, pagePath);
  const box = 'font-size: 8pt; color: #222;';
  // Two languages take a line each (white-space: pre keeps the line break, \A).
  const head = languages.map((l) => cssString(titles[l])).join(' "\\A" ');
  const lines = languages.length > 1 ? ' white-space: pre-wrap; font-size: 7.5pt;' : '';
  return [
    '/* Margins of the whole-evaluation print edition: title, address (with SITE only), page n of N. */',
    '@page {',
    `  @top-left { content: ${head}; ${box}${lines} }`,
    address ? `  @top-right { content: ${cssString(address)}; ${box} }` : '',
    `  @bottom-center { content: ${languages.map((l) => PAGE_N[l]).join(' " · " ')}; ${box} }`,
    '}',
    '',
  ]
    .filter((l) => l !== '')
    .join('\n');
}
