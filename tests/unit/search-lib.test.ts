import { describe, expect, it } from 'vitest';
import { otherEditionFor, pagefindFilters, queryScript, readSearchState, searchQueryString, toSimplified } from '../../src/lib/search/query.ts';
import { RECORD_TYPES, reportRecords, searchableText } from '../../src/lib/search/records.ts';
import { parts } from '../../src/lib/vocabulary.ts';
import { allRecords, figureInputs } from '../../src/build/search-index.ts';
import { readFileSync } from 'node:fs';
import { figureSchema } from '../../src/schemas/figures.ts';
import { readToolkit, readCollection } from '../helpers/content.ts';
import { contextSchema } from '../../src/schemas/contexts.ts';
import { contentCharacters, T2S_FILE, traditionalToSimplified } from '../../scripts/t2s-map.ts';

const t2s = JSON.parse(readFileSync(T2S_FILE, 'utf8')) as Record<string, string>;

describe('traditional characters', () => {
  it.each([
    ['歧視', '歧视'],
    ['問責', '问责'],
    ['開發署', '开发署'],
    ['交叉性', '交叉性'],
    ['LNOB 數據', 'LNOB 数据'],
  ])('%s is searched as %s', (traditional, simplified) => {
    expect(toSimplified(traditional, t2s)).toBe(simplified);
  });
  it('the committed map is up to date with the Chinese content', () => {
    expect(t2s).toEqual(traditionalToSimplified(contentCharacters()));
  });
});

describe('query script and the other edition', () => {
  it.each([
    ['交叉', 'han'],
    ['gender', 'latin'],
    ['2030', 'other'],
  ] as const)('%s is %s', (q, script) => expect(queryScript(q)).toBe(script));
  it('points a Chinese query on an English page to 中文, and a Latin query on a Chinese page to English', () => {
    expect(otherEditionFor('歧视', 'en')).toBe('zh');
    expect(otherEditionFor('gender', 'zh')).toBe('en');
    expect(otherEditionFor('gender', 'en')).toBeUndefined();
    expect(otherEditionFor('2030', 'zh')).toBeUndefined();
  });
});

describe('search state in the address', () => {
  it('round-trips query and filters', () => {
    const state = { q: '交叉 性', filters: { type: ['report'], part: ['findings', 'conclusions'] } };
    const text = searchQueryString(state);
    expect(text.startsWith('?q=')).toBe(true);
    expect(readSearchState(new URLSearchParams(text))).toEqual(state);
  });
  it('ignores unknown parameters and empty values', () => {
    expect(readSearchState(new URLSearchParams('?q=+x+&foo=1&part='))).toEqual({ q: 'x', filters: {} });
  });
  it('gives Pagefind "any of" filters', () => {
    expect(pagefindFilters({ part: ['a', 'b'], type: [] })).toEqual({ part: { any: ['a', 'b'] } });
  });
});

