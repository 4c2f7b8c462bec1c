import { z } from 'astro/zod';
import { translatedText } from './translated.ts';
import { paragraphNumber } from './paragraph.ts';

const text = z.string().min(1, 'must not be empty');

/** A sentence whose wording depends on a count: the forms Intl.PluralRules names, `other` required. */
const pluralForms = z.strictObject({
  zero: text.optional(),
  one: text.optional(),
  two: text.optional(),
  few: text.optional(),
  many: text.optional(),
  other: text,
});

/** A text in both languages with `{name}` placeholders, each language plain or in plural forms. */
const translatedTemplate = z.object({ zh: z.union([text, pluralForms]), en: z.union([text, pluralForms]) });

/** A figure's words (`content/figures/figures.yaml`); its numbers are counted from the content at build time. */
export const figureSchema = z.object({
  /** Position on the figures page. */
  order: z.number().int().min(1),
  /** The paragraphs the figure's own sentences rest on, where its data does not name them. */
  paragraphs: z.array(paragraphNumber).optional(),
  title: translatedText,
  /** What the figure shows, read as its caption and as the chart's description. */
  caption: translatedTemplate,
  /** The figure in a sentence or two, for readers who do not see the chart. */
  summary: translatedTemplate,
});
