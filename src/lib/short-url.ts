/**
 * A link target short enough to print after the link text: no scheme, no "www.",
 * and a long path cut between segments, e.g. "undp.org/sites/…/Brochure_LNOB_web.pdf".
 */
export function shortUrl(href: string, max = 48): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  const host = url.hostname.replace(/^www\./, '');
  const path = decodeURI(url.pathname).replace(/\/$/, '');
  const full = `${host}${path}`;
  if (full.length <= max) return full;
  const last = path.slice(path.lastIndexOf('/'));
  const room = max - host.length - last.length - 2;
  const cut = room > 0 ? path.slice(0, room) : '';
  const head = cut.slice(0, Math.max(0, cut.lastIndexOf('/')));
  return `${host}${head}/…${last}`;
}
