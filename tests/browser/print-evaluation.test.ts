/**
 * The printed evaluation is the evaluation (issue 24): a report part printed by a reader (Ctrl+P) and the print
 * editions keep the site's own additions out of the text, boxes and figures never break across pages, and no
 * web-only link is printed. Checked on the print rules in the browser and on the printed PDF (pdftotext).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileHarness } from './harness.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import type { Locale } from '../../src/lib/locales.ts';

const h = fileHarness();
const flat = (s: string) => s.replace(/\s+/g, '');

/** Prints a page as a reader's browser does (print media, A4) and returns its text, page by page. */
async function printedText(path: string): Promise<string[]> {
  const page = await h.open(path);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  await page.close();
  const dir = mkdtempSync(join(tmpdir(), 'lnob-print-'));
  try {
    writeFileSync(join(dir, 'page.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', join(dir, 'page.pdf'), '-'], { encoding: 'utf8' })
      .split('\f')
      .slice(0, -1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const parts: [Locale, string][] = [
  ['en', 'findings'],
  ['en', 'conclusions'],
  ['zh', 'recommendations'],
  ['en', 'background'],
];

describe('a printed report part is the evaluation’s text', () => {
  it.each(parts)('/%s/report/%s/ in print: cross-references and web-only links are hidden, boxes and figures unbroken', async (lang, part) => {
    const page = await h.open(`/${lang}/report/${part}/`);
    await page.emulateMedia({ media: 'print' });
    const state = await page.evaluate(() => ({
      xref: [...document.querySelectorAll('.xref, .part-figures')].map((e) => getComputedStyle(e).display),
      webOnly: [...document.querySelectorAll('.web-only')].map((e) => getComputedStyle(e).display),
      boxes: [...document.querySelectorAll('.factor-box, figure, table')].map((e) => getComputedStyle(e).breakInside),
      paragraphs: document.querySelectorAll('.para').length,
    }));
    await page.close();
    // Conclusions and recommendations carry toolkit cross-references, the findings the site's figures.
    if (part !== 'background') expect(state.xref.length).toBeGreaterThan(0);
    expect(state.xref.filter((d) => d !== 'none')).toEqual([]);
    if (lang === 'en') expect(state.webOnly.length).toBeGreaterThan(0);
    expect(state.webOnly.filter((d) => d !== 'none')).toEqual([]);
    expect(state.boxes.filter((b) => b !== 'avoid')).toEqual([]);
    expect(state.paragraphs).toBeGreaterThan(0);
  });

  it.each(parts)('/%s/report/%s/ printed: its text holds no cross-reference and no "read in Chinese"', async (lang, part) => {
    const t = useTranslations(lang);
    const text = flat((await printedText(`/${lang}/report/${part}/`)).join(''));
    expect(text.length).toBeGreaterThan(1000);
    for (const words of [
      t('xref.follows'),
      t('xref.answers'),
      t('xref.answeredBy'),
      t('xref.answersConclusions'),
      t('xref.siteMapping'),
      t('translation.chinese'),
      t('parallel.link'),
      t('figures.inPart'),
    ]) {
      expect(text, words).not.toContain(flat(words).replace(/[：:]$/, ''));
    }
    // The statement that English is this site's translation stays.
    if (lang === 'en') expect(text).toContain(flat(t('translation.note')));
  });

  it('/en/report/background/ printed: the five-factor box is on one page', async () => {
    const pages = await printedText('/en/report/background/');
    const on = (s: string) => pages.flatMap((text, i) => (flat(text).includes(flat(s)) ? [i + 1] : []));
    const first = on('UNDP’s five-factor framework for leaving no one behind');
    expect(first).toHaveLength(1);
    expect(on('2018, p. 3.')).toEqual(first);
  });
});

describe('the print editions', () => {
  it.each(['/en/report/print/', '/zh/report/print/', '/zh/report/bilingual/print/'])(
    '%s in print: no web-only link or cross-reference shows, the box is unbroken',
    async (path) => {
      const page = await h.open(path);
      await page.emulateMedia({ media: 'print' });
      const state = await page.evaluate(() => ({
        shown: [...document.querySelectorAll('.xref, .web-only, .translation-note a, .parallel-link')].filter((e) => getComputedStyle(e).display !== 'none')
          .length,
        boxes: [...document.querySelectorAll('.factor-box')].map((e) => getComputedStyle(e).breakInside),
        title: getComputedStyle(document.querySelector('.edition-title')!).breakAfter,
        contents: getComputedStyle(document.querySelector('.edition-contents')!).breakAfter,
      }));
      await page.close();
      expect(state.shown).toBe(0);
      expect(state.boxes.length).toBeGreaterThan(0);
      expect(state.boxes.filter((b) => b !== 'avoid')).toEqual([]);
      expect([state.title, state.contents]).toEqual(['page', 'page']);
    },
  );
});
