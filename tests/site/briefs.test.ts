/**
 * Context briefs, workshop kits and the evaluation on paper (issue 14): the brief is ≤ 2 A4 pages, differs
 * from the other contexts' briefs (measured and printed), cites every claim; the entry order is the same in
 * both languages everywhere; every PDF link states the real page count and size; the whole-evaluation PDFs
 * are outlined, numbered "page n of N" and carry every paragraph number 1–57.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../helpers/dist.ts';
import { readReport, readToolkit, readCollection } from '../helpers/content.ts';
import { contextSchema } from '../../src/schemas/contexts.ts';
import { pdfFacts } from '../../src/build/pdf.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { liveLocales, type Locale } from '../../src/lib/locales.ts';

const pages = new Map(builtPages().map((p) => [p.url, p]));
const page = (url: string) => {
  const found = pages.get(url);
  if (!found) throw new Error(`${url} was not built`);
  return found;
};
const contexts = readCollection('content/contexts/contexts.yaml', contextSchema);
const cases = liveLocales.flatMap((lang) => contexts.map((c) => [lang, c.id] as const));
const info = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(info(file))?.[1]);
const text = (file: string, args: string[] = []) => execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
const flat = (s: string) => s.replace(/\s+/g, '');

/** The brief's claims as a reader sees them, without citations, with the context's own name neutralised. */
function briefItems(lang: Locale, id: string): string[] {
  const name = contexts.find((c) => c.id === id)!.name[lang] ?? '';
  return page(`/${lang}/contexts/${id}/brief/`)
    .root.querySelectorAll('.brief-scope, .brief-says li, .brief-differs, .brief-actions dd')
    .map((e) => e.text.replace(/¶\d+/g, '').split(name).join('<context>').replace(/\s+/g, ' ').trim());
}

/** Share of a context's brief (items and characters) that appears in no other context's brief of the same language. */
export function specificity(lang: Locale, id: string): { items: number; chars: number; shared: string[] } {
  const own = briefItems(lang, id);
  const others = new Set(contexts.filter((c) => c.id !== id).flatMap((c) => briefItems(lang, c.id)));
  const shared = own.filter((s) => others.has(s));
  const total = own.reduce((n, s) => n + s.length, 0);
  return { items: 1 - shared.length / own.length, chars: 1 - shared.reduce((n, s) => n + s.length, 0) / total, shared };
}

/** The floor: at least this share of each brief, by sentences and by characters, is its context's own. */
const SPECIFIC_FLOOR = 0.6;

