import { z } from 'astro/zod';
import { translatedText } from './translated.ts';
import { paragraphNumber } from './paragraph.ts';
import { FACTOR_IDS } from '../lib/vocabulary.ts';

/** A link between a group and a factor, and whether the evaluation states it or it is a reading of ours. */
const factorLink = z.object({
  /** The factor's id. */
  factor: z.enum(FACTOR_IDS),
  /** `evaluation` when the text states the link; `editorial` when it is this site's reading. */
  basis: z.enum(['evaluation', 'editorial']),
  /** Why, in one line per language. */
  reason: translatedText,
  /** The paragraphs the link rests on. */
  paragraphs: z.array(paragraphNumber).default([]),
});

/** One of UNDP's 18 LNOB target groups of footnote 9 (`content/groups/groups.yaml`). */
export const groupSchema = z.object({
  /** Position in footnote 9, 1–18. */
  order: z.number().int().min(1).max(18),
  /** The group's name as footnote 9 gives it. */
  name: translatedText,
  /** How the report text names the group (zh substrings; en case-insensitive). */
  forms: z.object({ zh: z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)).min(1) }).optional(),
  /** The factors the group is linked with (editorial, many-to-many), each with its basis and reason. */
  factors: z.array(factorLink).default([]),
});
