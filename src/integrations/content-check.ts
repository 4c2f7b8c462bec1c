import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { parse as parseYaml } from 'yaml';
import { checkReport, type FootnoteFile, type ReportFile } from '../lib/report/check-report.ts';

/** Reads `content/report` and `content/footnotes` under `root` and lists what is wrong. */
export function contentProblems(root: string): string[] {
  const reportDir = join(root, 'content/report');
  const files: ReportFile[] = [];
  for (const folder of readdirSync(reportDir).sort()) {
    const dir = join(reportDir, folder);
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort()) {
      files.push({ path: `content/report/${folder}/${name}`, folder, source: readFileSync(join(dir, name), 'utf8') });
    }
  }
  const notes: FootnoteFile[] = [];
  const problems: string[] = [];
  const notesDir = join(root, 'content/footnotes');
  for (const name of existsSync(notesDir) ? readdirSync(notesDir).filter((f) => f.endsWith('.yaml')) : []) {
    const path = `content/footnotes/${name}`;
    try {
      const items: unknown = parseYaml(readFileSync(join(notesDir, name), 'utf8'));
      const list = Array.isArray(items) ? (items as { n?: unknown }[]) : [];
      notes.push({ path, lang: name.replace(/\.yaml$/, ''), numbers: list.map((i) => Number(i.n)) });
    } catch (error) {
      problems.push(`${path}: not valid YAML: ${(error as Error).message}`);
    }
  }
  return [...problems, ...checkReport(files, notes)];
}

/** Stops `astro build` and `astro dev` before anything renders when the report content is inconsistent. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'lnob:content-check',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const problems = contentProblems(new URL('.', config.root).pathname);
        if (problems.length > 0) {
          throw new Error(`The report content has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
        }
      },
    },
  };
}
