import type { APIRoute } from 'astro';
import type { Locale } from '~/lib/locales';
import { languagePaths } from '~/utils/page';
import { toCSV } from '~/lib/prioritise/csv.ts';
import { exampleAnalysis } from '~/utils/tool';

/** The example analysis of the tool's file format, as CSV (the export writes its own byte-order mark). */
export const getStaticPaths = languagePaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(toCSV(await exampleAnalysis(params['lang'] as Locale)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
