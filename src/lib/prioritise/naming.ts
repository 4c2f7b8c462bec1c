/**
 * Names: of files (the analysis name a CSV takes from its file name, the file name a saved analysis
 * gets) and of imported analyses. Opening a file always adds a new analysis; when one already open has
 * the same name (typically: re-importing the CSV just exported), the new one says it is an import and
 * when it was made — "Rural LNOB review (imported 2026-12-02)" — and is numbered if that is taken too.
 */
import { LIMITS, type Analysis } from './model.ts';
import { cut } from './cut.ts';

/** A date as YYYY-MM-DD in the reader's own time zone (Intl, so no hand-made padding). */
export function localIsoDate(date: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', ...(timeZone ? { timeZone } : {}) }).format(date);
}

/**
 * The name for an analysis imported as `name` beside analyses named `taken`. `template` holds
 * `{name}` and `{date}` (the page's wording, e.g. "{name} (imported {date})").
 */
export function importedName(name: string, taken: readonly string[], date: string, template: string): string {
  const names = new Set(taken);
  if (!names.has(name)) return name;
  for (let n = 1; ; n += 1) {
    const suffix = n === 1 ? '' : ` ${n}`;
    // A long name is shortened, never the words that say it is an import.
    const frame = template.replace('{date}', date);
    const room = LIMITS.name - (frame.length - '{name}'.length) - suffix.length;
    const candidate = frame.replace('{name}', cut(name, Math.max(0, room))) + suffix;
    if (!names.has(candidate)) return candidate;
  }
}

/** The file name without folders or extension: "C:\\x\\Viet Nam.csv" → "Viet Nam". */
export function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim();
}

/** A file name for saving an analysis: its name without characters file systems refuse. */
export function fileNameFor(analysis: Analysis, extension: 'csv' | 'json', fallback = 'prioritisation'): string {
  const stem = analysis.name
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const short = cut(stem, 120).trim();
  return `${short === '' ? fallback : short}.${extension}`;
}
