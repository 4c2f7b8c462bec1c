/**
 * The word, marked: on a report page opened from a search result (`?mark=土著人民#p16`), the words that
 * answered the query are marked in the paragraph it lands on, with the CSS Custom Highlight API: ranges
 * painted by `::highlight(search-mark)` (src/styles/report-part.css), no element added to the text, so
 * nothing moves, copied text is unchanged, and print leaves them out. Escape or the "Clear marks" button
 * (placed in the paragraph's corner, beside its "Cite") removes them (and the words from the address). Browsers without the API show the paragraph
 * as before, highlighted as the target. Bundled on its own (dist/_search/marks.js, src/build/bundle-search.ts)
 * and loaded by ./enhance.ts only when the address asks for marks.
 */
import { MARK_PARAM, markRanges, marksOf } from '../lib/search/marks';

const NAME = 'search-mark';
const words = marksOf(location.search);
const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
const button = document.getElementById('clear-marks') as HTMLButtonElement | null;

function clear(): void {
  CSS.highlights.delete(NAME);
  if (button) button.hidden = true;
  const url = new URL(location.href);
  url.searchParams.delete(MARK_PARAM);
  history.replaceState(history.state, '', url.href);
  document.removeEventListener('keydown', onKey);
}
function onKey(event: KeyboardEvent): void {
  if (event.key === 'Escape' && !(event.target as HTMLElement | null)?.closest('input, textarea, select, dialog')) clear();
}

if (words.length > 0 && target && 'highlights' in CSS) {
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    // Footnote markers are not the text's words.
    if (node.parentElement?.closest('sup, .fn-ref, [data-footnote-ref]')) continue;
    for (const [start, end] of markRanges(node.data, words)) {
      const range = new Range();
      range.setStart(node, start);
      range.setEnd(node, end);
      ranges.push(range);
    }
  }
  if (ranges.length > 0) {
    CSS.highlights.set(NAME, new Highlight(...ranges));
    if (button) {
      // In the marked paragraph's own corner, beside its "Cite", positioned there: nothing moves, nothing is covered.
      target.classList.add('has-marks');
      target.append(button);
      button.hidden = false;
      button.addEventListener('click', clear, { once: true });
    }
    document.addEventListener('keydown', onKey);
  }
}
