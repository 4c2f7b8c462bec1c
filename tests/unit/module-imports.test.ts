/** What the budget and the service worker take a built module to load with it: its static imports only. */
import { describe, expect, it } from 'vitest';
import { staticImports } from '../../src/build/module-imports.ts';

describe('staticImports', () => {
  it.each([
    ['a side-effect import', 'import "./a.js";', ['./a.js']],
    ['named and default imports, minified', 'import{a as b}from"./x.js";import c from"../y.js";c(b)', ['./x.js', '../y.js']],
    ['a re-export', 'export{q}from"./q.js";', ['./q.js']],
    ['a namespace import after code', 'const z=1;import*as n from"./n.js";', ['./n.js']],
    ['not a dynamic import (it loads on use)', 'const m=()=>import("./later.js");', []],
    ['not an import inside a string', 'const s="import x from \'./fake.js\'";', []],
    ['not an import inside a comment', '/* import y from "./nope.js" */ export const k=1;', []],
  ])('%s', (_, code, expected) => {
    expect(staticImports(code)).toEqual(expected);
  });
});
