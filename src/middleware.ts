/**
 * The page context, set once for each page of a language (`/[lang]/…`): its language, the
 * translator and the links to the report's paragraphs and footnotes, on `Astro.locals`, as Starlight's locals.ts
 * does; and on every page, the build's version, commit and date (read once per build). Pages and components read them there instead of rebuilding them from the route.
 */
import { defineMiddleware } from 'astro:middleware';
import { useTranslations } from './i18n';
import { isLocale } from './lib/locales';
import { footnoteLinker, paragraphLinker } from './utils/page';
import { buildInfo } from './lib/build-info';
import pkg from '../package.json';

const build = buildInfo(pkg.version);

export const onRequest = defineMiddleware(async (context, next) => {
  const lang = context.params['lang'];
  context.locals.build = build;
  if (lang !== undefined && !isLocale(lang)) throw new Error(`Route parameter lang is "${lang}", expected one of the site's languages`);
  if (lang !== undefined) {
    context.locals.lang = lang;
    context.locals.t = useTranslations(lang);
    context.locals.paragraphHref = await paragraphLinker(lang);
    context.locals.footnoteHref = await footnoteLinker(lang);
  }
  return next();
});
