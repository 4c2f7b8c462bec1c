import { zh } from './zh.ts';
import { en } from './en.ts';
import { htmlLang, type Locale } from '../lib/locales.ts';
import { format, type UiString } from './format.ts';

/** The set of interface strings; zh.ts defines the keys, en.ts must match them. A string may come in
 * plural forms ({ one, other }), chosen by the count `n`. */
export type UiStrings = { readonly [K in keyof typeof zh]: UiString };
export type UiKey = keyof UiStrings;

const dictionaries: Record<Locale, UiStrings> = { zh, en };

/** Returns a translator for one language; `{name}` placeholders are filled from `vars`, and a string in
 * plural forms takes the form for `vars.n`. */
export function useTranslations(lang: Locale) {
  const dict = dictionaries[lang];
  const tag = htmlLang(lang);
  return (key: UiKey, vars: Record<string, string | number> = {}): string => format(tag, dict[key], vars);
}

/** The raw entry of a key, for client scripts that fill it themselves (src/i18n/format.ts). */
export const uiString = (lang: Locale, key: UiKey): UiString => dictionaries[lang][key];
