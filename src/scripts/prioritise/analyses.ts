/**
 * The analysis bar: which of the saved analyses is open, and opening, naming, starting, resetting and
 * deleting one; and the status line that says whether the store saves in this browser or only holds
 * the analyses in memory.
 */
import { emptyAnalysis } from '../../lib/prioritise/model';
import type { StorageLike } from '../../lib/prioritise/store';
import type { Tool } from './context';
import { $, h } from './dom';

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
    const parts = [store.mode === 'saved' ? s('saved') : s('memory')];
    if (store.skipped.length > 0) parts.push(s('skipped', { n: store.skipped.length }));
    $('tool-storage').textContent = parts.join(' ');
    $('tool-storage').classList.toggle('warning', store.mode === 'memory');
  }

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
