/** The "not saved" page lists the hub's main pages that are on this device (in any of the hub's caches), or says that none is. */
import { CACHE_PREFIX } from '../../lib/offline';

async function listSaved(): Promise<void> {
  const names = (await caches.keys()).filter((n) => n.startsWith(CACHE_PREFIX));
  const cached = async (href: string) => {
    for (const name of names) if (await (await caches.open(name)).match(href)) return true;
    return false;
  };
  for (const section of document.querySelectorAll<HTMLElement>('[data-not-saved]')) {
    const items = [...section.querySelectorAll<HTMLLIElement>('li')];
    for (const item of items) item.hidden = !(await cached(item.querySelector('a')?.href ?? ''));
    const any = items.some((i) => !i.hidden);
    const list = section.querySelector<HTMLElement>('[data-on-device]');
    const none = section.querySelector<HTMLElement>('[data-none-saved]');
    if (list) list.hidden = !any;
    if (none) none.hidden = any;
  }
}

if ('caches' in window) void listSaved();
