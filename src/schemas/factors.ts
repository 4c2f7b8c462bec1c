import { z } from 'astro/zod';
import { translatedText } from './translated.ts';

/** One of the five factors of the box after paragraph 5 (`content/factors/factors.yaml`). */
export const factorSchema = z.object({
  /** Position in the box, 1–5. */
  order: z.number().int().min(1).max(5),
  /** The factor's name, e.g. 歧视 / Discrimination. */
  name: translatedText,
  /** What the factor covers, as the box describes it. */
  description: translatedText,
  /** The box's "不妨考虑" (consider) prompt; links as `[words](https://…)`. */
  consider: translatedText,
  /** How the report text refers to the factor, for counting and finding its paragraphs. */
  forms: z.object({ zh: z.array(z.string().min(1)).min(1), en: z.array(z.string().min(1)).min(1) }).optional(),
});
