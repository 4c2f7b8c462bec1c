import { z } from 'astro/zod';
import { translatedText } from './translated.ts';
import { paragraphNumber } from './paragraph.ts';
import { TARGET_IDS } from '../lib/vocabulary.ts';

/** The prioritisation tool's texts (`content/tool/tool.yaml`): purpose, method, worksheet, file format. */
export const toolTextSchema = z.strictObject({
  /** What the tool is for, and the findings that ask for it. */
  intro: translatedText,
  /** What a score is and is not, and where the reader's data stays. */
  aid: translatedText,
  /** The method, step by step. */
  steps: z.array(translatedText).min(1, 'needs at least one step'),
  /** How a factor is rated. */
  scale: translatedText,
  /** How the score is made. */
  scoreRule: translatedText,
  /** The worked example, with {levels}, {weighted}, {high} and {total} filled by the page. */
  example: translatedText,
  /** The paragraphs the tool rests on, listed under the method. */
  paragraphs: z.array(paragraphNumber).min(1, 'needs the paragraphs the tool rests on'),
  /** Above the top groups of the results. */
  top: translatedText,
  /** How to use the worksheet on paper. */
  worksheet: translatedText,
  /**
   * The example file linked from the page, which shows the format only: target groups of footnote 9 and
   * one intersection of them that the text names (its paragraph given), with placeholder ratings.
   */
  exampleFile: z
    .strictObject({
      targets: z.array(z.enum(TARGET_IDS)).min(1),
      intersection: z.strictObject({ name: translatedText, of: z.array(z.enum(TARGET_IDS)).min(2), paragraph: paragraphNumber }),
    })
    .refine((f) => f.intersection.of.every((id) => f.targets.includes(id)), {
      message: 'the intersection must be of groups listed in targets',
      path: ['intersection', 'of'],
    }),
  /** The file format, version 1. */
  format: z.strictObject({ intro: translatedText, json: translatedText, csv: translatedText, limits: translatedText }),
});
