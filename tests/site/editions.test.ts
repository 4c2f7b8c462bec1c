/**
 * The whole-evaluation editions a Board member files (issue 24), read from the printed PDFs with poppler's
 * `pdftotext` and PDF.js, against what the content and the built print pages say:
 * - page 1 is a title page: the evaluation's title, the IEO, the Executive Board session, the edition (language,
 *   version, date), for English that it is this site's translation; without SITE no address;
 * - then a contents page whose every entry names the page where pdftotext finds that heading;
 * - every paragraph 1–57 is there with its number; the five-factor box is on one page;
 * - the site's own additions (toolkit cross-references, "read in Chinese") are not in the printed text;
 * - the bilingual edition tags every English text English (headings too), and says its running head, column heads
 *   and "page n of N" in both languages.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist.ts';
import { readCollection, ROOT } from '../helpers/content.ts';
import { documentFactSchema } from '../../src/schemas/document.ts';
import { factSchema } from '../../src/schemas/facts.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import type { Locale } from '../../src/lib/locales.ts';

interface Edition {
  folder: string;
  languages: Locale[];
  /** The print page it is printed from. */
  page: string;
}
const editions: Edition[] = [
  { folder: 'zh', languages: ['zh'], page: 'zh/report/print/index.html' },
  { folder: 'en', languages: ['en'], page: 'en/report/print/index.html' },
  { folder: 'zh-en', languages: ['zh', 'en'], page: 'zh/report/bilingual/print/index.html' },
];
const cases = editions.map((e) => [e.folder, e] as const);
const pdfFile = (e: Edition) => join(DIST, 'pdf', e.folder, 'evaluation.pdf');
const flat = (s: string) => s.replace(/\s+/g, '');

const texts = new Map<string, string[]>();
/** The text of each page as poppler lays it out (pdftotext -layout; pages end with a form feed): margins included. */
function layoutPages(e: Edition): string[] {
  if (!texts.has(e.folder))
    texts.set(
      e.folder,
      execFileSync('pdftotext', ['-layout', pdfFile(e), '-'], { encoding: 'utf8' })
        .split('\f')
        .slice(0, -1),
    );
  return texts.get(e.folder)!;
}

type StructNode = { role?: string; lang?: string; type?: string; id?: string; children?: StructNode[] };
const docs = new Map<string, Promise<PDFDocumentProxy>>();
const open = (e: Edition) => {
  if (!docs.has(e.folder)) docs.set(e.folder, getDocument({ data: new Uint8Array(readFileSync(pdfFile(e))), verbosity: 0 }).promise);
  return docs.get(e.folder)!;
};
/** Each page's marked content by its id, and its structure tree (PDF.js). */
async function taggedPage(doc: PDFDocumentProxy, n: number): Promise<{ text: Map<string, string>; tree: StructNode }> {
  const page = await doc.getPage(n);
  const content = await page.getTextContent({ includeMarkedContent: true });
  const text = new Map<string, string>();
  const stack: string[] = [];
  for (const item of content.items) {
    if ('type' in item) {
      if (item.type === 'endMarkedContent') stack.pop();
      else stack.push(item.type === 'beginMarkedContentProps' && item.id ? item.id : '');
      continue;
    }
    const mark = stack.at(-1);
    if (mark) text.set(mark, (text.get(mark) ?? '') + item.str);
  }
  return { text, tree: (await page.getStructTree()) as StructNode };
}

const read = new Map<string, Promise<string[]>>();
/**
 * The text of each page, one language after the other, each in reading order (the structure tree's): side by
 * side columns would interleave in pdftotext's output. Without running heads and page numbers (artifacts).
 */
function pages(e: Edition): Promise<string[]> {
  if (!read.has(e.folder))
    read.set(
      e.folder,
      (async () => {
        const doc = await open(e);
        const result: string[] = [];
        for (let n = 1; n <= doc.numPages; n += 1) {
          const { text, tree } = await taggedPage(doc, n);
          const by = new Map<string, string>();
          const walk = (node: StructNode, lang: string) => {
            const own = node.lang ?? lang;
            for (const child of node.children ?? []) {
              if (child.type === 'content') by.set(own.slice(0, 2), (by.get(own.slice(0, 2)) ?? '') + (text.get(child.id ?? '') ?? ''));
              else walk(child, own);
            }
          };
          walk(tree, e.languages[0] === 'en' ? 'en' : 'zh');
          result.push(e.languages.map((l) => by.get(l) ?? '').join('\n'));
        }
        return result;
      })(),
    );
  return read.get(e.folder)!;
}
const html = (e: Edition): HTMLElement => parse(readFileSync(join(DIST, e.page), 'utf8'));
const documentFacts = new Map(readCollection('content/document/document.yaml', documentFactSchema).map((f) => [f.id, f]));
const who = readCollection('content/facts/facts.yaml', factSchema).find((f) => f.id === 'who')!;
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** The page numbers a contents page lists, top to bottom: the figures set alone at the right of the page. */
async function listedNumbers(e: Edition, n: number): Promise<number[]> {
  const page = await (await open(e)).getPage(n);
  const [, , width = 595, height = 842] = page.view;
  const items = (await page.getTextContent()).items.flatMap((i) =>
    'str' in i && /^\d+$/.test(i.str.trim()) ? [{ n: Number(i.str), x: i.transform[4] ?? 0, y: i.transform[5] ?? 0 }] : [],
  );
  // Right of nine tenths of the page, inside the margins (the foot's "page n of N" is centred).
  return items
    .filter((i) => i.x > width * 0.85 && i.y > 45 && i.y < height - 45)
    .sort((a, b) => b.y - a.y)
    .map((i) => i.n);
}

