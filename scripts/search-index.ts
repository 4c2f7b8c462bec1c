/**
 * Builds the search index of `dist/` with Pagefind's Node API: one record per paragraph, section,
 * glossary term and timeline milestone, in each language (see src/lib/search/records.ts).
 * Also bundles the browser's search engine (scripts/bundle-search.ts). Run after `astro build`
 * (npm run build does both).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { formatDate } from '../src/lib/dates.ts';
import { glossaryRecords, reportRecords, timelineRecords, type SearchRecord } from '../src/lib/search/records.ts';
import { useTranslations } from '../src/i18n/index.ts';
import { liveLocales } from '../src/lib/locales.ts';
import { ROOT, readReport, readYamlList } from './content-files.ts';
import { bundleSearchEngine } from './bundle-search.ts';

interface Term { id: string; term: { zh: string; en: string }; definition: { zh: string; en: string } }
interface Milestone { id: string; date: string; label: { zh: string; en: string } }

export function allRecords(base = '/'): SearchRecord[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const terms = readYamlList<Term>('content/glossary/terms.yaml');
  const milestones = readYamlList<Milestone>('content/timeline/timeline.yaml');
  return liveLocales.flatMap((lang) => {
    const t = useTranslations(lang);
    const strings = {
      paragraph: (n: number) => t('report.paragraphLabel', { n }),
      report: t('nav.report'),
      glossary: t('nav.glossary'),
      timeline: t('nav.timeline'),
    };
    return [
      ...reportRecords(lang, prefix, readReport(lang), strings),
      ...glossaryRecords(lang, prefix, terms, strings),
      ...timelineRecords(lang, prefix, milestones.map((m) => ({ id: m.id, dateText: formatDate(m.date, lang), label: m.label[lang] })), strings),
    ];
  });
}

if (import.meta.main) {
  const dist = join(ROOT, process.env['OUT_DIR'] ?? 'dist');
  const output = join(dist, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const records = allRecords(process.env['BASE'] ?? '/');
  for (const record of records) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length > 0) throw new Error(`Pagefind refused ${record.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write ${output}: ${written.errors.join('; ')}`);
  await pagefind.close();
  await bundleSearchEngine(dist);
  const counts = Object.entries(Object.groupBy(records, (r) => r.language)).map(([l, list]) => `${l} ${list?.length ?? 0}`);
  console.log(`search: indexed ${records.length} records (${counts.join(', ')}) into ${output}`);
}
