/** The "not saved" page lists only the pages that are on this device (in any of the hub's caches). */
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
    const none = section.querySelector<HTMLElement>('[data-none-saved]');
    if (none) none.hidden = items.some((i) => !i.hidden);
  }
}

if ('caches' in window) void listSaved();
