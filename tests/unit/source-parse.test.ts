import { describe, expect, it } from 'vitest';
import { sourceParagraphs } from '../../src/lib/source/parse-source.ts';
import { readSource } from '../helpers/content.ts';

const doc = readSource();
const paragraphs = sourceParagraphs(doc);

describe('parsing the source text', () => {
  it('finds the 57 paragraphs, in order, and the 10 footnotes', () => {
    expect([...paragraphs.keys()]).toEqual(Array.from({ length: 57 }, (_, i) => i + 1));
    expect([...doc.footnotes.keys()]).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
  });

  it('finds the six parts, three finding themes, five conclusions, six recommendations and six lessons', () => {
    const kinds = (k: string) => doc.blocks.filter((b) => b.kind === k).map((b) => b.text);
    expect(kinds('part')).toHaveLength(6);
    const headings = kinds('heading');
    expect(headings.filter((h) => h.startsWith('结论'))).toHaveLength(5);
    expect(headings).toHaveLength(8);
    expect(kinds('lead').filter((l) => l.startsWith('建议'))).toHaveLength(6);
    expect(kinds('lead').filter((l) => l.startsWith('经验教训'))).toHaveLength(6);
    expect(kinds('epigraph')).toHaveLength(1);
    expect(kinds('box')).toHaveLength(1);
  });

  it('puts each footnote marker where the source README says: ¶1, 3, 5, 6 (three), 7, 10 (two), and the quotation', () => {
    const where = new Map<number, string>();
    for (const b of doc.blocks) {
      for (const m of b.text.matchAll(/\[\^(\d+)\]/g)) where.set(Number(m[1]), b.kind === 'para' ? `p${b.n}` : b.kind);
    }
    expect(Object.fromEntries(where)).toEqual({
      1: 'epigraph',
      2: 'p1',
      3: 'p3',
      4: 'p5',
      5: 'p6',
      6: 'p6',
      7: 'p6',
      8: 'p7',
      9: 'p10',
      10: 'p10',
    });
  });

  it('leaves no artefacts: no URL lines, rules, line breaks inside sentences or spaces between Chinese characters', () => {
    for (const b of doc.blocks) {
      expect(b.text).not.toMatch(/https?:\/\//);
      expect(b.text).not.toMatch(/_{3,}/);
      expect(b.text).not.toMatch(/\p{Script=Han}[ \t]+\p{Script=Han}/u);
      for (const line of b.text.split('\n').slice(1)) expect(line).toMatch(/^\([a-e]\) /);
    }
  });

  it('joins sentences broken by page breaks and footnote blocks', () => {
    expect(paragraphs.get(9)).toContain('发展环境的多样性以及相关问题和举措的多样性');
    expect(paragraphs.get(13)).toContain('削弱了问责制，限制了相关的协调和激励');
    expect(paragraphs.get(23)).toContain('落实交叉视角');
  });

  it('collects the PDF link lines', () => {
    expect(doc.urls).toContain('https://undocs.org/ch/A/RES/70/1');
    expect(doc.urls).toContain('https://news.un.org/story/2010/03/333382');
    expect(new Set(doc.urls).size).toBe(10);
  });
});
