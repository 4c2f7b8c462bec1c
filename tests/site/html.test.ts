/** Every built page is valid HTML (html-validate, offline, standard rules). */
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { builtPages } from '../helpers/dist.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:standard'],
  rules: {
    // Astro writes the doctype in upper case.
    'doctype-style': 'off',
  },
});

describe('HTML validation', () => {
  const pages = builtPages();
  it.each(pages.map((p) => [p.url, p] as const))('%s has 0 errors', async (_, page) => {
    const report = await validator.validateString(page.html, page.file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});
