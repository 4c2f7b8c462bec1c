/**
 * The workshop kits and briefs on paper (issue 24): each kit holds its worksheet on an A4 landscape page
 * (the five factors as column heads, one row per target group, rows at least 10 mm, no head broken inside a
 * word), its exercises name that page, a preparation list opens it, and no page of a kit or brief holds only
 * a footer or a line or two. Read back from the printed PDFs with poppler (pdfinfo, pdftotext).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist.ts';
import { readCollection } from '../helpers/content.ts';
import { contextSchema } from '../../src/schemas/contexts.ts';
import { factorSchema } from '../../src/schemas/factors.ts';
import { groupSchema } from '../../src/schemas/groups.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { liveLocales } from '../../src/lib/locales.ts';

const contexts = readCollection('content/contexts/contexts.yaml', contextSchema);
const factors = readCollection('content/factors/factors.yaml', factorSchema);
const groups = readCollection('content/groups/groups.yaml', groupSchema);
const kits = liveLocales.flatMap((lang) => contexts.map((c) => [lang, c.id] as const));
const pdf = (lang: string, name: string) => join(DIST, 'pdf', lang, `${name}.pdf`);
const flat = (s: string) => s.replace(/\s+/g, '');
const MM = 72 / 25.4;

/** Each page's size in points, from `pdfinfo -f 1 -l 999`. */
export function pageSizes(file: string): { width: number; height: number }[] {
  const out = execFileSync('pdfinfo', ['-f', '1', '-l', '999', file], { encoding: 'utf8' });
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}
const pageText = (file: string, n: number, layout = true) =>
  execFileSync('pdftotext', ['-f', String(n), '-l', String(n), ...(layout ? ['-layout'] : []), file, '-'], { encoding: 'utf8' });

/** The words of a page with their boxes (pdftotext -bbox), in reading order. */
function pageWords(file: string, n: number): { text: string; y: number }[] {
  const html = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-bbox', file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
    y: Number(m[1]),
    text: m[2]!.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>'),
  }));
}

/** The body lines of a page: its non-empty lines without "page n of N" (the footer), which every page has. */
export function bodyLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^(Page \d+ of \d+|第 \d+ 页，共 \d+ 页)$/.test(l));
}

/** The first landscape page (from 1) of a PDF, or 0. */
const landscape = (file: string) => pageSizes(file).findIndex((p) => p.width > p.height) + 1;

describe.each(kits)('the %s workshop kit for %s', (lang, id) => {
  const file = pdf(lang, `${id}-workshop`);
  const t = useTranslations(lang);
  it('holds its worksheet on an A4 landscape page with the five factors as column heads and a row per group', () => {
    const sheet = landscape(file);
    expect(sheet, 'a landscape page').toBeGreaterThan(0);
    const { width, height } = pageSizes(file)[sheet - 1]!;
    expect([Math.round(width / MM), Math.round(height / MM)]).toEqual([297, 210]);
    const sheets = pageSizes(file)
      .map((p, i) => (p.width > p.height ? flat(pageText(file, i + 1, false)) : ''))
      .join('');
    // A head runs over lines, which pdftotext reads in column order: its words, each whole, are on the page.
    const words = pageWords(file, sheet).flatMap((w) => w.text.split('-'));
    for (const f of factors) for (const word of lang === 'zh' ? [f.name.zh] : f.name.en.split(/[\s-]+/)) expect(words, f.name[lang]).toContain(word);
    for (const g of groups) expect(sheets, g.name[lang]).toContain(flat(g.name[lang]));
    for (const head of [t('tool.worksheet.evidence'), t('worksheet.weightRow'), t('worksheet.thresholdRow').replace(/[:：]\s*_+$/, '')])
      expect(sheets).toContain(flat(head));
  });
  it('names the worksheet’s page in its exercises and its preparation list', () => {
    const sheet = landscape(file);
    const all = flat(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
    const where = flat(t('workshop.worksheetPage', { n: sheet }));
    expect(all.split(flat(`${t('workshop.worksheetRef')}${lang === 'zh' ? '：' : ':'}${t('workshop.worksheetPage', { n: sheet })}`)).length - 1).toBe(2);
    expect(all).toContain(where);
    expect(all).not.toContain(flat(t('workshop.worksheetHere')));
  });
  it('opens with the preparation list, labelled as this site’s advice', () => {
    const first = flat(pageText(file, 1, false));
    expect(first).toContain(flat(t('workshop.preparationTitle')));
    expect(first).toContain(flat(t('workshop.preparationNotice')));
  });
  it('gives each group a row at least 10 mm high', () => {
    const pitches: number[] = [];
    pageSizes(file).forEach((p, i) => {
      if (p.width <= p.height) return;
      const words = pageWords(file, i + 1);
      // Where each group's name starts on this page: the word at which its letters begin.
      const joined = words.map((w) => w.text).join('');
      const starts: number[] = [];
      let offset = 0;
      const wordAt = words.map((w) => ((offset += w.text.length), offset - w.text.length));
      for (const g of groups) {
        const at = joined.indexOf(flat(g.name[lang]));
        if (at >= 0) starts.push(words[wordAt.findLastIndex((o) => o <= at)]!.y);
      }
      starts.sort((a, b) => a - b);
      for (let k = 1; k < starts.length; k += 1) pitches.push(starts[k]! - starts[k - 1]!);
    });
    expect(pitches.length).toBeGreaterThanOrEqual(groups.length - 2);
    expect(Math.min(...pitches) / MM).toBeGreaterThanOrEqual(9.9);
  });
  it('breaks no column head inside a word', () => {
    const words = pageWords(file, landscape(file)).map((w) => w.text);
    const heads = [
      t('tool.worksheet.group'),
      t('tool.worksheet.intersects'),
      t('tool.worksheet.total'),
      t('tool.worksheet.evidence'),
      ...factors.map((f) => f.name[lang]),
    ];
    // Chinese heads have no spaces: pdftotext gives their characters as one word or several; only Latin words can break.
    if (lang === 'zh') return expect(flat(words.join(''))).toContain(flat(heads.join('')).slice(0, 2));
    for (const piece of heads.flatMap((h) => h.split(/[\s-]+/)))
      expect(
        words.some((w) => w.split('-').includes(piece)),
        piece,
      ).toBe(true);
  });
});

describe.each(liveLocales.flatMap((lang) => contexts.flatMap((c) => [[lang, `${c.id}-workshop`] as const, [lang, `${c.id}-brief`] as const])))(
  'the %s PDF %s',
  (lang, name) => {
    it('has no page holding only a footer or a line or two of body text', () => {
      const file = pdf(lang, name);
      const short = pageSizes(file)
        .map((_, i) => ({ page: i + 1, lines: bodyLines(pageText(file, i + 1)) }))
        .filter((p) => p.lines.length < 4);
      expect(short).toEqual([]);
    });
  },
);
