/** The built Chinese edition carries the fixed identifiers and the whole structure of the evaluation. */
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { builtPages } from '../helpers/dist.ts';
import { readReport } from '../helpers/content.ts';

const pages = builtPages();
const byUrl = new Map(pages.map((p) => [p.url, p]));
const parts = ['background', 'about', 'findings', 'conclusions', 'recommendations', 'lessons'];
const reportPages = parts.map((part) => {
  const page = byUrl.get(`/zh/report/${part}/`);
  if (!page) throw new Error(`/zh/report/${part}/ was not built`);
  return page;
});
const all = (selector: string) => reportPages.flatMap((p) => p.root.querySelectorAll(selector).map((e) => ({ page: p, e })));
const expectedParts = new Map(readReport('zh').flatMap((p) => p.outline.paragraphs.map((x) => [x.n, p.part] as const)));

describe('paragraphs', () => {
  const paras = all('.para[id^="p"]');
  it('all 57 carry id="p{n}" once, on the page of their part', () => {
    expect(paras.map(({ e }) => e.id).sort()).toEqual(Array.from({ length: 57 }, (_, i) => `p${i + 1}`).sort());
    for (const { page, e } of paras) expect(page.url).toBe(`/zh/report/${expectedParts.get(Number(e.id.slice(1)))}/`);
  });
  it('show their number, which links to themselves, and a citation of the document and paragraph', () => {
    for (const { e } of paras) {
      const n = e.id.slice(1);
      const num = e.querySelector('.para-num');
      expect(num?.text.trim()).toBe(n);
      expect(num?.getAttribute('href')).toBe(`#p${n}`);
      const cite = e.querySelector('details.cite .cite-text')?.text ?? '';
      expect(cite).toContain(`第 ${n} 段`);
      expect(cite).toContain('联合国开发计划署独立评价办公室');
      // The document cited is the summary that went to the Executive Board (first regular session 2023).
      expect(cite).toContain('摘要中文本');
      expect(cite).toContain('执行局 2023 年第一届常会');
      // GB/T 7714 keeps a title in another language as it is, outside 《》.
      expect(cite).toContain('Formative Evaluation of the Integration by UNDP of the Principles of Leaving No One Behind');
      expect(cite).not.toContain('《');
      // Built without SITE: no address (address.test.ts checks the public one).
      expect(cite).not.toMatch(/https?:/);
    }
  });
  it('in English say that the text is this site’s translation of the Chinese edition', () => {
    const en = parts.map((part) => byUrl.get(`/en/report/${part}/`)!);
    const cites = en.flatMap((p) => p.root.querySelectorAll('.cite-text').map((c) => c.text));
    expect(cites).toHaveLength(57);
    for (const cite of cites) {
      expect(cite).toMatch(
        /^Independent Evaluation Office of UNDP, Formative Evaluation .*: summary, UNDP Executive Board, first regular session 2023, para\. \d+\. /,
      );
      expect(cite).toContain('English translation of the Chinese edition');
    }
  });
});

describe('footnotes', () => {
  it('each of the 10 has id="fn{n}", a back link, and one <sup> marker linking to it', () => {
    const notes = all('li[id^="fn"]');
    expect(notes.map(({ e }) => e.id).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `fn${i + 1}`).sort());
    for (const { page, e } of notes) {
      const n = e.id.slice(2);
      const markers = page.root.querySelectorAll(`sup a[href="#fn${n}"]`);
      expect(markers).toHaveLength(1);
      expect(markers[0]?.id).toBe(`fnref${n}`);
      expect(e.querySelector(`a[href="#fnref${n}"]`)).not.toBeNull();
    }
  });
  it('note 9 lists the 18 target groups', () => {
    const note9 = all('#fn9')[0]?.e;
    expect(note9?.querySelectorAll('.groups-list li')).toHaveLength(18);
  });
  it('links the PDF link lines on the words they belong to, with a short address for print', () => {
    const fn1 = all('#fn1 a[href="https://undocs.org/ch/A/RES/70/1"]')[0]?.e;
    expect(fn1?.text).toBe('A/RES/70/1');
    expect(fn1?.getAttribute('data-print-url')).toBe('undocs.org/ch/A/RES/70/1');
    expect(all('#p5 a[href="https://undocs.org/ch/DP/2021/28"]')).toHaveLength(1);
  });
});