describe('context briefs', () => {
  it('prints how much of each brief is specific to its context', () => {
    const rows = cases.map(([lang, id]) => ({ lang, id, ...specificity(lang, id) }));
    console.log(
      `\nbrief specificity (share not found in the other contexts' briefs)\n${rows.map((r) => `${r.lang} ${r.id.padEnd(12)} sentences ${(r.items * 100).toFixed(0).padStart(3)}%  characters ${(r.chars * 100).toFixed(0).padStart(3)}%  shared: ${r.shared.length}`).join('\n')}\n`,
    );
    for (const r of rows) {
      expect(r.items, `${r.lang}/${r.id}`).toBeGreaterThanOrEqual(SPECIFIC_FLOOR);
      expect(r.chars, `${r.lang}/${r.id}`).toBeGreaterThanOrEqual(SPECIFIC_FLOOR);
    }
  });

  it.each(cases)('%s/%s: the brief alone is a PDF of at most two A4 pages, tagged, numbered', (lang, id) => {
    const file = join(DIST, 'pdf', lang, `${id}-brief.pdf`);
    expect(existsSync(file), file).toBe(true);
    const pages = pageCount(file);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(info(file)).toMatch(/Page size:.*\(A4\)/);
    expect(info(file)).toMatch(/Tagged:\s+yes/);
    const body = flat(text(file));
    expect(body).toContain(lang === 'zh' ? `第${pages}页，共${pages}页` : `Page${pages}of${pages}`);
    expect(body).toContain(flat(useTranslations(lang)('brief.says')));
  });

  it.each(cases)('%s/%s: the full guide opens with the brief, on its first two pages, before the annex', (lang, id) => {
    const t = useTranslations(lang);
    for (const url of [`/${lang}/contexts/${id}/`, `/${lang}/contexts/${id}/print/`]) {
      const html = page(url).html;
      const at = (s: string) => html.indexOf(s);
      expect(at('class="brief"'), url).toBeGreaterThan(0);
      expect(at('class="brief"'), url).toBeLessThan(at('class="guidance-contents"'));
      expect(at('class="guidance-contents"'), url).toBeLessThan(at('class="guidance-component"'));
    }
    // In the PDF, the annex (the contents) starts on page 3 at the latest.
    const file = join(DIST, 'pdf', lang, `${id}.pdf`);
    const firstTwo = flat(text(file, ['-f', '1', '-l', '2']));
    expect(firstTwo).toContain(flat(t('brief.actions')));
    const third = flat(text(file, ['-f', '3', '-l', '3']));
    expect(firstTwo.includes(flat(t('brief.annexPrint'))) || third.includes(flat(t('brief.annexPrint')))).toBe(true);
  });

  it.each(cases)('%s/%s: every claim of the brief is cited, to a paragraph that exists, and every action points to an entry of this context', (lang, id) => {
    const context = contexts.find((c) => c.id === id)!;
    const entries = readToolkit(lang).filter((e) => e.front.contexts.some((c) => c === id));
    for (const url of [`/${lang}/contexts/${id}/brief/`, `/${lang}/contexts/${id}/`, `/${lang}/contexts/${id}/print/`]) {
      const root = page(url).root;
      const claims = root.querySelectorAll('.brief-scope, .brief-says li, .brief-differs, .brief-actions dd');
      expect(claims.length, url).toBeGreaterThanOrEqual(5 + 3);
      for (const claim of claims) {
        const cites = claim.querySelectorAll('a.cite-ref').map((a) => Number(/¶(\d+)/.exec(a.text)?.[1]));
        expect(cites.length, `${url}: ${claim.text}`).toBeGreaterThan(0);
        for (const n of cites) expect(n >= 1 && n <= 57, `${url}: ¶${n}`).toBe(true);
        if (url.endsWith('/print/'))
          for (const a of claim.querySelectorAll('a.cite-ref'))
            expect(root.querySelector(a.getAttribute('href') ?? '#none'), `${url}: ${a.getAttribute('href')}`).not.toBeNull();
        if (claim.tagName === 'DD') {
          const slug = claim.getAttribute('data-entry') ?? '';
          const entry = entries.find((e) => e.id === slug);
          expect(entry, `${url}: ${slug}`).toBeDefined();
          for (const n of cites) expect([...context.paragraphs, ...(entry?.front.sources ?? [])], `${url}: ${slug} ¶${n}`).toContain(n);
        } else {
          for (const n of cites) expect(context.paragraphs, `${url}: ¶${n}`).toContain(n);
        }
      }
      // One or two actions per component.
      const counts = root.querySelectorAll('.brief-actions dt').map((dt) => {
        let n = 0;
        let next = dt.nextElementSibling;
        while (next && next.tagName === 'DD') {
          n += 1;
          next = next.nextElementSibling;
        }
        return n;
      });
      expect(counts.length).toBe(5);
      for (const n of counts) expect(n >= 1 && n <= 2).toBe(true);
    }
  });
});

