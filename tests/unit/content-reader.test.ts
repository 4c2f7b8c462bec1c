/**
 * The one content reader: the frontmatter split with LF, CRLF and a byte-order mark, and the report
 * read through its schema from a copy of the content with CRLF line endings (as a Windows checkout
 * with autocrlf writes it).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blankFrontmatter, frontmatterData, splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { ROOT, readCollection, readReport, readToolkit } from '../../src/lib/content/files.ts';
import { contextSchema } from '../../src/schemas/contexts.ts';

describe('splitFrontmatter', () => {
  it.each([
    ['LF', '---\ntitle: 背景\norder: 1\n---\n正文\n'],
    ['CRLF', '---\r\ntitle: 背景\r\norder: 1\r\n---\r\n正文\r\n'],
    ['a byte-order mark', '\uFEFF---\ntitle: 背景\norder: 1\n---\n正文\n'],
  ])('reads %s', (_, text) => {
    const split = splitFrontmatter(text);
    expect(frontmatterData(text)).toEqual({ title: '背景', order: 1 });
    expect(split.body.trim()).toBe('正文');
    expect(text.slice(split.offset)).toBe(split.body);
  });
  it('leaves a file without frontmatter whole, and a later --- line in the body', () => {
    expect(splitFrontmatter('正文\n---\n更多')).toEqual({ yaml: '', body: '正文\n---\n更多', offset: 0 });
    expect(splitFrontmatter('---\na: 1\n---\nbody\n---\nmore').body).toBe('body\n---\nmore');
    expect(frontmatterData('no frontmatter')).toEqual({});
  });
  it('reports invalid YAML with the parser’s message', () => {
    expect(() => frontmatterData('---\ntitle: [unclosed\n---\n')).toThrow(/flow|collection|unclosed|end/i);
  });
  it('blanks the block but keeps every line break, so line numbers still match', () => {
    const text = '---\r\ntitle: x\r\n---\r\nline 4\n';
    const blank = blankFrontmatter(text);
    expect(blank.split('\n').length).toBe(text.split('\n').length);
    expect(blank.split('\n')[3]).toBe('line 4');
    expect(blank).not.toContain('title');
  });
});

describe('readReport and readToolkit with CRLF line endings', () => {
  const root = mkdtempSync(join(tmpdir(), 'lnob-crlf-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const dir of ['content/report/zh', 'content/toolkit/en']) {
    cpSync(join(ROOT, dir), join(root, dir), { recursive: true });
    for (const name of readdirSync(join(root, dir))) {
      const file = join(root, dir, name);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/\r?\n/g, '\r\n'));
    }
  }
  // The toolkit's one order, with CRLF endings too.
  writeFileSync(join(root, 'content/toolkit/toolkit.yaml'), readFileSync(join(ROOT, 'content/toolkit/toolkit.yaml'), 'utf8').replace(/\r?\n/g, '\r\n'));
  it('reads the same parts, titles and paragraphs as from LF files', () => {
    const lf = readReport('zh');
    const crlf = readReport('zh', root);
    expect(crlf.map((p) => [p.part, p.title, p.label, p.order])).toEqual(lf.map((p) => [p.part, p.title, p.label, p.order]));
    expect(crlf.map((p) => p.outline.paragraphs.map((x) => x.n))).toEqual(lf.map((p) => p.outline.paragraphs.map((x) => x.n)));
    expect(crlf[0]?.title).not.toBe('');
  });
  it('reads the same toolkit frontmatter', () => {
    const lf = readToolkit('en');
    const crlf = readToolkit('en', root);
    expect(crlf.map((e) => e.front)).toEqual(lf.map((e) => e.front));
    expect(crlf.every((e) => e.body.length > 0)).toBe(true);
  });
  it('names the file and the field when a toolkit entry’s frontmatter breaks the schema', () => {
    const [first] = readdirSync(join(root, 'content/toolkit/en')).sort();
    const file = join(root, 'content/toolkit/en', first ?? '');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^stage: .*$/m, 'stage: explore'));
    expect(() => readToolkit('en', root)).toThrow(new RegExp(`^content/toolkit/en/${first}: stage: `));
    writeFileSync(file, text.replace(/^contexts:.*$/m, 'contexts: [umic, mars]'));
    expect(() => readToolkit('en', root)).toThrow(new RegExp(`^content/toolkit/en/${first}: contexts\\.1: `));
    writeFileSync(file, text);
    expect(readToolkit('en', root).find((e) => `${e.id}.mdx` === first)?.front.factors).toEqual(expect.any(Array));
  });
  it('names the file and the field when a part’s frontmatter breaks the schema', () => {
    const file = join(root, 'content/report/zh/background.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/order: \d+/, 'order: nine'));
    expect(() => readReport('zh', root)).toThrow(/content\/report\/zh\/background\.mdx: order: /);
  });
});

describe('readCollection', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lnob-collection-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('reads a YAML list through the collection’s schema, with each id', () => {
    const contexts = readCollection('content/contexts/contexts.yaml', contextSchema);
    expect(contexts.map((c) => c.id)).toEqual(expect.arrayContaining(['umic', 'lmic-lic', 'ldc-fragile']));
    for (const c of contexts) expect(c.name.zh.length).toBeGreaterThan(0);
  });
  it('stops on a bad entry, naming the file, the entry and the field', () => {
    const text = readFileSync(join(ROOT, 'content/contexts/contexts.yaml'), 'utf8');
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
    writeFileSync(join(dir, 'content/contexts/contexts.yaml'), text.replace(/^(\s+)name:/m, '$1nome:'));
    expect(() => readCollection('content/contexts/contexts.yaml', contextSchema, dir)).toThrow(/^content\/contexts\/contexts\.yaml: umic: name/);
  });
});