describe('structure', () => {
  it('the quotation opens the background, with footnote 1', () => {
    const quote = reportPages[0]?.root.querySelector('blockquote.epigraph');
    expect(quote?.text).toContain('决不让任何一个人掉队');
    expect(quote?.querySelector('a[href="#fn1"]')).not.toBeNull();
  });
  it('the five-factor box follows ¶5 with five factors, each with description and prompt, and its source line', () => {
    const box = reportPages[0]?.root.querySelector('#five-factors');
    expect(box).not.toBeNull();
    const html = reportPages[0]?.html ?? '';
    expect(html.indexOf('id="p5"')).toBeLessThan(html.indexOf('id="five-factors"'));
    expect(html.indexOf('id="five-factors"')).toBeLessThan(html.indexOf('id="p6"'));
    const factors = box?.querySelectorAll('.factor-list > li') ?? [];
    expect(factors.map((f) => f.querySelector('h3')?.text)).toEqual(['歧视', '地域', '易受冲击的程度', '治理', '社会经济地位']);
    for (const f of factors) expect(f.text).toContain('不妨考虑');
    expect(box?.querySelector('.source')?.text).toContain('第 13 页');
  });
  it.each([
    ['conclusions', 'c', 5],
    ['recommendations', 'r', 6],
    ['lessons', 'l', 6],
  ] as const)('%s has its %i headings', (part, prefix, count) => {
    const page = byUrl.get(`/zh/report/${part}/`);
    const heads = page?.root.querySelectorAll(`h2[id^="${prefix}"]`).filter((h) => /^[crl]\d$/.test(h.id)) ?? [];
    expect(heads).toHaveLength(count);
  });
  it('each recommendation has its bold lead sentence', () => {
    const page = byUrl.get('/zh/report/recommendations/');
    const leads = page?.root.querySelectorAll('h2[id^="r"] + p.lead') ?? [];
    expect(leads).toHaveLength(6);
    expect(leads[0]?.text).toContain('“平等+”');
  });
  it('parts link previous and next in reading order', () => {
    reportPages.forEach((page, i) => {
      const next = page.root.querySelector('a[rel="next"]')?.getAttribute('href');
      const prev = page.root.querySelector('a[rel="prev"]')?.getAttribute('href');
      expect(next).toBe(i < parts.length - 1 ? `/zh/report/${parts[i + 1]}/` : undefined);
      expect(prev).toBe(i > 0 ? `/zh/report/${parts[i - 1]}/` : undefined);
    });
  });
});

describe('contents page', () => {
  const contents = byUrl.get('/zh/report/');
  it('lists the six parts and every conclusion, recommendation and lesson with its paragraphs', () => {
    const text = contents?.root.querySelector('main')?.text ?? '';
    for (const title of ['背景', '关于本次评价', '主要结果', '结论', '建议', '经验教训']) expect(text).toContain(title);
    expect(text).toContain('结论 1. 实现“不让任何一个人掉队”的制度化');
    expect(text).toMatch(/结论 1\. 实现“不让任何一个人掉队”的制度化\s*第 18–20 段/);
    expect(text).toMatch(/建议 3\. [^第]+第 41–42 段/);
    expect(contents?.root.querySelectorAll('a[href^="/zh/report/"]').length).toBeGreaterThanOrEqual(6 + 3 + 5 + 6 + 6);
  });
});

