/** An analysis saved as JSON and opened again; where a syntax error is. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analysisArb, encode } from '../helpers/prioritise.ts';
import { fromJSON, syntaxErrorAt, toJSON } from '../../src/lib/prioritise/json.ts';
import { importFile } from '../../src/lib/prioritise/import.ts';

describe('JSON', () => {
  it('JSON: any valid analysis comes back the same', () => {
    fc.assert(
      fc.property(analysisArb, (a) => {
        expect(fromJSON(toJSON(a))).toEqual({ ok: true, analysis: a });
        expect(importFile(encode(toJSON(a)), 'analysis.json')).toEqual({ ok: true, analysis: a, encoding: 'utf-8' });
      }),
    );
  });

  it.each([
    ['a trailing comma: at the bracket after it', '{\n  "a": 1,\n}', { line: 3, column: 1 }],
    ['an unquoted word: at the word', '{\n  "name": tru\n}', { line: 2, column: 11 }],
    ['a comment (JSON has none): at the comment', '{ /* note */ "a": 1 }', { line: 1, column: 3 }],
    ['a raw tab inside a string: at the string', '{"a": "x\ty"}', { line: 1, column: 7 }],
    ['an object not closed: at its end', '{"a": 1', { line: 1, column: 8 }],
    ['something after the value', '{"a": 1}\n\nx', { line: 3, column: 1 }],
  ] as const)('places a syntax error: %s', (_, text, at) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(syntaxErrorAt(text)).toEqual(at);
    expect(fromJSON(text)).toEqual({ ok: false, error: { code: 'bad-json', format: 'json', ...at } });
  });
});
