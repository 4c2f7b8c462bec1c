/**
 * WCAG 2.5.3 Label in Name over the built pages: a link, button or other control whose name comes
 * from `aria-label` although it shows text must have a name that contains the words it shows
 * (compared on letters and digits only, so "¶12" is in "Paragraph 12"). Controls named from their
 * content (visible words, then visually hidden ones) pass by construction.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { builtPages } from '../helpers/dist.ts';

const CONTROLS =
  'a[href][aria-label], button[aria-label], summary[aria-label], [role="link"][aria-label], [role="button"][aria-label], [role="tab"][aria-label], [role="option"][aria-label], [role="menuitem"][aria-label]';

/** The text a sighted reader sees in an element: without visually hidden text. */
function visibleText(e: HTMLElement): string {
  const copy = e.clone() as HTMLElement;
  for (const hidden of copy.querySelectorAll('.visually-hidden, [hidden]')) hidden.remove();
  return copy.text;
}
const words = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

describe('label in name', () => {
  const controls = builtPages().flatMap((p) => p.root.querySelectorAll(CONTROLS).map((e) => ({ url: p.url, e })));

  it('checks the controls that have aria-label and show text (paragraph numbers, citations)', () => {
    expect(controls.filter(({ e }) => words(visibleText(e)) !== '').length).toBeGreaterThan(100);
  });
  it('each such control’s name contains the text it shows', () => {
    const faults = controls.flatMap(({ url, e }) => {
      const shown = visibleText(e).replace(/\s+/g, ' ').trim();
      const name = e.getAttribute('aria-label') ?? '';
      return words(shown) === '' || words(name).includes(words(shown)) ? [] : [`${url}: “${shown}” is named “${name}”`];
    });
    expect([...new Set(faults)]).toEqual([]);
  });
  it('footnote back links are named from their content, starting with the words shown: “Back to text: note n”', () => {
    const links = builtPages().flatMap((p) => p.root.querySelectorAll('.notes a[href^="#fnref"]'));
    expect(links.length).toBeGreaterThanOrEqual(20);
    for (const a of links) {
      const n = /^#fnref(\d+)$/.exec(a.getAttribute('href') ?? '')?.[1];
      // The accessible name from content: everything but what is hidden from assistive technology.
      const name = a.childNodes
        .filter((c) => (c as HTMLElement).getAttribute?.('aria-hidden') !== 'true')
        .map((c) => c.text)
        .join('');
      expect(a.getAttribute('aria-label')).toBeUndefined();
      expect(name).toMatch(new RegExp(`^(Back to text: note ${n}|返回正文：注释 ${n})$`));
      expect(name.startsWith(visibleText(a).replace('↩', '').trim())).toBe(true);
    }
  });
});
