/**
 * The citations of the evaluation and its paragraphs: the text "Cite" shows and copies (GB/T 7714 in
 * Chinese, with [R/OL] and 引用日期 for an online text), the access date copying fills in, and the
 * same citation as RIS, BibTeX and CSL-JSON read back by citation-js, an independent parser.
 */
import { describe, expect, it } from 'vitest';
import { citationPieces, citationText, paragraphCitation } from '../../src/lib/citation.ts';
import { accessDate } from '../../src/lib/access-date.ts';
import { CITATION_FORMATS, citationDownloadName, citationFile, citationFilePath, citationRecord } from '../../src/lib/citation-files.ts';
import { importCitation } from '../helpers/citation-parse.ts';

const TITLE = 'Formative Evaluation of the Integration by UNDP of the Principles of Leaving No One Behind';
const AUTHOR = { zh: '联合国开发计划署独立评价办公室', en: 'Independent Evaluation Office of UNDP' };
const URL_ZH = 'https://example.org/lnob/zh/p/12/';
const URL_EN = 'https://example.org/lnob/en/p/12/';
// Noon UTC: the same calendar day in every time zone from UTC−11 to UTC+11, so the test's own zone does not matter.
const DAY = new Date('2026-03-05T12:00:00Z');

describe('paragraphCitation', () => {
  it('ends with the access-date placeholder and the public address when there is one, online in Chinese (GB/T 7714)', () => {
    expect(paragraphCitation('zh', 12, URL_ZH)).toBe(`${AUTHOR.zh}. ${TITLE}: 摘要中文本[R/OL]. 开发署执行局 2023 年第一届常会: 第 12 段[引用日期]. ${URL_ZH}`);
    expect(paragraphCitation('en', 12, URL_EN)).toBe(
      `${AUTHOR.en}, ${TITLE}: summary, UNDP Executive Board, first regular session 2023, para. 12. Unofficial English translation of the Chinese edition by the LNOB evaluation hub. Accessed [date]. ${URL_EN}`,
    );
  });
  it('carries no address and no access date without an address', () => {
    expect(paragraphCitation('zh', 3, undefined)).toBe(`${AUTHOR.zh}. ${TITLE}: 摘要中文本[R]. 开发署执行局 2023 年第一届常会: 第 3 段.`);
    expect(paragraphCitation('en', 3, undefined)).not.toMatch(/https?:|Accessed|\[date\]/);
    expect(paragraphCitation('en', 3, undefined)).toMatch(/para\. 3\. Unofficial English translation of the Chinese edition by the LNOB evaluation hub\.$/);
  });
  it('cites the whole summary without a paragraph', () => {
    expect(citationText({ lang: 'zh', url: 'https://example.org/zh/report/' })).toBe(
      `${AUTHOR.zh}. ${TITLE}: 摘要中文本[R/OL]. 开发署执行局 2023 年第一届常会[引用日期]. https://example.org/zh/report/`,
    );
    expect(citationText({ lang: 'en' })).not.toMatch(/para\./);
  });
});

describe('the access date', () => {
  it('is written as each style asks: [YYYY-MM-DD] in Chinese, "5 March 2026" in English', () => {
    expect(accessDate('zh', DAY)).toBe('[2026-03-05]');
    expect(accessDate('en', DAY)).toBe('5 March 2026');
  });
  it('is the day on the reader’s calendar', () => {
    const evening = new Date('2026-03-05T20:00:00Z');
    expect(accessDate('zh', evening, 'Asia/Shanghai')).toBe('[2026-03-06]');
    expect(accessDate('en', evening, 'America/New_York')).toBe('5 March 2026');
  });
  it('takes the placeholder’s place in a citation with an address, and only there', () => {
    expect(citationText({ lang: 'zh', n: 12, url: URL_ZH }, DAY)).toBe(
      `${AUTHOR.zh}. ${TITLE}: 摘要中文本[R/OL]. 开发署执行局 2023 年第一届常会: 第 12 段[2026-03-05]. ${URL_ZH}`,
    );
    expect(citationText({ lang: 'en', n: 12, url: URL_EN }, DAY)).toMatch(/ Accessed 5 March 2026\. https:\/\/example\.org\/lnob\/en\/p\/12\/$/);
    expect(citationPieces({ lang: 'zh', n: 12 }).some((p) => p.accessDate)).toBe(false);
  });
});

describe.each(CITATION_FORMATS)('the citation as %s, read back by citation-js', (format) => {
  it('names the document, its author, the year and the paragraph, in Chinese', () => {
    const item = importCitation(citationFile(format, citationRecord({ lang: 'zh', n: 12, url: URL_ZH })), format);
    expect(item.type).toBe('report');
    expect(item.title).toBe(`${TITLE}: 摘要中文本`);
    expect(item.authors).toEqual([AUTHOR.zh]);
    expect(item.year).toBe(2023);
    expect(item.note).toBe('开发署执行局 2023 年第一届常会: 第 12 段');
    expect(item.url).toBe(URL_ZH);
  });
  it('says in English that the text is this site’s translation', () => {
    const item = importCitation(citationFile(format, citationRecord({ lang: 'en', n: 7, url: undefined })), format);
    expect(item.title).toBe(`${TITLE}: summary`);
    expect(item.authors).toEqual([AUTHOR.en]);
    expect(item.note).toBe(
      'UNDP Executive Board, first regular session 2023, para. 7. Unofficial English translation of the Chinese edition by the LNOB evaluation hub.',
    );
    expect(item.url).toBeUndefined();
  });
  it('cites the whole summary without a paragraph', () => {
    const item = importCitation(citationFile(format, citationRecord({ lang: 'zh', url: undefined })), format);
    expect(item.note).toBe('开发署执行局 2023 年第一届常会');
  });
});

describe('citation files', () => {
  it('escape TeX’s special characters in BibTeX', () => {
    const record = { ...citationRecord({ lang: 'en', n: 1 }), note: '50% & more_{x}' };
    const bib = citationFile('bib', record);
    expect(bib).toContain('note = {50\\% \\& more\\_\\{x\\}}');
    expect(importCitation(bib, 'bib').note).toBe('50% & more_{x}');
  });
  it('live at one address per language, paragraph and format, and download under a clear name', () => {
    expect(citationFilePath('zh', undefined, 'ris')).toBe('/zh/cite/evaluation.ris');
    expect(citationFilePath('en', 12, 'json')).toBe('/en/cite/p12.json');
    expect(citationDownloadName('en', 12, 'json')).toBe('lnob-evaluation-en-p12.csl.json');
    expect(citationDownloadName('zh', undefined, 'bib')).toBe('lnob-evaluation-zh.bib');
  });
});
