/**
 * The phone journey's and the reader's-place checks that read the built pages (issue 25, phone branch):
 * conclusions and recommendations name each other outside any disclosure (the site's editorial mapping,
 * the one the connections figure draws), headings keep a space after their number, counts take their
 * plural form, links that share a name lead to the same place, the parallel view names its paragraph
 * numbers as the reading view does, and each context on /contexts/ is a heading with its line and PDFs.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { builtPages } from '../helpers/dist.ts';
import { readCollection, readToolkit } from '../helpers/content.ts';
import { recommendationsForConclusion } from '../../src/lib/toolkit/xref.ts';
import { contextSchema } from '../../src/schemas/contexts.ts';

const pages = builtPages();
const byUrl = new Map(pages.map((p) => [p.url, p]));
const page = (url: string) => {
  const p = byUrl.get(url);
  if (!p) throw new Error(`${url} was not built`);
  return p;
};
const languages = ['zh', 'en'] as const;
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The site's editorial mapping, from the toolkit's frontmatter (what the figure and the cross-references use). */
const mapping = (lang: string) => {
  const refs = readToolkit(lang).map((e) => ({
    slug: e.id,
    title: e.front.title,
    recommendations: e.front.recommendations,
    conclusions: e.front.conclusions ?? [],
  }));
  return [1, 2, 3, 4, 5].flatMap((c) => recommendationsForConclusion(refs, c).map((l) => [c, l.recommendation] as const));
};

/** The unfolded cross-reference after a section heading: the next `.xref-answers` before the next heading. */
function answersAfter(root: HTMLElement, id: string): string[] {
  const heading = root.querySelector(`h2#${id}`);
  expect(heading, `#${id}`).toBeTruthy();
  let e = heading?.nextElementSibling ?? null;
  while (e && e.tagName !== 'H2') {
    if (e.classList.contains('xref-answers')) {
      expect(e.closest('details'), `#${id}: the links are outside any disclosure`).toBeNull();
      return e.querySelectorAll('a').map((a) => a.getAttribute('href') ?? '');
    }
    e = e.nextElementSibling;
  }
  return [];
}

describe('conclusions ↔ recommendations, unfolded', () => {
  it.each(languages)('%s: each conclusion lists the recommendations of the site’s mapping, outside any disclosure, labelled as the site’s', (lang) => {
    const root = page(`/${lang}/report/conclusions/`).root;
    const links = mapping(lang);
    expect(links.length).toBeGreaterThan(5);
    for (const c of [1, 2, 3, 4, 5]) {
      const expected = links.filter(([from]) => from === c).map(([, r]) => `/${lang}/report/recommendations/#r${r}`);
      expect(answersAfter(root, `c${c}`), `conclusion ${c}`).toEqual(expected);
    }
    for (const p of root.querySelectorAll('.xref-answers')) expect(p.querySelector('.editorial')?.text ?? '').toMatch(/this site’s mapping|本站的对应关系/);
  });
  it.each(languages)('%s: each recommendation links back to the conclusions it answers, the same links read the other way', (lang) => {
    const root = page(`/${lang}/report/recommendations/`).root;
    const links = mapping(lang);
    for (const r of [1, 2, 3, 4, 5, 6]) {
      const expected = [...new Set(links.filter(([, to]) => to === r).map(([c]) => c))].sort().map((c) => `/${lang}/report/conclusions/#c${c}`);
      expect(answersAfter(root, `r${r}`), `recommendation ${r}`).toEqual(expected);
    }
  });
  it.each(languages)('%s: the connections figure lists each conclusion with the same recommendations, to follow one at a time', (lang) => {
    const figure = page(`/${lang}/figures/`).root.querySelector('#figure-flow');
    const items = figure?.querySelectorAll('.figure-follow li[data-follow]') ?? [];
    expect(items.map((li) => li.getAttribute('data-follow'))).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    const listed = items.flatMap((li) =>
      li.querySelectorAll('a').map((a) => `${li.getAttribute('data-follow')}→${/#(r\d+)$/.exec(a.getAttribute('href') ?? '')?.[1]}`),
    );
    expect(listed).toEqual(mapping(lang).map(([c, r]) => `c${c}→r${r}`));
    // Each listed link is drawn in the chart, so the list can highlight it.
    for (const [c, r] of mapping(lang)) expect(figure?.querySelector(`svg [data-from="c${c}"][data-to="r${r}"]`), `c${c}→r${r}`).toBeTruthy();
  });
});

