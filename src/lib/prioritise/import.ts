/**
 * Opening a file the user chose.
 *
 * Its text is read in the encoding decode.ts finds (a byte-order mark, else UTF-8, else GB18030), and
 * the result says which. JSON or CSV is then decided by content: a file whose first non-blank
 * character is "{" or "[" is JSON; otherwise the extension decides (.json, .csv); otherwise a text
 * without NUL characters whose first line holds a delimiter is taken for CSV. Opening never throws:
 * the result is the analysis or a typed error (errors.ts).
 */
import { LIMITS } from './model.ts';
import { decodeFile } from './decode.ts';
import { error, fail, type ImportResult } from './errors.ts';
import { readJSON } from './json.ts';
import { readCSV } from './csv.ts';

/** The same as importFile without its safety net (for tests: it should never need one). */
export function importFileUnguarded(bytes: Uint8Array, fileName: string): ImportResult {
  if (bytes.length > LIMITS.fileBytes) return fail(error('too-large', { value: String(bytes.length) }));
  if (bytes.length === 0) return fail(error('empty'));
  const decoded = decodeFile(bytes);
  if (!decoded) return fail(error('unknown-encoding'));
  const result = readText(decoded.text.replace(/^\uFEFF/, ''), fileName);
  return result.ok ? { ...result, encoding: decoded.encoding } : result;
}

function readText(text: string, fileName: string): ImportResult {
  if (text.trim() === '') return fail(error('empty'));
  const first = text.trimStart()[0];
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (first === '{' || first === '[' || extension === 'json') return readJSON(text);
  if (extension === 'csv') return readCSV(text, fileName);
  // Otherwise text with a NUL is binary, and a first line without a delimiter is not a table.
  if (text.includes('\u0000')) return fail(error('not-csv-or-json'));
  const end = text.search(/\r|\n/);
  const firstLine = end < 0 ? text : text.slice(0, end);
  if (/[,;\t]/.test(firstLine)) return readCSV(text, fileName);
  return fail(error('not-csv-or-json'));
}

/** Opens a file the user chose: its encoding, then JSON or CSV by content then extension. Never throws. */
export function importFile(bytes: Uint8Array, fileName: string): ImportResult {
  try {
    return importFileUnguarded(bytes, fileName);
  } catch {
    return fail(error('bad-value'));
  }
}

/** importFile for a text (encoded as UTF-8 first). */
export function importText(text: string, fileName: string): ImportResult {
  try {
    return importFile(new TextEncoder().encode(text), fileName);
  } catch {
    return fail(error('bad-value'));
  }
}
