/**
 * Keeps the reader's place when switching language or opening the side-by-side view: links marked
 * `data-lang-switch` or `data-keep-place` carry the paragraph being read (#p12).
 *
 * On a phone the header is not sticky, so the reader scrolls back to the top to reach the switch, and
 * the paragraph in view there is not the one they were reading. So the links take the paragraph the
 * reader last stopped at (scrolling paused for a moment, away from the very top) as soon as they stop,
 * and keep it while the reader scrolls up to them; a page opened at a paragraph (#p24) starts with it.
 * Without JavaScript the links go to the top of the other page (the permalinks /{lang}/p/{n}/ keep it).
 */
/** How long scrolling must pause for the paragraph at the reading line to count as read (not a timing test). */
const DWELL_MS = 600;

export {}; // a module: its names stay its own

const paras = [...document.querySelectorAll<HTMLElement>('.para[id^="p"]')].filter((p) => /^p\d+$/.test(p.id));
const links = document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch], a[data-keep-place]');

/** Writes the paragraph into every link's hash. */
const keep = (id: string | undefined) => {
  if (!id || !paras.some((p) => p.id === id)) return;
  for (const link of links) {
    const url = new URL(link.href);
    url.hash = id;
    link.href = url.href;
  }
};

/**
 * The first paragraph that ends below the line where a link to a paragraph places it (the scroll padding,
 * which clears the sticky header), if it starts within the view.
 */
const inView = () => {
  const edge = (Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingBlockStart) || 0) + 16;
  const para = paras.find((p) => p.getBoundingClientRect().bottom > edge);
  return para && para.getBoundingClientRect().top < innerHeight ? para.id : undefined;
};

if (paras.length > 0) {
  keep(location.hash.slice(1));
  let timer: number | undefined;
  addEventListener(
    'scroll',
    () => {
      window.clearTimeout(timer);
      // Within 8 px of the top the reader is on the way to the header, not reading.
      timer = window.setTimeout(() => scrollY >= 8 && keep(inView()), DWELL_MS);
    },
    { passive: true },
  );
  addEventListener('hashchange', () => keep(location.hash.slice(1)));
  // Clicking a link away from the top takes the paragraph in view then (no pause needed).
  for (const link of links) link.addEventListener('click', () => scrollY >= 8 && keep(inView()));
}
