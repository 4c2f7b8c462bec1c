/**
 * The toolkit covers every (component, context) pair in both languages, zh and en entries pair up,
 * all three Examine–Empower–Enact stages are used, and every citation is a listed source.
 */
import { describe, expect, it } from 'vitest';
import { checkToolkitEntry, citedParagraphs, uncoveredPairs } from '../../src/lib/toolkit/check.ts';
import { components, stages } from '../../src/lib/vocabulary.ts';
import { readToolkit as entries, readCollection, readToolkitShape } from '../helpers/content.ts';
import { compareEntries } from '../../src/lib/toolkit/order.ts';
import { contextSchema } from '../../src/schemas/contexts.ts';

const contexts = readCollection('content/contexts/contexts.yaml', contextSchema).map((c) => c.id);
const shape = readToolkitShape();
const headings = (lang: 'zh' | 'en') => shape.sections.map((s) => s[lang]);

describe('contexts', () => {
  it('include the three of ¶41', () => {
    expect(contexts).toEqual(expect.arrayContaining(['umic', 'lmic-lic', 'ldc-fragile']));
  });
});

describe.each(['zh', 'en'] as const)('%s toolkit', (lang) => {
  const list = entries(lang);
  it('covers every (component, context) pair', () => {
    expect(
      uncoveredPairs(
        list.map((e) => e.front),
        components,
        contexts,
      ),
    ).toEqual([]);
  });
  it('uses all three stages', () => {
    expect(new Set(list.map((e) => e.front.stage))).toEqual(new Set(stages));
  });
  it.each(list.map((e) => [e.id, e] as const))('%s: cites only its sources, has the four sections in order', (_, entry) => {
    expect(checkToolkitEntry(entry.path, entry.body, entry.front.sources)).toEqual([]);
    const found = [...entry.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]?.trim());
    expect(found).toEqual(headings(lang));
    const findings = entry.body.split(/^## /m)[1] ?? '';
    for (const item of findings.split('\n').filter((l) => /^[-*] /.test(l))) expect(citedParagraphs(item).length, item).toBeGreaterThan(0);
  });
});

describe('zh and en entries pair up', () => {
  const zh = new Map(entries('zh').map((e) => [e.id, e]));
  const en = new Map(entries('en').map((e) => [e.id, e]));
  it('the same entries in both languages', () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
  });
  it.each([...zh.keys()])('%s: the same facts and citations', (id) => {
    const a = zh.get(id)?.front;
    const b = en.get(id)?.front;
    for (const key of ['component', 'stage', 'contexts', 'factors', 'groups', 'recommendations', 'conclusions', 'sources'] as const)
      expect(b?.[key], key).toEqual(a?.[key]);
    expect(citedParagraphs(en.get(id)?.body ?? '').sort()).toEqual(citedParagraphs(zh.get(id)?.body ?? '').sort());
  });
});

describe('checkToolkitEntry', () => {
  it.each([
    ['见 <Cite p={58} />', [58], 'the evaluation has paragraphs 1–57'],
    ['见 <Cite p={12} />', [13, 12], 'sources lists 13, but the text never cites it'],
    ['见 <Cite p={12} />', [11], '<Cite p={12} /> is not listed in sources'],
  ] as const)('%s with sources %j: "%s"', (body, sources, message) => {
    expect(checkToolkitEntry('x.mdx', body, sources).join('\n')).toContain(message);
  });
});

describe('the one order of the entries', () => {
  it('lists every entry once, so a new entry is placed on purpose, the same in both languages', () => {
    for (const lang of ['zh', 'en'])
      expect([...shape.order].sort()).toEqual(
        entries(lang)
          .map((e) => e.id)
          .sort(),
      );
    const ordered = (lang: string) => entries(lang).map((e) => e.id);
    expect(ordered('zh')).toEqual(ordered('en'));
    // Grouped by component, and within a component as toolkit.yaml lists them.
    const components = ordered('en').map((slug) => entries('en').find((e) => e.id === slug)?.front.component ?? '');
    expect(components).toEqual([...components].sort());
    for (const component of new Set(components)) {
      const within = ordered('en').filter((_, i) => components[i] === component);
      expect(within).toEqual(shape.order.filter((slug) => within.includes(slug)));
    }
  });
  it('puts an entry the list does not name after the listed ones of its component, by file name', () => {
    const sort = compareEntries(['b', 'a']);
    const list = [
      { component: 'y', slug: 'a' },
      { component: 'x', slug: 'z' },
      { component: 'x', slug: 'c' },
      { component: 'x', slug: 'a' },
      { component: 'x', slug: 'b' },
    ];
    expect([...list].sort(sort).map((e) => `${e.component}/${e.slug}`)).toEqual(['x/b', 'x/a', 'x/c', 'x/z', 'y/a']);
  });
  it('the four sections are the ones the workshop kit quotes, with a heading in each language', () => {
    expect(shape.sections.map((s) => s.id)).toEqual(['findings', 'steps', 'questions', 'pitfalls']);
  });
});
