import { z } from 'astro/zod';
import { translatedText } from './translated.ts';

/** One release of the site. */
export const changelogSchema = z.object({
  /** Semantic version, as in package.json. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must look like 1.2.3'),
  /** Release date, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  /** What changed, in both languages. */
  changes: z.array(translatedText).min(1),
});
