import { z } from 'astro/zod';
import { translatedText } from './translated.ts';
import { FOOTNOTE_COUNT } from '../lib/report/parts.ts';
import { paragraphNumber } from './paragraph.ts';

/** A date as precise as the evaluation gives it: 1945, 2015-09, 2015-09-25, or a span 2018/2022-06. */
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/;

/** A dated milestone named in the evaluation (`content/timeline/timeline.yaml`). */
export const timelineSchema = z.object({
  /** When: a year, year-month or full date, or a span written start/end. */
  date: z.string().regex(DATE, 'must be YYYY, YYYY-MM, YYYY-MM-DD or a span START/END'),
  /** What happened, in both languages. */
  label: translatedText,
  /** Where the evaluation names it: a paragraph or a footnote. */
  source: z.union([z.object({ paragraph: paragraphNumber }).strict(), z.object({ footnote: z.number().int().min(1).max(FOOTNOTE_COUNT) }).strict()]),
});
