/**
 * Keeps a reader's analyses in the browser only (localStorage; nothing is sent anywhere). Several
 * named analyses, one of them open. When storage is missing, full or refused (private browsing),
 * the store keeps working in memory and says so, so the page can offer an export instead.
 *
 * It never loses what it cannot read. Another build of the hub (older or newer, typically an offline
 * copy) shares the browser's storage, so the saved record may hold analyses this build's schema
 * refuses. Each such entry is kept as the exact text it was stored as, and every later save writes
 * it back unchanged, beside the analyses this build reads (and so do keys of the record this build
 * does not know). A record that is not readable at all (not JSON, or not the shape below) is copied
 * unchanged to a key of its own (KEPT_KEY, numbered if taken) before anything is written, and the
 * store starts afresh beside it. The page lists what is kept and offers each as a file, as it is.
 *
 * The record: `{"open": id, "analyses": {id: analysis, …}}`, ids "a1", "a2"….
 */
import { parseTree, type Node } from 'jsonc-parser';
import { emptyAnalysis, type Analysis } from './model.ts';
import { validateAnalysis } from './schema.ts';

export const STORAGE_KEY = 'lnob-prioritise/v1';
/** Where a saved record that cannot be read at all is moved to, unchanged ("…-2", "-3"… if taken). */
export const KEPT_KEY = `${STORAGE_KEY}/unreadable`;

/** What the store needs of `localStorage`; tests pass a fake. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface Saved {
  /** Id of the open analysis. */
  open: string;
  analyses: Record<string, Analysis>;
}

/** Something saved that this build cannot read, kept as it is. */
export interface Kept {
  /** Its id in the record ("a3"); for a whole record moved aside, the storage key it now has. */
  id: string;
  /** Its name, when it has a readable one. */
  name?: string;
  /** The exact text it is stored as. */
  raw: string;
  /** True for a whole saved record that could not be read (moved to its own key), false for one analysis. */
  record: boolean;
}

export type StoreMode = 'saved' | 'memory';

/** The id after the highest "a{n}" among `ids`. */
const nextId = (ids: Iterable<string>): string => `a${Math.max(0, ...[...ids].map((id) => (/^a\d+$/.test(id) ? Number(id.slice(1)) : 0))) + 1}`;
const idOrder = (a: string, b: string) => (Number(a.slice(1)) || 0) - (Number(b.slice(1)) || 0) || (a < b ? -1 : a > b ? 1 : 0);
const rawOf = (text: string, node: Node) => text.slice(node.offset, node.offset + node.length);

export class AnalysisStore {
  private state: Saved;
  private storage: StorageLike | undefined;
  /** 'memory' once storage failed: the work is kept in the page only. */
  mode: StoreMode;
  /** What was saved but cannot be read by this build: written back unchanged by every save. */
  readonly kept: Kept[] = [];
  /** Keys of the saved record other than `open` and `analyses`, with their exact text. */
  private extra: [string, string][] = [];

  constructor(storage: StorageLike | undefined, firstName: string) {
    this.storage = storage;
    this.mode = storage ? 'saved' : 'memory';
    const loaded = this.load();
    if (loaded && Object.keys(loaded.analyses).length > 0) {
      this.state = loaded;
      if (!loaded.analyses[loaded.open]) this.state.open = this.list()[0]?.[0] ?? '';
    } else {
      const id = nextId(this.kept.map((k) => k.id));
      this.state = { open: id, analyses: { [id]: emptyAnalysis(firstName) } };
    }
  }

  private load(): Saved | undefined {
    if (!this.storage) return undefined;
    let text: string | null;
    try {
      text = this.storage.getItem(STORAGE_KEY);
    } catch {
      this.mode = 'memory';
      return undefined;
    }
    if (!text) return undefined;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    const root = parseTree(text);
    const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
    if (!isObject(data) || !isObject(data['analyses']) || root?.type !== 'object') {
      this.moveAside(text);
      return undefined;
    }
    const analyses: Record<string, Analysis> = Object.create(null);
    for (const property of root.children ?? []) {
      const [keyNode, valueNode] = property.children ?? [];
      if (!keyNode || !valueNode) continue;
      const key = String(keyNode.value);
      if (key === 'open') continue;
      if (key !== 'analyses') {
        this.extra.push([key, rawOf(text, valueNode)]);
        continue;
      }
      for (const entry of valueNode.children ?? []) {
        const [idNode, analysisNode] = entry.children ?? [];
        if (!idNode || !analysisNode) continue;
        const id = String(idNode.value);
        const value = data['analyses'][id];
        const parsed = /^a\d+$/.test(id) ? validateAnalysis(value) : undefined;
        if (parsed?.success) analyses[id] = parsed.data as Analysis;
        else {
          const name = isObject(value) && typeof value['name'] === 'string' && value['name'].trim() !== '' ? value['name'] : undefined;
          this.kept.push({ id, raw: rawOf(text, analysisNode), record: false, ...(name === undefined ? {} : { name }) });
        }
      }
    }
    return { open: typeof data['open'] === 'string' ? data['open'] : '', analyses };
  }

