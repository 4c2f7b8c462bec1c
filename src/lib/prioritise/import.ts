/**
 * Opening a file the user chose.
 *
 * JSON or CSV is decided by content: a file whose first non-blank character is "{" or "[" is JSON;
 * otherwise the extension decides (.json, .csv); otherwise a text without NUL characters whose first line
 * holds a delimiter is taken for CSV. Opening never throws: the result is the analysis or a typed error
 * (errors.ts), and the analysis open in the tool is never changed.
 */
import { LIMITS, type Analysis } from './model.ts';
import { error, fail, type ImportResult } from './errors.ts';
import { readJSON } from './json.ts';
import { readCSV } from './csv.ts';

/** The same as importFile without its safety net (for tests: it should never need one). */
export function importFileUnguarded(bytes: Uint8Array, fileName: string, base?: Analysis): ImportResult {
  if (bytes.length > LIMITS.fileBytes) return fail(error('too-large', { value: String(bytes.length) }));
  if (bytes.length === 0) return fail(error('empty'));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return fail(error('not-utf8'));
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return fail(error('empty'));
  const first = text.trimStart()[0];
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (first === '{' || first === '[' || extension === 'json') return readJSON(text);
  if (extension === 'csv') return readCSV(text, fileName, base);
  // Otherwise text with a NUL is binary, and a first line without a delimiter is not a table.
  if (text.includes('\u0000')) return fail(error('not-csv-or-json'));
  const end = text.search(/\r|\n/);
  const firstLine = end < 0 ? text : text.slice(0, end);
  if (/[,;\t]/.test(firstLine)) return readCSV(text, fileName, base);
  return fail(error('not-csv-or-json'));
}

/**
 * Opens a file the user chose: JSON or CSV, by content then extension. Never throws: the result
 * is the analysis or a typed error. `base` is the analysis open in the tool (never changed): a CSV
 * keeps its context, weights and threshold.
 */
export function importFile(bytes: Uint8Array, fileName: string, base?: Analysis): ImportResult {
  try {
    return importFileUnguarded(bytes, fileName, base);
  } catch {
    return fail(error('bad-value'));
  }
}

/** importFile for a text (encoded as UTF-8 first). */
export function importText(text: string, fileName: string, base?: Analysis): ImportResult {
  try {
    return importFile(new TextEncoder().encode(text), fileName, base);
  } catch {
    return fail(error('bad-value'));
  }
}
