/**
 * Checks the report content as a whole — what a per-file schema cannot see: paragraph numbers
 * across files (range, duplicates, gaps), footnote markers against the footnotes, and each file's
 * folder against its declared language, each section heading against its part (a conclusion's id in
 * the conclusions, a theme in the findings). Messages name the file, the line and the field.
 */
import { outline, type Outline } from './outline.ts';
import { FOOTNOTE_COUNT, PARAGRAPH_COUNT, isParagraphNumber } from './parts.ts';
import { SECTION_PART } from './sections.ts';
import { frontmatterData } from '../content/frontmatter.ts';

export interface ReportFile {
  /** Path shown in messages, e.g. `content/report/zh/findings.mdx`. */
  path: string;
  /** The language folder the file sits in. */
  folder: string;
  source: string;
}

export interface FootnoteFile {
  path: string;
  lang: string;
  /** The footnote numbers the file defines. */
  numbers: number[];
}

/** Frontmatter as data; a file whose YAML does not parse is reported by the schema, so here it is {}. */
function frontmatter(source: string): Record<string, unknown> {
  try {
    return frontmatterData(source);
  } catch {
    return {};
  }
}

export function checkReport(files: readonly ReportFile[], notes: readonly FootnoteFile[]): string[] {
  const problems: string[] = [];
  const byLang = new Map<string, { file: ReportFile; outline: Outline }[]>();

  for (const file of files) {
    const data = frontmatter(file.source);
    if (data['lang'] !== undefined && data['lang'] !== file.folder) {
      problems.push(`${file.path}: lang is "${String(data['lang'])}", but the file is in the "${file.folder}" folder`);
    }
    const o = outline(file.source);
    for (const p of o.problems) problems.push(`${file.path}:${p.line}: ${p.field} ${p.message}`);
    const part = typeof data['part'] === 'string' ? data['part'] : undefined;
    for (const s of o.sections) {
      const home = SECTION_PART[s.kind];
      if (part && s.id && part !== home) {
        const what = s.kind === 'theme' ? 'names a theme of the findings' : `is ${s.kind} ${s.n}`;
        problems.push(
          `${file.path}:${s.line}: <Section id> "${s.id}" ${what}, which belongs in the ${home} part, not in ${part} (conclusions, recommendations and lessons take the ids c1…, r1…, l1…)`,
        );
      }
    }
    const list = byLang.get(file.folder) ?? [];
    list.push({ file, outline: o });
    byLang.set(file.folder, list);
  }

  for (const [lang, list] of byLang) {
    const seen = new Map<number, string>();
    const sections = new Map<string, string>();
    const markers = new Map<number, string>();
    for (const { file, outline: o } of list) {
      for (const p of o.paragraphs) {
        const where = `${file.path}:${p.line}`;
        if (!isParagraphNumber(p.n)) {
          problems.push(`${where}: <Para n> is ${p.n}, but the evaluation has paragraphs 1–${PARAGRAPH_COUNT}`);
          continue;
        }
        const before = seen.get(p.n);
        if (before) problems.push(`${where}: <Para n> ${p.n} is a duplicate paragraph number (first at ${before})`);
        else seen.set(p.n, where);
      }
      for (const s of o.sections) {
        const before = sections.get(s.id);
        if (before) problems.push(`${file.path}:${s.line}: <Section id> "${s.id}" is used twice (first at ${before})`);
        else sections.set(s.id, `${file.path}:${s.line}`);
      }
      const marked = [...o.paragraphs, ...o.blocks].flatMap((b) => b.footnotes.map((n) => ({ n, line: b.line })));
      for (const { n, line } of marked) {
        const where = `${file.path}:${line}`;
        if (!Number.isInteger(n) || n < 1 || n > FOOTNOTE_COUNT)
          problems.push(`${where}: <Fn n> is ${n}, but the evaluation has footnotes 1–${FOOTNOTE_COUNT}`);
        else if (markers.has(n)) problems.push(`${where}: <Fn n> ${n} is marked twice (first at ${markers.get(n)})`);
        else markers.set(n, where);
      }
    }
    const missing = Array.from({ length: PARAGRAPH_COUNT }, (_, i) => i + 1).filter((n) => !seen.has(n));
    if (missing.length > 0) problems.push(`content/report/${lang}: paragraphs missing: ${missing.join(', ')}`);

    const defined = notes.filter((f) => f.lang === lang);
    const definedNumbers = new Set(defined.flatMap((f) => f.numbers));
    for (const [n, where] of markers) {
      if (!definedNumbers.has(n)) problems.push(`${where}: <Fn n={${n}}> has no footnote ${n} in content/footnotes/${lang}.yaml`);
    }
    for (const f of defined) {
      for (const n of f.numbers) if (!markers.has(n)) problems.push(`${f.path}: footnote ${n} has no <Fn n={${n}}> marker in content/report/${lang}`);
    }
  }
  return problems;
}
