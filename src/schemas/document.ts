import { z } from 'astro/zod';
import { translatedText } from './translated.ts';
import { outsideSource } from './facts.ts';

/**
 * A fact about the document itself (`content/document/document.yaml`): its title, the session of the Executive
 * Board it went to. The printed editions state them on their title page; no paragraph states them, so each
 * names its outside source.
 */
export const documentFactSchema = z.strictObject({
  /** What the fact is, e.g. 提交 / Submitted to. */
  label: translatedText,
  /** The fact, in the words of its source. */
  value: translatedText,
  /** Where it comes from. */
  source: outsideSource,
});
