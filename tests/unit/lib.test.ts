import { sectionKind } from '../../src/lib/report/sections.ts';
import { describe, expect, it } from 'vitest';
import { inlineSegments, stripInlineLinks } from '../../src/lib/inline-links.ts';
import { shortUrl } from '../../src/lib/short-url.ts';
import { format, readUiString, uiData, type UiString } from '../../src/i18n/format.ts';
import { baseFromEnv, publicUrl, siteFromEnv } from '../../src/lib/site-address.ts';
import { headersForBase, parseHeaders } from '../../src/lib/hosting-headers.ts';
import { paragraphPath, permalinkPath, withBase } from '../../src/lib/urls.ts';
import { paragraphRange, outline } from '../../src/lib/report/outline.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { zh } from '../../src/i18n/zh.ts';
import { en } from '../../src/i18n/en.ts';

describe('inline links', () => {
  it('splits text into plain and linked segments', () => {
    expect(inlineSegments('见[文件](https://a.org/x)第 3 页')).toEqual([{ text: '见' }, { text: '文件', href: 'https://a.org/x' }, { text: '第 3 页' }]);
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
    expect(publicUrl('https://example.org', '/lnob/', permalinkPath('zh', 12))).toBe('https://example.org/lnob/zh/p/12/');
  });
});

describe('a section heading says what it is', () => {
  it.each([
    ['c1', { kind: 'conclusion', n: 1 }],
    ['r6', { kind: 'recommendation', n: 6 }],
    ['l12', { kind: 'lesson', n: 12 }],
    ['strategic-positioning', { kind: 'theme' }],
    ['c0', { kind: 'theme' }],
    ['r1a', { kind: 'theme' }],
    ['C1', { kind: 'theme' }],
  ])('%s', (id, expected) => {
    expect(sectionKind(id)).toEqual(expected);
  });
});

describe('outline', () => {
  it('reads paragraphs, sections and footnote markers with their lines', () => {
    const o = outline(
      '---\ntitle: x\n---\n\n<Section id="c1" label="结论 1." title="标题" />\n\n<Para n={18}>\n文本<Fn n={3} />。\n\n- (a) 甲\n- (b) 乙\n</Para>\n',
    );
    expect(o.problems).toEqual([]);
    expect(o.sections).toEqual([{ id: 'c1', kind: 'conclusion', n: 1, line: 5, label: '结论 1.', title: '标题', lead: '', paragraphs: [18] }]);
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

const forms = (value: UiString): string[] => (typeof value === 'string' ? [value] : Object.values(value));

describe('interface strings', () => {
  it('have the same keys in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const value of [...Object.values(zh), ...Object.values(en)].flatMap(forms)) expect(value.trim()).not.toBe('');
  });
  it('use the same placeholders in both languages, in every plural form', () => {
    const holes = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      for (const form of [...forms(en[key]), ...forms(zh[key])]) expect(holes(form), key).toEqual(holes(forms(zh[key])[0]!));
    }
  });
  it('give English counts their plural form', () => {
    const en = useTranslations('en');
    expect(en('fig.flow.editorial', { n: 1 })).toBe('editorial, through 1 entry that names both');
    expect(en('fig.flow.editorial', { n: 2 })).toBe('editorial, through 2 entries that name both');
    expect(useTranslations('zh')('fig.flow.editorial', { n: 1 })).toContain('1 个条目');
  });
  it('fill placeholders', () => {
    const t = useTranslations('zh');
    expect(t('cite.copied', { n: 12 })).toBe('已复制第 12 段的引文。');
    expect(useTranslations('en')('permalink.moving', { n: 12, part: 'Findings' })).toBe('Going to paragraph 12 in “Findings”.');
  });
});

describe('site address from the environment', () => {
  it('takes SITE as an origin, and none when unset', () => {
    expect(siteFromEnv('https://example.org/')).toBe('https://example.org');
    expect(siteFromEnv(undefined)).toBeUndefined();
    expect(siteFromEnv('  ')).toBeUndefined();
  });
  it.each(['http://localhost:4321', 'http://127.0.0.1:8080', 'http://[::1]/', 'http://app.localhost'])(
    'refuses %s, which only the building machine reaches',
    (site) => {
      expect(() => siteFromEnv(site)).toThrow(/only works on the machine that builds/);
    },
  );
  it('refuses an address that is not one', () => {
    expect(() => siteFromEnv('example.org')).toThrow(/not an absolute address/);
  });
  it('normalises BASE to start and end with a slash', () => {
    expect(baseFromEnv(undefined)).toBe('/');
    expect(baseFromEnv('')).toBe('/');
    expect(baseFromEnv('/lnob')).toBe('/lnob/');
    expect(baseFromEnv('lnob/')).toBe('/lnob/');
  });
  it('gives a public URL only when there is a site', () => {
    expect(publicUrl('https://example.org', '/lnob/', '/en/p/1/')).toBe('https://example.org/lnob/en/p/1/');
    expect(publicUrl(undefined, '/lnob/', '/en/p/1/')).toBeUndefined();
  });
});

describe('_headers for a base path', () => {
  const text = "# c\n/*\n  X-Content-Type-Options: nosniff\n/zh/*\n  Content-Security-Policy: default-src 'self'\n";
  it('parses rules and puts BASE in front of their paths', () => {
    expect(parseHeaders(text).map((r) => r.path)).toEqual(['/*', '/zh/*']);
    expect(parseHeaders(headersForBase(text, '/lnob/')).map((r) => r.path)).toEqual(['/lnob/*', '/lnob/zh/*']);
    expect(headersForBase(text, '/')).toBe(text);
  });
  it('says which line is wrong', () => {
    expect(() => parseHeaders('  X-A: 1\n')).toThrow(/line 1/);
  });
});

describe('strings handed to client scripts', () => {
  it('carry their plural forms through a data attribute', () => {
    const forms = { one: '{n} entry shown', other: '{n} entries shown' };
    expect(format('en', readUiString(uiData(forms)), { n: 1 })).toBe('1 entry shown');
    expect(format('en', readUiString(uiData(forms)), { n: 3 })).toBe('3 entries shown');
    expect(format('zh-Hans', readUiString(uiData('显示 {n} 个条目')), { n: 1 })).toBe('显示 1 个条目');
    expect(readUiString(undefined)).toBe('');
  });
});
