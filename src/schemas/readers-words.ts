import { z } from 'astro/zod';

const words = z.array(z.string().trim().min(1)).min(1, 'needs at least one word');
const byLanguage = z.object({ zh: words, en: words }).strict();

/**
 * Words readers type that the evaluation does not use, mapped to its own terms
 * (`content/readers-words/readers-words.yaml`; the file's header says what each field means).
 */
export const readersWordSchema = z
  .object({
    /** What readers type, per edition; none of these occurs in that edition's report paragraphs. */
    words: byLanguage,
    /** The text's own terms for the same thing, per edition, the one to name first first; each occurs in the report. */
    says: byLanguage,
    /** The glossary entry that defines what `says` names, if there is one: its definition is the best bet. */
    term: z.string().min(1).optional(),
  })
  .strict();
