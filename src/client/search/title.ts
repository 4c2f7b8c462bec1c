/** A result's title as nodes, the other language's part in a <span lang> (src/lib/search/title-lang.ts). */
import { titleParts } from '../../lib/search/title-lang';

export function titleNodes(title: string, pageLang: 'zh' | 'en'): Node[] {
  return titleParts(title, pageLang).map(({ text, lang }) => {
    if (lang === undefined) return document.createTextNode(text);
    const span = document.createElement('span');
    span.lang = lang;
    span.textContent = text;
    return span;
  });
}
