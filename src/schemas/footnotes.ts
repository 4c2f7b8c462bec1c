import { z } from 'astro/zod';
import { localeCodes } from '../lib/locales.ts';
import { FOOTNOTE_COUNT } from '../lib/report/parts.ts';
import { inlineLinkProblems } from '../lib/inline-links.ts';

/** One footnote of the evaluation in one language (`content/footnotes/{lang}.yaml`). */
export const footnoteSchema = z.object({
  /** The footnote's number, 1–10. */
  n: z.number().int().min(1).max(FOOTNOTE_COUNT),
  /** The language of the text. */
  lang: z.enum(localeCodes),
  /** The footnote's text; links are written `[words](https://…)` on the words they belong to. */
  text: z
    .string()
    .min(1)
    .superRefine((text, ctx) => {
      for (const message of inlineLinkProblems(text)) ctx.addIssue({ code: 'custom', message });
    }),
  /** Footnote 9 goes on with the list of the 18 target groups (the `groups` collection). */
  listsGroups: z.boolean().default(false),
});
