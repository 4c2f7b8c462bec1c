import { z } from 'astro/zod';

/** A short text in both languages; Chinese is the source, English the translation. */
export const translatedText = z.object({
  /** Chinese (the evaluation's language). */
  zh: z.string().min(1, 'must not be empty'),
  /** English. */
  en: z.string().min(1, 'must not be empty'),
});
