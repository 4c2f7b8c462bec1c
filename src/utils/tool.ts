import { getEntry } from 'astro:content';
import type { Locale } from '../lib/locales';
import { fill, uiData } from '../i18n/format';
import { addGroup, customGroup, emptyAnalysis, FACTOR_IDS, groupFromTarget, setRating, type Analysis, type FactorId } from '../lib/prioritise/model';
import { uiString, useTranslations, type UiKey } from '../i18n';
import { zh } from '../i18n/zh';
import { scriptNeeds } from '../lib/prioritise/strings';
import { factorsInOrder, groupsInOrder } from './report';
import { contextsInOrder, entrySlug, toolkitEntries } from './toolkit';

/**
 * The example file linked from the tool's page: it shows the format only. Its groups are target
 * groups of footnote 9 and one intersection named in ¶28; its ratings are placeholders that use every
 * value of the scale (and one "not rated"), not an assessment, as its name says.
 */
export async function exampleAnalysis(lang: Locale): Promise<Analysis> {
  const t = useTranslations(lang);
  const names = new Map((await groupsInOrder()).map((g) => [g.id, g.data.name[lang]]));
  const { targets, intersection: spec } = (await toolEntry()).data.exampleFile;
  let a = emptyAnalysis(t('tool.exampleName'));
  for (const id of targets) a = addGroup(a, groupFromTarget(id, names.get(id) ?? id));
  const intersection = customGroup(
    spec.name[lang],
    a.groups.map((g) => g.id),
  );
  a = addGroup(a, { ...intersection, intersects: spec.of });
  const placeholder: (0 | 1 | 2 | 3 | null)[] = [0, 1, 2, 3, null];
  a.groups.forEach((g, gi) => {
    FACTOR_IDS.forEach((f: FactorId, fi) => {
      a = setRating(a, g.id, f, { level: placeholder[(gi + fi) % placeholder.length] ?? null });
    });
  });
  return { ...a, context: 'ldc-fragile' };
}

/** What the tool's script needs from the content: names, prompts, toolkit entries and its strings. */
export async function toolData(lang: Locale, entryHref: (slug: string) => string, paragraphHref: (n: number) => string) {
  // As written (plain, or plural forms as JSON): the script fills them and chooses the form for a count.
  const strings = Object.fromEntries(
    Object.keys(zh)
      .filter((k) => k.startsWith('tool.') && scriptNeeds(k.slice('tool.'.length)))
      .map((k) => [k, uiData(uiString(lang, k as UiKey))]),
  );
  return {
    lang,
    factors: (await factorsInOrder()).map((f) => ({ id: f.id, name: f.data.name[lang] })),
    groups: (await groupsInOrder()).map((g) => ({ id: g.id, name: g.data.name[lang] })),
    contexts: (await contextsInOrder()).map((c) => ({ id: c.id, name: c.data.name[lang] })),
    entries: (await toolkitEntries(lang)).map((e) => ({
      slug: entrySlug(e),
      title: e.data.title,
      href: entryHref(entrySlug(e)),
      contexts: e.data.contexts.map((c) => c.id),
      factors: e.data.factors.map((f) => f.id),
      groups: e.data.groups.map((g) => g.id),
      sources: e.data.sources,
      sourceHrefs: e.data.sources.map(paragraphHref),
    })),
    strings,
  };
}

export type ToolData = Awaited<ReturnType<typeof toolData>>;

/** The tool's own texts in one language (content/tool/tool.yaml): purpose, method, worksheet, format. */
async function toolEntry() {
  const entry = await getEntry('toolTexts', 'prioritise');
  if (!entry) throw new Error('content/tool/tool.yaml: no entry with the id "prioritise"');
  return entry;
}

export async function toolTexts(lang: Locale) {
  const d = (await toolEntry()).data;
  return {
    intro: d.intro[lang],
    aid: d.aid[lang],
    steps: d.steps.map((s) => s[lang]),
    scale: d.scale[lang],
    scoreRule: d.scoreRule[lang],
    example: (vars: Record<string, string | number>) => fill(d.example[lang], vars),
    paragraphs: d.paragraphs,
    top: d.top[lang],
    worksheet: d.worksheet[lang],
    format: { intro: d.format.intro[lang], json: d.format.json[lang], csv: d.format.csv[lang], limits: d.format.limits[lang] },
  };
}
