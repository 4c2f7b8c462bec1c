import { z } from 'astro/zod';
import { translatedText } from './translated.ts';
import { paragraphNumber } from './paragraph.ts';

/** A main development context of ¶41 (`content/contexts/contexts.yaml`); pages come from this list. */
export const contextSchema = z
  .object({
    /** Order on the contexts page. */
    order: z.number().int().min(1),
    /** The context's name, e.g. 最不发达国家和脆弱国家 / least developed countries and fragile states. */
    name: translatedText,
    /** What distinguishes it, as the evaluation describes it (a few sentences, each resting on `paragraphs`). */
    summary: translatedText,
    /** The evaluation paragraphs that speak to this context. */
    paragraphs: z.array(paragraphNumber).min(1),
    /** One line on the contexts page, "For you if …": who the guidance is for and what it covers, in the site's words. */
    forYou: z.object({
      /** The line, without a final stop (the page adds the citations, then the stop). */
      text: translatedText,
      /** The paragraphs the line rests on; each must be one of `paragraphs`. */
      cite: z.array(paragraphNumber).min(1),
    }),
  })
  .refine((c) => c.forYou.cite.every((n) => c.paragraphs.includes(n)), {
    message: 'forYou.cite must list only paragraphs of the context’s own `paragraphs`',
    path: ['forYou', 'cite'],
  });
