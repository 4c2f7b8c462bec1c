import { z } from 'astro/zod';
import { localeCodes } from '../lib/locales.ts';

/** A prose page of the site itself (e.g. about), one MDX file per language. */
export const pageSchema = z.object({
  /** The language of this file; must match its folder. */
  lang: z.enum(localeCodes),
  /** The page's title. */
  title: z.string().min(1),
  /** One sentence for the meta description. */
  description: z.string().min(1),
});
