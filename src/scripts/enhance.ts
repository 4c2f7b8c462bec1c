/**
 * The page's small enhancements as one module, so a reading page fetches one script for all of them:
 * the language switch that keeps the reader's place, the search box, and the copy buttons of the
 * paragraph citations. Each does nothing where its elements are absent.
 */
import './lang-switch.ts';
import './search/box.ts';
import './copy-citation.ts';
