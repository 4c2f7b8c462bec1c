/**
 * The addresses a deployment build prints beside the links of its guides, briefs and kits
 * (src/build/print-addresses.ts): short, with the fragment, a paragraph's permanent address for a citation,
 * none for a link within the page, and a link's own printed address kept.
 */
import { describe, expect, it } from 'vitest';
import { printedLinkAddress, withPrintedAddresses } from '../../src/build/print-addresses.ts';

const site = 'https://example.org';
const base = '/lnob/';

describe('printed link addresses', () => {
  it.each([
    ['/lnob/en/tools/prioritise/#worksheet', 'example.org/lnob/en/tools/prioritise/#worksheet'],
    ['/lnob/zh/toolkit/data-first/', 'example.org/lnob/zh/toolkit/data-first/'],
    ['/lnob/en/report/findings/#p13', 'example.org/lnob/en/p/13/'],
    ['/lnob/pdf/en/umic-brief.pdf', 'example.org/lnob/pdf/en/umic-brief.pdf'],
    ['https://www.undp.org/evaluation', 'undp.org/evaluation'],
  ])('%s prints as %s', (href, printed) => {
    expect(printedLinkAddress(href, site, base)).toBe(printed);
  });
  it('gives a link within the page no address', () => {
    expect(printedLinkAddress('#worksheet', site, base)).toBeUndefined();
  });
  it('marks each link of a page once, keeping a printed address a link already has', () => {
    const html =
      '<p><a href="/lnob/en/tools/prioritise/#worksheet">tool</a> <a class="cite-ref" href="/lnob/en/report/findings/#p13">¶13</a> <a href="#worksheet">here</a> <a href="https://ilo.org/x" data-print-url="ilo.org/x">ILO</a></p>';
    const once = withPrintedAddresses(html, site, base);
    expect(once).toContain('<a href="/lnob/en/tools/prioritise/#worksheet" data-print-url="example.org/lnob/en/tools/prioritise/#worksheet">');
    expect(once).toContain('data-print-url="example.org/lnob/en/p/13/"');
    expect(once).toContain('<a href="#worksheet">');
    expect(once.match(/data-print-url/g)).toHaveLength(3);
    expect(withPrintedAddresses(once, site, base)).toBe(once);
  });
  it('writes in full an address of this site that a page cut short, and leaves an outside one as it is', () => {
    const html =
      '<a href="/lnob/en/toolkit/non-discrimination-where-groups-are-not-recognized/" data-print-url="example.org/…/non-discrimination-where-groups-are-not-recognized">x</a><a href="https://undp.org/a/b/c.pdf" data-print-url="undp.org/…/c.pdf">y</a>';
    const marked = withPrintedAddresses(html, site, base);
    expect(marked).toContain('data-print-url="example.org/lnob/en/toolkit/non-discrimination-where-groups-are-not-recognized/"');
    expect(marked).toContain('data-print-url="undp.org/…/c.pdf"');
    expect(marked.match(/data-print-url/g)).toHaveLength(2);
  });
});
