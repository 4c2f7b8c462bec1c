/**
 * The analysis bar: which of the saved analyses is open, and opening, naming, starting, resetting and
 * deleting one; the status line that says whether the store saves in this browser or only holds
 * the analyses in memory; and, when saved analyses could not be read, what is kept of them, each
 * with a button that downloads it exactly as it is stored.
 */
import { emptyAnalysis } from '../../lib/prioritise/model';
import { fileNameFor } from '../../lib/prioritise/naming';
import type { Kept, StorageLike } from '../../lib/prioritise/store';
import type { Tool } from './context';
import { $, download, h } from './dom';

/** The browser's localStorage, or none when the browser refuses it (the store then works in memory). */
export function browserStorage(): StorageLike | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export interface AnalysesView {
  /** The status line: saved or in memory, and any saved analyses that could not be read. */
  showStorage(): void;
  /** The status line, the list of analyses and the open one's name. */
  render(): void;
}

export function analysisBar(tool: Tool): AnalysesView {
  const { store, s, current } = tool;
  const select = $<HTMLSelectElement>('analysis-select');
  const nameInput = $<HTMLInputElement>('analysis-name');
  const untitled = (name: string) => name || s('untitled');

  function showStorage(): void {
    $('tool-storage').textContent = store.mode === 'saved' ? s('saved') : s('memory');
    $('tool-storage').classList.toggle('warning', store.mode === 'memory');
  }

  /** What is kept unread: a sentence, and one export button per kept thing (its exact text, as JSON). */
  function showKept(): void {
    if (store.kept.length === 0) return;
    const record = store.kept.find((k) => k.record);
    const analyses = store.kept.filter((k) => !k.record);
    const label = (k: Kept) => (k.record ? k.id : (k.name ?? s('keptUnnamed', { id: k.id })));
    const item = (k: Kept) => {
      const button = h('button', { type: 'button', class: 'export-kept' }, s('exportKept', { name: label(k) }));
      button.addEventListener('click', () => download(k.raw, fileNameFor({ ...emptyAnalysis(label(k)) }, 'json'), 'application/json'));
      return h('li', {}, button);
    };
    const notice = h(
      'div',
      { id: 'tool-kept', class: 'kept-notice' },
      ...(record ? [h('p', {}, s('keptRecord', { key: record.id })), h('ul', {}, item(record))] : []),
      ...(analyses.length > 0 ? [h('p', {}, s('kept', { n: analyses.length })), h('ul', {}, ...analyses.map(item))] : []),
    );
    $('tool-storage').after(notice);
  }
  showKept();

  select.addEventListener('change', () => {
    store.open(select.value);
    tool.renderAll();
  });
  nameInput.addEventListener('input', () => {
    tool.commit({ ...current(), name: nameInput.value }, 'settings');
    const option = select.selectedOptions[0];
    if (option) option.textContent = untitled(nameInput.value);
  });
  $('analysis-new').addEventListener('click', () => {
    store.add(emptyAnalysis(s('untitled')));
    tool.renderAll();
    nameInput.focus();
    nameInput.select();
  });
  $('analysis-reset').addEventListener('click', () => {
    if (!window.confirm(s('confirmReset', { name: untitled(current().name) }))) return;
    tool.commit({ ...emptyAnalysis(current().name), context: current().context }, 'all');
  });
  $('analysis-delete').addEventListener('click', () => {
    if (!window.confirm(s('confirmDelete', { name: untitled(current().name) }))) return;
    store.remove(s('untitled'));
    tool.renderAll();
    select.focus();
  });

  return {
    showStorage,
    render() {
      showStorage();
      select.replaceChildren(...store.list().map(([id, name]) => h('option', { value: id, selected: id === store.openId }, untitled(name))));
      nameInput.value = current().name;
    },
  };
}
