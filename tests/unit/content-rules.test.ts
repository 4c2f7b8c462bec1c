/**
 * Bad content is refused with a message naming the file and the field: each rule is tried on a copy
 * of content/ with one thing broken, through the checks the build runs (the content check of
 * src/integrations/content-check.ts, the report schema through the content reader, the footnote
 * schema). Three real failing builds, one per kind of check, are in tests/site/build-fails.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { contentProblems } from '../../src/integrations/content-check.ts';
import { readReport } from '../../src/lib/content/files.ts';
import { footnoteSchema } from '../../src/schemas/footnotes.ts';
import { PARAGRAPH_OUT_OF_RANGE, withBrokenCopy, type Breakage } from '../helpers/broken-copy.ts';

const toolkitEntry = 'content/toolkit/zh/prioritising-the-furthest-behind.mdx';

describe('the content check names the file and the field', () => {
  it.each<Breakage>([
    PARAGRAPH_OUT_OF_RANGE,
    {
      what: 'a toolkit entry for an unknown context',
      file: toolkitEntry,
      change: (t) => t.replace(/contexts: \[[^\]]*\]/, 'contexts: [mars]'),
      expected: [toolkitEntry, 'contexts[0] = "mars"'],
    },
    {
      what: 'a toolkit source paragraph that does not exist',
      file: toolkitEntry,
      change: (t) => t.replace(/sources: \[/, 'sources: [58, '),
      expected: [toolkitEntry, 'sources lists 58'],
    },
    {
      what: 'a toolkit entry naming an unknown factor',
      file: toolkitEntry,
      change: (t) => t.replace(/factors: \[/, 'factors: [poverty, '),
      expected: [toolkitEntry, 'factors[0] = "poverty"'],
    },
    {
      what: 'a toolkit entry naming an unknown group',
      file: 'content/toolkit/en/prioritising-the-furthest-behind.mdx',
      change: (t) => t.replace(/groups: \[/, 'groups: [martians, '),
      expected: ['content/toolkit/en/prioritising-the-furthest-behind.mdx', 'groups[0] = "martians"'],
    },
    {
      what: 'two toolkit entries with the same id',
      file: toolkitEntry,
      change: (t) => t.replace(/^---\n/, '---\nslug: making-the-case-for-funding\n'),
      expected: [toolkitEntry, 'id "making-the-case-for-funding"', 'content/toolkit/zh/making-the-case-for-funding.mdx'],
    },
    {
      what: 'a toolkit entry the one order does not list',
      file: 'content/toolkit/toolkit.yaml',
      change: (t) => t.replace('  - civil-society-as-partners\n', ''),
      expected: ['content/toolkit/toolkit.yaml: order: does not list "civil-society-as-partners"', 'content/toolkit/zh/civil-society-as-partners.mdx'],
    },
    {
      what: 'a toolkit entry whose section heading differs from the declared one',
      file: 'content/toolkit/en/civil-society-as-partners.mdx',
      change: (t) => t.replace('## Practical steps', '## Steps in practice'),
      expected: ['content/toolkit/en/civil-society-as-partners.mdx: its sections are', '"Steps in practice"', 'asks for', '"Practical steps"'],
    },
    {
      what: 'the toolkit sections out of order',
      file: 'content/toolkit/toolkit.yaml',
      change: (t) => t.replace(/  - id: findings\n(.*\n.*\n)  - id: steps\n(.*\n.*\n)/, '  - id: steps\n$2  - id: findings\n$1'),
      expected: ['content/toolkit/toolkit.yaml: sections: must be findings, steps, questions, pitfalls, in this order'],
    },
    {
      what: 'a recommendation heading among the conclusions',
      file: 'content/report/zh/conclusions.mdx',
      change: (t) => t.replace('<Section id="c2"', '<Section id="r2"'),
      expected: ['content/report/zh/conclusions.mdx:23', '<Section id> "r2" is recommendation 2', 'belongs in the recommendations part, not in conclusions'],
    },
    {
      what: 'a theme heading among the lessons',
      file: 'content/report/en/lessons.mdx',
      change: (t) => t.replace('<Section id="l3"', '<Section id="lesson-three"'),
      expected: ['content/report/en/lessons.mdx', '"lesson-three" names a theme of the findings, which belongs in the findings part'],
    },
  ])('$what', (breakage) => {
    const problems = withBrokenCopy(['content'], breakage, (dir) => contentProblems(dir)).join('\n');
    for (const words of breakage.expected) expect(problems).toContain(words);
  });
  it('finds nothing wrong with the committed content', () => {
    expect(contentProblems(join(import.meta.dirname, '..', '..'))).toEqual([]);
  });
});

describe('the schemas name the file and the field', () => {
  it('a report part without its title', () => {
    const breakage: Breakage = { what: 'no title', file: 'content/report/zh/findings.mdx', change: (t) => t.replace(/\ntitle: .*\n/, '\n'), expected: [] };
    expect(() => withBrokenCopy(['content'], breakage, (dir) => readReport('zh', dir))).toThrow(/content\/report\/zh\/findings\.mdx: title: /);
  });
  it('a footnote without its text', () => {
    const breakage: Breakage = {
      what: 'no text',
      file: 'content/footnotes/zh.yaml',
      change: (t) => t.replace(/(- id: zh-3\n  n: 3\n  lang: zh\n)  text: .*\n/, '$1'),
      expected: [],
    };
    const issues = withBrokenCopy(['content'], breakage, (dir) =>
      (parse(readFileSync(join(dir, 'content/footnotes/zh.yaml'), 'utf8')) as unknown[]).flatMap((item) => footnoteSchema.safeParse(item).error?.issues ?? []),
    );
    expect(issues.map((i) => i.path.join('.'))).toEqual(['text']);
  });
});
