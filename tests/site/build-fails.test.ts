/**
 * Bad content stops the real build (`astro build`) with a message naming the file and the field:
 * one case for each way the build refuses content (the content-check integration, a collection
 * schema, a collection loader). The rules themselves are tested directly, in milliseconds, in
 * tests/unit/content-rules.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/build.ts';
import { PARAGRAPH_OUT_OF_RANGE, PROJECT_FILES, withBrokenCopy, type Breakage } from '../helpers/broken-copy.ts';

describe('a build with bad content fails and says where', () => {
  it.each<Breakage>([
    { ...PARAGRAPH_OUT_OF_RANGE, what: `the content check: ${PARAGRAPH_OUT_OF_RANGE.what}` },
    {
      what: 'a collection schema: a toolkit entry without its component',
      file: 'content/toolkit/en/prioritising-the-furthest-behind.mdx',
      change: (t) => t.replace(/\ncomponent: .*\n/, '\n'),
      expected: ['prioritising-the-furthest-behind', 'component'],
    },
    {
      what: 'a collection loader: a context listed twice',
      file: 'content/contexts/contexts.yaml',
      change: (t) => `${t}\n${t.slice(t.indexOf('- id: umic'), t.indexOf('\n- id:', t.indexOf('- id: umic') + 1))}\n`,
      expected: ['content/contexts/contexts.yaml', 'umic', 'twice'],
    },
  ])('$what', (breakage) => {
    const { status, output } = withBrokenCopy(PROJECT_FILES, breakage, (dir) => astroBuild(dir));
    expect(status).not.toBe(0);
    for (const words of breakage.expected) expect(output).toContain(words);
  });
});
