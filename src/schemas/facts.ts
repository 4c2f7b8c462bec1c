import { z } from 'astro/zod';
import { translatedText } from './translated.ts';
import { paragraphNumber } from './paragraph.ts';

/** A fact about the evaluation on the home page (`content/facts/facts.yaml`), with the paragraph that states it. */
export const factSchema = z.object({
  /** Position in the home page's list. */
  order: z.number().int().min(1),
  /** The paragraph of the summary that states the fact; the fact links to it. */
  paragraph: paragraphNumber,
  /** What the fact is about, e.g. 评价类型 / Type. */
  label: translatedText,
  /** The fact, in the words of that paragraph. */
  value: translatedText,
});
