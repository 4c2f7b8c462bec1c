/**
 * Where a printed report part lives: its public address in the top-right margin of every printed page
 * (the title and "page n of N" come from print.css). Only built with SITE: a build without a public address
 * prints none, rather than a local one (README, "Deployment"). A stylesheet of its own, so the address needs
 * no inline style under the CSP.
 */
import type { APIRoute } from 'astro';
import { liveLocales, type Locale } from '~/lib/locales';
import { parts } from '~/lib/report/parts';
import { partPath } from '~/lib/urls';
import { publicUrl } from '~/lib/site-address';

export const getStaticPaths = () => (import.meta.env.SITE ? liveLocales.flatMap((lang) => parts.map((part) => ({ params: { lang, part } }))) : []);

const cssString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export const GET: APIRoute = ({ params, site }) => {
  const address = publicUrl(site, import.meta.env.BASE_URL, partPath(params['lang'] as Locale, params['part'] as (typeof parts)[number]));
  const css = address ? `@page { @top-right { content: ${cssString(address)}; font-size: 8pt; color: #222; } }\n` : '';
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
