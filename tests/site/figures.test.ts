/** Every figure has its caption, summary, table and CSV; the CSV equals the table; SVG is accessible. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages } from '../helpers/dist.ts';
import { figureInputs } from '../../src/build/search-index.ts';
import type { Locale } from '../../src/lib/locales.ts';

const pages = new Map(builtPages().map((p) => [p.url, p]));

describe.each(['zh', 'en'])('/%s/figures/', (lang) => {
  const page = pages.get(`/${lang}/figures/`);
  const blocks = page?.root.querySelectorAll('.figure-block') ?? [];
  it('has the figures', () => {
    expect(blocks.map((b) => b.id)).toEqual([
      'figure-structure',
      'figure-factors',
      'figure-matrix',
      'figure-mentions',
      'figure-timeline',
      'figure-partners',
      'figure-flow',
    ]);
  });
  it.each(['structure', 'factors', 'matrix', 'mentions', 'timeline', 'partners', 'flow'])(
    '%s: SVG image with title and description, caption, summary, table, CSV, sources',
    (id) => {
      const block = page?.root.querySelector(`#figure-${id}`);
      const svg = block?.querySelector('svg');
      expect(svg?.getAttribute('role')).toBe('img');
      const [titleId, descId] = (svg?.getAttribute('aria-labelledby') ?? '').split(' ');
      expect(block?.querySelector(`#${titleId}`)?.text.trim()).not.toBe('');
      expect(block?.querySelector(`#${descId}`)?.text.trim()).not.toBe('');
      expect(block?.querySelector('figcaption')?.text.trim()).not.toBe('');
      expect(block?.querySelector('figure + p')?.text.trim().length).toBeGreaterThan(20);
      const table = block?.querySelector('table');
      const head = table?.querySelectorAll('thead th').map((c) => c.text.trim()) ?? [];
      const body = table?.querySelectorAll('tbody tr').map((r) => r.querySelectorAll('th, td').map((c) => c.text.trim())) ?? [];
      expect(body.length).toBeGreaterThan(0);
      const href = block?.querySelector('a[download]')?.getAttribute('href') ?? '';
      const csv = readFileSync(join(DIST, href), 'utf8').replace(/^\uFEFF/, '');
      expect(csvParseRows(csv.trim())).toEqual([head, ...body]);
      expect(block?.querySelectorAll('.figure-meta a[href*="#p"]').length).toBeGreaterThan(0);
    },
  );
  it('shows the words the search index holds for each figure (both counted from the content)', () => {
    const shown = blocks.map((block) => ({
      id: block.id.replace(/^figure-/, ''),
      title: block.querySelector('h2, h3')?.text.trim() ?? '',
      caption: block.querySelector('figcaption')?.text.trim() ?? '',
      summary: block.querySelector('figure + p')?.text.trim() ?? '',
    }));
    expect(shown).toEqual(figureInputs(lang as Locale));
  });
});

describe('figures elsewhere', () => {
  it.each(['zh', 'en'])('the %s home shows a figure (which one, the home page chooses) and the timeline page draws the timeline', (lang) => {
    expect(pages.get(`/${lang}/`)?.root.querySelector('.figure-block svg[role="img"]')).not.toBeNull();
    expect(pages.get(`/${lang}/timeline/`)?.root.querySelector('#figure-timeline svg[role="img"]')).not.toBeNull();
  });
});

describe.each(['zh', 'en'])('/%s/framework/', (lang) => {
  const page = pages.get(`/${lang}/framework/`);
  it('lists the five factors with description and prompt, and the 18 groups', () => {
    const factors = page?.root.querySelectorAll('.framework-factors > li') ?? [];
    expect(factors).toHaveLength(5);
    for (const f of factors) expect(f.querySelectorAll('p').length).toBeGreaterThanOrEqual(2);
    expect(page?.root.querySelectorAll('.framework-groups > li')).toHaveLength(18);
  });
  it('marks every link in the matrix as stated or editorial, in words, with its reason below', () => {
    const cells = page?.root.querySelectorAll('.matrix td a') ?? [];
    expect(cells.length).toBeGreaterThan(10);
    for (const cell of cells) {
      expect(cell.querySelector('.visually-hidden')?.text.trim()).not.toBe('');
      const target = page?.root.querySelector(cell.getAttribute('href') ?? '#none');
      expect(target?.querySelector('.basis')?.text).toMatch(lang === 'zh' ? /评价明确提出|编辑解读/ : /stated by the evaluation|editorial reading/);
    }
  });
});

describe('figures where they belong', () => {
  it.each(['zh', 'en'])('%s: the framework page draws the factors and the matrix; findings draws ¶12', (lang) => {
    const framework = pages.get(`/${lang}/framework/`);
    expect(framework?.root.querySelector('#figure-factors svg')).not.toBeNull();
    expect(framework?.root.querySelector('#figure-matrix svg')).not.toBeNull();
    const findings = pages.get(`/${lang}/report/findings/`);
    expect(findings?.root.querySelector('#figure-partners svg')?.toString()).toContain('80%');
  });
});

describe('the figures say the same in both languages, in good English', () => {
  const csv = (lang: string, id: string) =>
    csvParseRows(
      readFileSync(join(DIST, lang, 'figures', `${id}.csv`), 'utf8')
        .replace(/^\uFEFF/, '')
        .trim(),
    );
  it('the theme heat map shows the same counts in Chinese and English (paragraphs judged from the Chinese text)', () => {
    const numbers = (lang: string) =>
      csv(lang, 'mentions')
        .slice(1)
        .map((row) => row.slice(1).map(Number));
    const zh = numbers('zh');
    expect(zh.length).toBeGreaterThanOrEqual(12);
    expect(numbers('en')).toEqual(zh);
    // The figure says what it counts, in its caption and its table's heading.
    for (const lang of ['zh', 'en']) {
      const block = pages.get(`/${lang}/figures/`)?.root.querySelector('#figure-mentions');
      expect(block?.querySelector('figcaption')?.text).toMatch(lang === 'zh' ? /段落数.*中文原文/ : /Paragraphs in each part.*Chinese text/);
      expect(block?.querySelector('thead th')?.text).toMatch(lang === 'zh' ? /段落数/ : /paragraphs/);
    }
  });
  it('writes no English count in the wrong number ("1 entries", "2 entry")', () => {
    const nouns = 'entr(?:y|ies)|paragraphs?|links?|dates?|recommendations?|conclusions?|lessons?|readings?|times?';
    const wrong = new RegExp(
      `(?<![\\d.,])(?:1 (?:toolkit )?(?:entries|paragraphs|links|dates|recommendations|conclusions|lessons|readings|times)|(?:[02-9]|\\d\\d+) (?:toolkit )?(?:entry|paragraph|link|date|recommendation|conclusion|lesson|reading|time))\\b(?! ?\\d)`,
      'g',
    );
    const texts = [
      ...['figures', 'framework', 'timeline', 'report/findings'].map(
        (p) =>
          pages
            .get(`/en/${p}/`)
            ?.root.querySelectorAll('.figure-block')
            .map((b) => b.text)
            .join(' ') ?? '',
      ),
      ...['structure', 'factors', 'matrix', 'mentions', 'timeline', 'partners', 'flow'].map((id) => csv('en', id).flat().join(' | ')),
    ];
    // "paragraph 12", "Recommendation 3": a name with its number, not a count.
    expect(texts.join(' | ')).toMatch(new RegExp(`\\d (?:toolkit )?(?:${nouns})`));
    expect(texts.join(' | ').match(wrong) ?? []).toEqual([]);
    expect(csv('en', 'flow').flat()).toContain('editorial, through 1 entry that names both');
  });
});
