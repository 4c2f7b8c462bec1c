/**
 * The tool's files: exporting the open analysis as CSV or JSON, printing it, and importing a file as
 * a new analysis, or saying why the file was refused (the analyses stay as they were).
 */
import { toCSV } from '../../lib/prioritise/csv';
import type { ImportError } from '../../lib/prioritise/errors';
import { importFile } from '../../lib/prioritise/import';
import { toJSON } from '../../lib/prioritise/json';
import { LIMITS } from '../../lib/prioritise/model';
import { fileNameFor, importedName, localIsoDate } from '../../lib/prioritise/naming';
import type { Tool } from './context';
import { $, h } from './dom';

/** Hands `text` to the browser as a file download. */
function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Why a file was refused, and where in it, in the page's language. */
function describe(tool: Tool, error: ImportError): HTMLElement {
  const { s } = tool;
  const where = [
    error.line !== undefined ? s('err.line', { n: error.line }) : '',
    error.column !== undefined ? s('err.column', { n: error.column }) : '',
    error.field ? s('err.field', { name: error.field }) : '',
  ].filter(Boolean);
  // A CSV file may have its own wording of an error (its columns rather than JSON's fields).
  const key = error.format === 'csv' && tool.data.strings[`tool.err.csv.${error.code}`] ? (`err.csv.${error.code}` as const) : (`err.${error.code}` as const);
  return h(
    'div',
    { class: 'import-error' },
    h('p', {}, h('strong', {}, s('err.title'))),
    h('p', {}, s(key, { value: error.value ?? '', field: error.field ?? '' })),
    where.length > 0 ? h('p', {}, `${s('err.at')} ${tool.list(where)}`) : undefined,
    h('p', {}, s('err.unchanged')),
  );
}

/** Binds the export, print and import controls. */
export function fileControls(tool: Tool): void {
  const { store, s, current } = tool;
  $('export-csv').addEventListener('click', () => download(toCSV(current()), fileNameFor(current(), 'csv'), 'text/csv;charset=utf-8'));
  $('export-json').addEventListener('click', () => download(toJSON(current()), fileNameFor(current(), 'json'), 'application/json'));
  $('print').addEventListener('click', () => window.print());

  const message = $('import-message');
  const fileInput = $<HTMLInputElement>('import-file');
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    message.replaceChildren();
    $('import-status').textContent = '';
    // Reading more than the limit is pointless: importFile refuses anything over it by its size.
    const bytes = new Uint8Array(await file.slice(0, LIMITS.fileBytes + 1).arrayBuffer());
    const result = importFile(bytes, file.name, current());
    fileInput.value = '';
    if (!result.ok) {
      message.replaceChildren(describe(tool, result.error));
      return;
    }
    const taken = store.list().map(([, name]) => name || s('untitled'));
    const name = importedName(result.analysis.name || s('untitled'), taken, localIsoDate(new Date()), s('importedName'));
    store.add({ ...result.analysis, name });
    tool.renderAll();
    $('import-status').textContent = s('imported', { name });
  });
}
