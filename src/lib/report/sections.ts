/**
 * What a section heading of a part is. The summary numbers its conclusions, recommendations and
 * lessons, and the report's MDX gives them the ids `c1`…, `r1`…, `l1`…; the findings' themes have
 * named ids. This is the one place that reads an id that way: the outline gives every section its
 * kind and number from here, and the content check holds each kind to its own part.
 */
import type { Part } from './parts.ts';

export type SectionKind = 'theme' | 'conclusion' | 'recommendation' | 'lesson';

const NUMBERED: Record<string, SectionKind> = { c: 'conclusion', r: 'recommendation', l: 'lesson' };

/** The kind of a section by its id, and its number for a numbered one (`r3` → recommendation 3). */
export function sectionKind(id: string): { kind: SectionKind; n?: number } {
  const numbered = /^([crl])([1-9]\d*)$/.exec(id);
  const kind = numbered ? NUMBERED[numbered[1] ?? ''] : undefined;
  return kind ? { kind, n: Number(numbered?.[2]) } : { kind: 'theme' };
}

/** The part whose sections are of each kind: themes in the findings, and so on. */
export const SECTION_PART: Record<SectionKind, Part> = {
  theme: 'findings',
  conclusion: 'conclusions',
  recommendation: 'recommendations',
  lesson: 'lessons',
};