  /** A record that cannot be read at all goes, unchanged, to a key of its own before anything is saved. */
  private moveAside(text: string): void {
    const storage = this.storage;
    if (!storage) return;
    try {
      let key = KEPT_KEY;
      for (let n = 2; ; n += 1) {
        const there = storage.getItem(key);
        if (there === null || there === text) break;
        key = `${KEPT_KEY}-${n}`;
      }
      storage.setItem(key, text);
      this.kept.push({ id: key, raw: text, record: true });
    } catch {
      // It could not be copied, so it must not be overwritten: this session works in memory.
      this.mode = 'memory';
      this.kept.push({ id: STORAGE_KEY, raw: text, record: true });
    }
  }

  /** The record as saved: this build's analyses and, unchanged, every entry and key it could not read. */
  serialise(): string {
    const entries: [string, string][] = [
      ...Object.entries(this.state.analyses).map(([id, a]): [string, string] => [id, JSON.stringify(a)]),
      ...this.kept.filter((k) => !k.record).map((k): [string, string] => [k.id, k.raw]),
    ].sort(([a], [b]) => idOrder(a, b));
    const analyses = entries.map(([id, raw]) => `${JSON.stringify(id)}:${raw}`).join(',');
    const extra = this.extra.map(([key, raw]) => `,${JSON.stringify(key)}:${raw}`).join('');
    return `{"open":${JSON.stringify(this.state.open)},"analyses":{${analyses}}${extra}}`;
  }

  /** Writes everything; on failure switches to memory mode and returns false. */
  private save(): boolean {
    if (!this.storage || this.mode === 'memory') return false;
    try {
      this.storage.setItem(STORAGE_KEY, this.serialise());
      return true;
    } catch {
      this.mode = 'memory';
      return false;
    }
  }

  get openId(): string {
    return this.state.open;
  }

  get current(): Analysis {
    const a = this.state.analyses[this.state.open];
    if (!a) throw new Error('no open analysis');
    return a;
  }

  /** The analyses as [id, name] pairs, in the order they were made. */
  list(): [string, string][] {
    return Object.entries(this.state.analyses)
      .sort(([a], [b]) => idOrder(a, b))
      .map(([id, a]) => [id, a.name]);
  }

  /** Every id in use, kept ones included, so that a new analysis never takes the place of a kept one. */
  private ids(): string[] {
    return [...Object.keys(this.state.analyses), ...this.kept.map((k) => k.id)];
  }

  /** Replaces the open analysis (every edit goes through here) and saves. */
  update(next: Analysis): void {
    this.state = { ...this.state, analyses: { ...this.state.analyses, [this.state.open]: next } };
    this.save();
  }

  /** Adds an analysis (new or imported), opens it and saves; returns its id. */
  add(analysis: Analysis): string {
    const id = nextId(this.ids());
    this.state = { open: id, analyses: { ...this.state.analyses, [id]: analysis } };
    this.save();
    return id;
  }

  open(id: string): void {
    if (!this.state.analyses[id]) return;
    this.state = { ...this.state, open: id };
    this.save();
  }

  /** Deletes the open analysis; the last one left is emptied instead, under `emptyName` (kept ones are never deleted). */
  remove(emptyName: string): void {
    const rest = Object.fromEntries(Object.entries(this.state.analyses).filter(([id]) => id !== this.state.open));
    const first = Object.keys(rest).sort(idOrder)[0];
    if (first !== undefined) this.state = { open: first, analyses: rest };
    else {
      const id = nextId(this.kept.map((k) => k.id));
      this.state = { open: id, analyses: { [id]: emptyAnalysis(emptyName) } };
    }
    this.save();
  }
}
