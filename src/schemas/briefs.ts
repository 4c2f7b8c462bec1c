import { z } from 'astro/zod';
import { localeCodes } from '../lib/locales.ts';
import { paragraphNumber } from './paragraph.ts';
import { components } from '../lib/vocabulary.ts';

/** One sentence and the paragraphs it rests on; the page adds the citations and the final stop. */
const claim = z.object({
  text: z
    .string()
    .min(1)
    .refine((s) => !/[.。]$/.test(s.trim()), 'ends without a full stop: the page adds the citations, then the stop'),
  cite: z.array(paragraphNumber).min(1),
});

/**
 * A context's two-page brief in one language (`content/briefs/{lang}.yaml`, ids `{lang}-{context}`): how far
 * the evaluation speaks to the context, what it says, what differs here, then one or two actions per component
 * of ¶42, each pointing to the toolkit entry that develops it. The pages check that each entry applies to the
 * context and that every cited paragraph is among the context's paragraphs or the entry's sources.
 */
export const briefSchema = z
  .object({
    lang: z.enum(localeCodes),
    /** The context (an id of content/contexts). */
    context: z.string().min(1),
    /** One sentence: how far the evaluation speaks to this context. */
    scope: claim,
    /** What the evaluation says that bears on this context. */
    says: z.array(claim).min(1).max(4),
    /** One sentence: what differs in this context from the others. */
    differs: claim,
    /** The actions that matter most here, in component order, one or two per component. */
    actions: z.array(claim.extend({ component: z.enum(components), entry: z.string().min(1) })).min(components.length),
  })
  .superRefine((brief, ctx) => {
    for (const c of components) {
      const n = brief.actions.filter((a) => a.component === c).length;
      if (n < 1 || n > 2)
        ctx.addIssue({ code: 'custom', path: ['actions'], message: `component ${c} has ${n} actions; a brief gives one or two per component` });
    }
    const order = brief.actions.map((a) => components.indexOf(a.component));
    if (order.some((v, i) => i > 0 && v < order[i - 1]!))
      ctx.addIssue({ code: 'custom', path: ['actions'], message: 'actions must follow the order of the components (a to e)' });
  });
