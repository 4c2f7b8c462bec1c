/**
 * The access date a citation of an online text asks for: GB/T 7714's 引用日期 ("[2026-12-07]") in
 * Chinese, "Accessed 7 December 2026" in English. A page shows the placeholder; copying fills in the
 * reader's own date (src/client/copy-citation.ts). Kept small: it is part of every report page's script.
 */
import type { Locale } from './locales.ts';

/** What a citation shows where the access date goes, until the reader's own date fills it. */
export const ACCESS_PLACEHOLDER: Record<Locale, string> = { zh: '[引用日期]', en: '[date]' };

/**
 * `date` as the citation style of `lang` writes an access date, on the calendar of `timeZone` (the reader's
 * by default). Date's Intl-backed formatter (Intl.DateTimeFormat's, in fewer bytes); Swedish writes dates
 * as ISO 8601 (2026-03-05), which is GB/T 7714's form.
 */
export function accessDate(lang: Locale, date: Date, timeZone?: string): string {
  if (lang === 'en') return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone });
  return `[${date.toLocaleDateString('sv-SE', { timeZone })}]`;
}
