/** What src/middleware.ts puts on Astro.locals for every page under /[lang]/. */
declare namespace App {
  interface Locals {
    /** The page's language. */
    lang: import('./lib/locales').Locale;
    /** Interface strings in that language (src/i18n). */
    t: ReturnType<typeof import('./i18n').useTranslations>;
    /** The address of paragraph n of the report in that language, with the base path. */
    paragraphHref: (n: number) => string;
    /** The address of footnote n of the report in that language, with the base path. */
    footnoteHref: (n: number) => string;
    /** The build's version (package.json), commit and date, on every page. */
    build: import('./lib/build-info').BuildInfo;
  }
}
