/** Both editions are built, each page in its language and linked to its counterpart. */
import { describe, expect, it } from 'vitest';
import { HTMLElement } from 'node-html-parser';
import { builtPages } from '../helpers/dist.ts';

const pages = builtPages();
const byUrl = new Map(pages.map((p) => [p.url, p]));
const zhPages = pages.filter((p) => p.url.startsWith('/zh/'));

const BILINGUAL = '/zh/report/bilingual/print/';

describe('the English edition', () => {
  it('has every page the Chinese edition has', () => {
    // The bilingual edition is one page for both languages, under /zh/ only.
    const missing = zhPages
      .filter((p) => p.url !== BILINGUAL)
      .map((p) => p.url.replace('/zh/', '/en/'))
      .filter((u) => !byUrl.has(u));
    expect(missing).toEqual([]);
    expect(byUrl.has(BILINGUAL)).toBe(true);
    expect(zhPages.length).toBeGreaterThan(70);
  });
  it('sets <html lang> to en and zh-Hans', () => {
    for (const p of pages.filter((x) => x.url.startsWith('/en/'))) expect(p.root.querySelector('html')?.getAttribute('lang'), p.url).toBe('en');
    for (const p of zhPages) expect(p.root.querySelector('html')?.getAttribute('lang'), p.url).toBe('zh-Hans');
  });
  it('links every page to its counterpart through the language switch', () => {
    expect(byUrl.get(BILINGUAL)?.root.querySelector('a[data-lang-switch]')).toBeNull();
    for (const p of pages.filter((x) => /^\/(zh|en)\//.test(x.url) && !x.url.includes('/p/') && x.url !== BILINGUAL)) {
      const [, from] = /^\/(zh|en)\//.exec(p.url) ?? [];
      const to = from === 'zh' ? 'en' : 'zh';
      const link = p.root.querySelector('a[data-lang-switch]');
      expect(link?.getAttribute('href'), p.url).toBe(p.url.replace(`/${from}/`, `/${to}/`));
      expect(link?.getAttribute('hreflang')).toBe(to === 'zh' ? 'zh-Hans' : 'en');
    }
  });
  it('the language choice offers both editions', () => {
    const links = byUrl
      .get('/')
      ?.root.querySelectorAll('.lang-choice a')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/zh/', '/en/']);
  });
  it('puts all 57 paragraphs and 10 notes in the English part pages', () => {
    const parts = pages.filter((p) => /^\/en\/report\/[\w-]+\/$/.test(p.url) && p.url !== '/en/report/print/');
    expect(parts.flatMap((p) => p.root.querySelectorAll('.para').map((e) => e.id)).sort()).toEqual(Array.from({ length: 57 }, (_, i) => `p${i + 1}`).sort());
    expect(parts.flatMap((p) => p.root.querySelectorAll('li[id^="fn"]').map((e) => e.id))).toHaveLength(10);
    expect(
      byUrl
        .get('/en/report/background/')
        ?.root.querySelectorAll('.factor-list > li')
        .map((f) => f.querySelector('h3')?.text),
    ).toEqual(['Discrimination', 'Geography', 'Vulnerability to shocks', 'Governance', 'Socio-economic status']);
  });
});

describe('the parallel view', () => {
  it.each(['background', 'about', 'findings', 'conclusions', 'recommendations', 'lessons'])('%s pairs each paragraph with its translation', (part) => {
    for (const lang of ['zh', 'en']) {
      const page = byUrl.get(`/${lang}/report/${part}/parallel/`);
      const rows = page?.root.querySelectorAll('.parallel-row.para') ?? [];
      const expected = byUrl
        .get(`/${lang}/report/${part}/`)
        ?.root.querySelectorAll('.para')
        .map((e) => e.id);
      expect(rows.map((r) => r.id)).toEqual(expected);
      for (const row of rows) {
        expect(row.childNodes.filter((c): c is typeof row => c instanceof HTMLElement && c.hasAttribute('lang')).map((c) => c.getAttribute('lang'))).toEqual([
          'zh-Hans',
          'en',
        ]);
      }
      expect(byUrl.get(`/${lang}/report/${part}/`)?.root.querySelector(`a[href="/${lang}/report/${part}/parallel/"]`)).not.toBeNull();
    }
  });
});

describe('glossary and timeline pages', () => {
  it('exist in both languages with every entry', () => {
    for (const lang of ['zh', 'en']) {
      expect(byUrl.get(`/${lang}/glossary/`)?.root.querySelectorAll('.glossary .term').length).toBeGreaterThanOrEqual(25);
      expect(byUrl.get(`/${lang}/timeline/`)?.root.querySelectorAll('.timeline li').length).toBeGreaterThanOrEqual(8);
    }
  });
});
