/**
 * The facts the printed editions' title page states (content/document/document.yaml) and the running heads of
 * the whole-evaluation editions (components/report-print.ts).
 */
import { describe, expect, it } from 'vitest';
import { readCollection } from '../helpers/content.ts';
import { documentFactSchema } from '../../src/schemas/document.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { reportMarginsCss } from '../../src/components/report-print.ts';
import { EDITIONS } from '../../src/lib/evaluation.ts';

const facts = new Map(readCollection('content/document/document.yaml', documentFactSchema).map((f) => [f.id, f]));

describe('content/document: the facts of the title page', () => {
  // The source's README: "the summary went to the UNDP Executive Board, first regular session 2023", after UNDP's statement.
  it('names the session the source README names, with its source', () => {
    expect(facts.get('session')?.value).toEqual({ zh: '开发署执行局 2023 年第一届常会', en: 'UNDP Executive Board, first regular session 2023' });
    expect(facts.get('session')?.source.url).toBe('https://www.undp.org/speeches/undps-support-leaving-no-one-behind');
  });
  it('gives the title the running heads and the citations use (print.evaluation), so the two cannot drift', () => {
    for (const lang of ['zh', 'en'] as const) expect(facts.get('title')?.value[lang]).toBe(useTranslations(lang)('print.evaluation'));
    expect(facts.get('title')?.value.en).toMatch(/^Formative Evaluation of the Integration by UNDP of the Principles of Leaving No One Behind: summary$/);
  });
});

describe('the citations name the document as the title page does', () => {
  it('the English title and the session are the same words in content/document and in the citations (src/lib/evaluation.ts)', () => {
    expect(EDITIONS.en.title).toBe(facts.get('title')?.value.en);
    expect(EDITIONS.en.session).toBe(facts.get('session')?.value.en);
    expect(EDITIONS.zh.session).toBe(facts.get('session')?.value.zh);
  });
});

describe('the editions’ margins', () => {
  const titles = { zh: facts.get('title')!.value.zh, en: facts.get('title')!.value.en };
  it('the bilingual edition says its title and "page n of N" in both languages', () => {
    const css = reportMarginsCss(['zh', 'en'], titles, undefined, '/', '/zh/report/bilingual/print/');
    expect(css).toContain(`"${titles.zh}" "\\A" "${titles.en}"`);
    expect(css).toContain(`"第 " counter(page) " 页，共 " counter(pages) " 页" " · " "Page " counter(page) " of " counter(pages)`);
    expect(css).not.toContain('@top-right');
  });
  it('one language says it in that language, and the address only with SITE', () => {
    const css = reportMarginsCss(['en'], titles, new URL('https://example.org'), '/lnob/', '/en/report/print/');
    expect(css).toContain(`@top-left { content: "${titles.en}";`);
    expect(css).not.toContain(titles.zh);
    expect(css).toContain('@top-right { content: "https://example.org/lnob/en/report/print/";');
  });
});