describe('permalink pages /zh/p/{n}/', () => {
  it.each(Array.from({ length: 57 }, (_, i) => i + 1))('¶%i refreshes and links to its place', (n) => {
    const page = byUrl.get(`/zh/p/${n}/`);
    const target = `/zh/report/${expectedParts.get(n)}/#p${n}`;
    expect(page?.root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${target}`);
    expect(page?.root.querySelector(`a[href="${target}"]`)).not.toBeNull();
  });
});

describe('the counts the site states are the text’s own', () => {
  // Counted in the built pages: paragraphs by their anchors on each report part, notes by theirs, parts by page.
  it.each(['zh', 'en'])('%s: the contents page and the home give the numbers of parts, paragraphs and notes', (lang) => {
    const partPages = parts.map((part) => byUrl.get(`/${lang}/report/${part}/`)!);
    const paragraphs = partPages.flatMap((p) => p.root.querySelectorAll('.para[id^="p"]')).length;
    const notes = new Set(partPages.flatMap((p) => p.root.querySelectorAll('li[id^="fn"]').map((li) => li.id))).size;
    expect(paragraphs).toBe(57);
    const contents = byUrl.get(`/${lang}/report/`)!.root.querySelector('main')!.text;
    const home = byUrl.get(`/${lang}/`)!.root.querySelector('main')!.text;
    for (const text of [contents, home]) expect(text).toContain(lang === 'zh' ? `${parts.length} 个部分` : `in ${parts.length} parts`);
    expect(contents).toContain(
      lang === 'zh' ? `共 ${paragraphs} 段，另有 ${notes} 个脚注` : `${paragraphs} paragraphs in ${parts.length} parts, and ${notes} footnotes`,
    );
    expect(home).toContain(lang === 'zh' ? `${paragraphs} 个编号段落` : `${paragraphs} numbered paragraphs`);
  });
});

describe('home and about', () => {
  it('home gives the facts with their paragraphs and quotes the key messages', () => {
    const home = byUrl.get('/zh/')?.root.querySelector('main');
    const text = home?.text ?? '';
    for (const fact of ['独立评价办公室', '形成性评价', '2018', '15 个国家', '近 1 000 人']) expect(text).toContain(fact);
    expect(home?.querySelectorAll('.messages q').length).toBeGreaterThanOrEqual(5);
  });
  it('about names the source, the rights, accessibility, version, commit and build date', () => {
    const text = byUrl.get('/zh/about/')?.root.querySelector('main')?.text ?? '';
    for (const words of [
      'Copyright © IEO/UNDP',
      '不是开发署的官方出版物',
      '2022 年 12 月',
      '2023 年第一届常会',
      'CC BY 4.0',
      'MIT',
      'WCAG',
      '已知局限',
      pkg.version,
    ]) {
      expect(text).toContain(words);
    }
    expect(text).toMatch(/\d{4}-\d{2}-\d{2}/);
  });
  it('every page says it is not an official UNDP publication', () => {
    for (const page of pages.filter((p) => p.url.startsWith('/zh/') && !p.url.includes('/p/'))) {
      expect(page.root.querySelector('footer')?.text).toContain('并非开发署的官方出版物');
    }
  });
});

describe('html lang', () => {
  it('is zh-Hans on every Chinese page', () => {
    for (const page of pages.filter((p) => p.url.startsWith('/zh/'))) expect(page.root.querySelector('html')?.getAttribute('lang')).toBe('zh-Hans');
  });
});

describe('search index', () => {
  it('Pagefind indexed the site in the build', async () => {
    const { existsSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { DIST } = await import('../helpers/dist.ts');
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
  });
  it('marks no page with data-pagefind-* attributes: the index is built from records (src/build/search-index.ts), which they would not change', () => {
    expect(pages.filter((p) => /\sdata-pagefind-[\w-]+/.test(p.html)).map((p) => p.url)).toEqual([]);
  });
  it('publishes only the Pagefind scripts and styles the search engine loads (none of its ready-made interfaces)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { DIST } = await import('../helpers/dist.ts');
    const loaders = ['_search/engine.js', 'pagefind/pagefind.js'].map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');
    const published = readdirSync(join(DIST, 'pagefind')).filter((name) => /\.(js|css)$/.test(name));
    expect(published).toContain('pagefind-worker.js');
    expect(published.filter((name) => name !== 'pagefind.js' && !loaders.includes(name))).toEqual([]);
  });
});

describe('the English edition says what it is', () => {
  const english = ['/en/', '/en/framework/', '/en/report/', ...parts.map((part) => `/en/report/${part}/`)].map((url) => byUrl.get(url)!);
  it('on the home, contents, framework and every report part', () => {
    expect(english.map((p) => p.url).sort()).toEqual(
      [
        '/en/',
        '/en/framework/',
        '/en/report/',
        ...['about', 'background', 'conclusions', 'findings', 'lessons', 'recommendations'].map((x) => `/en/report/${x}/`),
      ].sort(),
    );
  });
  it.each(english.map((p) => [p.url, p] as const))(
    '%s: right after its title (on the home, right after the key messages’ heading, before the first translated sentence), a note that the English is this site’s translation, linking the Chinese',
    (url, page) => {
      const heading = url === '/en/' ? page.root.querySelector('#home-messages') : page.root.querySelector('main h1');
      const note = heading?.nextElementSibling;
      expect(note?.classList.contains('translation-note')).toBe(true);
      expect(note?.text).toContain('this site’s translation of the Chinese edition');
      const chinese = note?.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(chinese).toContain(url.replace(/^\/en\//, '/zh/'));
      if (/\/report\/[a-z]+\/$/.test(url)) expect(chinese).toContain(`${url}parallel/`);
    },
  );
  it('not on the Chinese pages, which carry the document’s own text', () => {
    expect([...byUrl.values()].filter((p) => p.url.startsWith('/zh/') && p.root.querySelector('.translation-note'))).toEqual([]);
  });
  it('calls the key messages what they are: sentences of the conclusions and recommendations, in translation', () => {
    const home = byUrl.get('/en/')!.root;
    const heading = home.querySelectorAll('main h2').find((h) => h.text.startsWith('Key messages'));
    expect(heading?.text).toContain('conclusions and recommendations');
    expect(heading?.nextElementSibling?.text).toContain('translation');
    expect(home.text).not.toContain('quoted from the evaluation');
    // The note says it once: the sentence that introduces the messages does not say "translation" again.
    const section = home
      .querySelector('main')!
      .text.split(heading!.text)[1]!
      .split(/What this site holds/)[0]!;
    expect(section.match(/translation/g)).toHaveLength(1);
  });
});

describe('the 404 page', () => {
  it('speaks both languages and links both homes', () => {
    const page = byUrl.get('/404.html')!.root;
    const hrefs = page.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/zh/');
    expect(hrefs).toContain('/en/');
    expect(page.querySelector('main section[lang="en"]')?.text).toMatch(/There is no page at this address/);
    expect(page.querySelector('main')?.text).toMatch(/[\u4e00-\u9fff]/);
  });
});
