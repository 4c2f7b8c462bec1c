import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { parse as parseYaml } from 'yaml';
import { checkReport, type FootnoteFile, type ReportFile } from '../lib/report/check-report.ts';
import { checkToolkitEntry } from '../lib/toolkit/check.ts';
import { frontmatterData, splitFrontmatter } from '../lib/content/frontmatter.ts';
import { readToolkitShape } from '../lib/content/files.ts';
import type { ToolkitShape } from '../schemas/toolkit.ts';

/** Reads `content/report` and `content/footnotes` under `root` and lists what is wrong. */
export function contentProblems(root: string): string[] {
  const reportDir = join(root, 'content/report');
  const files: ReportFile[] = [];
  for (const folder of readdirSync(reportDir).sort()) {
    const dir = join(reportDir, folder);
    for (const name of readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .sort()) {
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
  return [...problems, ...checkReport(files, notes), ...toolkitProblems(root)];
}

/** The ids of a folder of YAML lists (content/contexts, content/factors, content/groups). */
function yamlIds(root: string, folder: string): string[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => {
      try {
        const items: unknown = parseYaml(readFileSync(join(dir, f), 'utf8'));
        return Array.isArray(items) ? items.map((i) => String((i as { id?: unknown }).id)) : [];
      } catch {
        return [];
      }
    });
}

/**
 * Toolkit entries: citations against `sources`, and the ids they name against the collections
 * (Astro only logs a bad reference; here it stops the build). The schema checks the other fields.
 */
function toolkitProblems(root: string): string[] {
  const dir = join(root, 'content/toolkit');
  if (!existsSync(dir)) return [];
  const problems: string[] = [];
  const known = { contexts: yamlIds(root, 'content/contexts'), factors: yamlIds(root, 'content/factors'), groups: yamlIds(root, 'content/groups') };
  const shape = toolkitShape(root, problems);
  const languages = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory());
  for (const lang of languages.map((d) => d.name).sort()) {
    // An entry's id is its file name, or the `slug` its frontmatter gives (as Astro's glob loader reads it).
    const ids = new Map<string, string>();
    for (const name of readdirSync(join(dir, lang))
      .filter((f) => f.endsWith('.mdx'))
      .sort()) {
      const path = `content/toolkit/${lang}/${name}`;
      const text = readFileSync(join(dir, lang, name), 'utf8');
      const front = splitFrontmatter(text);
      let sources: number[] = [];
      try {
        const data = frontmatterData(text);
        const id = typeof data?.['slug'] === 'string' ? data['slug'] : name.replace(/\.mdx$/, '');
        const first = ids.get(id);
        if (first) problems.push(`${path}: id "${id}" (slug) is already the id of ${first}`);
        else ids.set(id, path);
        sources = Array.isArray(data?.['sources']) ? data['sources'].map(Number) : [];
        for (const field of ['contexts', 'factors', 'groups'] as const) {
          const values = Array.isArray(data?.[field]) ? (data[field] as unknown[]).map(String) : [];
          values.forEach((value, i) => {
            if (!known[field].includes(value)) problems.push(`${path}: ${field}[${i}] = "${value}", but content/${field} has ${known[field].join(', ')}`);
          });
        }
      } catch (error) {
        problems.push(`${path}: frontmatter is not valid YAML: ${(error as Error).message}`);
        continue;
      }
      problems.push(...checkToolkitEntry(path, front.body, sources));
      if (shape) problems.push(...shapeProblems(path, lang, front.body, shape));
    }
    if (shape)
      for (const id of ids.keys())
        if (!shape.order.includes(id)) problems.push(`content/toolkit/toolkit.yaml: order: does not list "${id}" (${ids.get(id)}), so it has no place`);
    if (shape)
      for (const id of shape.order) if (!ids.has(id)) problems.push(`content/toolkit/toolkit.yaml: order: "${id}" is not an entry of content/toolkit/${lang}/`);
  }
  return problems;
}

/** content/toolkit/toolkit.yaml read by its schema; a problem, naming the field, when it does not pass. */
function toolkitShape(root: string, problems: string[]): ToolkitShape | undefined {
  try {
    return readToolkitShape(root);
  } catch (error) {
    problems.push((error as Error).message);
    return undefined;
  }
}

/** An entry's `## ` headings against the four sections of content/toolkit/toolkit.yaml, in the entry's language. */
function shapeProblems(path: string, lang: string, body: string, shape: ToolkitShape): string[] {
  const found = [...body.matchAll(/^## (.+)$/gm)].map((m) => (m[1] ?? '').trim());
  const expected = shape.sections.map((s) => s[lang as keyof typeof s] ?? '');
  return found.join('\n') === expected.join('\n')
    ? []
    : [
        `${path}: its sections are ${found.map((h) => `"${h}"`).join(', ') || 'none'}; content/toolkit/toolkit.yaml asks for ${expected.map((h) => `"${h}"`).join(', ')}, in this order`,
      ];
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
