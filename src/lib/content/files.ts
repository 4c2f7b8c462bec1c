/**
 * Reads the committed content from disk for what runs outside Astro's collections (the search
 * index, the build scripts and the tests), through the same frontmatter split and the same report
 * schema the site uses, so a file reads the same everywhere, with LF or CRLF line endings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { reportSchema } from '../../schemas/report.ts';
import { toolkitSchema, toolkitShapeSchema, type ToolkitShape } from '../../schemas/toolkit.ts';
import { compareEntries } from '../toolkit/order.ts';
import { outline, type Outline } from '../report/outline.ts';
import { frontmatterData, splitFrontmatter } from './frontmatter.ts';

/** The project's root folder (where package.json is). */
export const ROOT = join(import.meta.dirname, '..', '..', '..');

export type ReportFront = z.infer<typeof reportSchema>;

export interface ContentPart extends Pick<ReportFront, 'title' | 'label' | 'order'> {
  file: string;
  part: string;
  source: string;
  outline: Outline;
}

/** A schema's complaint as the build gives it: the file, the field and what is wrong. */
function schemaProblem(path: string, error: z.ZodError): Error {
  const issue = error.issues[0];
  return new Error(`${path}: ${issue?.path.join('.') || 'frontmatter'}: ${issue?.message ?? 'does not match the schema'}`);
}

/** The report's parts in one language, in reading order, their frontmatter checked by the report schema. */
export function readReport(lang: string, root = ROOT): ContentPart[] {
  const dir = join(root, 'content/report', lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const path = `content/report/${lang}/${file}`;
      const source = readFileSync(join(dir, file), 'utf8');
      const parsed = reportSchema.safeParse(frontmatterData(source));
      if (!parsed.success) throw schemaProblem(path, parsed.error);
      const { title, label, order } = parsed.data;
      return { file, part: file.replace(/\.mdx$/, ''), source, title, label, order, outline: outline(source) };
    })
    .sort((a, b) => a.order - b.order);
}

/**
 * A collection kept as one YAML list (`content/glossary/terms.yaml`), each entry checked by the schema the
 * site's collection uses and typed by it, with its `id`; a bad entry stops with the file, the id and the field.
 */
export function readCollection<S extends z.ZodType>(path: string, schema: S, root = ROOT): (z.output<S> & { id: string })[] {
  const items: unknown = parse(readFileSync(join(root, path), 'utf8'));
  if (!Array.isArray(items)) throw new Error(`${path}: must be a list of entries`);
  return (items as Record<string, unknown>[]).map((item, index) => {
    const { id, ...fields } = item;
    const where = typeof id === 'string' && id ? `${path}: ${id}` : `${path}: entry ${index + 1}`;
    const parsed = schema.safeParse(fields);
    if (!parsed.success) throw schemaProblem(where, parsed.error);
    return Object.assign({}, parsed.data as z.output<S>, { id: String(id) });
  });
}

/** A toolkit entry's frontmatter as src/schemas/toolkit.ts gives it outside Astro (ids as strings). */
export type ToolkitFront = z.infer<typeof toolkitSchema>;
export interface ToolkitFile {
  id: string;
  path: string;
  front: ToolkitFront;
  body: string;
}

/** `content/toolkit/toolkit.yaml`, checked by its schema: the entries' one order and the four section headings. */
export function readToolkitShape(root = ROOT): ToolkitShape {
  const path = 'content/toolkit/toolkit.yaml';
  const parsed = toolkitShapeSchema.safeParse(parse(readFileSync(join(root, path), 'utf8')));
  if (!parsed.success) throw schemaProblem(path, parsed.error);
  return parsed.data;
}

/**
 * The toolkit entries of one language as files, in their one order (by component, then as
 * content/toolkit/toolkit.yaml lists them): id, path, frontmatter (checked by the toolkit schema) and MDX body.
 */
export function readToolkit(lang: string, root = ROOT): ToolkitFile[] {
  const dir = join(root, 'content/toolkit', lang);
  const byOrder = compareEntries(readToolkitShape(root).order);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((file) => {
      const path = `content/toolkit/${lang}/${file}`;
      const text = readFileSync(join(dir, file), 'utf8');
      const parsed = toolkitSchema.safeParse(frontmatterData(text));
      if (!parsed.success) throw schemaProblem(path, parsed.error);
      return { id: file.replace(/\.mdx$/, ''), path, front: parsed.data, body: splitFrontmatter(text).body };
    })
    .sort((a, b) => byOrder({ component: a.front.component, slug: a.id }, { component: b.front.component, slug: b.id }));
}
