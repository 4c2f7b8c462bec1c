/**
 * The Chinese content must equal the source text, artefacts removed: every paragraph, footnote,
 * heading, lead sentence, the quotation, the factor box and the 18 groups. A transcription slip fails here.
 */
import { describe, expect, it } from 'vitest';
import { sourceParagraphs } from '../../src/lib/source/parse-source.ts';
import { comparable, readReport, readSource, readCollection } from '../helpers/content.ts';
import { factorSchema } from '../../src/schemas/factors.ts';
import { footnoteSchema } from '../../src/schemas/footnotes.ts';
import { groupSchema } from '../../src/schemas/groups.ts';

const doc = readSource();
const sourceParas = sourceParagraphs(doc);
const report = readReport('zh');
const contentParas = new Map(report.flatMap((p) => p.outline.paragraphs.map((para) => [para.n, para.text] as const)));

const notes = readCollection('content/footnotes/zh.yaml', footnoteSchema);
const groups = readCollection('content/groups/groups.yaml', groupSchema).sort((a, b) => a.order - b.order);
const factors = readCollection('content/factors/factors.yaml', factorSchema).sort((a, b) => a.order - b.order);

describe('zh paragraphs equal the source', () => {
  it.each([...sourceParas.keys()])('paragraph %i', (n) => {
    expect(contentParas.has(n)).toBe(true);
    expect(comparable(contentParas.get(n) ?? '')).toBe(comparable(sourceParas.get(n) ?? ''));
  });
});

describe('zh footnotes equal the source', () => {
  it.each([...doc.footnotes.keys()])('footnote %i', (n) => {
    const note = notes.find((x) => x.n === n);
    expect(note).toBeDefined();
    let text = note?.text ?? '';
    if (note?.listsGroups) text += `${groups.map((g) => g.name.zh).join('；')}。`;
    expect(comparable(text)).toBe(comparable(doc.footnotes.get(n) ?? ''));
  });
});

describe('headings, lead sentences and the quotation equal the source', () => {
  const sections = report.flatMap((p) => p.outline.sections);
  const sourceHeads = doc.blocks.filter((b) => b.kind === 'heading' || b.kind === 'lead').map((b) => comparable(b.text));
  it('has one section per source heading or lead, with the same words', () => {
    const contentHeads = sections.map((s) => comparable(`${s.label}${s.title}${s.lead}`));
    expect(contentHeads.sort()).toEqual([...sourceHeads].sort());
  });
  it('has the opening quotation with footnote 1', () => {
    const epigraph = report.flatMap((p) => p.outline.blocks).find((b) => b.kind === 'epigraph');
    const source = doc.blocks.find((b) => b.kind === 'epigraph');
    expect(comparable(epigraph?.text ?? '')).toBe(comparable(source?.text ?? 'missing'));
    expect(epigraph?.footnotes).toEqual([1]);
  });
});

describe('the five-factor box equals the source', () => {
  const box = comparable(doc.blocks.find((b) => b.kind === 'box')?.text ?? '');
  const background = report.find((p) => p.part === 'background');
  it.each(factors.map((f) => [f.name.zh, f] as const))('factor %s: name, description and prompt', (_, f) => {
    expect(box).toContain(comparable(`${f.name.zh}:${f.description.zh}不妨考虑:${f.consider.zh}`));
  });
  it('keeps the factors in the order of the box', () => {
    const positions = factors.map((f) => box.indexOf(comparable(f.name.zh)));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
  it('has the title, question, centre text and source line', () => {
    const attrs = /<FactorBox title="([^"]+)" question="([^"]+)" centre="([^"]+)">\s*([\s\S]*?)<\/FactorBox>/.exec(background?.source ?? '');
    expect(attrs).not.toBeNull();
    const [, title, question, centre, sourceLine] = attrs ?? [];
    expect(box.startsWith(comparable(`${title}${question}${centre}`))).toBe(true);
    expect(box.endsWith(comparable(sourceLine ?? 'missing'))).toBe(true);
  });
});

describe('the PDF link lines became real links', () => {
  const everything = [...report.map((p) => p.source), ...notes.map((n) => n.text), ...factors.map((f) => f.consider.zh)].join('\n');
  it.each([...new Set(doc.urls)])('%s is linked in the content', (url) => {
    expect(everything).toContain(`](${url})`);
  });
});

describe('the text has no artefacts', () => {
  it.each(report.map((p) => [p.file, p] as const))('%s: no spaces between Chinese characters, no stray digits, no URLs', (_, p) => {
    for (const para of p.outline.paragraphs) {
      expect(para.text).not.toMatch(/\p{Script=Han}\s+\p{Script=Han}/u);
      expect(para.text).not.toMatch(/[。，]\d{1,2}\s/);
      expect(para.text).not.toMatch(/https?:/);
    }
  });
});
