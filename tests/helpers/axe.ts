/**
 * axe-core through @axe-core/playwright with the WCAG 2.0/2.1/2.2 A and AA rules, at the cost of one
 * evaluation of axe-core per page.
 *
 * By default `AxeBuilder.analyze()` evaluates axe-core's 560 KB source in the page, then again in a second,
 * blank page that it opens to assemble the frames' results (its mode for cross-origin frames, which no page
 * here has): on two cores that was most of the time of checking each of 220 pages. Here the page gets
 * axe-core's source once, and the builder runs in its legacy mode (`axe.run` in the page, no blank page) with
 * a source that only checks axe-core is there, so its own injections cost nothing. Rules, tags and results
 * are axe-core's, as before.
 */
import { AxeBuilder } from '@axe-core/playwright';
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type AxeViolation = axe.Result;

/** What the builder injects into each frame: axe-core is already in the page (a frame without it fails loudly). */
const ALREADY_IN_PAGE = 'if (typeof window.axe?.run !== "function") throw new Error("axe-core is not in this frame")';

/** The violations axe-core finds in the page (or in the elements `include` selects). */
export async function axeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object'))) await page.evaluate(axe.source);
  const builder = new AxeBuilder({ page, axeSource: ALREADY_IN_PAGE }).withTags(AXE_TAGS).setLegacyMode(true);
  if (include) builder.include(include);
  return (await builder.analyze()).violations;
}

/** A violation as one line: the rule, its impact and the first three elements it names. */
export const describeViolation = (v: AxeViolation): string =>
  `${v.id} (${v.impact}): ${v.nodes
    .map((n) => n.target.join(' '))
    .slice(0, 3)
    .join(', ')}`;
