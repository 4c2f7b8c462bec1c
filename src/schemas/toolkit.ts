import { z } from 'astro/zod';
import { localeCodes } from '../lib/locales.ts';
import { paragraphNumber } from './paragraph.ts';
import { CONTEXT_IDS, FACTOR_IDS, TARGET_IDS, components, stages } from '../lib/vocabulary.ts';

/**
 * How an entry names the entries of other collections: in the collection (src/content.config.ts) Astro's
 * `reference()`, which resolves to `{ collection, id }`; outside Astro (toolkitSchema) the vocabulary's ids.
 */
export interface ToolkitIds<C extends z.ZodType, F extends z.ZodType, G extends z.ZodType> {
  contexts: C;
  factors: F;
  groups: G;
}

/** One toolkit entry in one language (`content/toolkit/{lang}/{id}.mdx`); zh and en share the file name. */
export function toolkitFields<C extends z.ZodType, F extends z.ZodType, G extends z.ZodType>(ids: ToolkitIds<C, F, G>) {
  return z.object({
    /** The language of this file; must match its folder. */
    lang: z.enum(localeCodes),
    /** The entry's title. */
    title: z.string().min(1),
    /** One sentence saying what the entry helps a team do. */
    summary: z.string().min(1),
    /** Which component of ¶42 the entry belongs to. */
    component: z.enum(components),
    /** Which Examine–Empower–Enact stage it serves. */
    stage: z.enum(stages),
    /** The development contexts it applies to (ids of content/contexts). */
    contexts: z.array(ids.contexts).min(1),
    /** The five factors it concerns (ids of content/factors). */
    factors: z.array(ids.factors).default([]),
    /** The target groups it concerns (ids of content/groups). */
    groups: z.array(ids.groups).default([]),
    /** The recommendations it follows (1–6). */
    recommendations: z.array(z.number().int().min(1).max(6)).min(1),
    /** The conclusions it answers (1–5). */
    conclusions: z.array(z.number().int().min(1).max(5)).default([]),
    /** The paragraphs it rests on; every <Cite p={n} /> of the body must be among them. */
    sources: z.array(paragraphNumber).min(1),
  });
}

/** The toolkit frontmatter as read outside Astro (src/lib/content/files.ts): the ids checked against the vocabulary. */
export const toolkitSchema = toolkitFields({ contexts: z.enum(CONTEXT_IDS), factors: z.enum(FACTOR_IDS), groups: z.enum(TARGET_IDS) });

/** The four sections every entry has, in order; the workshop kit quotes `questions`. */
export const TOOLKIT_SECTIONS = ['findings', 'steps', 'questions', 'pitfalls'] as const;
export type ToolkitSection = (typeof TOOLKIT_SECTIONS)[number];

/** A text in every language of the site. */
const inEveryLanguage = z.object(Object.fromEntries(localeCodes.map((lang) => [lang, z.string().min(1)])) as Record<(typeof localeCodes)[number], z.ZodString>);

/** `content/toolkit/toolkit.yaml`: the one order of the entries and the four section headings, per language. */
export const toolkitShapeSchema = z.object({
  /** Every entry's file name once, in the order used within each component. */
  order: z
    .array(z.string().min(1))
    .min(1)
    .refine((list) => new Set(list).size === list.length, { message: 'lists an entry twice' }),
  /** The four sections, in order, with their headings. */
  sections: z
    .array(inEveryLanguage.extend({ id: z.enum(TOOLKIT_SECTIONS) }))
    .refine((list) => list.map((s) => s.id).join() === TOOLKIT_SECTIONS.join(), { message: `must be ${TOOLKIT_SECTIONS.join(', ')}, in this order` }),
});
export type ToolkitShape = z.output<typeof toolkitShapeSchema>;
