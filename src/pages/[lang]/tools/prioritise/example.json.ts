import type { APIRoute } from 'astro';
import type { Locale } from '~/lib/locales';
import { languagePaths } from '~/utils/page';
import { toJSON } from '~/lib/prioritise/json.ts';
import { exampleAnalysis } from '~/utils/tool';

/** The example analysis of the tool's file format, as JSON. */
export const getStaticPaths = languagePaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(`${toJSON(await exampleAnalysis(params['lang'] as Locale))}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
