/**
 * PDFs are printed again only when something they show has changed. Each printed PDF is kept in
 * `node_modules/.cache/lnob-pdf/` with the list of every file Chromium loaded to print it (the print
 * page, its styles, scripts and images) and their SHA-256, and the printer's own fingerprint: the
 * Chromium and hb-subset versions, the fonts installed, the PDF scripts' source and the print address (site and base).
 * A later build reuses the copy only when all of these are byte for byte the same. The cache lives under
 * node_modules/, which a clean clone does not have and `npm ci` empties, so a fresh checkout always
 * prints every PDF; LNOB_PDF_CACHE=0 turns it off.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/content/files.ts';

const FOLDER = join(ROOT, 'node_modules', '.cache', 'lnob-pdf');

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** What printing depends on besides the files printed: Chromium, the fonts, the PDF scripts' source. */
export function printerFingerprint(chromium: string, sources: readonly string[]): string {
  const run = (command: string, args: string[]) => {
    try {
      return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      return `${command}: unavailable`;
    }
  };
  const parts = [
    run(chromium, ['--version']),
    run('hb-subset', ['--version']),
    run('fc-list', ['--format', '%{file}|%{family}|%{style}\n']),
    ...sources.map((f) => readFileSync(f, 'utf8')),
  ];
  return sha256(parts.join('\n\0'));
}

interface Entry {
  printer: string;
  /** Every file the print loaded: its path under the site folder and its SHA-256. */
  files: Record<string, string>;
}

export interface PdfCache {
  /** Copies a still-valid PDF for this job to `out`; false when it must be printed. */
  restore: (key: string, out: string, dist: string) => boolean;
  /** Keeps a printed PDF with the files its print loaded (paths under the site folder). */
  keep: (key: string, out: string, dist: string, loaded: Iterable<string>) => void;
}

export function pdfCache(printer: string, options: { folder?: string; enabled?: boolean } = {}): PdfCache {
  const folder = options.folder ?? FOLDER;
  const enabled = options.enabled ?? process.env['LNOB_PDF_CACHE'] !== '0';
  const at = (key: string) => join(folder, sha256(key));
  const fileHash = (dist: string, path: string) => {
    const file = join(dist, path);
    return existsSync(file) ? sha256(readFileSync(file)) : 'missing';
  };
  return {
    restore: (key, out, dist) => {
      if (!enabled || !existsSync(`${at(key)}.json`) || !existsSync(`${at(key)}.pdf`)) return false;
      const entry = JSON.parse(readFileSync(`${at(key)}.json`, 'utf8')) as Entry;
      if (entry.printer !== printer) return false;
      if (Object.entries(entry.files).some(([path, hash]) => fileHash(dist, path) !== hash)) return false;
      mkdirSync(join(out, '..'), { recursive: true });
      copyFileSync(`${at(key)}.pdf`, out);
      return true;
    },
    keep: (key, out, dist, loaded) => {
      if (!enabled) return;
      mkdirSync(folder, { recursive: true });
      const files = Object.fromEntries([...new Set(loaded)].sort().map((path) => [path, fileHash(dist, path)]));
      copyFileSync(out, `${at(key)}.pdf`);
      writeFileSync(`${at(key)}.json`, JSON.stringify({ printer, files } satisfies Entry));
    },
  };
}
