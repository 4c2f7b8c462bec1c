import { z } from 'astro/zod';
import { translatedText } from './translated.ts';
import { paragraphNumber } from './paragraph.ts';

const forms = z.array(z.string().min(1)).min(1, 'needs at least one form');

/** One zh ↔ en term of the evaluation (`content/glossary/terms.yaml`). */
export const glossarySchema = z.object({
  /** The term as a heading, in both languages. */
  term: translatedText,
  /** A short definition in both languages, drawn from the evaluation. */
  definition: translatedText,
  /** The paragraph where the evaluation defines or first uses the term (1–57); one of those in `cites`. */
  paragraph: paragraphNumber,
  /**
   * The paragraphs each sentence of the definition rests on, one list per sentence in order (the same
   * sentences in both languages, split by src/lib/content/sentences.ts). Each paragraph named uses the term
   * in one of its forms; `fn8` names footnote 8. An empty list is for a sentence that rests on the `origin`
   * publication alone.
   */
  cites: z
    .array(z.array(z.union([paragraphNumber, z.string().regex(/^fn([1-9]|10)$/, 'a footnote is written fn1 … fn10')])))
    .min(1, 'names the paragraphs each sentence of the definition rests on'),
  /** Where the term comes from when that is outside the evaluation (a publication the summary only uses). */
  origin: z
    .object({
      /** The publication's title, in both languages, with its quotation marks or title marks. */
      title: translatedText,
      /** The year of publication. */
      year: z.number().int().min(1900).max(2100),
      /** Where the publication can be read. */
      url: z.url().optional(),
    })
    .strict()
    .optional(),
  /** True for the terms of the official English terms table of the source. */
  official: z.boolean().default(false),
  /**
   * How the term is written in the report text. For official terms a test checks both ways that a
   * paragraph using a zh form uses an en form in its translation, and the reverse.
   */
  forms: z.object({ zh: forms, en: forms }),
  /**
   * Other ways a reader may write the term that this edition's text does not (abbreviations, full
   * names, the other script's short form). Search treats the forms and aliases of a term as one.
   */
  aliases: z
    .object({ zh: z.array(z.string().min(1)).default([]), en: z.array(z.string().min(1)).default([]) })
    .partial()
    .optional(),
});
