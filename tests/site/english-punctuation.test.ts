/**
 * The English pages and PDFs carry no Chinese (full-width) punctuation (issue 27: “Consider：” came from a
 * component, not from the content, so the built pages are checked too). Text marked lang="zh-Hans" (the
 * language switch, the Chinese term beside an English one) is Chinese and left out.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, listFiles } from '../helpers/dist.ts';
import { fullWidthMarks } from '../helpers/punctuation.ts';

const english = builtPages().filter((p) => p.url.startsWith('/en/'));

describe('English output has no full-width punctuation', () => {
  it('on every English page, outside text marked as Chinese', () => {
    expect(english.length).toBeGreaterThan(70);
    const found: string[] = [];
    for (const page of english) {
      const body = page.root.querySelector('body');
      if (!body) continue;
      for (const el of body.querySelectorAll('[lang]')) if (el.getAttribute('lang')?.startsWith('zh')) el.remove();
      for (const el of body.querySelectorAll('script, style')) el.remove();
      found.push(...fullWidthMarks(body.textContent).map((s) => `${page.url}: ${s}`));
    }
    expect(found).toEqual([]);
  });
  it('in every English PDF (pdftotext), on lines without Chinese characters', () => {
    const pdfs = listFiles(join(DIST, 'pdf', 'en'), '.pdf');
    expect(pdfs.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const file of pdfs) {
      const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
      for (const line of text.split('\n').filter((l) => !/\p{Script=Han}/u.test(l))) found.push(...fullWidthMarks(line).map((s) => `${file}: ${s}`));
    }
    expect(found).toEqual([]);
  });
});
