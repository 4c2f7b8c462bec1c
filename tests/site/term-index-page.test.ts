/** The A–Z index page as built: a reader's word names the text's own term in the page's own punctuation. */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';

const page = (url: string) => builtPages().find((p) => p.url === url);

describe('the index page names the text’s term for a reader’s word', () => {
  it.each([
    ['/zh/index/', /^（评价中的用语是“[^”]+”([、或]“[^”]+”)*）$/u],
    ['/en/index/', /^\(The evaluation says “[^”]+”(,? (or )?“[^”]+”)*\)$/u],
  ])('%s', (url, shape) => {
    const says = page(url)?.root.querySelectorAll('.index-says') ?? [];
    expect(says.length).toBeGreaterThan(10);
    for (const s of says) expect(s.text.trim()).toMatch(shape);
  });
});
