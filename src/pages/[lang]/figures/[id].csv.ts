import type { APIRoute, GetStaticPaths } from 'astro';
import { csvFormatRows } from 'd3-dsv';
import { liveLocales, type Locale } from '~/lib/locales';
import { allFigures } from '~/utils/figures';

/** Each figure's data table as CSV: the same rows as the table on the page. */
export const getStaticPaths = (async () => {
  const paths = [];
  for (const lang of liveLocales) for (const f of await allFigures(lang)) paths.push({ params: { lang, id: f.id } });
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const figure = (await allFigures(params['lang'] as Locale)).find((f) => f.id === params['id']);
  if (!figure) return new Response('not found', { status: 404 });
  const csv = csvFormatRows([figure.table.columns, ...figure.table.rows.map((r) => r.map(String))]);
  // A byte-order mark so spreadsheet programs read the Chinese as UTF-8.
  return new Response(`\uFEFF${csv}\n`, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
