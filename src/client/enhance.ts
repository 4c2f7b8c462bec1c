/**
 * The header's enhancements as one module, so a page fetches one script for them: the language switch
 * that keeps the reader's place, and the search box. Each does nothing where its elements are absent.
 * The service worker is registered here too (./offline/register.ts), so that pages are cached as they are read.
 * (The copy buttons of paragraph citations load with the report's part pages only.)
 */
import './lang-switch.ts';
import './search/box.ts';
import './offline/register.ts';
