/**
 * The tool's files: exporting the open analysis as CSV or JSON, printing it, and importing a file as
 * a new analysis, saying which encoding its text was read in and, for a CSV of format version 1,
 * which settings it did not carry and what was used instead; or saying why the file was refused (the
 * analyses stay as they were).
 */
import { toCSV } from '../../lib/prioritise/csv';
import type { ImportError } from '../../lib/prioritise/errors';
import { importFile } from '../../lib/prioritise/import';
import { toJSON } from '../../lib/prioritise/json';
import { LIMITS } from '../../lib/prioritise/model';
import { fileNameFor, importedName, localIsoDate } from '../../lib/prioritise/naming';
import type { Tool } from './context';
import { $, download, h } from './dom';

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
    $('import-notes').replaceChildren();
    // Reading more than the limit is pointless: importFile refuses anything over it by its size.
    const bytes = new Uint8Array(await file.slice(0, LIMITS.fileBytes + 1).arrayBuffer());
    const result = importFile(bytes, file.name);
    fileInput.value = '';
    if (!result.ok) {
      message.replaceChildren(describe(tool, result.error));
      return;
    }
    const taken = store.list().map(([, name]) => name || s('untitled'));
    const name = importedName(result.analysis.name || s('untitled'), taken, localIsoDate(new Date()), s('importedName'));
    store.add({ ...result.analysis, name });
    tool.renderAll();
    const a = result.analysis;
    $('import-status').textContent = s('imported', { name });
    const said = [s('readAs', { encoding: s(`encoding.${result.encoding ?? 'utf-8'}`) })];
    if (result.encoding === 'gb18030') said.push(s('readAsLegacy'));
    if (result.csvVersion === 1)
      said.push(
        s('notCarried', {
          name: a.name || s('untitled'),
          context: tool.data.contexts.find((c) => c.id === a.context)?.name ?? s('contextNone'),
          weights: tool.list(tool.data.factors.map((f) => `${f.name} ${a.weights[f.id]}`)),
          threshold: a.highThreshold,
        }),
      );
    $('import-notes').replaceChildren(...said.map((note) => h('p', {}, note)));
  });
}