describe('whole-evaluation editions', () => {
  it.each(cases)('%s: page 1 is a title page: title, Office, Board session, edition (language, version, date)', async (_, e) => {
    const first = flat((await pages(e))[0] ?? '');
    for (const l of e.languages) {
      const t = useTranslations(l);
      expect(first).toContain(flat(documentFacts.get('title')!.value[l]));
      expect(first).toContain(flat(who.value[l]));
      expect(first).toContain(flat(documentFacts.get('session')!.value[l]));
      const language = t(e.languages.length > 1 ? 'edition.languageBoth' : l === 'zh' ? 'edition.languageZh' : 'edition.languageEn');
      const line = flat(t('edition.line', { language, version, date: '@' }))
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace('@', '\\d{4}-\\d{2}-\\d{2}');
      expect(first).toMatch(new RegExp(line));
      // English is this site's translation, not an official text.
      if (e.languages.includes('en')) expect(first).toContain(flat(t('translation.note')));
      // Without SITE there is no public address, and no other address either.
      expect(first).not.toContain(flat(t('edition.online', { url: '' })));
    }
    expect(layoutPages(e)[0]).not.toMatch(/https?:|localhost/);
    // A title page, not the text: no paragraph starts on it.
    expect(first).not.toContain(flat(html(e).querySelector('#p1')?.text ?? '').slice(0, 12));
  });

  it.each(cases)('%s: page 2 is the contents, and each entry names the page where its heading is printed', async (_, e) => {
    const entries = html(e)
      .querySelectorAll('.edition-contents .toc-entry')
      .map((li) => li.querySelectorAll('.toc-title').map((p) => p.text.trim()));
    // Every part, the sections of the parts that have them (findings, conclusions, recommendations, lessons), the notes.
    expect(entries.length).toBeGreaterThanOrEqual(6 + 3 + 5 + 6 + 6 + 1);
    const text = await pages(e);
    expect(flat(text[1] ?? '')).toContain(flat(e.languages.map((l) => useTranslations(l)('edition.contents')).join('')));
    // The contents runs from page 2 to the page before the first it lists.
    const numbers = await listedNumbers(e, 2);
    for (let n = 3; n < (numbers[0] ?? 0); n += 1) numbers.push(...(await listedNumbers(e, n)));
    expect(numbers).toHaveLength(entries.length);
    expect(numbers[0]).toBeGreaterThan(2);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    entries.forEach((titles, i) => {
      const n = numbers[i]!;
      for (const title of titles) expect(flat(text[n - 1] ?? ''), `${title}: page ${n}`).toContain(flat(title));
    });
  });

  it.each(cases)('%s: every paragraph 1–57 is printed with its number before its first words', async (_, e) => {
    const text = flat((await pages(e)).join(''));
    const page = html(e);
    const missing: number[] = [];
    for (let n = 1; n <= 57; n += 1) {
      const para = page.querySelector(`#p${n}`);
      const body = para?.querySelector('.para-text') ?? para?.querySelector('.parallel-cell');
      const start = flat(body?.text ?? '').slice(0, 8);
      if (start.length < 8 || !text.includes(`${n}${start}`)) missing.push(n);
    }
    expect(missing).toEqual([]);
  });

  it.each(cases)('%s: the five-factor box is on one page, from its title to its source', async (_, e) => {
    const text = await pages(e);
    const boxes = html(e).querySelectorAll('.factor-box');
    expect(boxes.length).toBe(e.languages.length);
    for (const box of boxes) {
      for (const hidden of box.querySelectorAll('.visually-hidden')) hidden.remove();
      const first = flat(box.querySelector('h2, p')?.text ?? '');
      const last = flat(box.querySelector('.source')?.text ?? '').slice(-16);
      expect(first.length).toBeGreaterThan(16);
      expect(last).toHaveLength(16);
      const on = (s: string) => text.flatMap((page, i) => (flat(page).includes(s) ? [i + 1] : []));
      expect(on(first), first).toHaveLength(1);
      expect(on(last), `${first} … ${last}`).toEqual(on(first));
    }
  });

  it.each(cases)('%s: no note is split across pages', async (_, e) => {
    const text = (await pages(e)).map(flat);
    const notes = html(e).querySelectorAll('.notes li[id^="fn"]');
    expect(notes.length).toBe(10 * e.languages.length);
    // The pages of the notes: after the text, before the index.
    const indexAt = text.findIndex((page) => page.includes(flat(useTranslations(e.languages[0]!)('index.printIntro')).slice(0, 20)));
    expect(indexAt).toBeGreaterThan(2);
    const on = (s: string) => text.flatMap((page, i) => (i < indexAt && page.includes(s) ? [i + 1] : []));
    const before = new Map<string, number>();
    let checked = 0;
    for (const note of notes) {
      for (const list of note.querySelectorAll('ol')) list.remove();
      for (const back of note.querySelectorAll('a[href^="#fnref"]')) back.remove();
      // Its words outside links (paper adds a link's address after it), first and last; a note of a link and a
      // few words is a line or two and is left out.
      for (const link of note.querySelectorAll('a')) link.replaceWith('|');
      const runs = note.text
        .split('|')
        .map(flat)
        .filter((run) => run.length >= 10);
      if (runs.length === 0) continue;
      const first = runs[0]!.slice(0, 20);
      const last = runs.at(-1)!.slice(-20);
      // The last page with its first words (the text may quote them earlier), in order within its language.
      const language = note.id.endsWith('-en') ? 'en' : 'zh';
      const page = Math.max(...on(first));
      expect(page, `${note.id}: ${first}`).toBeGreaterThanOrEqual(before.get(language) ?? 0);
      expect(Math.max(...on(last)), `${note.id}: ${first} … ${last}`).toBe(page);
      before.set(language, page);
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(6 * e.languages.length);
  });

  it.each(cases)('%s: prints none of the site’s additions: toolkit cross-references, links to the other language', (_, e) => {
    const text = flat(layoutPages(e).join(''));
    for (const l of e.languages) {
      const t = useTranslations(l);
      for (const words of [
        t('xref.follows'),
        t('xref.answers'),
        t('xref.answeredBy'),
        t('xref.answersConclusions'),
        t('xref.siteMapping'),
        t('translation.chinese'),
        t('parallel.link'),
      ]) {
        expect(text, words).not.toContain(flat(words).replace(/[：:]$/, ''));
      }
    }
  });
});

describe('the index in every edition (issue 25)', () => {
  /** Each entry of an index: its label, and its whole line as read (what is hidden from view left out), spaces aside. */
  const entriesOf = (root: HTMLElement) =>
    root.querySelectorAll('.index-entries > li').map((li) => {
      for (const hidden of li.querySelectorAll('.visually-hidden')) hidden.remove();
      return { label: li.querySelector('.index-label')?.text.trim() ?? '', line: flat(li.text) };
    });
  it.each(cases)('%s: closes with the A–Z index of its languages, the same entries and paragraph numbers as the index page', async (_, e) => {
    const page = html(e);
    const text = await pages(e);
    const notesAt = text.findLastIndex((p) => flat(p).includes(flat(useTranslations(e.languages[0]!)('report.notes'))));
    for (const l of e.languages) {
      const section = page.querySelector(`#index-${l}`)?.parentNode;
      expect(section, `${e.folder}: index-${l}`).toBeTruthy();
      const printed = entriesOf(section!);
      const web = entriesOf(parse(readFileSync(join(DIST, l, 'index', 'index.html'), 'utf8')).querySelector('main')!);
      expect(printed.length).toBeGreaterThan(100);
      expect(printed).toEqual(web);
      // Plain text on paper: nothing links out of the document (a cross-reference leads to its entry).
      for (const a of section!.querySelectorAll('a')) {
        const href = a.getAttribute('href') ?? '';
        expect(href, a.text).toMatch(/^#index-/);
        expect(page.querySelector(href), href).toBeTruthy();
      }
      // On paper: after the notes, the index's title, then its first and last entries.
      const title = useTranslations(l)('index.title');
      const at = text.findIndex((p, i) => i >= notesAt && flat(p).includes(flat(printed[0]!.label)));
      expect(at, `${e.folder} ${l}: first entry after the notes`).toBeGreaterThan(notesAt - 1);
      expect(flat(text.slice(at - 1).join(''))).toContain(flat(title));
      expect(flat(text.slice(at).join(''))).toContain(flat(printed.at(-1)!.label));
    }
  });
});

describe('the bilingual edition', () => {
  const e = editions[2]!;
  it('says its running head, column heads and "page n of N" in both languages on every page', () => {
    const en = useTranslations('en');
    const zh = useTranslations('zh');
    const all = layoutPages(e);
    all.forEach((text, i) => {
      const page = flat(text);
      expect(page, `page ${i + 1}`).toContain(flat(`第 ${i + 1} 页，共 ${all.length} 页 · Page ${i + 1} of ${all.length}`));
      expect(page, `page ${i + 1}`).toContain(flat(documentFacts.get('title')!.value.zh));
      expect(page, `page ${i + 1}`).toContain(flat(documentFacts.get('title')!.value.en));
    });
    const parts = html(e).querySelectorAll('.bilingual-part');
    expect(parts.length).toBe(6);
    const heads = all.filter(
      (text) =>
        flat(text).includes(flat(`${zh('parallel.zh')}·${en('parallel.zh')}`)) && flat(text).includes(flat(`${zh('parallel.en')}·${en('parallel.en')}`)),
    );
    expect(heads.length).toBe(parts.length);
  });

  it('leaves no large gap: a paragraph row breaks across pages, so a page of text ends in its last third unless a part or a box follows', async () => {
    const doc = await open(e);
    const text = await pages(e);
    const page = html(e);
    // A page may end early before a new part or an index (each starts a page) or before the five-factor box (it is never split).
    const starts = [
      ...page.querySelectorAll('.part-head h1[lang="zh-Hans"]'),
      ...page.querySelectorAll('.factor-box p:first-child'),
      ...page.querySelectorAll('.edition-index h1'),
    ].map((el) => flat(el.text).slice(0, 10));
    expect(starts).toHaveLength(6 + 2 + 2);
    const sparse: string[] = [];
    for (let n = 3; n < doc.numPages; n += 1) {
      const next = flat(text[n] ?? '');
      if (starts.some((s) => next.startsWith(s) || next.slice(0, 40).includes(s))) continue;
      const p = await doc.getPage(n);
      const height = p.view[3] ?? 842;
      const ys = (await p.getTextContent()).items
        .flatMap((i) => ('str' in i && i.str.trim() !== '' ? [i.transform[5] ?? 0] : []))
        .filter((y) => y > 45 && y < height - 45);
      // The page area ends 18 mm (51 pt) above the foot of the page.
      const lowest = Math.min(...ys);
      if (lowest > 51 + (height - 2 * 51) / 3) sparse.push(`page ${n}: last line ${Math.round(lowest)} pt above the foot`);
    }
    expect(sparse).toEqual([]);
  });

  it('tags every English text English in the structure tree: part heads, section heads, paragraphs, list items', async () => {
    const doc = await open(e);
    const wrong: string[] = [];
    const englishHeads: string[] = [];
    for (let n = 1; n <= doc.numPages; n += 1) {
      const { text, tree } = await taggedPage(doc, n);
      /** The text an element holds directly (its marked content), not its child elements'. */
      const own = (node: StructNode) => (node.children ?? []).map((c) => (c.type === 'content' ? (text.get(c.id ?? '') ?? '') : '')).join('');
      const all = (node: StructNode): string => (node.children ?? []).map((c) => (c.type === 'content' ? (text.get(c.id ?? '') ?? '') : all(c))).join('');
      const walk = (node: StructNode, inherited: string) => {
        const lang = node.lang ?? inherited;
        const words = own(node);
        const latin = words.match(/[A-Za-z]/g)?.length ?? 0;
        const cjk = words.match(/[\u3400-\u9fff]/g)?.length ?? 0;
        // A block of English of 12 letters and more (a Chinese note's English title or address is inline, and its own).
        if (latin >= 12 && cjk === 0 && /^(P|H\d?|LI|LBody|Lbl|TD|TH|Caption|BlockQuote)$/.test(node.role ?? '')) {
          if (!lang.startsWith('en')) wrong.push(`page ${n}, ${node.role} (${lang}): ${words.slice(0, 60)}`);
        }
        if (/^H\d?$/.test(node.role ?? '') && lang.startsWith('en')) englishHeads.push(flat(all(node)));
        for (const child of node.children ?? []) walk(child, lang);
      };
      walk(tree, 'zh-Hans');
    }
    expect(wrong).toEqual([]);
    // The six parts' English titles are headings of their own, tagged English.
    const titles = html(e)
      .querySelectorAll('.part-head h1[lang="en"]')
      .map((h) => flat(h.text));
    expect(titles).toHaveLength(6);
    for (const title of titles) expect(englishHeads).toContain(title);
  });
});
