/**
 * Progressive enhancement for the citation <details> of each paragraph: shows the copy
 * buttons and copies the citation text, announcing the result in the page's live region.
 * Copying fills the access date the style asks for (GB/T 7714's 引用日期, "Accessed …")
 * with today's date, in the citation shown as well, so what is copied is what is seen.
 */
import { accessDate } from '../lib/access-date.ts';

function announce(message: string): void {
  const live = document.getElementById('live');
  if (!live) return;
  live.textContent = '';
  window.setTimeout(() => (live.textContent = message), 50);
}

const strings = document.getElementById('cite-strings')?.dataset ?? {};

for (const button of document.querySelectorAll<HTMLButtonElement>('.cite-copy')) button.hidden = false;

document.addEventListener('click', async (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('.cite-copy');
  if (!button) return;
  const cite = button.closest('.cite-body')?.querySelector('.cite-text');
  const date = cite?.querySelector('.cite-date');
  if (date) date.textContent = accessDate(document.documentElement.lang === 'en' ? 'en' : 'zh', new Date());
  const text = cite?.textContent?.trim() ?? '';
  const n = button.dataset['n'] ?? '';
  try {
    await navigator.clipboard.writeText(text);
    // One placeholder filled in place: importing i18n/format's fill() would add a shared chunk to every
    // report page, against its 3 KB script budget (tests/site/budget.test.ts).
    announce((strings['copied'] ?? '').replace('{n}', n));
  } catch {
    announce(strings['failed'] ?? '');
  }
});
