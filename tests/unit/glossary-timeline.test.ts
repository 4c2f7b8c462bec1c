/**
 * Glossary terms and timeline milestones rest on the text: a term's paragraph uses the term in both
 * languages, and a milestone's year stands in the paragraph or footnote it cites.
 */
import { describe, expect, it } from 'vitest';
import { readReport, readCollection } from '../helpers/content.ts';
import { footnoteSchema } from '../../src/schemas/footnotes.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { timelineSchema } from '../../src/schemas/timeline.ts';

const paragraphs = (lang: string) => new Map(readReport(lang).flatMap((p) => p.outline.paragraphs.map((x) => [x.n, x.text] as const)));
const zh = paragraphs('zh');
const en = paragraphs('en');
const notes = new Map(readCollection('content/footnotes/zh.yaml', footnoteSchema).map((n) => [n.n, n.text]));
const terms = readCollection('content/glossary/terms.yaml', glossarySchema);
const milestones = readCollection('content/timeline/timeline.yaml', timelineSchema);

describe('glossary', () => {
  it('has the official terms and others', () => {
    expect(terms.filter((t) => t.official).length).toBeGreaterThanOrEqual(20);
    expect(terms.filter((t) => !t.official).length).toBeGreaterThanOrEqual(5);
    expect(new Set(terms.map((t) => t.id)).size).toBe(terms.length);
  });
  it.each(terms.map((t) => [t.id, t] as const))('%s is used in its paragraph, in both languages', (_, term) => {
    expect(
      term.forms.zh.some((f) => zh.get(term.paragraph)?.includes(f)),
      `zh ¶${term.paragraph}`,
    ).toBe(true);
    expect(
      term.forms.en.some((f) => en.get(term.paragraph)?.toLowerCase().includes(f.toLowerCase())),
      `en ¶${term.paragraph}`,
    ).toBe(true);
  });
});

describe('timeline', () => {
  it('names the milestones the evaluation names', () => {
    const years = milestones.map((m) => m.date.slice(0, 4));
    for (const year of ['1945', '1998', '2015', '2017', '2018', '2022']) expect(years).toContain(year);
  });
  it.each(milestones.map((m) => [m.id, m] as const))('%s: its year stands in its source', (_, m) => {
    const text = 'paragraph' in m.source ? zh.get(m.source.paragraph) : notes.get(m.source.footnote);
    expect(text, 'the source exists').toBeDefined();
    expect(text).toContain(m.date.slice(0, 4));
  });
});