describe('one order of entries in every language', () => {
  const order = (lang: Locale, url: string, selector: string, attr: (e: { id: string; getAttribute: (n: string) => string | undefined }) => string) =>
    page(url.replace('{lang}', lang))
      .root.querySelectorAll(selector)
      .map((e) => attr(e));
  const slugOfHref = (e: { getAttribute: (n: string) => string | undefined }) => /\/toolkit\/([\w-]+)\/$/.exec(e.getAttribute('href') ?? '')?.[1] ?? '';
  const views: [string, string, (e: { id: string; getAttribute: (n: string) => string | undefined }) => string][] = [
    ['/{lang}/toolkit/', '.entry-list a[href*="/toolkit/"]', slugOfHref],
    ...contexts.flatMap(
      (c) =>
        [
          [`/{lang}/contexts/${c.id}/`, '.guidance-entry', (e) => e.id.replace(/^entry-/, '')],
          [`/{lang}/contexts/${c.id}/print/`, '.guidance-entry', (e) => e.id.replace(/^entry-/, '')],
          [`/{lang}/contexts/${c.id}/brief/`, '.brief-actions dd', (e) => e.getAttribute('data-entry') ?? ''],
          [`/{lang}/contexts/${c.id}/workshop/`, '.workshop-groups > li', (e) => e.getAttribute('data-entry') ?? ''],
        ] as typeof views,
    ),
  ];
  it.each(views.map((v) => [v[0], v[1], v[2]] as const))('%s lists the entries in the same order in zh and en', (url, selector, attr) => {
    const zh = order('zh', url, selector, attr);
    const en = order('en', url, selector, attr);
    expect(zh.length).toBeGreaterThan(0);
    expect(zh).toEqual(en);
    // By component first.
    const component = new Map(readToolkit('en').map((e) => [e.id, e.front.component]));
    const comps = en.map((s) => component.get(s) ?? '');
    expect(comps).toEqual([...comps].sort());
  });
  it.each(contexts.map((c) => c.id))('the %s guide PDFs give the entries in the same order in zh and en', (id) => {
    const seq = (lang: Locale) => {
      const body = flat(text(join(DIST, 'pdf', lang, `${id}.pdf`)));
      const annex = body.indexOf(flat(useTranslations(lang)('brief.annexPrint')));
      const entries = readToolkit(lang).filter((e) => e.front.contexts.some((c) => c === id));
      return entries
        .map((e) => ({ id: e.id, at: body.indexOf(flat(e.front.title), annex) }))
        .sort((a, b) => a.at - b.at)
        .map((e) => e.id);
    };
    expect(seq('zh')).toEqual(seq('en'));
    expect(seq('en')).toEqual(order('en', `/{lang}/contexts/${id}/print/`, '.guidance-entry', (e) => e.id.replace(/^entry-/, '')));
  });
});

