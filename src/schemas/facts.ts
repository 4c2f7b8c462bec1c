import { z } from 'astro/zod';
import { translatedText } from './translated.ts';
import { paragraphNumber } from './paragraph.ts';

/** Where a fact about the document comes from when no paragraph states it (source/README.md names them). */
export const outsideSource = z.strictObject({
  /** The source, as the page names it, in both languages. */
  title: translatedText,
  /** Where it can be read. */
  url: z.url().optional(),
});

/**
 * A fact about the evaluation on the home page (`content/facts/facts.yaml`), with where it comes from: the
 * paragraph of the summary that states it, or, for a fact about the document itself (who wrote it, when,
 * for which session), the outside source that states it. Exactly one of the two.
 */
export const factSchema = z
  .object({
    /** Position in the home page's list. */
    order: z.number().int().min(1),
    /** The paragraph of the summary that states the fact; the fact links to it. */
    paragraph: paragraphNumber.optional(),
    /** The outside source that states a fact about the document, when no paragraph does. */
    source: outsideSource.optional(),
    /** What the fact is about, e.g. 评价类型 / Type. */
    label: translatedText,
    /** The fact, in the words of its source. */
    value: translatedText,
  })
  .refine((f) => (f.paragraph === undefined) !== (f.source === undefined), {
    message: 'names where the fact comes from: a paragraph or an outside source, one of the two',
    path: ['paragraph'],
  });
