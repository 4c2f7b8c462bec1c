import { z } from 'astro/zod';
import { isParagraphNumber } from '../lib/report/parts.ts';

/** The one rule for a paragraph number in content: a paragraph of the evaluation's summary, 1–57. */
export const paragraphNumber = z.number().int().refine(isParagraphNumber, 'must be a paragraph of the evaluation, 1–57');
