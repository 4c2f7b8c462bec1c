/** The margin boxes of /zh/report/bilingual/print/ (see components/report-print.ts). */
import type { APIRoute } from 'astro';
import { reportMarginsCss } from '~/components/report-print';

export const getStaticPaths = () => [{ params: { lang: 'zh' } }];
export const GET: APIRoute = ({ site }) =>
  new Response(reportMarginsCss('zh', site, import.meta.env.BASE_URL, '/zh/report/bilingual/print/'), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
