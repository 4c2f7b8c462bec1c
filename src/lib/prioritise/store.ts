/**
 * Keeps a reader's analyses in the browser only (localStorage; nothing is sent anywhere). Several
 * named analyses, one of them open. When storage is missing, full or refused (private browsing),
 * the store keeps working in memory and says so, so the page can offer an export instead.
 */
import { emptyAnalysis, type Analysis } from './model.ts';
import { validateAnalysis } from './schema.ts';

export const STORAGE_KEY = 'lnob-prioritise/v1';

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

export type StoreMode = 'saved' | 'memory';

export class AnalysisStore {
  private state: Saved;
  private storage: StorageLike | undefined;
  /** 'memory' once storage failed: the work is kept in the page only. */
  mode: StoreMode;
  /** Analyses found in storage that no longer pass the schema, left untouched in storage. */
  readonly skipped: string[] = [];

  constructor(storage: StorageLike | undefined, firstName: string) {
    this.storage = storage;
    this.mode = storage ? 'saved' : 'memory';
    const loaded = this.load();
    if (loaded && Object.keys(loaded.analyses).length > 0) {
      this.state = loaded;
      if (!loaded.analyses[loaded.open]) this.state.open = Object.keys(loaded.analyses)[0] ?? '';
    } else {
      this.state = { open: 'a1', analyses: { a1: emptyAnalysis(firstName) } };
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
    try {
      const data = JSON.parse(text) as Partial<Saved>;
      const analyses: Record<string, Analysis> = Object.create(null);
      for (const [id, value] of Object.entries(data.analyses ?? {})) {
        if (!/^a\d+$/.test(id)) continue;
        const parsed = validateAnalysis(value);
        if (parsed.success) analyses[id] = parsed.data as Analysis;
        else this.skipped.push(id);
      }
      return { open: typeof data.open === 'string' ? data.open : '', analyses };
    } catch {
      this.skipped.push(STORAGE_KEY);
      return undefined;
    }
  }

  /** Writes everything; on failure switches to memory mode and returns false. */
  private save(): boolean {
    if (!this.storage || this.mode === 'memory') return false;
    try {
      this.storage.setItem(STORAGE_KEY, JSON.stringify(this.state));
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
      .sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))
      .map(([id, a]) => [id, a.name]);
  }

  /** Replaces the open analysis (every edit goes through here) and saves. */
  update(next: Analysis): void {
    this.state = { ...this.state, analyses: { ...this.state.analyses, [this.state.open]: next } };
    this.save();
  }

  /** Adds an analysis (new or imported), opens it and saves; returns its id. */
  add(analysis: Analysis): string {
    const used = Object.keys(this.state.analyses).map((id) => Number(id.slice(1)));
    const id = `a${Math.max(0, ...used) + 1}`;
    this.state = { open: id, analyses: { ...this.state.analyses, [id]: analysis } };
    this.save();
    return id;
  }

  open(id: string): void {
    if (!this.state.analyses[id]) return;
    this.state = { ...this.state, open: id };
    this.save();
  }

  /** Deletes the open analysis; the last one left is emptied instead, under `emptyName`. */
  remove(emptyName: string): void {
    const rest = Object.fromEntries(Object.entries(this.state.analyses).filter(([id]) => id !== this.state.open));
    const ids = Object.keys(rest);
    this.state = ids.length > 0 ? { open: ids[0] ?? '', analyses: rest } : { open: 'a1', analyses: { a1: emptyAnalysis(emptyName) } };
    this.save();
  }
}
