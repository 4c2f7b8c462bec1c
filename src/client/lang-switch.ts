/**
 * Keeps the reader's place when switching language: the link gets the paragraph in view
 * (#p12), or the fragment the page was opened at. Without JavaScript the link goes to the top
 * of the same page in the other language.
 */
function placeInView(): string {
  const paras = document.querySelectorAll<HTMLElement>('[id^="p"].para, [id^="p"].parallel-row');
  // A paragraph counts as in view once its end is below the (sticky) header and below the line where
  // links to a paragraph place it (the page's scroll padding), so opening #p12 and switching keeps #p12.
  const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  const padding = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingBlockStart) || 0;
  const edge = Math.max(header, padding, 0) + 16;
  for (const para of paras) {
    if (para.getBoundingClientRect().bottom > edge) return para.id;
  }
  return '';
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
  link.addEventListener('click', () => {
    const atTop = window.scrollY < 8;
    const place = atTop ? location.hash.slice(1) : placeInView() || location.hash.slice(1);
    const url = new URL(link.href);
    url.hash = place;
    link.href = url.href;
  });
}
