/**
 * The figures' words (content/figures/figures.yaml): every entry passes the schema the site uses,
 * and each text has the same placeholders in both languages and every plural form, so no reader
 * sees a raw "{count}" or a number missing from one edition.
 */
import { describe, expect, it } from 'vitest';
import { figureSchema } from '../../src/schemas/figures.ts';
import { readCollection } from '../helpers/content.ts';

type Text = string | { readonly [form: string]: string | undefined };

const entries = readCollection('content/figures/figures.yaml', figureSchema);
const forms = (t: Text) => (typeof t === 'string' ? [t] : Object.values(t).filter((f) => f !== undefined));
const holes = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('the figures’ words', () => {
  it('name the seven figures the site draws', () => {
    expect(entries.map((e) => e.id).sort()).toEqual(['factors', 'flow', 'matrix', 'mentions', 'partners', 'structure', 'timeline']);
  });
  it.each(entries.map((e) => [e.id, e] as const))('%s passes the schema', (_, entry) => {
    const { id: _id, ...data } = entry;
    expect(figureSchema.safeParse(data).error?.issues ?? []).toEqual([]);
  });
  it.each(entries.map((e) => [e.id, e] as const))('%s: the same placeholders in both languages', (id, entry) => {
    for (const field of ['caption', 'summary'] as const) {
      const expected = holes(forms(entry[field].zh)[0] ?? '');
      for (const form of [...forms(entry[field].zh), ...forms(entry[field].en)]) expect(holes(form), `${id}.${field}: ${form}`).toEqual(expected);
    }
  });
  it('the figures whose sentences are not counted from data name the paragraphs they rest on', () => {
    const fixed = readCollection('content/figures/figures.yaml', figureSchema).filter((e) => ['structure', 'factors', 'partners'].includes(e.id));
    expect(fixed.map((e) => e.id).sort()).toEqual(['factors', 'partners', 'structure']);
    for (const e of fixed) expect(e.paragraphs?.length ?? 0, e.id).toBeGreaterThan(0);
  });
  it('the schema refuses plural forms without their "other" form, naming the field', () => {
    const [first] = entries;
    const broken = { ...first, summary: { zh: '{n} 段', en: { one: '{n} paragraph' } } };
    const issue = figureSchema.safeParse(broken).error?.issues[0];
    expect(issue?.path).toEqual(['summary', 'en']);
  });
});
