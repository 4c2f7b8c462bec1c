/**
 * No printed table breaks a word in a column head (issue 24: "Interse cts", "Sco re", "Socio-econom ic"):
 * every page of the hub that holds a table, printed (print media, the width of an A4 page less its margins),
 * sets its heads with breaks between words only, and no head's word overflows its cell.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { fileHarness } from './harness.ts';

const h = fileHarness();
const withTables = builtPages()
  .filter((p) => p.root.querySelector('table th'))
  .map((p) => p.url);
// A4 portrait at 96 dpi less print.css's margins (210 − 2 × 16 mm).
const PORTRAIT = Math.floor(((210 - 32) / 25.4) * 96);

describe('printed tables', () => {
  it('are found on the pages that hold them (kits, tool, framework, figures, timeline, findings)', () => {
    expect(withTables.length).toBeGreaterThanOrEqual(12);
  });
  it.each(withTables)('%s: no column head breaks inside a word', async (path) => {
    const page = await h.open(path, { width: PORTRAIT });
    await page.emulateMedia({ media: 'print' });
    const broken = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('th')]
        .filter((th) => th.offsetParent !== null)
        .filter((th) => {
          const style = getComputedStyle(th);
          const breaks = style.overflowWrap !== 'normal' || style.wordBreak !== 'normal' || style.hyphens === 'auto';
          // The worksheet prints on landscape pages, wider than this window: its widths are tested at that width (tool.test.ts).
          const landscape =
            th.closest<HTMLElement>('.worksheet-sheet') !== null && getComputedStyle(th.closest('.worksheet-sheet')!).getPropertyValue('page') === 'worksheet';
          return breaks || (!landscape && th.scrollWidth > th.clientWidth + 1);
        })
        .map((th) => (th.textContent ?? '').trim().slice(0, 40)),
    );
    expect(broken).toEqual([]);
    await page.close();
  });
});
