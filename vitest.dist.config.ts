// The unit tests against the built package, as CI runs them on every supported Node: each import of a
// module's public entry (`src/<module>/index.js`, `src/index.js`) resolves to its file in dist/, which
// Node loads as it does for users. Tests that reach into a module's internal files test the sources only,
// so they run in the main suite and not here.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

const root = import.meta.dirname;
const entry = /^src\/(?:\w+\/)?index\.ts$/;

/** The source files a test reaches other than public entries, through its local helpers too. */
function internalImports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const found: string[] = [];
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
    const path = relative(root, resolve(dirname(file), spec!)).replace(/\.js$/, '.ts');
    if (path.startsWith('src/') && !entry.test(path)) found.push(path);
    if (path.startsWith('tests/')) found.push(...internalImports(join(root, path), seen));
  }
  return found;
}

const publicTests = readdirSync(join(root, 'tests'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `tests/${f}`)
  .filter((f) => internalImports(join(root, f)).length === 0)
  .sort();

export default defineConfig({
  ...base,
  resolve: {
    alias: [{ find: /^(?:\.\.\/)+src\/((?:\w+\/)?index)\.js$/, replacement: `${root}/dist/$1.js` }],
  },
  test: {
    ...base.test,
    include: publicTests,
    coverage: { enabled: false },
    reporters: ['default'],
    // The library keeps no global state, so test files can share each worker's loaded modules.
    isolate: false,
  },
});
