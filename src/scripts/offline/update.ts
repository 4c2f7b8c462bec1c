/**
 * "A new version is available": shown when a newer build's service worker has installed and waits (its
 * install has already brought any saved copy over, whole). The notice's words, version and date come
 * from the waiting worker itself, in the page's language; "Update now" lets it take over, and the page
 * reloads in the new build. The tool's saved analyses (localStorage) are not the worker's to touch.
 */
import { messageSW } from 'workbox-window';
import { fill } from '../../i18n/format';
import type { UpdateNotice } from '../../lib/offline';

let shown = false;

export async function announceUpdate(waiting: ServiceWorker): Promise<void> {
  if (shown) return;
  shown = true;
  const lang = document.documentElement.lang.startsWith('en') ? 'en' : 'zh';
  const notice = (await messageSW(waiting, { type: 'LNOB_BUILD' })) as UpdateNotice;
  const words = notice.strings[lang];
  const box = document.createElement('div');
  box.className = 'offline-update';
  box.dataset['offlineUpdate'] = notice.build;
  const text = document.createElement('p');
  text.textContent = [fill(words.update, { version: notice.version, date: notice.date }), notice.saved ? words.updateSaved : ''].join(' ').trim();
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = words.updateNow;
  button.addEventListener('click', () => {
    button.disabled = true;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    void messageSW(waiting, { type: 'SKIP_WAITING' });
  });
  box.append(text, button);
  document.body.append(box);
  // The page's own live region, which every page has, so that a screen reader hears it too.
  const live = document.getElementById('live');
  if (live) live.textContent = text.textContent;
}
