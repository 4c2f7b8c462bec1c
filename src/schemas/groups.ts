import { z } from 'astro/zod';
import { translatedText } from './translated.ts';

/** One of UNDP's 18 LNOB target groups of footnote 9 (`content/groups/groups.yaml`). */
export const groupSchema = z.object({
  /** Position in footnote 9, 1–18. */
  order: z.number().int().min(1).max(18),
  /** The group's name as footnote 9 gives it. */
  name: translatedText,
});
