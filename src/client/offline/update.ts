/**
 * "A new version is available": loaded by ./register.ts on any page when a newer build's service worker
 * has installed and waits (its install has already brought any saved copy over, whole). Built on its own
 * into `_offline/update.js` with its styles (src/styles/offline-update.css → `_offline/update.css`), so
 * pages carry none of it. The notice's words, version and date come from the waiting worker itself, in
 * the page's language; "Update now" lets it take over, and the page reloads in the new build. The tool's
 * saved analyses (localStorage) are not the worker's to touch.
 */
import { messageSW } from 'workbox-window/messageSW.js';
import { fill } from '../../i18n/format';
import type { UpdateNotice } from '../../lib/offline';

async function announceUpdate(): Promise<void> {
  const base = document.documentElement.dataset['base'] ?? '/';
  const waiting = (await navigator.serviceWorker.getRegistration(base))?.waiting;
  if (!waiting || document.querySelector('[data-offline-update]')) return;
  const lang = document.documentElement.lang.startsWith('en') ? 'en' : 'zh';
  const notice = (await messageSW(waiting, { type: 'LNOB_BUILD' })) as UpdateNotice;
  const words = notice.strings[lang];
  const styles = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${base}_offline/update.css` });
  const box = document.createElement('div');
  box.className = 'offline-update';
  box.dataset['offlineUpdate'] = notice.build;
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', words.updateLabel);
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
  // Shown once its styles are in (or have failed), so that it never flashes unstyled across the page.
  // Room below the page's end for it, so that it never covers the last lines (or the footer's links).
  const show = () => {
    document.body.append(box);
    document.body.style.paddingBlockEnd = `${box.offsetHeight}px`;
  };
  styles.addEventListener('load', show, { once: true });
  styles.addEventListener('error', show, { once: true });
  document.head.append(styles);
  // The page's own live region, which every page has, so that a screen reader hears it too.
  const live = document.getElementById('live');
  if (live) live.textContent = text.textContent;
}

void announceUpdate();
