/**
 * The prioritisation tool's texts (content/tool/tool.yaml): they pass the schema the site uses, the
 * worked example has the same placeholders in both languages, and every paragraph a text names is in
 * the list the page shows under the method ("the paragraphs this tool rests on").
 */
import { describe, expect, it } from 'vitest';
import { toolTextSchema } from '../../src/schemas/tool.ts';
import { readCollection, readReport } from '../helpers/content.ts';

type Both = { zh: string; en: string };
const [entry] = readCollection('content/tool/tool.yaml', toolTextSchema);
const texts = (value: unknown): Both[] =>
  value && typeof value === 'object' ? ('zh' in value && 'en' in value ? [value as Both] : Object.values(value).flatMap(texts)) : [];
const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the tool’s texts', () => {
  it('name the example file’s intersection in the words of the paragraph they cite, in each language', () => {
    const spec = entry?.exampleFile.intersection;
    for (const lang of ['zh', 'en'] as const) {
      const paragraph = readReport(lang)
        .flatMap((p) => p.outline.paragraphs)
        .find((p) => p.n === spec?.paragraph);
      expect(paragraph?.text.replace(/\s+/g, ' ').toLowerCase()).toContain(spec?.name[lang].toLowerCase());
    }
  });
  it('pass the schema', () => {
    const { id: _id, ...data } = entry ?? { id: '' };
    expect(toolTextSchema.safeParse(data).error?.issues ?? []).toEqual([]);
  });
  it('fill the same numbers into the worked example in both languages', () => {
    expect(holes(entry?.example.zh ?? '')).toEqual(['high', 'levels', 'total', 'weighted']);
    expect(holes(entry?.example.en ?? '')).toEqual(holes(entry?.example.zh ?? ''));
  });
  it('list every paragraph they name among the paragraphs the tool rests on', () => {
    const all = texts(entry);
    expect(all.length).toBeGreaterThan(10);
    const named = new Set(all.flatMap((t) => [...t.en.matchAll(/¶(\d+)/g)].map((m) => Number(m[1]))));
    const namedZh = new Set(all.flatMap((t) => [...t.zh.matchAll(/第 ([\d、 ]+) 段/g)].flatMap((m) => (m[1] ?? '').split('、').map(Number))));
    expect([...namedZh].sort((a, b) => a - b)).toEqual([...named].sort((a, b) => a - b));
    for (const n of named) expect(entry?.paragraphs, `¶${n}`).toContain(n);
  });
  it('the schema refuses an unknown field, naming it', () => {
    const { id: _id, ...data } = entry ?? { id: '' };
    const issue = toolTextSchema.safeParse({ ...data, intoduction: { zh: '甲', en: 'a' } }).error?.issues[0];
    expect(issue?.message).toContain('intoduction');
  });
});