describe('headings with a number', () => {
  it.each(languages)('%s: the name and copied text of a numbered heading have a space after the number', (lang) => {
    const heads = ['conclusions', 'recommendations', 'lessons'].flatMap((part) => page(`/${lang}/report/${part}/`).root.querySelectorAll('h2.section-head'));
    const numbered = heads.filter((h) => h.querySelector('.label'));
    expect(numbered.length).toBe(17);
    for (const h of numbered) {
      const label = h.querySelector('.label')?.text ?? '';
      expect(h.text.startsWith(`${label} `), `“${h.text}”`).toBe(true);
      expect(h.text.slice(label.length + 1)).toMatch(/^\S/);
    }
  });
});

describe('plural forms', () => {
  // A count of one with a plural noun ("paragraphs 55", "1 entries") or a plural noun after a single number.
  const wrong = [
    /\bparagraphs \d+(?![\d–-])/,
    /\b1 (?:entries|paragraphs|recommendations|conclusions|analyses|results|links|groups|pages|lessons)\b/,
    /\bparagraph \d{1,2}–\d{1,2}\b/,
  ];
  it('no English page shows a count of one with a plural noun, or a range with a singular one', () => {
    const en = pages.filter((p) => p.url.startsWith('/en/'));
    expect(en.length).toBeGreaterThan(50);
    const faults = en.flatMap((p) => {
      const main = p.root.querySelector('main');
      const text = flat(main?.text ?? '');
      const attrs = [p.root.querySelector('title')?.text ?? '', p.root.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''];
      return [text, ...attrs].flatMap((t) => wrong.flatMap((re) => (re.test(t) ? [`${p.url}: “${re.exec(t)?.[0]}”`] : [])));
    });
    expect([...new Set(faults)]).toEqual([]);
  });
  it('the contents page says “paragraph 55” for a lesson of one paragraph', () => {
    expect(flat(page('/en/report/').root.querySelector('main')?.text ?? '')).toContain('paragraph 55');
  });
});

/** A link's accessible name: its aria-label, or its text including visually hidden text. */
const linkName = (a: HTMLElement) => flat(a.getAttribute('aria-label') ?? a.text);

describe('links named by where they lead', () => {
  const contextPages = pages.filter((p) => /^\/(zh|en)\/contexts\/[\w-]+\/$/.test(p.url));
  it('the context pages are checked', () => expect(contextPages.length).toBe(6));
  it.each(contextPages.map((p) => p.url))('%s: links that share a name lead to the same place', (url) => {
    const byName = new Map<string, Set<string>>();
    for (const a of page(url).root.querySelectorAll('main a[href]')) {
      const name = linkName(a);
      byName.set(name, (byName.get(name) ?? new Set()).add(a.getAttribute('href') ?? ''));
    }
    const ambiguous = [...byName].filter(([, hrefs]) => hrefs.size > 1).map(([name, hrefs]) => `“${name}” → ${[...hrefs].join(', ')}`);
    expect(ambiguous).toEqual([]);
    // The entry links name their entry, after the words they show (label in name).
    const more = page(url).root.querySelectorAll('.entry-more a');
    expect(more.length).toBeGreaterThan(3);
    for (const a of more) expect(a.querySelector('.visually-hidden')?.text.length ?? 0).toBeGreaterThan(5);
  });
});

