/**
 * The PDFs as a publisher would send them (issue 24), read from dist/pdf with independent tools: poppler's
 * `pdffonts` for the fonts, pdf-lib for the embedded font files, and PDF.js (Mozilla's reader) for the
 * structure tree, the marked content and the XMP metadata.
 * - No Type 3 font anywhere, no embedded font file of a megabyte, and a Chinese PDF at most twice its
 *   English twin (same kind of document, same context).
 * - The bilingual edition's English paragraphs are tagged English in the structure tree, the Chinese ones Chinese.
 * - Running heads and "page n of N" are artifacts, and no text is left outside the structure tree.
 * - Every PDF carries XMP metadata: title, language, author, publisher; Creator and Producer name the hub and
 *   its tools, not the browser's user-agent.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from '@cantoo/pdf-lib';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist.ts';

const folders = ['zh', 'en', 'zh-en'];
const pdfs = folders.flatMap((folder) =>
  readdirSync(join(DIST, 'pdf', folder))
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((f) => `${folder}/${f}`),
);
const file = (name: string) => join(DIST, 'pdf', name);
const twins = pdfs.filter((p) => p.startsWith('zh/')).map((p) => [p, p.replace(/^zh\//, 'en/')] as const);

const opened = new Map<string, Promise<PDFDocumentProxy>>();
/** Each PDF is read once by PDF.js, whichever test asks first. */
function reader(name: string): Promise<PDFDocumentProxy> {
  if (!opened.has(name)) opened.set(name, getDocument({ data: new Uint8Array(readFileSync(file(name))), verbosity: 0 }).promise);
  return opened.get(name)!;
}

interface MarkedText {
  str: string;
  /** The innermost marked-content sequence: an MCID's id (`p3R_mc5`), 'Artifact', or undefined when unmarked. */
  mark: string | undefined;
  /** Baseline, in points from the foot of the page. */
  y: number;
}

/** The text of a page with the marked-content sequence each piece is drawn in. */
async function markedText(doc: PDFDocumentProxy, n: number): Promise<{ items: MarkedText[]; height: number }> {
  const page = await doc.getPage(n);
  const content = await page.getTextContent({ includeMarkedContent: true });
  const stack: string[] = [];
  const items: MarkedText[] = [];
  for (const item of content.items) {
    if ('type' in item) {
      if (item.type === 'endMarkedContent') stack.pop();
      // PDF.js types leave out the tag it reports (`Artifact`, or the structure type of an MCID sequence).
      else stack.push(item.type === 'beginMarkedContentProps' && item.id ? item.id : ((item as { tag?: string }).tag ?? ''));
      continue;
    }
    if (item.str.trim() !== '') items.push({ str: item.str, mark: stack.at(-1), y: item.transform[5] ?? 0 });
  }
  return { items, height: page.view[3] ?? 842 };
}

const flat = (s: string) => s.replace(/\s+/g, '');
const CJK = /[\u3400-\u9fff]/g;
const LATIN = /[A-Za-z]/g;

describe('PDF fonts and weight', () => {
  it('there are PDFs of every kind in both languages and the bilingual edition', () => {
    expect(pdfs).toContain('zh-en/evaluation.pdf');
    expect(twins.length).toBeGreaterThanOrEqual(10);
  });

  it.each(pdfs)('%s: no Type 3 font, every font embedded', (name) => {
    const lines = execFileSync('pdffonts', [file(name)], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line, `${name}: ${line}`).not.toMatch(/Type 3/);
      // Columns: name, type, encoding, emb, sub, uni, object id; "emb" is the fifth from the end.
      expect(line.trim().split(/\s+/).at(-5), line).toBe('yes');
    }
  });

  it.each(pdfs)('%s: every embedded font file is a subset under 400 KB', async (name) => {
    const doc = await PDFDocument.load(readFileSync(file(name)), { updateMetadata: false });
    const sizes: [string, number][] = [];
    for (const [, object] of doc.context.enumerateIndirectObjects()) {
      if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
      for (const key of ['FontFile', 'FontFile2', 'FontFile3']) {
        const ref = object.get(PDFName.of(key));
        const stream = ref instanceof PDFRef ? doc.context.lookup(ref) : undefined;
        if (stream instanceof PDFRawStream) sizes.push([String(object.get(PDFName.of('FontName'))), stream.contents.length]);
      }
    }
    expect(sizes.length).toBeGreaterThan(0);
    for (const [font, bytes] of sizes) expect(bytes, `${name}: ${font}`).toBeLessThan(400 * 1024);
  });

  // Two CJK faces (regular and bold) cost a two-page brief or a kit a fixed sum whatever its length; with
  // their outlines lightened (src/build/pdf-fonts.ts) a brief or kit is at most twice its twin too (it was 2.2–2.5 times).
  it.each(twins)('%s weighs at most twice %s', (zh, en) => {
    expect(statSync(file(zh)).size).toBeLessThanOrEqual(2 * statSync(file(en)).size);
  });

  it('the bilingual edition weighs no more than its Chinese and English editions together', () => {
    expect(statSync(file('zh-en/evaluation.pdf')).size).toBeLessThanOrEqual(
      statSync(file('zh/evaluation.pdf')).size + statSync(file('en/evaluation.pdf')).size,
    );
  });
});

