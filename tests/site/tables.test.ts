/**
 * Every <table> in every built page has a non-empty <caption> as its first child: the caption is
 * the table's name (WCAG 1.3.1). It may be visually hidden where the heading right above says it.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement, Node } from 'node-html-parser';
import { builtPages } from '../helpers/dist.ts';

const ELEMENT = 1;
const TEXT = 3;
/** The first child that counts: an element, or text that is not white space (comments do not count). */
const firstChild = (table: HTMLElement): Node | undefined =>
  table.childNodes.find((n) => n.nodeType === ELEMENT || (n.nodeType === TEXT && n.text.trim() !== ''));

describe('table captions', () => {
  const tables = builtPages().flatMap((p) => p.root.querySelectorAll('table').map((table, i) => ({ where: `${p.url} table ${i + 1}`, table })));

  it('finds the tables of the figures, the framework matrix and the tool', () => {
    expect(tables.length).toBeGreaterThan(20);
    for (const cls of ['matrix', 'factor-table', 'worksheet-table'])
      expect(
        tables.some((t) => t.table.classList.contains(cls)),
        cls,
      ).toBe(true);
  });
  it('each table starts with one non-empty caption', () => {
    const faults = tables.flatMap(({ where, table }) => {
      const first = firstChild(table) as HTMLElement | undefined;
      const captions = table.querySelectorAll('caption').length;
      if (first?.tagName !== 'CAPTION') return [`${where}: first child is ${first?.tagName?.toLowerCase() ?? 'text or nothing'}, not <caption>`];
      if (first.text.trim() === '') return [`${where}: empty <caption>`];
      return captions === 1 ? [] : [`${where}: ${captions} captions`];
    });
    expect(faults).toEqual([]);
  });
});
