/** The tool's browser store (with a fake storage) and its toolkit matching. */
import { describe, expect, it } from 'vitest';
import { AnalysisStore, STORAGE_KEY, type StorageLike } from '../../src/lib/prioritise/store.ts';
import { matchingEntries, targetIdsOf, type ToolkitRef } from '../../src/lib/prioritise/match.ts';
import { addGroup, customGroup, emptyAnalysis, groupFromTarget, setRating, type Analysis } from '../../src/lib/prioritise/model.ts';
import { scriptNeeds, TOOL_SCRIPT_STRINGS } from '../../src/lib/prioritise/strings.ts';
import { IMPORT_ERROR_CODES } from '../../src/lib/prioritise/errors.ts';

class MemoryStorage implements StorageLike {
  data = new Map<string, string>();
  failWrites = false;
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, value);
  }
}

describe('AnalysisStore', () => {
  it('starts with one empty analysis, saves each change, and reads it back', () => {
    const storage = new MemoryStorage();
    const store = new AnalysisStore(storage, 'First');
    expect(store.list()).toEqual([['a1', 'First']]);
    store.update(addGroup(store.current, groupFromTarget('women', 'Women')));
    const again = new AnalysisStore(storage, 'ignored');
    expect(again.current.groups.map((g) => g.id)).toEqual(['women']);
    expect(again.mode).toBe('saved');
  });

  it('keeps several named analyses, opens, and deletes the open one', () => {
    const store = new AnalysisStore(new MemoryStorage(), 'One');
    const two = store.add(emptyAnalysis('Two'));
    expect(store.openId).toBe(two);
    expect(store.list().map(([, name]) => name)).toEqual(['One', 'Two']);
    store.open('a1');
    expect(store.current.name).toBe('One');
    store.remove('Empty');
    expect(store.list().map(([, name]) => name)).toEqual(['Two']);
    store.remove('Empty');
    expect(store.list()).toEqual([['a1', 'Empty']]);
  });

  it('keeps working in memory when storage refuses a write, and says so', () => {
    const storage = new MemoryStorage();
    const store = new AnalysisStore(storage, 'One');
    store.update({ ...store.current, name: 'Saved' });
    storage.failWrites = true;
    store.update({ ...store.current, name: 'Only in memory' });
    expect(store.mode).toBe('memory');
    expect(store.current.name).toBe('Only in memory');
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}').analyses.a1.name).toBe('Saved');
  });

  it('works without storage at all (private browsing)', () => {
    const store = new AnalysisStore(undefined, 'One');
    expect(store.mode).toBe('memory');
    store.update({ ...store.current, name: 'Two' });
    expect(store.current.name).toBe('Two');
  });

  it('skips saved analyses that fail the schema and leaves storage as it was', () => {
    const storage = new MemoryStorage();
    const good = emptyAnalysis('Good');
    const text = JSON.stringify({ open: 'a2', analyses: { a1: { ...good, highThreshold: 9 }, a2: good } });
    storage.data.set(STORAGE_KEY, text);
    const store = new AnalysisStore(storage, 'x');
    expect(store.skipped).toEqual(['a1']);
    expect(store.list()).toEqual([['a2', 'Good']]);
    expect(storage.getItem(STORAGE_KEY)).toBe(text);
  });

  it('treats unreadable saved data as none', () => {
    const storage = new MemoryStorage();
    storage.data.set(STORAGE_KEY, '{not json');
    const store = new AnalysisStore(storage, 'Fresh');
    expect(store.list()).toEqual([['a1', 'Fresh']]);
    expect(store.skipped).toEqual([STORAGE_KEY]);
  });
});

describe('matchingEntries', () => {
  const entry = (slug: string, contexts: string[], factors: string[], groups: string[]): ToolkitRef => ({
    slug,
    title: slug,
    contexts,
    factors,
    groups,
    sources: [1],
  });
  const entries = [
    entry('both', ['ldc-fragile'], ['discrimination'], ['disabilities']),
    entry('factor-only', ['ldc-fragile', 'umic'], ['discrimination'], []),
    entry('other-context', ['umic'], ['discrimination'], ['disabilities']),
    entry('unrelated', ['ldc-fragile'], ['shocks'], ['refugees']),
  ];
  let a: Analysis = { ...emptyAnalysis('x'), context: 'ldc-fragile' };
  a = addGroup(a, groupFromTarget('disabilities', 'Persons with disabilities'));
  a = addGroup(a, groupFromTarget('below-poverty-line', 'Below the poverty line'));
  a = addGroup(a, { ...customGroup('Both', ['disabilities', 'below-poverty-line']), intersects: ['disabilities', 'below-poverty-line'] });
  a = setRating(a, a.groups[2]!.id, 'discrimination', { level: 3 });
  const both = a.groups[2]!;

  it('finds the target groups a group stands for, through its intersections', () => {
    expect(targetIdsOf(both, a)).toEqual(['disabilities', 'below-poverty-line']);
  });
  it('keeps entries of the context that share a high factor or a group, most shared first', () => {
    expect(matchingEntries(both, a, entries).map((m) => m.entry.slug)).toEqual(['both', 'factor-only']);
    expect(matchingEntries(both, a, entries)[0]).toMatchObject({ factors: ['discrimination'], groups: ['disabilities'] });
  });
  it('uses every context when none is chosen, and honours the limit', () => {
    expect(matchingEntries(both, { ...a, context: null }, entries, 2).map((m) => m.entry.slug)).toEqual(['both', 'other-context']);
  });
  it('gives nothing for a group with no high factor and no target group in common', () => {
    expect(matchingEntries(a.groups[1]!, a, entries)).toEqual([]);
  });
});

describe('the strings the tool script uses', () => {
  it.each(['zh', 'en'] as const)('all exist in the %s dictionary, with every import error worded', async (lang) => {
    const { zh } = await import('../../src/i18n/zh.ts');
    const { en } = await import('../../src/i18n/en.ts');
    const dict: Record<string, unknown> = lang === 'zh' ? zh : en;
    for (const key of TOOL_SCRIPT_STRINGS) expect(dict[`tool.${key}`], key).toBeTruthy();
    for (const code of IMPORT_ERROR_CODES) expect(dict[`tool.err.${code}`], code).toBeTruthy();
    for (const level of [0, 1, 2, 3, 'none']) expect(dict[`tool.level.${level}`]).toBeTruthy();
  });
  it('leaves the method texts to the page', () => {
    expect(scriptNeeds('intro')).toBe(false);
    expect(scriptNeeds('formatCsv')).toBe(false);
    expect(scriptNeeds('err.too-large')).toBe(true);
    expect(scriptNeeds('saved')).toBe(true);
  });
});
