/**
 * Site paths. Every internal link goes through `withBase` so the site works under a base path
 * (BASE=/lnob/). Paths are written without the base; `base` is Astro's `import.meta.env.BASE_URL`.
 */
import type { Locale } from './locales.ts';
import type { Part } from './report/parts.ts';

export function withBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${head}${path.startsWith('/') ? path : `/${path}`}`;
}

export const homePath = (lang: Locale) => `/${lang}/`;
export const contentsPath = (lang: Locale) => `/${lang}/report/`;
export const partPath = (lang: Locale, part: Part) => `/${lang}/report/${part}/`;
export const paragraphPath = (lang: Locale, part: Part, n: number) => `/${lang}/report/${part}/#p${n}`;
export const permalinkPath = (lang: Locale, n: number) => `/${lang}/p/${n}/`;
export const aboutPath = (lang: Locale) => `/${lang}/about/`;
export const searchPath = (lang: Locale) => `/${lang}/search/`;
export const frameworkPath = (lang: Locale) => `/${lang}/framework/`;
export const figuresPath = (lang: Locale) => `/${lang}/figures/`;
export const glossaryPath = (lang: Locale) => `/${lang}/glossary/`;
export const timelinePath = (lang: Locale) => `/${lang}/timeline/`;
export const indexPath = (lang: Locale) => `/${lang}/index/`;
export const parallelPath = (lang: Locale, part: Part) => `/${lang}/report/${part}/parallel/`;
export const footnotePath = (lang: Locale, part: Part, n: number) => `/${lang}/report/${part}/#fn${n}`;

/**
 * The same page in another language: `/zh/report/findings/` → `/en/report/findings/`.
 * `path` is the page's path without the base; returns undefined for pages outside a language.
 */
export function counterpartPath(path: string, from: Locale, to: Locale): string | undefined {
  const prefix = `/${from}/`;
  return path.startsWith(prefix) ? `/${to}/${path.slice(prefix.length)}` : undefined;
}