describe('the parallel view', () => {
  const parallel = pages.filter((p) => /^\/(zh|en)\/report\/[\w-]+\/parallel\/$/.test(p.url));
  it('is checked in both languages', () => expect(parallel.length).toBe(12));
  it.each(parallel.map((p) => p.url))('%s names its paragraph numbers as the reading view does', (url) => {
    const lang = url.slice(1, 3);
    const reading = page(url.replace('parallel/', '')).root;
    const nums = page(url).root.querySelectorAll('.parallel-row .para-num');
    expect(nums.length).toBeGreaterThan(0);
    for (const num of nums) {
      const n = num.text.trim();
      const name = num.getAttribute('aria-label');
      expect(name).toBe(reading.querySelector(`#p${n} > .para-num`)?.getAttribute('aria-label'));
      expect(name).toBe(lang === 'zh' ? `第 ${n} 段` : `Paragraph ${n}`);
    }
  });
  it.each(languages)('%s: the links to and from the side-by-side view keep the reader’s place (marked for the script)', (lang) => {
    const reading = page(`/${lang}/report/conclusions/`).root;
    expect(reading.querySelectorAll('a[data-keep-place][href$="/report/conclusions/parallel/"]').length).toBe(1);
    expect(page(`/${lang}/report/conclusions/parallel/`).root.querySelectorAll('a[data-keep-place][href$="/report/conclusions/"]').length).toBe(1);
  });
});

describe('/contexts/', () => {
  const contexts = readCollection('content/contexts/contexts.yaml', contextSchema).sort((a, b) => a.order - b.order);
  it.each(languages)('%s: each context is a heading with its “for you if” line, its citations and its PDFs, without the long summary', (lang) => {
    const root = page(`/${lang}/contexts/`).root;
    const cards = root.querySelectorAll('.context-card');
    expect(cards.map((c) => c.querySelector('h2 a')?.getAttribute('href'))).toEqual(contexts.map((c) => `/${lang}/contexts/${c.id}/`));
    cards.forEach((card, i) => {
      const c = contexts[i]!;
      const line = card.querySelector('h2 + p');
      expect(flat(line?.text ?? '')).toContain(c.forYou.text[lang]);
      expect(line?.querySelectorAll('a.cite-ref').map((a) => a.getAttribute('href')?.replace(/^.*#/, ''))).toEqual(c.forYou.cite.map((n) => `p${n}`));
      const pdfs = card.querySelectorAll('a[type="application/pdf"]');
      expect(pdfs.map((a) => a.getAttribute('href'))).toEqual([`/pdf/${lang}/${c.id}-brief.pdf`, `/pdf/${lang}/${c.id}.pdf`]);
      // Sizes filled in by the build, and each PDF link names its context.
      for (const a of pdfs) {
        expect(a.querySelector('.pdf-facts')?.text ?? '').toMatch(/\d/);
        expect(a.querySelector('.visually-hidden')?.text ?? '').toContain(c.name[lang]);
      }
      expect(flat(card.text)).not.toContain(c.summary[lang].slice(0, 40));
    });
  });
  it.each(languages)('%s: the context page carries the summary after the brief, and the brief leads with what to do', (lang) => {
    for (const c of contexts) {
      const root = page(`/${lang}/contexts/${c.id}/`).root;
      const brief = root.querySelector('#brief');
      const first = brief?.querySelector('h2 + *');
      expect(first?.tagName, `${c.id}: the brief's first block`).toBe('H3');
      expect(first?.nextElementSibling?.classList.contains('brief-actions')).toBe(true);
      const html = root.toString();
      expect(html.indexOf('brief-actions')).toBeLessThan(html.indexOf('brief-scope'));
      expect(flat(root.querySelector('.context-about')?.text ?? '')).toContain(flat(c.summary[lang]).slice(0, 40));
    }
    const alone = page(`/${lang}/contexts/${contexts[0]!.id}/brief/`).root.toString();
    expect(alone.indexOf('brief-actions')).toBeLessThan(alone.indexOf('brief-scope'));
  });
});
