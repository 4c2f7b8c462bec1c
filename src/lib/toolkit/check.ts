/**
 * Checks a toolkit entry's body against its frontmatter: every <Cite p={n} /> names a paragraph of
 * the evaluation that the entry lists in `sources`, and every source is cited. Messages name the file.
 */
import { isParagraphNumber } from '../report/parts.ts';

export function citedParagraphs(body: string): number[] {
  return [...body.matchAll(/<Cite\s+p=\{\s*(\d+)\s*\}\s*\/>/g)].map((m) => Number(m[1]));
}

export function checkToolkitEntry(path: string, body: string, sources: readonly number[]): string[] {
  const problems: string[] = [];
  const cited = citedParagraphs(body);
  for (const n of cited) {
    if (!isParagraphNumber(n)) problems.push(`${path}: <Cite p={${n}} /> but the evaluation has paragraphs 1–57`);
    else if (!sources.includes(n)) problems.push(`${path}: <Cite p={${n}} /> is not listed in sources`);
  }
  for (const n of sources) if (!cited.includes(n)) problems.push(`${path}: sources lists ${n}, but the text never cites it`);
  return problems;
}

/** Every (component, context) pair that no entry covers. */
export function uncoveredPairs(
  entries: readonly { component: string; contexts: readonly string[] }[],
  components: readonly string[],
  contexts: readonly string[],
): string[] {
  const covered = new Set(entries.flatMap((e) => e.contexts.map((c) => `${e.component}/${c}`)));
  return components.flatMap((component) => contexts.map((c) => `${component}/${c}`)).filter((pair) => !covered.has(pair));
}
