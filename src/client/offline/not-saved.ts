/**
 * The "not saved" page lists the hub's pages that are on this device, in any of the hub's caches: each by
 * the title its cached copy carries, in the page's own language first, newest first; or says that none is.
 * Only the start of each cached page is read, up to its <title>. A saved copy holds some hundred pages:
 * the newest SHOWN are listed, and how many more there are.
 */
import { format, readUiString } from '../../i18n/format';
import { CACHE_PREFIX, listedPageLang, pagesByLanguage, type OfflineLang, type PageOnDevice } from '../../lib/offline';

/** The start of a cached page, up to the end of its title (the whole page if it has none). */
const SHOWN = 20;

async function headOf(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  while (!/<\/title>/i.test(text)) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel();
  return text;
}

async function pagesOnDevice(base: string): Promise<PageOnDevice[]> {
  const found: PageOnDevice[] = [];
  const parser = new DOMParser();
  for (const name of (await caches.keys()).filter((n) => n.startsWith(CACHE_PREFIX))) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      const lang = url.origin === location.origin ? listedPageLang(url.pathname, base) : undefined;
      if (!lang) continue;
      const response = await cache.match(request);
      if (!response?.ok || !(response.headers.get('content-type') ?? 'text/html').includes('html')) continue;
      const date = Date.parse(response.headers.get('date') ?? '');
      const title = parser.parseFromString(await headOf(response), 'text/html').title.trim();
      found.push({ href: url.href, lang, title: title || url.pathname, time: Number.isNaN(date) ? 0 : date });
    }
  }
  return found;
}

async function listSaved(): Promise<void> {
  const base = document.documentElement.dataset['base'] ?? '/';
  const own: OfflineLang = document.documentElement.lang.startsWith('en') ? 'en' : 'zh';
  const groups = pagesByLanguage(await pagesOnDevice(base), own);
  for (const section of document.querySelectorAll<HTMLElement>('[data-not-saved]')) {
    const lang = section.dataset['notSaved'] as OfflineLang;
    // The site's name after each title (“Findings · LNOB hub”) says nothing here: it is left off.
    const suffix = section.dataset['titleSuffix'] ?? '';
    const pages = groups.find((g) => g.lang === lang)?.pages ?? [];
    const onDevice = section.querySelector<HTMLElement>('[data-on-device]');
    const list = onDevice?.querySelector('ul') ?? onDevice?.appendChild(document.createElement('ul'));
    list?.replaceChildren(
      ...pages.slice(0, SHOWN).map((p) => {
        const item = document.createElement('li');
        const link = item.appendChild(document.createElement('a'));
        link.href = p.href;
        link.textContent = suffix && p.title.endsWith(suffix) ? p.title.slice(0, -suffix.length) : p.title;
        if (lang !== own) link.hreflang = section.lang;
        return item;
      }),
    );
    // How many more, in a line of its own, only when there are more.
    section.querySelector('[data-more-on-device]')?.remove();
    if (pages.length > SHOWN && onDevice) {
      const more = onDevice.appendChild(document.createElement('p'));
      more.dataset['moreOnDevice'] = '';
      more.textContent = format(section.lang || document.documentElement.lang, readUiString(section.dataset['more']), { n: pages.length - SHOWN });
    }
    const none = section.querySelector<HTMLElement>('[data-none-saved]');
    if (onDevice) onDevice.hidden = pages.length === 0;
    if (none) none.hidden = pages.length > 0;
  }
}

if ('caches' in window) void listSaved();
