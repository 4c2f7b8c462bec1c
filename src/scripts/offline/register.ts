/**
 * On every page, in as few bytes as will do (the heaviest reading page had 95 bytes of its 20 KB
 * left): registers the service worker (src/sw/sw.ts), which caches pages as they are read. Where
 * service workers are unavailable (no secure context, an old browser) nothing happens. The update
 * notice belongs to the offline control (./control.ts), on About and the context pages.
 */
navigator.serviceWorker?.register(`${document.documentElement.dataset['base']}sw.js`).catch(() => {});
