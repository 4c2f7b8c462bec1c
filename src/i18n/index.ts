import { zh } from './zh.ts';
import { en } from './en.ts';
import type { Locale } from '../lib/locales.ts';

/** The set of interface strings; zh.ts defines the keys, en.ts must match them. */
export type UiStrings = { readonly [K in keyof typeof zh]: string };
export type UiKey = keyof UiStrings;

const dictionaries: Record<Locale, UiStrings> = { zh, en };

/** Returns a translator for one language; `{name}` placeholders are filled from `vars`. */
export function useTranslations(lang: Locale) {
  const dict = dictionaries[lang];
  return (key: UiKey, vars: Record<string, string | number> = {}): string =>
    dict[key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
