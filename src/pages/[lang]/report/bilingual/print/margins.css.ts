/** The margin boxes of /zh/report/bilingual/print/, in both languages (see components/report-print.ts). */
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { reportMarginsCss } from '~/components/report-print';

export const getStaticPaths = () => [{ params: { lang: 'zh' } }];
export const GET: APIRoute = async ({ site }) => {
  const title = await getEntry('document', 'title');
  if (!title) throw new Error('content/document/document.yaml has no "title"');
  return new Response(reportMarginsCss(['zh', 'en'], title.data.value, site, import.meta.env.BASE_URL, '/zh/report/bilingual/print/'), {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
};
