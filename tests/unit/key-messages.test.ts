/** Key messages on the home page are quotations: each must stand word for word in its paragraph. */
import { describe, expect, it } from 'vitest';
import { readReport, readCollection } from '../helpers/content.ts';
import { keyMessagesSchema } from '../../src/schemas/key-messages.ts';

const paragraphs = new Map(readReport('zh').flatMap((p) => p.outline.paragraphs.map((x) => [x.n, x.text] as const)));
const messages = readCollection('content/key-messages/zh.yaml', keyMessagesSchema);

describe('zh key messages', () => {
  it('there are some', () => expect(messages.length).toBeGreaterThanOrEqual(5));
  it.each(messages.map((m) => [m.paragraph, m] as const))('the quote from ¶%i is verbatim', (_, m) => {
    expect(paragraphs.get(m.paragraph)).toContain(m.quote);
  });
});
