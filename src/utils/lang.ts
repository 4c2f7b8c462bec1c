import { isLocale, type Locale } from '../lib/locales.ts';

/** The language of the page being rendered, from its `[lang]` route parameter. */
export function pageLang(params: Record<string, string | undefined>): Locale {
  const lang = params['lang'];
  if (!isLocale(lang)) throw new Error(`Route parameter lang is "${lang}", expected one of the site's languages`);
  return lang;
}
