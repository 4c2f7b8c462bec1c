/**
 * A result's title in parts, each with the language it is written in: a glossary entry's title holds both
 * terms ("Global Environment Facility (GEF) · 全球环境基金"), and the part in the other language carries its
 * own `lang`, so a screen reader speaks it in that language and the browser picks its font (WCAG 3.1.2).
 */
import { htmlLang, type Locale } from '../locales.ts';

export interface TitlePart {
  text: string;
  /** The `lang` of a part written in the other language; undefined for the page's own. */
  lang?: string;
}

const SEPARATOR = ' · ';

/** Whether a part of a title is written in the other language: Chinese characters on the English page; on the Chinese page, Latin words and no Chinese. */
function inOtherLanguage(part: string, pageLang: Locale): boolean {
  const han = /\p{Script=Han}/u.test(part);
  return pageLang === 'en' ? han : !han && /\p{Script=Latin}{2}/u.test(part);
}

export function titleParts(title: string, pageLang: Locale): TitlePart[] {
  const other = htmlLang(pageLang === 'en' ? 'zh' : 'en');
  return title.split(SEPARATOR).flatMap((text, i) => {
    const part: TitlePart = inOtherLanguage(text, pageLang) ? { text, lang: other } : { text };
    return i === 0 ? [part] : [{ text: SEPARATOR }, part];
  });
}
