import { z } from 'astro/zod';
import { translatedText } from './translated.ts';
import { paragraphNumber } from './paragraph.ts';

const noFinalStop = (t: { zh: string; en: string }) => !/[.。]$/.test(t.zh.trim()) && !/[.。]$/.test(t.en.trim());
const stopMessage = 'ends without a full stop in either language: the page adds the citations, then the stop';

/** A text that rests on the evaluation, with the paragraphs it rests on. */
const cited = z.strictObject({
  text: translatedText.refine(noFinalStop, stopMessage),
  cite: z.array(paragraphNumber).min(1, 'names the paragraphs the text rests on'),
});

const maybeCitedShape = { text: translatedText, cite: z.array(paragraphNumber).min(1).optional() };

/** A text that may rest on the evaluation: when it names paragraphs, the page adds them and the stop. */
const maybeCited = z.strictObject(maybeCitedShape).refine((r) => r.cite === undefined || noFinalStop(r.text), { message: stopMessage, path: ['text'] });

/** The half-day workshop kit of every context (`content/workshop/workshop.yaml`): this site's facilitation guidance. */
export const workshopSchema = z.strictObject({
  /** Says whose guidance this is. */
  label: translatedText,
  /** The preparation list that opens the kit (this site's advice): a label, a text, and the paragraphs it rests on, if any. */
  preparation: z
    .array(
      z
        .strictObject({ label: translatedText, ...maybeCitedShape })
        .refine((r) => r.cite === undefined || noFinalStop(r.text), { message: stopMessage, path: ['text'] }),
    )
    .min(1),
  purpose: cited,
  /** The activities in order, each with its length in minutes. */
  agenda: z.array(z.strictObject({ minutes: z.number().int().min(5).max(120), activity: translatedText })).min(1),
  exercises: z.strictObject({
    /** Exercise 1: who is left behind, by the five factors. */
    worksheet: cited.extend({ title: translatedText }),
    /** Exercise 2: which groups come first. */
    prioritise: cited.extend({ title: translatedText }),
    /** Exercise 3: the brief's actions, one small group per component. */
    actions: z.strictObject({ title: translatedText, text: translatedText }),
  }),
  roles: z.array(maybeCited).min(1),
  /** What the team takes away, as the items of one list. */
  takeaway: z.array(translatedText).min(1),
});
