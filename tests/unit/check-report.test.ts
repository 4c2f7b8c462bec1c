/** Bad report content must be refused with a message naming the file, the line and the field. */
import { describe, expect, it } from 'vitest';
import { checkReport, type FootnoteFile, type ReportFile } from '../../src/lib/report/check-report.ts';

const front = (lang = 'zh', part = 'background') => `---\npart: ${part}\nlang: ${lang}\norder: 1\nlabel: "一."\ntitle: 背景\n---\n`;
const para = (n: number | string, text = '文本。') => `<Para n={${n}}>\n${text}\n</Para>\n`;
/** A complete language: paragraphs 1–57 over two files, footnote 1 marked in paragraph 1. */
function complete(): ReportFile[] {
  const first = [para(1, '文本。<Fn n={1} />'), ...Array.from({ length: 29 }, (_, i) => para(i + 2))].join('\n');
  const second = Array.from({ length: 27 }, (_, i) => para(i + 31)).join('\n');
  return [
    { path: 'content/report/zh/a.mdx', folder: 'zh', source: front() + first },
    { path: 'content/report/zh/b.mdx', folder: 'zh', source: front('zh', 'about') + second },
  ];
}
const notes: FootnoteFile[] = [{ path: 'content/footnotes/zh.yaml', lang: 'zh', numbers: [1] }];

function withSecond(source: string): ReportFile[] {
  const files = complete();
  files[1] = { ...files[1]!, source: files[1]!.source + source };
  return files;
}

describe('checkReport', () => {
  it('accepts complete content', () => {
    expect(checkReport(complete(), notes)).toEqual([]);
  });

  it.each([
    {
      name: 'a paragraph number outside 1–57',
      files: () => withSecond(para(58)),
      expected: /b\.mdx:\d+: <Para n> is 58, but the evaluation has paragraphs 1–57/,
    },
    {
      name: 'a duplicate paragraph number',
      files: () => withSecond(para(12)),
      expected: /b\.mdx:\d+: <Para n> 12 is a duplicate paragraph number \(first at content\/report\/zh\/a\.mdx:\d+\)/,
    },
    { name: 'a paragraph number that is not a number', files: () => withSecond(para('"x"')), expected: /b\.mdx:\d+: <Para n> needs a whole paragraph number/ },
    {
      name: 'a missing paragraph',
      files: () => complete().map((f) => ({ ...f, source: f.source.replace(para(40), '') })),
      expected: /content\/report\/zh: paragraphs missing: 40/,
    },
    {
      name: 'a footnote marker without a footnote',
      files: () => withSecond(para(20, '文本<Fn n={2} />。').replace('<Para n={20}>', '<Para n={20}>')),
      expected: /<Fn n=\{2\}> has no footnote 2 in content\/footnotes\/zh\.yaml/,
    },
    { name: 'text outside a paragraph', files: () => withSecond('孤立的文字\n'), expected: /b\.mdx:\d+: body has text outside a <Para>/ },
    { name: 'an unknown component', files: () => withSecond('<Para2 n={3} />\n'), expected: /b\.mdx:\d+: <Para2> is not a report component/ },
    {
      name: 'a file in the wrong language folder',
      files: () => complete().map((f, i) => (i === 0 ? { ...f, source: f.source.replace('lang: zh', 'lang: en') } : f)),
      expected: /a\.mdx: lang is "en", but the file is in the "zh" folder/,
    },
  ])('refuses $name, naming file and field', ({ files, expected }) => {
    const problems = checkReport(files(), notes);
    expect(problems.join('\n')).toMatch(expected);
  });

  it('refuses a footnote that no marker points to', () => {
    const problems = checkReport(complete(), [{ ...notes[0]!, numbers: [1, 2] }]);
    expect(problems).toContain('content/footnotes/zh.yaml: footnote 2 has no <Fn n={2}> marker in content/report/zh');
  });

  it('refuses a footnote marked twice', () => {
    const problems = checkReport(withSecond(para(58).replace('58', '57').replace('文本。', '又<Fn n={1} />')), notes);
    expect(problems.join('\n')).toMatch(/<Fn n> 1 is marked twice/);
  });
});
