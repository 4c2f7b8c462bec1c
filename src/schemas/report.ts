import { z } from 'astro/zod';
import { localeCodes } from '../lib/locales.ts';
import { parts } from '../lib/report/parts.ts';

/** Frontmatter of one part of the evaluation in one language (`content/report/{lang}/{part}.mdx`). */
export const reportSchema = z.object({
  /** Which of the six parts this file holds. */
  part: z.enum(parts),
  /** The language of this file; must match its folder. */
  lang: z.enum(localeCodes),
  /** Position in reading order, 1–6. */
  order: z.number().int().min(1).max(parts.length),
  /** The part's number as printed, e.g. "三." or "III.". */
  label: z.string().min(1),
  /** The part's title, e.g. "主要结果". */
  title: z.string().min(1),
});
