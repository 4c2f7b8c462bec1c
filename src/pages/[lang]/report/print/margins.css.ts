/** The margin boxes of /{lang}/report/print/ (see components/report-print.ts). */
import type { APIRoute } from 'astro';
import { liveLocales, type Locale } from '~/lib/locales';
import { reportMarginsCss } from '~/components/report-print';

export const getStaticPaths = () => liveLocales.map((lang) => ({ params: { lang } }));
export const GET: APIRoute = ({ params, site }) =>
  new Response(reportMarginsCss(params['lang'] as Locale, site, import.meta.env.BASE_URL, `/${params['lang']}/report/print/`), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
