import { z } from 'astro/zod';
import { translatedText } from './translated.ts';

const forms = z.array(z.string().min(1)).min(1);

/** A theme counted per report part for the mentions figure (`content/themes/themes.yaml`). */
export const themeSchema = z.object({
  /** Row order in the figure (the five factors come first, 1–5). */
  order: z.number().int().min(1),
  /** The theme's label in both languages. */
  label: translatedText,
  /** How the text writes it: Chinese substrings, English word starts (case-insensitive). */
  forms: z.object({ zh: forms, en: forms }),
});