describe('PDF links', () => {
  const links = [...pages.values()].flatMap((p) =>
    p.root.querySelectorAll('.pdf-facts').map((s) => ({
      url: p.url,
      lang: (p.root.querySelector('html')?.getAttribute('lang')?.startsWith('zh') ? 'zh' : 'en') as Locale,
      path: s.getAttribute('data-pdf') ?? '',
      shown: s.text,
      link: s.parentNode?.text ?? '',
    })),
  );
  it('every context page, brief, workshop kit, the report contents and About link their PDFs', () => {
    for (const lang of liveLocales) {
      for (const c of contexts) {
        const here = links.filter((l) => l.url === `/${lang}/contexts/${c.id}/`).map((l) => l.path);
        expect(here).toEqual(expect.arrayContaining([`/pdf/${lang}/${c.id}.pdf`, `/pdf/${lang}/${c.id}-brief.pdf`, `/pdf/${lang}/${c.id}-workshop.pdf`]));
      }
      for (const url of [`/${lang}/report/`, `/${lang}/about/`]) {
        expect(
          links
            .filter((l) => l.url === url)
            .map((l) => l.path)
            .sort(),
        ).toEqual(['/pdf/en/evaluation.pdf', '/pdf/zh-en/evaluation.pdf', '/pdf/zh/evaluation.pdf']);
      }
    }
  });
  it('each says the real page count (pdfinfo) and size of its file', () => {
    expect(links.length).toBeGreaterThan(20);
    for (const l of links) {
      const file = join(DIST, l.path);
      expect(existsSync(file), `${l.url} → ${l.path}`).toBe(true);
      const [open, close] = l.lang === 'zh' ? ['（', '）'] : ['(', ')'];
      expect(l.shown, `${l.url} → ${l.path}`).toBe(`${open}${pdfFacts(l.lang, pageCount(file), statSync(file).size)}${close}`);
      // Chinese sets its full-width brackets with no space before them: 简报（PDF，A4，2 页，77 KB）.
      if (l.lang === 'zh') expect(l.link, l.url).not.toMatch(/\s（|\(/);
      expect(l.shown).toMatch(l.lang === 'zh' ? /^（PDF，A4，\d+ 页，[\d.]+ [KM]B）$/ : /^\(PDF, A4, \d+ pages?, [\d.]+ [KM]B\)$/);
    }
  });
});

describe('the whole evaluation on paper', () => {
  const editions = [
    ['zh', 'pdf/zh/evaluation.pdf'],
    ['en', 'pdf/en/evaluation.pdf'],
    ['zh', 'pdf/zh-en/evaluation.pdf'],
  ] as const;
  it.each(editions)('%s %s: A4, tagged, outlined, "page n of N" with the title on every page, every paragraph number 1–57', (lang, rel) => {
    const file = join(DIST, rel);
    expect(existsSync(file), file).toBe(true);
    expect(info(file)).toMatch(/Page size:.*\(A4\)/);
    expect(info(file)).toMatch(/Tagged:\s+yes/);
    expect(readFileSync(file).includes('/Outlines')).toBe(true);
    const pages = pageCount(file);
    expect(pages).toBeGreaterThan(10);
    const title = flat(useTranslations(lang)('print.evaluation'));
    for (const n of [1, Math.ceil(pages / 2), pages]) {
      const one = flat(text(file, ['-f', String(n), '-l', String(n)]));
      expect(one, `page ${n}`).toContain(lang === 'zh' ? `第${n}页，共${pages}页` : `Page${n}of${pages}`);
      expect(one, `page ${n}`).toContain(title);
    }
    // Each paragraph's text, in each language the edition carries; in a one-language edition right after its
    // number. Letters and digits only: pdftotext turns quotation marks typographic, and reads the bilingual
    // edition's two columns in its own order.
    const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '');
    const body = letters(text(file));
    const bilingual = rel.includes('zh-en');
    const langs: Locale[] = bilingual ? ['zh', 'en'] : [lang];
    for (const l of langs) {
      for (const p of readReport(l).flatMap((part) => part.outline.paragraphs)) {
        const start = letters(p.text.replace(/\[\^\d+\]/g, '').replace(/\]\([^)]*\)/g, '')).slice(0, 8);
        expect(body, `${rel}: ¶${p.n} (${l})`).toContain(bilingual ? start : `${p.n}${start}`);
      }
    }
  });
  it('the print pages hold every part once, and no address without SITE', () => {
    for (const lang of liveLocales) {
      const root = page(`/${lang}/report/print/`).root;
      expect(root.querySelectorAll('.report-print-part').length).toBe(6);
      const ids = root.querySelectorAll('[id]').map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (let n = 1; n <= 57; n += 1) expect(root.querySelector(`#p${n}`), `¶${n}`).not.toBeNull();
    }
    const bilingual = page('/zh/report/bilingual/print/').root;
    const ids = bilingual.querySelectorAll('[id]').map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (let n = 1; n <= 57; n += 1) expect(bilingual.querySelectorAll(`#p${n} .parallel-cell`).length, `¶${n}`).toBe(2);
    const margins = readFileSync(join(DIST, 'en/report/print/margins.css'), 'utf8');
    expect(margins).toContain('counter(pages)');
    if (!process.env['SITE']) expect(margins).not.toMatch(/https?:/);
  });
});
