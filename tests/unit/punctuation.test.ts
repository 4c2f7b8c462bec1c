/** Punctuation by language, from one place: full-width in Chinese, half-width with a space in English. */
import { describe, expect, it } from 'vitest';
import { listOf, punctuation } from '../../src/lib/punctuation.ts';

describe('punctuation', () => {
  it.each([
    ['zh', ['歧视'], '歧视'],
    ['zh', ['歧视', '地域', '治理'], '歧视、地域、治理'],
    ['en', ['discrimination', 'geography'], 'discrimination, geography'],
    ['en', ['discrimination', 'geography', 'governance'], 'discrimination, geography, governance'],
  ] as const)('%s lists %j as %s', (lang, items, expected) => {
    expect(listOf(lang, items)).toBe(expected);
  });
  it('gives Chinese full-width marks and no spaces, English half-width marks and a space', () => {
    expect(punctuation('zh')).toEqual({ colon: '：', stop: '。', semicolon: '；', comma: '，', space: '', parens: ['（', '）'] });
    expect(punctuation('en')).toEqual({ colon: ': ', stop: '.', semicolon: '; ', comma: ', ', space: ' ', parens: ['(', ')'] });
    for (const mark of Object.values(punctuation('en')).flat()) expect(mark).not.toMatch(/[\u3000-\u303f\uff00-\uffef]/);
  });
});