describe('index records', () => {
  const records = allRecords('/');
  it('has one record per paragraph per language, landing on #p{n}', () => {
    for (const lang of ['zh', 'en']) {
      const paras = records.filter((r) => r.meta['kind'] === 'paragraph' && r.filters['edition']?.[0] === lang);
      expect(paras.map((r) => Number(r.meta['n'])).sort((a, b) => a - b)).toEqual(Array.from({ length: 57 }, (_, i) => i + 1));
      for (const r of paras) expect(r.url).toMatch(new RegExp(`^/${lang}/report/[a-z]+/#p${r.meta['n']}$`));
    }
  });
  it('uses the base path and drops footnote markers', () => {
    const [record] = reportRecords(
      'zh',
      '/lnob/',
      [
        {
          part: 'about',
          label: '二.',
          title: '关于本次评价',
          outline: { paragraphs: [{ n: 7, line: 1, text: '可行性。[^8]\n(a) 甲', footnotes: [8] }], sections: [], blocks: [], footnotes: [8], problems: [] },
        },
      ],
      { paragraph: (n) => `第 ${n} 段` },
    );
    expect(record?.url).toBe('/lnob/zh/report/about/#p7');
    expect(record?.content).toBe('可行性。(a) 甲');
    expect(searchableText('one.[^2]\n(a) two', 'en')).toBe('one. (a) two');
  });
  it('filters by ids, the same in both languages: the type of record, and the part of the report by its id', () => {
    for (const r of records) expect(RECORD_TYPES).toContain(r.filters['type']?.[0]);
    const report = records.filter((r) => r.filters['type']?.[0] === 'report');
    expect(new Set(report.map((r) => r.meta['kind']))).toEqual(new Set(['paragraph', 'section']));
    for (const r of report) expect(r.filters['part']).toEqual([r.url.split('/')[3]]);
    expect(new Set(report.map((r) => r.filters['part']?.[0]))).toEqual(new Set(parts));
    // The labels stay in the records' display metadata, in their language.
    const p22 = (lang: string) => records.find((r) => r.url === `/${lang}/report/conclusions/#p22`);
    expect(p22('zh')?.meta['part']).toMatch(/^四\. 结论$/);
    expect(p22('en')?.meta['part']).toMatch(/Conclusions$/);
    expect(p22('zh')?.filters).toMatchObject({ type: ['report'], part: ['conclusions'] });
    expect(p22('en')?.filters).toMatchObject({ type: ['report'], part: ['conclusions'] });
    const types = (lang: string) => new Set(records.filter((r) => r.filters['edition']?.[0] === lang).map((r) => r.filters['type']?.[0]));
    expect(types('zh')).toEqual(new Set(RECORD_TYPES));
    expect(types('en')).toEqual(types('zh'));
  });
  it('has one record per toolkit entry, filterable by component, stage, context and factor', () => {
    for (const lang of ['zh', 'en']) {
      const files = readToolkit(lang);
      const entries = records.filter((r) => r.meta['kind'] === 'toolkit' && r.filters['edition']?.[0] === lang);
      expect(entries.map((r) => r.url).sort()).toEqual(files.map((f) => `/${lang}/toolkit/${f.id}/`).sort());
      for (const f of files) {
        const r = entries.find((x) => x.url === `/${lang}/toolkit/${f.id}/`)!;
        expect(r.filters).toMatchObject({ component: [f.front.component], stage: [f.front.stage], context: f.front.contexts, factor: f.front.factors ?? [] });
        expect(r.content).toContain(f.front.summary);
        expect(r.content).not.toMatch(/<Cite|##/);
      }
    }
  });
  it('has a record per context page and one for the tool, in each language', () => {
    const contexts = readCollection('content/contexts/contexts.yaml', contextSchema);
    for (const lang of ['zh', 'en']) {
      const pages = records.filter((r) => r.meta['kind'] === 'context' && r.filters['edition']?.[0] === lang);
      expect(pages.map((r) => r.filters['context']?.[0]).sort()).toEqual(contexts.map((c) => c.id).sort());
      expect(records.filter((r) => r.meta['kind'] === 'tool' && r.url === `/${lang}/tools/prioritise/`)).toHaveLength(1);
    }
  });
  it('has a record per figure in each language, its words from content/figures/figures.yaml filled with the counts', () => {
    const words = readCollection('content/figures/figures.yaml', figureSchema).sort((a, b) => a.order - b.order);
    for (const lang of ['zh', 'en'] as const) {
      const figures = figureInputs(lang);
      expect(figures.map((f) => f.id)).toEqual(words.map((w) => w.id));
      for (const f of figures) {
        expect(f.title).toBe(words.find((w) => w.id === f.id)?.title[lang]);
        for (const text of [f.caption, f.summary]) expect(text).toMatch(/\S/);
        expect(`${f.caption} ${f.summary}`).not.toMatch(/[{}]/);
      }
      const found = records.filter((r) => r.meta['kind'] === 'figure' && r.filters['edition']?.[0] === lang);
      expect(found.map((r) => r.url)).toEqual(figures.map((f) => `/${lang}/figures/#figure-${f.id}`));
      for (const [i, r] of found.entries()) expect(r.content).toContain(figures[i]?.summary);
    }
  });
});
