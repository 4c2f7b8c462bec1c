import { z } from 'astro/zod';

/**
 * A short text in both languages; Chinese is the source, English the translation. Strict: an unquoted comma in
 * YAML's `{ zh: …, en: a, b }` makes `b` a key of its own and cuts the text at the comma, and must fail instead.
 */
export const translatedText = z
  .object({
    /** Chinese (the evaluation's language). */
    zh: z.string().min(1, 'must not be empty'),
    /** English. */
    en: z.string().min(1, 'must not be empty'),
  })
  .strict();
