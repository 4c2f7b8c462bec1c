/** What most pages need to start: their static paths, links with the base path, links to paragraphs. */
import { liveLocales, type Locale } from '../lib/locales';
import { footnotePath, paragraphPath, withBase } from '../lib/urls';
import { footnoteParts, paragraphParts, reportParts } from './report';
import { publicUrl } from '../lib/site-address';
import { shortUrl } from '../lib/short-url';

/** Static paths for a page made once per live language. */
export const languagePaths = () => liveLocales.map((lang) => ({ params: { lang } }));

/** A site path with the deployment's base path in front. */
export const siteHref = (path: string) => withBase(import.meta.env.BASE_URL, path);

/** Links to the report's paragraphs in one language: n → /{lang}/report/{part}/#p{n}. */
export async function paragraphLinker(lang: Locale): Promise<(n: number) => string> {
  const where = paragraphParts(await reportParts(lang));
  return (n) => {
    const part = where.get(n);
    if (!part) throw new Error(`¶${n}: the evaluation has paragraphs 1–57`);
    return siteHref(paragraphPath(lang, part.part, n));
  };
}

/** Links to the report's footnotes in one language: n → /{lang}/report/{part}/#fn{n}. */
export async function footnoteLinker(lang: Locale): Promise<(n: number) => string> {
  const where = footnoteParts(await reportParts(lang));
  return (n) => {
    const part = where.get(n);
    if (!part) throw new Error(`footnote ${n}: the evaluation has footnotes 1–10`);
    return siteHref(footnotePath(lang, part.part, n));
  };
}

/**
 * The short public address a printout shows for a site path ("example.org/lnob/en/contexts/umic"), or
 * undefined when the build has no SITE: a printout then shows no address rather than a local one.
 */
export function printedAddress(site: URL | undefined, path: string): string | undefined {
  const url = publicUrl(site, import.meta.env.BASE_URL, path);
  return url === undefined ? undefined : shortUrl(url, 64);
}
