/**
 * Builds the search index of `dist/` with Pagefind's Node API: one record per paragraph, section,
 * glossary term and timeline milestone, in each language (see src/lib/search/records.ts).
 * Also bundles the browser's search engine (src/build/bundle-search.ts). Run by the post-build
 * integration (src/integrations/post-build.ts) after Astro has written the pages.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { formatDate } from '../lib/dates.ts';
import {
  contextRecords,
  figureRecords,
  glossaryRecords,
  reportRecords,
  timelineRecords,
  toolkitRecords,
  toolRecord,
  type FigureInput,
  type SearchRecord,
} from '../lib/search/records.ts';
import { useTranslations } from '../i18n/index.ts';
import { liveLocales, type Locale } from '../lib/locales.ts';
import { readCollection, readReport, readToolkit } from '../lib/content/files.ts';
import { glossarySchema } from '../schemas/glossary.ts';
import { timelineSchema } from '../schemas/timeline.ts';
import { contextSchema } from '../schemas/contexts.ts';
import { toolTextSchema } from '../schemas/tool.ts';
import { figureSchema } from '../schemas/figures.ts';
import { factorSchema } from '../schemas/factors.ts';
import { groupSchema } from '../schemas/groups.ts';
import { themeSchema } from '../schemas/themes.ts';
import { figureViews } from '../lib/figures/views/index.ts';
import { bundleSearchEngine, minifyPagefind, removePagefindUi } from './bundle-search.ts';
import { EQUIVALENTS_MARK, equivalenceGroups, equivalentsFor } from '../lib/search/equivalents.ts';
import { wordList, type SuggestionList } from '../lib/search/match.ts';
import { readersWordSchema } from '../schemas/readers-words.ts';
import { readersGroups } from '../lib/search/readers-words.ts';
import { stemmer } from 'stemmer';
import { betTable, splitByScript } from '../lib/search/bets.ts';

/** The readers' words (content/readers-words/readers-words.yaml). */
export const readReadersWords = () => readCollection('content/readers-words/readers-words.yaml', readersWordSchema);

/** The words search treats as one in a language: the glossary's groups, then the readers' words' (src/lib/search/readers-words.ts). */
export function searchGroups(lang: Locale) {
  const terms = readCollection('content/glossary/terms.yaml', glossarySchema);
  return [...equivalenceGroups(terms, lang), ...readersGroups(readReadersWords(), lang)];
}

/** The figures in one language as the pages draw them, counted from the content files (src/lib/figures/views/). */
export function figureInputs(lang: Locale): FigureInput[] {
  const partsOf = (l: Locale) => readReport(l).map(({ label, title, outline }) => ({ label, title, outline }));
  const views = figureViews(lang, {
    figures: readCollection('content/figures/figures.yaml', figureSchema),
    parts: partsOf(lang),
    sourceParts: partsOf('zh'),
    factors: readCollection('content/factors/factors.yaml', factorSchema),
    groups: readCollection('content/groups/groups.yaml', groupSchema),
    themes: readCollection('content/themes/themes.yaml', themeSchema),
    milestones: readCollection('content/timeline/timeline.yaml', timelineSchema),
    toolkit: readToolkit(lang).map((e) => ({
      slug: e.id,
      component: e.front.component,
      title: e.front.title,
      recommendations: e.front.recommendations,
      conclusions: e.front.conclusions,
    })),
  });
  return views.map(({ id, title, caption, summary }) => ({ id, title, caption, summary }));
}

export function allRecords(base = '/'): SearchRecord[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const terms = readCollection('content/glossary/terms.yaml', glossarySchema);
  const milestones = readCollection('content/timeline/timeline.yaml', timelineSchema);
  const contexts = readCollection('content/contexts/contexts.yaml', contextSchema);
  const [tool] = readCollection('content/tool/tool.yaml', toolTextSchema);
  return liveLocales.flatMap((lang) => {
    const t = useTranslations(lang);
    const strings = { paragraph: (n: number) => t('report.paragraphLabel', { n }) };
    const groups = searchGroups(lang);
    const entries = readToolkit(lang).map((e) => ({
      id: e.id,
      title: e.front.title,
      summary: e.front.summary,
      body: e.body,
      component: e.front.component,
      stage: e.front.stage,
      contexts: e.front.contexts,
      factors: e.front.factors,
    }));
    const records = [
      ...reportRecords(lang, prefix, readReport(lang), strings),
      ...glossaryRecords(lang, prefix, terms),
      ...timelineRecords(
        lang,
        prefix,
        milestones.map((m) => ({ id: m.id, dateText: formatDate(m.date, lang), label: m.label[lang] })),
      ),
      ...toolkitRecords(lang, prefix, entries),
      ...contextRecords(
        lang,
        prefix,
        contexts.map((c) => ({ id: c.id, name: c.name[lang], summary: c.summary[lang] })),
      ),
      ...figureRecords(lang, prefix, figureInputs(lang)),
      toolRecord(lang, prefix, t('tool.title'), tool?.intro[lang] ?? ''),
    ];
    // Each record also carries the glossary's other names for the words it uses (RFBF = reaching
    // the furthest behind first) and the readers' words for them (土著人民 = 原住民), after its text (EQUIVALENTS_MARK between): one query finds both.
    return records.map((r) => {
      const lines = equivalentsFor(r.content, groups);
      return lines.length === 0 ? r : { ...r, content: [r.content, ...lines].join(EQUIVALENTS_MARK) };
    });
  });
}

/** The "Did you mean" lists, one per edition (the words of the records' own text, with counts), and the best bets (with the phrase shortcuts). */
export function writeWordLists(dist: string, records: readonly SearchRecord[]): void {
  const terms = readCollection('content/glossary/terms.yaml', glossarySchema);
  mkdirSync(join(dist, '_search'), { recursive: true });
  for (const lang of liveLocales) {
    const texts = records.filter((r) => r.filters['edition']?.[0] === lang).map((r) => r.content.split(EQUIVALENTS_MARK)[0] ?? '');
    // The label keeps its {q}: the browser fills it with each word.
    const list: SuggestionList = { label: useTranslations(lang)('search.didYouMean'), words: wordList(texts, lang) };
    writeFileSync(join(dist, '_search', `words-${lang}.json`), JSON.stringify(list));
    for (const [script, part] of Object.entries(splitByScript(betTable(terms, readReadersWords(), lang, stemmer))))
      writeFileSync(join(dist, '_search', `bets-${lang}-${script}.json`), JSON.stringify(part));
  }
}

/** Writes the Pagefind index of every record (or of `records`: npm run bench passes synthetic copies) into dist/pagefind, with the engine bundle and the word lists beside it; returns a line for the log. */
export async function writeSearchIndex(dist: string, base: string, records: readonly SearchRecord[] = allRecords(base)): Promise<string> {
  const output = join(dist, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const record of records) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length > 0) throw new Error(`Pagefind refused ${record.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write ${output}: ${written.errors.join('; ')}`);
  await pagefind.close();
  removePagefindUi(dist);
  await minifyPagefind(dist);
  await bundleSearchEngine(dist);
  writeWordLists(dist, records);
  const counts = Object.entries(Object.groupBy(records, (r) => r.language)).map(([l, list]) => `${l} ${list?.length ?? 0}`);
  return `search: indexed ${records.length} records (${counts.join(', ')}) into ${output}`;
}
