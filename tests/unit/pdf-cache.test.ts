/** An unchanged PDF is not printed again; any change to what it showed, or to the printer, prints it again. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdfCache } from '../../src/build/pdf-cache.ts';

let work: string;
let dist: string;
let folder: string;
const KEY = 'https://lnob.invalid/ /en/contexts/umic/print/ /pdf/en/umic.pdf';
const out = () => join(dist, 'pdf', 'en', 'umic.pdf');

/** A built site with a print page and its style sheet, and "the PDF" printed from them. */
function build(css = 'p{color:black}') {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(join(dist, 'en', 'contexts', 'umic', 'print'), { recursive: true });
  mkdirSync(join(dist, '_astro'), { recursive: true });
  writeFileSync(join(dist, 'en', 'contexts', 'umic', 'print', 'index.html'), '<link rel="stylesheet" href="/_astro/print.css"><p>Guidance');
  writeFileSync(join(dist, '_astro', 'print.css'), css);
}
const loaded = ['en/contexts/umic/print/index.html', '_astro/print.css'];
function print(cache: ReturnType<typeof pdfCache>, text: string) {
  mkdirSync(join(out(), '..'), { recursive: true });
  writeFileSync(out(), text);
  cache.keep(KEY, out(), dist, loaded);
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'lnob-pdf-cache-'));
  dist = join(work, 'dist');
  folder = join(work, 'cache');
  build();
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('the PDF cache', () => {
  it('restores the kept PDF when the print page, what it loaded and the printer are unchanged', () => {
    print(pdfCache('printer-1', { folder }), '%PDF first');
    build();
    expect(pdfCache('printer-1', { folder }).restore(KEY, out(), dist)).toBe(true);
    expect(readFileSync(out(), 'utf8')).toBe('%PDF first');
  });
  it('prints again when a file the print loaded changed (a style sheet)', () => {
    print(pdfCache('printer-1', { folder }), '%PDF first');
    build('p{color:red}');
    expect(pdfCache('printer-1', { folder }).restore(KEY, out(), dist)).toBe(false);
  });
  it('prints again when a file the print loaded is gone', () => {
    print(pdfCache('printer-1', { folder }), '%PDF first');
    rmSync(join(dist, '_astro', 'print.css'));
    expect(pdfCache('printer-1', { folder }).restore(KEY, out(), dist)).toBe(false);
  });
  it('prints again when the printer changed (Chromium, fonts or the PDF scripts)', () => {
    print(pdfCache('printer-1', { folder }), '%PDF first');
    expect(pdfCache('printer-2', { folder }).restore(KEY, out(), dist)).toBe(false);
  });
  it('keeps each PDF under its own key (another address, another page)', () => {
    print(pdfCache('printer-1', { folder }), '%PDF first');
    expect(pdfCache('printer-1', { folder }).restore(KEY.replace('lnob.invalid', 'example.org'), out(), dist)).toBe(false);
  });
  it('does nothing when turned off, and has nothing to restore in a new folder (a clean clone)', () => {
    print(pdfCache('printer-1', { folder, enabled: false }), '%PDF first');
    expect(pdfCache('printer-1', { folder }).restore(KEY, out(), dist)).toBe(false);
    print(pdfCache('printer-1', { folder }), '%PDF first');
    expect(pdfCache('printer-1', { folder, enabled: false }).restore(KEY, out(), dist)).toBe(false);
  });
});
