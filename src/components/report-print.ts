/**
 * The page-margin boxes of the whole-evaluation print editions, in their language: what it is (the
 * evaluation's title) at the top left, where it lives at the top right (only when the build has a public
 * address, SITE: README, "Deployment"), and "page n of N" at the foot. Served as a stylesheet of its own
 * (…/print/margins.css), so the address, known only at build time, needs no inline style under the CSP.
 */
import { publicUrl } from '../lib/site-address';
import { useTranslations } from '../i18n';
import type { Locale } from '../lib/locales';

const cssString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function reportMarginsCss(lang: Locale, site: URL | undefined, base: string, pagePath: string): string {
  const t = useTranslations(lang);
  const address = publicUrl(site, base, pagePath);
  const pageN = lang === 'zh' ? `"第 " counter(page) " 页，共 " counter(pages) " 页"` : `"Page " counter(page) " of " counter(pages)`;
  const box = 'font-size: 8pt; color: #222;';
  return [
    '/* Margins of the whole-evaluation print edition: title, address (with SITE only), page n of N. */',
    '@page {',
    `  @top-left { content: ${cssString(t('print.evaluation'))}; ${box} }`,
    address ? `  @top-right { content: ${cssString(address)}; ${box} }` : '',
    `  @bottom-center { content: ${pageN}; ${box} }`,
    '}',
    '',
  ]
    .filter((l) => l !== '')
    .join('\n');
}
