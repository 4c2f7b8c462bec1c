/** The site's languages. `live` languages get pages; the others are drafted in content only. */
export const locales = [
  { code: 'zh', lang: 'zh-Hans', label: '中文', live: true },
  { code: 'en', lang: 'en', label: 'English', live: true },
] as const;

export type Locale = (typeof locales)[number]['code'];
export const localeCodes = locales.map((l) => l.code) as [Locale, ...Locale[]];
export const liveLocales: Locale[] = locales.filter((l) => l.live).map((l) => l.code);

export function htmlLang(code: Locale): string {
  return locales.find((l) => l.code === code)?.lang ?? code;
}

export function isLocale(value: string | undefined): value is Locale {
  return locales.some((l) => l.code === value);
}
