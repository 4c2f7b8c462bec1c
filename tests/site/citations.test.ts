/**
 * Citations a reference manager reads, in the build without SITE: every citation file (RIS, BibTeX,
 * CSL-JSON; the whole summary and each paragraph, per language), read back by citation-js, names the
 * title, author, year and paragraph the page's visible citation names; each "Cite" and the about page
 * offer their files for download; report and permalink pages carry Highwire citation_* metadata that
 * agrees with them, and no PDF address (this build has none: tests/site/address.test.ts checks the
 * deployment build's).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { DIST, builtPages, type BuiltPage } from '../helpers/dist.ts';
import { importCitation, type ImportedCitation } from '../helpers/citation-parse.ts';

const pages = builtPages();
const byUrl = new Map(pages.map((p) => [p.url, p]));
const page = (url: string) => byUrl.get(url) ?? expect.unreachable(`${url} was not built`);
const FORMATS = ['ris', 'bib', 'json'] as const;
const LANGS = ['zh', 'en'] as const;
const LOCATOR = { zh: (n: number) => `第 ${n} 段`, en: (n: number) => `para. ${n}` };
const AUTHOR = { zh: '联合国开发计划署独立评价办公室', en: 'Independent Evaluation Office of UNDP' };
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The citation files a control offers: each link's address (under dist) and the name it downloads under. */
function offered(control: HTMLElement): { format: string; href: string; download: string | undefined }[] {
  return control.querySelectorAll('.cite-files a').map((a) => {
    const href = a.getAttribute('href') ?? '';
    return { format: href.split('.').pop() ?? '', href, download: a.getAttribute('download') };
  });
}
const read = (href: string) => readFileSync(join(DIST, href), 'utf8');

/** Checks that an imported file says what the visible citation says. */
function agrees(item: ImportedCitation, visible: string, lang: 'zh' | 'en', where: string): void {
  expect(item.type, where).toBe('report');
  expect(item.authors, where).toEqual([AUTHOR[lang]]);
  expect(visible.startsWith(AUTHOR[lang]), where).toBe(true);
  expect(visible, where).toContain(item.title);
  expect(item.year, where).toBe(2023);
  expect(visible, where).toContain(String(item.year));
  // The note is the place cited: the session and paragraph as the visible citation writes them (and in English the translation note).
  expect(visible, where).toContain(item.note);
  if (lang === 'en') expect(item.note, where).toContain('English translation of the Chinese edition');
}

describe.each(LANGS)('the citation files (%s)', (lang) => {
  const paragraphs = pages
    .filter((p) => p.url.startsWith(`/${lang}/report/`) && !p.url.includes('/print/') && !p.url.includes('/parallel/'))
    .flatMap((p) => p.root.querySelectorAll('.para[id^="p"]'));

  it('of each paragraph are offered by its "Cite", with download names, and say what it shows', () => {
    expect(paragraphs).toHaveLength(57);
    for (const para of paragraphs) {
      const n = Number(para.id.slice(1));
      const cite = para.querySelector('details.cite') ?? expect.unreachable(`¶${n} has no "Cite"`);
      const visible = collapse(cite.querySelector('.cite-text')?.text ?? '');
      expect(visible).toContain(LOCATOR[lang](n));
      const files = offered(cite);
      expect(files.map((f) => f.format)).toEqual([...FORMATS]);
      for (const file of files) {
        expect(file.href).toBe(`/${lang}/cite/p${n}.${file.format}`);
        expect(file.download).toMatch(new RegExp(`^lnob-evaluation-${lang}-p${n}\\.(ris|bib|csl\\.json)$`));
        const item = importCitation(read(file.href), file.format as (typeof FORMATS)[number]);
        agrees(item, visible, lang, `${file.href}`);
        expect(item.note).toContain(LOCATOR[lang](n));
        expect(item.url, 'no address without SITE').toBeUndefined();
      }
    }
  });

  it('of the whole summary are offered on the about page, and say what its citation shows', () => {
    const about = page(`/${lang}/about/`).root;
    const block = about.querySelector('.evaluation-citation') ?? expect.unreachable('about has no citation of the whole summary');
    const visible = collapse(block.querySelector('.evaluation-cite')?.text ?? '');
    const files = offered(block);
    expect(files.map((f) => f.format)).toEqual([...FORMATS]);
    for (const file of files) {
      expect(file.href).toBe(`/${lang}/cite/evaluation.${file.format}`);
      expect(file.download).toMatch(new RegExp(`^lnob-evaluation-${lang}\\.(ris|bib|csl\\.json)$`));
      const item = importCitation(read(file.href), file.format as (typeof FORMATS)[number]);
      agrees(item, visible, lang, file.href);
      expect(item.note).not.toMatch(/段|para\./);
    }
  });

  it('are named in the page’s language', () => {
    const labels = offered(page(`/${lang}/about/`).root.querySelector('.evaluation-citation')!).map((f) => f.format);
    expect(labels).toHaveLength(3);
    const text = collapse(page(`/${lang}/about/`).root.querySelector('.evaluation-citation .cite-files')?.text ?? '');
    expect(text).toMatch(lang === 'zh' ? /下载.*RIS\(EndNote、Zotero\)/ : /Download.*RIS \(EndNote, Zotero\)/);
  });
});

