import type { APIRoute, GetStaticPaths } from 'astro';
import { liveLocales, type Locale } from '~/lib/locales';
import { contentsPath, permalinkPath } from '~/lib/urls';
import { publicUrl } from '~/lib/site-address';
import { CITATION_FORMATS, citationFile, citationFilePath, citationRecord, type CitationFormat } from '~/lib/citation-files';
import { paragraphParts, reportParts } from '~/utils/report';

/** The citation of the whole evaluation and of each paragraph, per language, as RIS, BibTeX and CSL-JSON. */
export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of liveLocales) {
    const cited = [undefined, ...paragraphParts(await reportParts(lang)).keys()];
    for (const n of cited) {
      for (const format of CITATION_FORMATS) {
        const file = citationFilePath(lang, n, format).split('/').pop()!;
        paths.push({ params: { lang, file }, props: { n, format } });
      }
    }
  }
  return paths;
}) satisfies GetStaticPaths;

const TYPES: Record<CitationFormat, string> = {
  ris: 'application/x-research-info-systems',
  bib: 'application/x-bibtex; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json',
};

export const GET: APIRoute = ({ params, props, site }) => {
  const lang = params['lang'] as Locale;
  const { n, format } = props as { n: number | undefined; format: CitationFormat };
  const url = publicUrl(site, import.meta.env.BASE_URL, n === undefined ? contentsPath(lang) : permalinkPath(lang, n));
  return new Response(citationFile(format, citationRecord({ lang, n, url })), { headers: { 'content-type': TYPES[format] } });
};
