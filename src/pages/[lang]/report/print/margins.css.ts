/** The margin boxes of /{lang}/report/print/ (see components/report-print.ts). */
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { liveLocales, type Locale } from '~/lib/locales';
import { reportMarginsCss } from '~/components/report-print';

export const getStaticPaths = () => liveLocales.map((lang) => ({ params: { lang } }));
export const GET: APIRoute = async ({ params, site }) => {
  const title = await getEntry('document', 'title');
  if (!title) throw new Error('content/document/document.yaml has no "title"');
  const lang = params['lang'] as Locale;
  return new Response(reportMarginsCss([lang], title.data.value, site, import.meta.env.BASE_URL, `/${lang}/report/print/`), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
