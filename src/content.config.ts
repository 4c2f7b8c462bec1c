import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { yamlLists } from './loaders/yaml-lists.ts';
import { reportSchema } from './schemas/report.ts';
import { footnoteSchema } from './schemas/footnotes.ts';
import { factorSchema } from './schemas/factors.ts';
import { groupSchema } from './schemas/groups.ts';
import { keyMessagesSchema } from './schemas/key-messages.ts';
import { changelogSchema } from './schemas/changelog.ts';
import { pageSchema } from './schemas/pages.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { timelineSchema } from './schemas/timeline.ts';
import { themeSchema } from './schemas/themes.ts';
import { contextSchema } from './schemas/contexts.ts';
import { toolkitFields } from './schemas/toolkit.ts';
import { briefSchema } from './schemas/briefs.ts';
import { factSchema } from './schemas/facts.ts';
import { figureSchema } from './schemas/figures.ts';
import { toolTextSchema } from './schemas/tool.ts';
import { workshopSchema } from './schemas/workshop.ts';
import { documentFactSchema } from './schemas/document.ts';

/** The evaluation itself: one MDX file per part and language, ids like `zh/findings`. */
const report = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/report' }),
  schema: reportSchema,
});

/** The ten footnotes, one YAML list per language (`content/footnotes/zh.yaml`). */
const footnotes = defineCollection({ loader: yamlLists('content/footnotes'), schema: footnoteSchema });

/** The five factors of the box after paragraph 5. */
const factors = defineCollection({ loader: yamlLists('content/factors'), schema: factorSchema });

/** The 18 LNOB target groups of footnote 9. */
const groups = defineCollection({ loader: yamlLists('content/groups'), schema: groupSchema });

/** The home page's key messages, each quoted from a paragraph (one YAML list per language). */
const keyMessages = defineCollection({ loader: yamlLists('content/key-messages'), schema: keyMessagesSchema });

/** What changed in each version of the site. */
const changelog = defineCollection({ loader: yamlLists('content/changelog'), schema: changelogSchema });

/** Prose pages written for the site (about), one MDX per language: `zh/about`. */
const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

/** zh ↔ en terms with definitions and the paragraph that uses them. */
const glossary = defineCollection({ loader: yamlLists('content/glossary'), schema: glossarySchema });

/** Dated milestones named in the evaluation. */
const timeline = defineCollection({ loader: yamlLists('content/timeline'), schema: timelineSchema });

/** Themes counted per report part for the mentions figure. */
const themes = defineCollection({ loader: yamlLists('content/themes'), schema: themeSchema });

/** The main development contexts of ¶41: one guidance page each. */
const contexts = defineCollection({ loader: yamlLists('content/contexts'), schema: contextSchema });

/** Learning-hub toolkit entries (¶41–42), MDX per language, ids like `zh/prioritise-groups`. */
const toolkit = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/toolkit' }),
  // The same fields as outside Astro, the ids as references that resolve to the entries.
  schema: toolkitFields({ contexts: reference('contexts'), factors: reference('factors'), groups: reference('groups') }),
});

/** Each context's two-page brief, one YAML list per language (`content/briefs/en.yaml`, ids `en-umic`). */
const briefs = defineCollection({ loader: yamlLists('content/briefs'), schema: briefSchema });

/** The facts about the evaluation the home page lists (`content/facts/facts.yaml`), each citing its paragraph. */
const facts = defineCollection({ loader: yamlLists('content/facts'), schema: factSchema });

/** What each figure is called and says (`content/figures/figures.yaml`); the numbers come from the content. */
const figures = defineCollection({ loader: yamlLists('content/figures'), schema: figureSchema });

/** The prioritisation tool's own texts: purpose, method, worksheet and file format (`content/tool/tool.yaml`). */
const toolTexts = defineCollection({ loader: yamlLists('content/tool'), schema: toolTextSchema });

/** The half-day workshop kit each context offers: this site's facilitation guidance (`content/workshop/workshop.yaml`). */
const workshop = defineCollection({ loader: yamlLists('content/workshop'), schema: workshopSchema });

/** Facts about the document itself for the printed editions' title page: its title, its Executive Board session. */
const documentFacts = defineCollection({ loader: yamlLists('content/document'), schema: documentFactSchema });

export const collections = {
  facts,
  figures,
  toolTexts,
  workshop,
  report,
  footnotes,
  factors,
  groups,
  keyMessages,
  changelog,
  pages,
  glossary,
  timeline,
  themes,
  contexts,
  toolkit,
  briefs,
  document: documentFacts,
};
