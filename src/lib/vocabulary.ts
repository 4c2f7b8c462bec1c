/**
 * The evaluation's fixed vocabulary, defined once and imported by the schemas, the libraries, the
 * pages and the tool: the parts of the summary, the toolkit's components and stages, the five
 * factors, the 18 target groups, the development contexts and the tool's rating levels. The YAML
 * in content/ holds their names and texts under these ids (a test keeps the two in step).
 */
export { parts, type Part } from './report/parts.ts';

/** The components of ¶42 the toolkit is built from (a–e). */
export const components = ['a', 'b', 'c', 'd', 'e'] as const;
export type Component = (typeof components)[number];

/** The Examine–Empower–Enact stages a toolkit entry serves. */
export const stages = ['examine', 'empower', 'enact'] as const;
export type Stage = (typeof stages)[number];

/** The five factors of the box after ¶5, in its order (content/factors/factors.yaml). */
export const FACTOR_IDS = ['discrimination', 'geography', 'shocks', 'governance', 'socioeconomic'] as const;
export type FactorId = (typeof FACTOR_IDS)[number];

/** UNDP's 18 LNOB target groups of footnote 9, in its order (content/groups/groups.yaml). */
export const TARGET_IDS = [
  'idps',
  'key-populations',
  'migrants',
  'minorities',
  'multidimensional-poverty',
  'peri-urban',
  'rural',
  'slums',
  'urban',
  'below-poverty-line',
  'natural-disasters',
  'armed-conflict',
  'disabilities',
  'refugees',
  'sogi',
  'unemployed',
  'women',
  'youth',
] as const;
export type TargetId = (typeof TARGET_IDS)[number];

/** The main development contexts of ¶41 (content/contexts/contexts.yaml). */
export const CONTEXT_IDS = ['umic', 'lmic-lic', 'ldc-fragile'] as const;
export type ContextId = (typeof CONTEXT_IDS)[number];

/** The tool's rating levels: 0 = not a factor for this group, 1 = some, 2 = considerable, 3 = high. */
export const LEVELS = [0, 1, 2, 3] as const;
export type Level = (typeof LEVELS)[number];
