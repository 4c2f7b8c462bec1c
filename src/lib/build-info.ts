import { execFileSync } from 'node:child_process';

export interface BuildInfo {
  version: string;
  /** Short commit hash, or '' outside a git checkout. */
  commit: string;
  /** Build date, YYYY-MM-DD (UTC). */
  date: string;
}

/** Version from package.json, commit from git when there is one, and today's date. */
export function buildInfo(version: string, now: Date = new Date()): BuildInfo {
  let commit = process.env['COMMIT_SHA']?.slice(0, 12) ?? '';
  if (!commit) {
    try {
      commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      commit = '';
    }
  }
  return { version, commit, date: now.toISOString().slice(0, 10) };
}
