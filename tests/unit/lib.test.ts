import { describe, expect, it } from 'vitest';
import { inlineSegments, stripInlineLinks } from '../../src/lib/inline-links.ts';
import { shortUrl } from '../../src/lib/short-url.ts';
import { absoluteUrl, paragraphPath, permalinkPath, withBase } from '../../src/lib/urls.ts';
import { paragraphRange, outline } from '../../src/lib/report/outline.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { zh } from '../../src/i18n/zh.ts';
import { en } from '../../src/i18n/en.ts';

describe('inline links', () => {
  it('splits text into plain and linked segments', () => {
    expect(inlineSegments('见[文件](https://a.org/x)第 3 页')).toEqual([
      { text: '见' },
      { text: '文件', href: 'https://a.org/x' },
      { text: '第 3 页' },
    ]);
    expect(stripInlineLinks('见[文件](https://a.org/x)。')).toBe('见文件。');
  });
});

describe.each([
  { href: 'https://undocs.org/ch/A/RES/70/1', short: 'undocs.org/ch/A/RES/70/1' },
  { href: 'http://www.ilo.org/ilostat/', short: 'ilo.org/ilostat' },
  { href: 'https://www.undp.org/sites/g/files/zskgke326/files/publications/Brochure_LNOB_web.pdf', short: 'undp.org/sites/g/files/…/Brochure_LNOB_web.pdf' },
])('shortUrl($href)', ({ href, short }) => {
  it(`is ${short}`, () => {
    expect(shortUrl(href)).toBe(short);
    expect(shortUrl(href).length).toBeLessThanOrEqual(48);
  });
});

describe('urls', () => {
  it.each([
    ['/', '/zh/report/', '/zh/report/'],
    ['/lnob/', '/zh/report/', '/lnob/zh/report/'],
    ['/lnob', '/zh/p/3/', '/lnob/zh/p/3/'],
  ])('withBase(%s, %s) is %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
  it('builds paragraph links and absolute permalinks', () => {
    expect(paragraphPath('zh', 'findings', 12)).toBe('/zh/report/findings/#p12');
    expect(absoluteUrl('https://example.org', '/lnob/', permalinkPath('zh', 12))).toBe('https://example.org/lnob/zh/p/12/');
  });
});

describe('outline', () => {
  it('reads paragraphs, sections and footnote markers with their lines', () => {
    const o = outline('---\ntitle: x\n---\n\n<Section id="c1" label="结论 1." title="标题" />\n\n<Para n={18}>\n文本<Fn n={3} />。\n\n- (a) 甲\n- (b) 乙\n</Para>\n');
    expect(o.problems).toEqual([]);
    expect(o.sections).toEqual([{ id: 'c1', line: 5, label: '结论 1.', title: '标题', lead: '', paragraphs: [18] }]);
    expect(o.paragraphs).toEqual([{ n: 18, line: 7, text: '文本[^3]。\n(a) 甲\n(b) 乙', footnotes: [3] }]);
  });
  it.each([
    [[18, 19, 20], '18–20'],
    [[33], '33'],
    [[], ''],
  ])('paragraphRange(%j) is %s', (numbers, expected) => {
    expect(paragraphRange(numbers)).toBe(expected);
  });
});

describe('interface strings', () => {
  it('have the same keys in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const value of [...Object.values(zh), ...Object.values(en)]) expect(value.trim()).not.toBe('');
  });
  it('use the same placeholders in both languages', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) expect(holes(en[key])).toEqual(holes(zh[key]));
  });
  it('fill placeholders', () => {
    const t = useTranslations('zh');
    expect(t('cite.text', { n: 12, url: 'https://x/zh/p/12/' })).toMatch(/2022 年，第 12 段。https:\/\/x\/zh\/p\/12\/$/);
    expect(useTranslations('en')('cite.text', { n: 12, url: 'u' })).toContain('IEO/UNDP');
  });
});
