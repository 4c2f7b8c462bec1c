import { describe, expect, it } from 'vitest';
import { checkLinks, type PageForLinks } from '../../src/lib/link-check.ts';

const page = (url: string, links: PageForLinks['links'], ids: string[] = []): PageForLinks => ({ url, ids: new Set(ids), links });
const a = (value: string, hreflang?: string) => ({ tag: 'a', attr: 'href', value, hreflang });
const options = { base: '/', site: 'https://example.org', languages: ['zh', 'en'], files: new Set(['/favicon.svg']) };

describe('checkLinks', () => {
  const good = [
    page('/zh/report/', [a('/zh/report/findings/#p12'), a('findings/'), a('https://undocs.org/x'), a('/favicon.svg'), a('/en/report/', 'en')]),
    page('/zh/report/findings/', [a('#p11')], ['p11', 'p12']),
    page('/en/report/', []),
  ];
  it('accepts links that resolve, external links and the language switch', () => {
    expect(checkLinks(good, options)).toEqual([]);
  });
  it.each([
    { what: 'a link to a missing page', links: [a('/zh/nope/')], expected: 'points to nothing' },
    { what: 'a missing anchor', links: [a('/zh/report/findings/#p99')], expected: 'does not have' },
    { what: 'a zh page linking to an en page', links: [a('/en/report/')], expected: 'outside the language switch' },
    {
      what: 'a script from another origin',
      links: [{ tag: 'script', attr: 'src', value: 'https://cdn.example.com/x.js' }],
      expected: 'loads from another origin',
    },
  ])('reports $what', ({ links, expected }) => {
    const problems = checkLinks([...good, page('/zh/x/', links)], options);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(expected);
  });
  it('reports a link that leaves the base path', () => {
    const problems = checkLinks([page('/lnob/zh/', [a('/zh/report/')])], { ...options, base: '/lnob/' });
    expect(problems[0]).toContain('outside the base path /lnob/');
  });
});
