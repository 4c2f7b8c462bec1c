import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { localeCodes } from '../lib/locales.ts';
import { paragraphNumber } from './paragraph.ts';

import { components, stages } from '../lib/vocabulary.ts';

/** One toolkit entry in one language (`content/toolkit/{lang}/{id}.mdx`); zh and en share the file name. */
export const toolkitSchema = z.object({
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
  contexts: z.array(reference('contexts')).min(1),
  /** The five factors it concerns (ids of content/factors). */
  factors: z.array(reference('factors')).default([]),
  /** The target groups it concerns (ids of content/groups). */
  groups: z.array(reference('groups')).default([]),
  /** The recommendations it follows (1–6). */
  recommendations: z.array(z.number().int().min(1).max(6)).min(1),
  /** The conclusions it answers (1–5). */
  conclusions: z.array(z.number().int().min(1).max(5)).default([]),
  /** The paragraphs it rests on; every <Cite p={n} /> of the body must be among them. */
  sources: z.array(paragraphNumber).min(1),
});
