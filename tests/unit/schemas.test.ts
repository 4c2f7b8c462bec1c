/** The Zod schemas refuse bad data with messages that name the field. */
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/schemas/report.ts';
import { footnoteSchema } from '../../src/schemas/footnotes.ts';
import { factorSchema } from '../../src/schemas/factors.ts';
import { groupSchema } from '../../src/schemas/groups.ts';
import { keyMessagesSchema } from '../../src/schemas/key-messages.ts';
import { changelogSchema } from '../../src/schemas/changelog.ts';

const report = { part: 'findings', lang: 'zh', order: 3, label: '三.', title: '主要结果' };

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((i) => i.path.join('.'));
}

describe('schemas', () => {
  it('accept good data', () => {
    expect(reportSchema.safeParse(report).success).toBe(true);
    expect(footnoteSchema.safeParse({ n: 4, lang: 'zh', text: '见[文件](https://example.org/a)。' }).success).toBe(true);
  });

  it.each([
    { what: 'report without a title', schema: reportSchema, data: { ...report, title: undefined }, path: 'title' },
    { what: 'report with an unknown part', schema: reportSchema, data: { ...report, part: 'annex' }, path: 'part' },
    { what: 'report with an unknown language', schema: reportSchema, data: { ...report, lang: 'fr' }, path: 'lang' },
    { what: 'footnote 11', schema: footnoteSchema, data: { n: 11, lang: 'zh', text: 'x' }, path: 'n' },
    { what: 'footnote with a non-web link', schema: footnoteSchema, data: { n: 1, lang: 'zh', text: '[x](ftp://a)' }, path: 'text' },
    {
      what: 'factor without an English prompt',
      schema: factorSchema,
      data: { order: 1, name: { zh: 'a', en: 'a' }, description: { zh: 'a', en: 'a' }, consider: { zh: 'a' } },
      path: 'consider.en',
    },
    { what: 'group 19', schema: groupSchema, data: { order: 19, name: { zh: 'a', en: 'a' } }, path: 'order' },
    { what: 'key message quoting paragraph 58', schema: keyMessagesSchema, data: { lang: 'zh', order: 1, paragraph: 58, quote: 'x' }, path: 'paragraph' },
    {
      what: 'changelog with a bad date',
      schema: changelogSchema,
      data: { version: '1.0.0', date: '25/11/2026', changes: [{ zh: 'a', en: 'a' }] },
      path: 'date',
    },
  ])('refuse $what, naming $path', ({ schema, data, path }) => {
    const result = schema.safeParse(data);
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toContain(path);
  });
});
