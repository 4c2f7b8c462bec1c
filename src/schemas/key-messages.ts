import { z } from 'astro/zod';
import { localeCodes } from '../lib/locales.ts';
import { paragraphNumber } from './paragraph.ts';

/** One key message on the home page: a verbatim quotation from one paragraph. */
export const keyMessagesSchema = z.object({
  /** The language of the quotation. */
  lang: z.enum(localeCodes),
  /** Order on the page. */
  order: z.number().int().min(1),
  /** The paragraph quoted (1–57). */
  paragraph: paragraphNumber,
  /** The words quoted, exactly as they stand in the paragraph (a test checks this). */
  quote: z.string().min(1),
});
