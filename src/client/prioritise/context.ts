/**
 * What the parts of the tool's page script share: the page's data block, the store, the translator,
 * and the two ways to change the screen (commit an edit, or draw everything again). The entry
 * (app.ts) builds one and hands it to each part; no part keeps state of its own beyond its elements.
 */
import { format, readUiString } from '../../i18n/format';
import type { ToolkitRef } from '../../lib/prioritise/match';
import type { Analysis, FactorId } from '../../lib/prioritise/model';
import type { AnalysisStore } from '../../lib/prioritise/store';
import type { ToolString } from '../../lib/prioritise/strings';
import { htmlLang } from '../../lib/locales';
import { listOf } from '../../lib/punctuation';

/** The page's data block (`#tool-data`, written by toolData in src/utils/tool.ts). */
export interface Data {
  lang: 'zh' | 'en';
  factors: { id: FactorId; name: string }[];
  groups: { id: string; name: string }[];
  contexts: { id: string; name: string }[];
  entries: (ToolkitRef & { href: string; sourceHrefs: string[] })[];
  strings: Record<string, string>;
}

export type Translate = (key: ToolString, vars?: Record<string, string | number>) => string;

/** What an edit changes, so that only what depends on it is drawn again (the results always are). */
export type Change = 'groups' | 'ratings' | 'settings' | 'all';

export interface Tool {
  readonly root: HTMLElement;
  readonly data: Data;
  readonly store: AnalysisStore;
  readonly s: Translate;
  /** Items in a sentence, joined as the page's language lists them. */
  readonly list: (items: string[]) => string;
  /** A factor's name on the page (its id if the page has none). */
  readonly factorName: (id: FactorId) => string;
  /** The open analysis. */
  readonly current: () => Analysis;
  /** Every edit: replace the open analysis, save it, and draw again what depends on it. */
  readonly commit: (next: Analysis, what?: Change) => void;
  /** Draws everything again, after another analysis was opened, added or removed. */
  readonly renderAll: () => void;
}

/**
 * The interface string `tool.{key}` the page sent, in the plural form for `vars.n` when it has forms,
 * its `{name}` placeholders filled (src/i18n/format.ts); a key the page did not send shows as itself.
 */
export const translator =
  (strings: Data['strings'], lang: Data['lang'] = 'en'): Translate =>
  (key, vars = {}) =>
    format(htmlLang(lang), readUiString(strings[`tool.${key}`] ?? key), vars);

/** Joins items as the language lists them: "a, b" in English, "a、b" in Chinese. */
export const joinList = (lang: Data['lang']) => (items: string[]) => listOf(lang, items);