describe('PDF tagging', () => {
  it('the bilingual edition tags every English paragraph English and every Chinese one Chinese', async () => {
    const doc = await reader('zh-en/evaluation.pdf');
    const wrong: string[] = [];
    let english = 0;
    let chinese = 0;
    for (let n = 1; n <= doc.numPages; n += 1) {
      const { items } = await markedText(doc, n);
      const text = new Map<string, string>();
      for (const item of items) if (item.mark) text.set(item.mark, (text.get(item.mark) ?? '') + item.str);
      type Node = { role?: string; lang?: string; type?: string; id?: string; children?: Node[] };
      const own = (node: Node): string =>
        (node.children ?? []).map((c) => (c.type === 'content' ? (text.get(c.id ?? '') ?? '') : c.role === 'P' ? '' : own(c))).join('');
      const walk = (node: Node, inherited: string) => {
        const lang = node.lang ?? inherited;
        if (node.role === 'P') {
          const words = own(node);
          const cjk = words.match(CJK)?.length ?? 0;
          const latin = words.match(LATIN)?.length ?? 0;
          if (latin >= 20 && cjk === 0) {
            english += 1;
            if (!lang.startsWith('en')) wrong.push(`page ${n}, ${lang}: ${words.slice(0, 60)}`);
          } else if (cjk >= 10 && latin < cjk) {
            chinese += 1;
            if (!lang.startsWith('zh')) wrong.push(`page ${n}, ${lang}: ${words.slice(0, 30)}`);
          }
        }
        for (const child of node.children ?? []) walk(child, lang);
      };
      walk((await (await doc.getPage(n)).getStructTree()) as Node, (await doc.getMetadata()).info['Language' as never] ?? '');
    }
    expect(wrong).toEqual([]);
    // Paragraphs 1–57 in both languages, besides the cover and the section leads.
    expect(english).toBeGreaterThanOrEqual(57);
    expect(chinese).toBeGreaterThanOrEqual(57);
  });

  it.each(pdfs)('%s: no text outside the structure tree; running heads and "page n of N" are artifacts', async (name) => {
    const doc = await reader(name);
    const pageN = (n: number) => (name.startsWith('en/') ? `Page${n}of${doc.numPages}` : `第${n}页，共${doc.numPages}页`);
    for (let n = 1; n <= doc.numPages; n += 1) {
      const { items, height } = await markedText(doc, n);
      expect(
        items.filter((i) => i.mark === undefined).map((i) => i.str),
        `${name}, page ${n}: untagged text`,
      ).toEqual([]);
      // The page-margin boxes: above and below the page area (margins of 15 mm and more; 40 pt is 14 mm).
      const margins = items.filter((i) => i.y < 40 || i.y > height - 40);
      expect(
        margins.filter((i) => i.mark !== 'Artifact').map((i) => i.str),
        `${name}, page ${n}: tagged margin text`,
      ).toEqual([]);
      expect(flat(margins.map((i) => i.str).join('')), `${name}, page ${n}`).toContain(pageN(n));
    }
  });
});

describe('PDF metadata', () => {
  /** The rdf:li values of an XMP property. */
  const values = (xmp: string, property: string) =>
    parse(xmp)
      .querySelectorAll(`${property} rdf\\:li`)
      .map((li) => li.text.trim());

  it.each(pdfs)('%s: XMP with title, language, author and publisher; Creator and Producer name the hub and its tools', async (name) => {
    const doc = await reader(name);
    const { info, metadata } = (await doc.getMetadata()) as { info: Record<string, string>; metadata: { getRaw(): string } | null };
    expect(metadata, `${name} has no XMP metadata stream`).not.toBeNull();
    const xmp = metadata!.getRaw();
    const evaluation = name.endsWith('evaluation.pdf');
    expect(values(xmp, 'dc\\:title')).toEqual([info['Title']]);
    expect(info['Title']).not.toBe('');
    expect(values(xmp, 'dc\\:language')).toEqual({ zh: ['zh-Hans'], en: ['en'], 'zh-en': ['zh-Hans', 'en'] }[name.split('/')[0]!]);
    const authors = values(xmp, 'dc\\:creator');
    expect(authors).toEqual([info['Author']]);
    if (evaluation) expect(authors.join()).toMatch(name.startsWith('en/') ? /^Independent Evaluation Office of UNDP$/ : /联合国开发计划署独立评价办公室/);
    else expect(authors).toEqual(['LNOB evaluation hub']);
    expect(values(xmp, 'dc\\:publisher').join()).toMatch(/^LNOB evaluation hub/);
    for (const field of ['Creator', 'Producer']) expect(info[field], field).not.toMatch(/Mozilla|HeadlessChrome|^$/);
    expect(info['Creator']).toMatch(/^LNOB evaluation hub \d+\.\d+\.\d+$/);
    expect(parse(xmp).querySelector('xmp\\:creatortool')?.text).toBe(info['Creator']);
    expect(parse(xmp).querySelector('pdf\\:producer')?.text).toBe(info['Producer']);
  });
});
