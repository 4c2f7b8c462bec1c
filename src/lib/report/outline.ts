/**
 * Reads the body of a report MDX file into an outline: its paragraphs (with their text and
 * footnote markers), its sections (conclusion, recommendation and lesson headings) and its
 * other blocks, with the line each starts on. Used by the content check, the contents page,
 * the citation text and the fidelity tests, so every one of them reads the MDX the same way.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Nodes, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { blankFrontmatter } from '../content/frontmatter.ts';
import { sectionKind, type SectionKind } from './sections.ts';

export interface OutlineParagraph {
  n: number;
  line: number;
  /** Plain text; footnote markers as `[^n]`; list items on their own lines. */
  text: string;
  footnotes: number[];
}

export interface OutlineSection {
  id: string;
  /** A finding's theme, or a numbered conclusion, recommendation or lesson (src/lib/report/sections.ts). */
  kind: SectionKind;
  /** The number of a conclusion, recommendation or lesson. */
  n?: number;
  line: number;
  label: string;
  title: string;
  lead: string;
  /** Paragraph numbers that follow this heading, up to the next one. */
  paragraphs: number[];
}

export interface OutlineBlock {
  kind: 'epigraph' | 'factor-box';
  line: number;
  text: string;
  footnotes: number[];
  /** The component's string attributes, e.g. the factor box's title. */
  attributes: Record<string, string>;
}

/** One item of a part in reading order, keyed so the two languages can be paired. */
export type OutlineItem =
  | { key: string; kind: 'para'; item: OutlineParagraph }
  | { key: string; kind: 'section'; item: OutlineSection }
  | { key: string; kind: 'block'; item: OutlineBlock };

export interface OutlineProblem {
  line: number;
  field: string;
  message: string;
}

export interface Outline {
  paragraphs: OutlineParagraph[];
  sections: OutlineSection[];
  blocks: OutlineBlock[];
  /** Every footnote marker of the file, in order. */
  footnotes: number[];
  problems: OutlineProblem[];
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

const KNOWN = new Set(['Para', 'Section', 'Epigraph', 'FactorBox', 'Fn']);

function isJsx(node: Nodes): node is Jsx {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** An attribute's value: a string, or the source of a `{…}` expression. */
export function attribute(node: Jsx, name: string): string | undefined {
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute' || a.name !== name) continue;
    if (typeof a.value === 'string') return a.value;
    if (a.value && typeof a.value === 'object') return a.value.value.trim();
    return '';
  }
  return undefined;
}

/** Plain text of a node: links give their words, `<Fn n={k} />` gives `[^k]`. */
export function plainText(node: Nodes, notes: number[] = []): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (isJsx(node) && node.name === 'Fn') {
    const n = Number(attribute(node, 'n'));
    notes.push(n);
    return `[^${n}]`;
  }
  if (!('children' in node)) return '';
  const children = node.children as Nodes[];
  if (node.type === 'list') return children.map((c) => plainText(c, notes)).join('\n');
  const sep = node.type === 'root' || isJsx(node) ? '\n' : '';
  return children.map((c) => plainText(c, notes)).join(sep);
}

export function outline(mdx: string): Outline {
  const tree = unified().use(remarkParse).use(remarkMdx).parse(blankFrontmatter(mdx)) as Root;
  const result: Outline = { paragraphs: [], sections: [], blocks: [], footnotes: [], problems: [] };
  let section: OutlineSection | undefined;

  const visit = (node: RootContent) => {
    const line = node.position?.start.line ?? 0;
    if (!isJsx(node)) {
      if (node.type === 'yaml' || node.type === 'thematicBreak') return;
      if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression') {
        result.problems.push({
          line,
          field: 'body',
          message: 'has code or an expression outside a paragraph; only <Para>, <Section>, <Epigraph> and <FactorBox> are allowed',
        });
        return;
      }
      result.problems.push({
        line,
        field: 'body',
        message: `has text outside a <Para> (${node.type}); every paragraph of the evaluation goes in <Para n={…}>`,
      });
      return;
    }
    const name = node.name ?? '';
    if (!KNOWN.has(name) || name === 'Fn') {
      result.problems.push({ line, field: `<${name}>`, message: 'is not a report component (use Para, Section, Epigraph or FactorBox)' });
      return;
    }
    const notes: number[] = [];
    const text = plainText(node, notes).trim();
    result.footnotes.push(...notes);
    if (name === 'Para') {
      const raw = attribute(node, 'n');
      const n = Number(raw);
      if (raw === undefined || raw === '' || !Number.isInteger(n)) {
        result.problems.push({
          line,
          field: '<Para n>',
          message: `needs a whole paragraph number, got ${raw === undefined ? 'nothing' : JSON.stringify(raw)}`,
        });
        return;
      }
      result.paragraphs.push({ n, line, text, footnotes: notes });
      section?.paragraphs.push(n);
    } else if (name === 'Section') {
      const id = attribute(node, 'id') ?? '';
      const title = attribute(node, 'title') ?? '';
      if (!id) result.problems.push({ line, field: '<Section id>', message: 'is missing' });
      if (!title) result.problems.push({ line, field: '<Section title>', message: 'is missing' });
      section = { id, ...sectionKind(id), line, label: attribute(node, 'label') ?? '', title, lead: attribute(node, 'lead') ?? '', paragraphs: [] };
      result.sections.push(section);
    } else {
      const attributes: Record<string, string> = {};
      for (const a of node.attributes) if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') attributes[a.name] = a.value;
      result.blocks.push({ kind: name === 'Epigraph' ? 'epigraph' : 'factor-box', line, text, footnotes: notes, attributes });
    }
  };

  for (const node of tree.children) visit(node);
  return result;
}

/** Paragraphs, sections and blocks of an outline in reading order. */
export function outlineItems(o: Outline): OutlineItem[] {
  const items: (OutlineItem & { line: number })[] = [
    ...o.paragraphs.map((item) => ({ key: `p${item.n}`, kind: 'para' as const, item, line: item.line })),
    ...o.sections.map((item) => ({ key: `s-${item.id}`, kind: 'section' as const, item, line: item.line })),
    ...o.blocks.map((item) => ({ key: item.kind, kind: 'block' as const, item, line: item.line })),
  ];
  return items.sort((a, b) => a.line - b.line).map(({ line: _line, ...rest }) => rest as OutlineItem);
}

/** "18–20", or "33" for a single paragraph. */
export function paragraphRange(numbers: readonly number[]): string {
  if (numbers.length === 0) return '';
  const first = Math.min(...numbers);
  const last = Math.max(...numbers);
  return first === last ? `${first}` : `${first}–${last}`;
}

/** Paragraph numbers as compact ranges: [7, 8, 9, 33] → [[7, 9], [33, 33]]. */
export function numberRuns(numbers: readonly number[]): [number, number][] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs.at(-1);
    if (last && n === last[1] + 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}