describe('citation metadata in the head', () => {
  // The parallel views leave their citation to the part page and the bilingual edition.
  const cited = pages.filter((p) => /^\/(zh|en)\/(report\/|p\/\d+\/$)/.test(p.url) && !p.url.includes('/parallel/'));
  const meta = (p: BuiltPage, name: string) => p.root.querySelectorAll(`head meta[name="${name}"]`).map((m) => m.getAttribute('content'));

  it('is on every report page, the contents, the print editions and every permalink page', () => {
    const urls = cited.map((p) => p.url);
    for (const lang of LANGS) {
      for (const url of [`/${lang}/report/`, `/${lang}/report/findings/`, `/${lang}/report/print/`, `/${lang}/p/1/`, `/${lang}/p/57/`])
        expect(urls).toContain(url);
    }
    expect(urls).toContain('/zh/report/bilingual/print/');
    for (const p of pages.filter((x) => x.url.includes('/parallel/'))) expect(meta(p, 'citation_title'), p.url).toEqual([]);
    expect(cited.length).toBeGreaterThanOrEqual(2 * (1 + 6 + 1 + 57));
    for (const p of cited) {
      const lang = p.url.startsWith('/zh/') ? 'zh' : 'en';
      const where = p.url;
      // One of each, naming what the about page's citation files name.
      const file = importCitation(read(`/${lang}/cite/evaluation.json`), 'json');
      expect(meta(p, 'citation_title'), where).toEqual([file.title]);
      expect(meta(p, 'citation_author'), where).toEqual([AUTHOR[lang]]);
      expect(meta(p, 'citation_publication_date'), where).toEqual(['2023']);
      expect(meta(p, 'citation_language'), where).toEqual([lang]);
      expect(meta(p, 'citation_pdf_url'), `${where}: no PDF address without SITE`).toEqual([]);
      // English says the text is this site's translation, as its citation does.
      if (lang === 'en')
        expect(meta(p, 'DC.description')[0], where).toMatch(/^Unofficial English translation of the Chinese edition by the LNOB evaluation hub\.$/);
      else expect(meta(p, 'DC.description'), where).toEqual([]);
    }
  });

  it('names the document that the page’s visible citations name', () => {
    for (const lang of LANGS) {
      const p = page(`/${lang}/report/findings/`);
      const visible = collapse(p.root.querySelector('.cite-text')?.text ?? '');
      expect(visible).toContain(meta(p, 'citation_title')[0]);
      expect(visible.startsWith(meta(p, 'citation_author')[0] ?? '-')).toBe(true);
    }
  });
});

describe('the visible citation without JavaScript', () => {
  it('has no access date in a build without an address (a citation without an online address asks for none)', () => {
    const cites = pages.flatMap((p) => p.root.querySelectorAll('.cite-text, .evaluation-cite'));
    expect(cites.length).toBeGreaterThanOrEqual(2 * 57);
    expect(cites.filter((c) => c.querySelector('.cite-date')).map((c) => c.text)).toEqual([]);
  });
});
