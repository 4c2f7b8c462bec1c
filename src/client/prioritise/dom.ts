/** Building the tool's elements: `h()`, a download, an element by id, a table's caption, a muted line. */

/** An element with attributes and children; text is always set as text, never as markup. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: (Node | string | undefined)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== undefined) e.append(c);
  return e;
}

/** Hands `text` to the browser as a file download. */
export function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The page's element with this id (the page's markup has them all). */
export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** A table's caption: the heading right above it, which says it on screen, so visually hidden. */
export const caption = (heading: string) => h('caption', { class: 'visually-hidden' }, $(heading).textContent ?? '');

/** A line that says there is nothing (yet) to show. */
export const muted = (text: string) => h('p', { class: 'muted' }, text);
