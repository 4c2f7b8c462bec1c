/**
 * On every page, in as few bytes as will do (the heaviest reading page has a few dozen bytes of its
 * 20 KB left): registers the service worker (src/sw/sw.ts), which caches pages as they are read. When a
 * newer build's worker has installed and waits (its install has brought any saved copy over), the
 * update notice (./update.ts, built on its own into `_offline/update.js`) is loaded, on whatever page
 * the reader is: a reader of a saved copy reads the old build until choosing the new one. Where service
 * workers are unavailable (no secure context, an old browser) nothing happens.
 */
const sw = navigator.serviceWorker;
const base = document.documentElement.dataset['base'];
sw?.register(`${base}sw.js`).then(
  (r) => {
    const check = () => {
      if (r.waiting && sw.controller)
        document.head.append(Object.assign(document.createElement('script'), { type: 'module', src: `${base}_offline/update.js` }));
    };
    const watch = (w: ServiceWorker | null) => w?.addEventListener('statechange', check);
    watch(r.installing);
    r.addEventListener('updatefound', () => watch(r.installing));
    check();
  },
  () => {},
);
