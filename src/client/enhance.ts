/**
 * The header's enhancements as one module, so a page fetches one script for them: the language switch
 * that keeps the reader's place, and the search box. Each does nothing where its elements are absent.
 * The service worker is registered here too (./offline/register.ts), so that pages are cached as they are read.
 * (The copy buttons of paragraph citations load with the report's part pages only.)
 */
import './lang-switch.ts';
import './search/box.ts';
import './offline/register.ts';

// A page opened from a search result (`?mark=…`) marks the words it was found by: the script for that
// (dist/_search/marks.js, from ./marks.ts) loads only then, so no other visit pays for it.
if (/[?&]mark=/.test(location.search)) {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = `${document.documentElement.dataset['base'] ?? '/'}_search/marks.js`;
  document.head.append(script);
}
