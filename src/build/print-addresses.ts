/**
 * On paper a link is only as good as the address printed beside it. In a deployment build (SITE set),
 * every link of the pages printed as guides, briefs and workshop kits gets the short public address it
 * goes to in `data-print-url` (print.css prints it after the link: "example.org/lnob/en/tools/prioritise/#worksheet"),
 * so the PDFs and a reader's own printout carry it. A link within the page (#…) needs none; a link that
 * already says its address (an outside source, components/ExternalLink.astro) keeps its own, unless it is
 * one of this site's addresses cut short with an ellipsis (a guide's long entry addresses), which no reader can type. A citation
 * of a paragraph prints the paragraph's permanent address (/{lang}/p/{n}/), the shortest that finds it.
 * Without SITE there is no public address: the PDF script unlinks links to other pages instead.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The short address printed for a link: host, path and fragment, without the scheme. */
export function printedLinkAddress(href: string, site: string, base: string): string | undefined {
  if (href === '' || href.startsWith('#') || /^(mailto|tel|javascript):/i.test(href)) return undefined;
  const url = new URL(href, site);
  const paragraph = url.origin === new URL(site).origin ? /^(.*\/)(zh|en)\/report\/[a-z-]+\/$/.exec(url.pathname) : null;
  const cited = paragraph && /^#p(\d+)$/.exec(url.hash);
  if (paragraph && cited && paragraph[1] === base) url.pathname = `${base}${paragraph[2]}/p/${cited[1]}/`;
  if (paragraph && cited && paragraph[1] === base) url.hash = '';
  return `${url.hostname.replace(/^www\./, '')}${decodeURI(url.pathname)}${url.hash}`;
}

const LINK = /<a\b([^>]*)>/g;

/** Adds `data-print-url` to each link of one page's HTML that goes elsewhere and has none. */
export function withPrintedAddresses(html: string, site: string, base: string): string {
  return html.replace(LINK, (tag, attributes: string) => {
    const href = /\shref="([^"]*)"/.exec(attributes)?.[1]?.replaceAll('&amp;', '&');
    const own = /\sdata-print-url="([^"]*)"/.exec(attributes)?.[1];
    // A link's own printed address stays, unless it is one of this site's cut short ("example.org/…/entry").
    if (own !== undefined && !(own.includes('…') && href?.startsWith('/'))) return tag;
    const address = href === undefined ? undefined : printedLinkAddress(href, site, base);
    const rest = attributes.replace(/\sdata-print-url="[^"]*"/, '');
    return address === undefined ? tag : `<a${rest} data-print-url="${address.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}">`;
  });
}

/** Marks the links of the printed pages (paths under dist, without the base) of a deployment build. */
export function markPrintedAddresses(dist: string, pages: string[], site: string, base: string): void {
  for (const page of pages) {
    const file = join(dist, page, 'index.html');
    const html = readFileSync(file, 'utf8');
    const next = withPrintedAddresses(html, site, base);
    if (next !== html) writeFileSync(file, next);
  }
}
