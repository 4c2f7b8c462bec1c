/**
 * The static imports of a built JavaScript module, read by es-module-lexer (the lexer Vite uses) rather
 * than a regular expression: dynamic imports (`import(…)`) are left out, since they load on use, not
 * with the page.
 */
import { init, parse } from 'es-module-lexer';

await init;

/** The specifiers a module imports statically, in order. */
export function staticImports(code: string): string[] {
  const [imports] = parse(code);
  return imports.filter((i) => i.d === -1 && i.n !== undefined).map((i) => i.n as string);
}
