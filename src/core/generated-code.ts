import type { CompiledCheck } from './check-verdict.js';

// Checks written as code for one schema at run time (the compiled check's objects, arrays and
// refinements). Each gets a name of its own, so the engine keeps each one's type feedback apart.

let generated = 0;

/**
 * A check made from `body` (the code of a function of `v`), with `values` in scope by name and `prelude`
 * run once before it; undefined where the runtime forbids generating code (a Content-Security-Policy
 * without 'unsafe-eval'). Only code this package writes is passed in; values from a schema enter as
 * `values` or as JSON string literals.
 */
export function generateCheck(
  name: string,
  values: Readonly<Record<string, unknown>>,
  body: string,
  prelude = '',
): CompiledCheck | undefined {
  generated += 1;
  const source = `${prelude}\nreturn function ${name}${generated}(v) {\n${body}\n};`;
  try {
    const make = new Function(...Object.keys(values), source);
    return make(...Object.values(values)) as CompiledCheck;
  } catch {
    return undefined;
  }
}
