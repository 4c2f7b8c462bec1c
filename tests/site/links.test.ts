/** Over the built site: 0 broken links or anchors, same-language rule (under a base path: address.test.ts). */
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/link-check.ts';
import { DIST, pagesForLinks } from '../helpers/dist.ts';

const languages = ['zh', 'en'];

describe('links in dist/', () => {
  it('all internal links and anchors resolve, and languages stay apart', () => {
    const { pages, files } = pagesForLinks(DIST, '/');
    expect(pages.length).toBeGreaterThan(60);
    expect(checkLinks(pages, { base: '/', site: 'http://localhost:4321', languages, files })).toEqual([]);
  });
});
