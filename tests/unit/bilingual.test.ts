/**
 * The English edition pairs with the Chinese one: every paragraph, footnote and heading has its
 * counterpart in the same part; every number of the Chinese text is in the English; and the official
 * terms are used both ways (a zh paragraph with the term's Chinese form has an English form in its
 * translation, and the reverse).
 */
import { describe, expect, it } from 'vitest';
import { missingNumbers } from '../../src/lib/numbers.ts';
import { readReport, readCollection } from '../helpers/content.ts';
import { footnoteSchema } from '../../src/schemas/footnotes.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';

const zh = readReport('zh');
const en = readReport('en');
const byNumber = (parts: typeof zh) => new Map(parts.flatMap((p) => p.outline.paragraphs.map((x) => [x.n, { ...x, part: p.part }] as const)));
const zhParas = byNumber(zh);
const enParas = byNumber(en);

const zhNotes = readCollection('content/footnotes/zh.yaml', footnoteSchema);
const enNotes = readCollection('content/footnotes/en.yaml', footnoteSchema);
const terms = readCollection('content/glossary/terms.yaml', glossarySchema).filter((t) => t.official);

describe('zh and en pair up', () => {
  it('the same parts, with the same paragraphs, sections and footnote markers in each', () => {
    expect(en.map((p) => p.part).sort()).toEqual(zh.map((p) => p.part).sort());
    for (const part of zh) {
      const other = en.find((p) => p.part === part.part);
      expect(other?.outline.problems).toEqual([]);
      expect(other?.outline.paragraphs.map((p) => p.n)).toEqual(part.outline.paragraphs.map((p) => p.n));
      expect(other?.outline.sections.map((s) => s.id)).toEqual(part.outline.sections.map((s) => s.id));
      expect(other?.outline.paragraphs.map((p) => p.footnotes)).toEqual(part.outline.paragraphs.map((p) => p.footnotes));
      expect(other?.outline.blocks.map((b) => [b.kind, b.footnotes])).toEqual(part.outline.blocks.map((b) => [b.kind, b.footnotes]));
    }
  });
  it('the same footnotes', () => {
    expect(enNotes.map((n) => n.n).sort((a, b) => a - b)).toEqual(zhNotes.map((n) => n.n).sort((a, b) => a - b));
  });
  it('keep sub-items (a), (b)… in the same paragraphs', () => {
    for (const [n, p] of zhParas) {
      const letters = (text: string) => [...text.matchAll(/^\(([a-e])\)/gm)].map((m) => m[1]);
      expect(letters(enParas.get(n)?.text ?? ''), `¶${n}`).toEqual(letters(p.text));
    }
  });
});

describe('every number of the Chinese text is in the English', () => {
  it.each([...zhParas.keys()])('paragraph %i', (n) => {
    expect(missingNumbers(zhParas.get(n)?.text.replace(/\[\^\d+\]/g, '') ?? '', enParas.get(n)?.text.replace(/\[\^\d+\]/g, '') ?? '')).toEqual([]);
  });
  it.each(zhNotes.map((note) => note.n))('footnote %i', (n) => {
    const zhText = zhNotes.find((x) => x.n === n)?.text.replace(/\]\([^)]*\)/g, ']') ?? '';
    const enText = enNotes.find((x) => x.n === n)?.text.replace(/\]\([^)]*\)/g, ']') ?? '';
    expect(missingNumbers(zhText, enText)).toEqual([]);
  });
});

describe('official terms are used both ways', () => {
  it('the project has the official terms table', () => {
    expect(terms.length).toBeGreaterThanOrEqual(20);
  });
  const has = (text: string, forms: string[], fold: boolean) => forms.some((f) => (fold ? text.toLowerCase().includes(f.toLowerCase()) : text.includes(f)));
  it.each(terms.map((t) => [t.id, t] as const))('%s', (_, term) => {
    const problems: string[] = [];
    for (const [n, zhPara] of zhParas) {
      const enText = enParas.get(n)?.text ?? '';
      const inZh = has(zhPara.text, term.forms.zh, false);
      const inEn = has(enText, term.forms.en, true);
      if (inZh && !inEn) problems.push(`¶${n}: zh uses ${term.forms.zh.join('/')} but en has none of ${term.forms.en.join(' / ')}`);
      if (inEn && !inZh) problems.push(`¶${n}: en uses ${term.forms.en.join('/')} but zh has none of ${term.forms.zh.join(' / ')}`);
    }
    expect(problems).toEqual([]);
  });
});
