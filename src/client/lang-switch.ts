/**
 * Keeps the reader's place when switching language or opening the side-by-side view: links marked
 * `data-lang-switch` or `data-keep-place` carry the paragraph being read (#p12).
 *
 * On a phone the header is not sticky, so the reader scrolls back to the top to reach the switch and the
 * paragraph in view there is not the one they were reading. So the page remembers the last paragraph the
 * reader stopped at (scrolling paused for a moment, away from the very top), writes it into the links' hash
 * at once (a long press or a copied link keeps it too), and into sessionStorage, so that it survives the
 * scroll to the top and a reload. Clicking a link away from the top takes the paragraph in view then.
 * Without JavaScript the links go to the top of the other page.
 */
/** Numbered paragraphs: the reading view's and the parallel view's rows (section rows have other ids). */
const PARAS = '.para[id^="p"]';
const LINKS = 'a[data-lang-switch], a[data-keep-place]';
const KEY = `lnob:place:${location.pathname}`;
/** How long scrolling must pause for the paragraph at the reading line to count as read (not a timing test). */
const DWELL_MS = 600;
/** Within this distance of the top of the page, the reader is on the way to the header, not reading. */
const TOP = 8;

/** The first paragraph whose end is below the (sticky) header and the page's scroll padding. */
function placeInView(): string {
  // A paragraph counts as in view once its end is below the header and below the line where links to a
  // paragraph place it (the scroll padding), so opening #p12 and switching keeps #p12.
  const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  const padding = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingBlockStart) || 0;
  const edge = Math.max(header, padding, 0) + 16;
  for (const para of document.querySelectorAll<HTMLElement>(PARAS)) {
    if (!/^p\d+$/.test(para.id)) continue;
    const box = para.getBoundingClientRect();
    if (box.bottom > edge) return box.top < window.innerHeight ? para.id : '';
  }
  return '';
}

function stored(): string {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

function writeLinks(place: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>(LINKS)) {
    const url = new URL(link.href);
    url.hash = place;
    link.href = url.href;
  }
}

function remember(place: string): void {
  if (!/^p\d+$/.test(place)) return;
  try {
    sessionStorage.setItem(KEY, place);
  } catch {
    // Storage unavailable: the links still carry the place while the page is open.
  }
  writeLinks(place);
}

if (document.querySelector(PARAS)) {
  // Opened at a paragraph (#p24): that is the place until the reader reads elsewhere.
  const opened = location.hash.slice(1);
  if (document.getElementById(opened)?.matches(PARAS)) remember(opened);
  else if (stored()) writeLinks(stored());

  let timer: number | undefined;
  const settle = () => {
    if (window.scrollY >= TOP) remember(placeInView());
  };
  window.addEventListener(
    'scroll',
    () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(settle, DWELL_MS);
    },
    { passive: true },
  );
  window.addEventListener('hashchange', () => remember(location.hash.slice(1)));

  for (const link of document.querySelectorAll<HTMLAnchorElement>(LINKS)) {
    link.addEventListener('click', () => {
      // Away from the top the paragraph in view is the one being read; at the top, the one remembered.
      const place = window.scrollY >= TOP ? placeInView() || stored() : stored() || location.hash.slice(1);
      if (place) remember(place);
    });
  }
}
