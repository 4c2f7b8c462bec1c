/** The tool's browser store (with a fake storage) and its toolkit matching. */
import { describe, expect, it } from 'vitest';
import { AnalysisStore, KEPT_KEY, STORAGE_KEY, type StorageLike } from '../../src/lib/prioritise/store.ts';
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
});

describe('AnalysisStore never loses what it cannot read', () => {
  // An analysis of another build: a version this one does not know, spaced and escaped as JSON.stringify never would.
  const newer = '{ "format" : "lnob-prioritise", "version": 2,\n  "name": "Caf\\u00e9 review", "weights": [1.50, 2e0] }';
  const record = (good: Analysis, extra = '') => `{"open":"a2","analyses":{"a1":${newer},"a2":${JSON.stringify(good)}}${extra}}`;
  const raw = (storage: MemoryStorage) => storage.getItem(STORAGE_KEY) ?? '';

  it('reads the others, names what it keeps, and writes it back byte for byte after an edit', () => {
    const storage = new MemoryStorage();
    storage.data.set(STORAGE_KEY, record(emptyAnalysis('Good')));
    const store = new AnalysisStore(storage, 'x');
    expect(store.list()).toEqual([['a2', 'Good']]);
    expect(store.kept).toEqual([{ id: 'a1', name: 'Café review', raw: newer, record: false }]);
    store.update(addGroup(store.current, groupFromTarget('women', 'Women')));
    expect(raw(storage)).toContain(`"a1":${newer}`);
    const again = new AnalysisStore(storage, 'x');
    expect(again.current.groups.map((g) => g.id)).toEqual(['women']);
    expect(again.kept.map((k) => k.raw)).toEqual([newer]);
    expect(JSON.parse(raw(storage)).analyses.a1.weights).toEqual([1.5, 2]);
  });

  it('keeps it through import, reset, delete and deleting the last analysis it reads, never reusing its id', () => {
    const storage = new MemoryStorage();
    storage.data.set(STORAGE_KEY, record(emptyAnalysis('Good')));
    const store = new AnalysisStore(storage, 'x');
    const imported = store.add(emptyAnalysis('Imported'));
    expect(imported).toBe('a3');
    expect(raw(storage)).toContain(`"a1":${newer}`);
    store.update(emptyAnalysis('Reset'));
    expect(raw(storage)).toContain(`"a1":${newer}`);
    store.remove('Empty');
    store.remove('Empty');
    expect(store.list()).toHaveLength(1);
    expect(store.openId).not.toBe('a1');
    expect(raw(storage)).toContain(`"a1":${newer}`);
    expect(new AnalysisStore(storage, 'x').kept.map((k) => [k.id, k.raw])).toEqual([['a1', newer]]);
  });

  it('keeps entries under ids it does not use, and keys of the record it does not know', () => {
    const storage = new MemoryStorage();
    storage.data.set(STORAGE_KEY, `{"analyses":{"draft-7":{"x":1},"a1":${JSON.stringify(emptyAnalysis('One'))}},"open":"a1","sync": {"at" :3}}`);
    const store = new AnalysisStore(storage, 'x');
    expect(store.kept.map((k) => [k.id, k.raw])).toEqual([['draft-7', '{"x":1}']]);
    store.update({ ...store.current, name: 'Renamed' });
    const saved = JSON.parse(raw(storage));
    expect(saved.analyses['draft-7']).toEqual({ x: 1 });
    expect(raw(storage)).toContain('"sync":{"at" :3}');
  });

  it('starts with a fresh analysis whose id is not a kept one when it reads none', () => {
    const storage = new MemoryStorage();
    storage.data.set(STORAGE_KEY, `{"open":"a1","analyses":{"a1":${newer}}}`);
    const store = new AnalysisStore(storage, 'Fresh');
    expect(store.list()).toEqual([['a2', 'Fresh']]);
    store.update({ ...store.current, name: 'Mine' });
    expect(raw(storage)).toContain(`"a1":${newer}`);
  });

  it('moves a record it cannot read at all to a key of its own, unchanged, before saving anything', () => {
    const storage = new MemoryStorage();
    storage.data.set(STORAGE_KEY, '{not json');
    const store = new AnalysisStore(storage, 'Fresh');
    expect(store.list()).toEqual([['a1', 'Fresh']]);
    expect(store.kept).toEqual([{ id: KEPT_KEY, raw: '{not json', record: true }]);
    store.update({ ...store.current, name: 'Mine' });
    expect(storage.getItem(KEPT_KEY)).toBe('{not json');
    expect(JSON.parse(raw(storage)).analyses.a1.name).toBe('Mine');
    // Another unreadable record later does not overwrite the first one kept.
    storage.data.set(STORAGE_KEY, '[1, 2]');
    const later = new AnalysisStore(storage, 'Fresh');
    expect(later.kept.map((k) => k.id)).toEqual([`${KEPT_KEY}-2`]);
    expect(storage.getItem(KEPT_KEY)).toBe('{not json');
    expect(storage.getItem(`${KEPT_KEY}-2`)).toBe('[1, 2]');
  });

  it('works in memory, writing nothing, when such a record cannot be moved aside', () => {
    const storage = new MemoryStorage();
    storage.data.set(STORAGE_KEY, '{not json');
    storage.failWrites = true;
    const store = new AnalysisStore(storage, 'Fresh');
    expect(store.mode).toBe('memory');
    storage.failWrites = false;
    store.update({ ...store.current, name: 'Mine' });
    expect(raw(storage)).toBe('{not json');
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
