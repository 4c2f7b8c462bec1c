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

/** An absolute URL for citations: site origin + base + path. */
export function absoluteUrl(site: URL | string, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}
