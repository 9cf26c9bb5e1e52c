// The unit tests against the built package, as CI runs them on every supported Node: the build keeps one
// module per source file, so each import of `src/<path>.js` resolves to `dist/<path>.js`, which Node
// loads as it does for users (not through vitest's transform). The CLI is built as one file
// (dist/cli/main.js, which tests/cli runs as a process): its own modules' tests import them from src/.
// Every test file runs; coverage is the main suite's business.
import { defineConfig } from 'vitest/config';
import base, { FAST_CHECK_ALIAS } from './vitest.config.js';

const root = import.meta.dirname;

export default defineConfig({
  ...base,
  resolve: {
    alias: [
      ...FAST_CHECK_ALIAS,
      { find: /^(?:\.\.\/)+src\/(?!cli\/)(.+)\.js$/, replacement: `${root}/dist/$1.js` },
    ],
  },
  test: {
    ...base.test,
    // A test that replaces a source module with vi.doMock cannot reach the built one (Node loads dist/
    // itself): it runs in the main suite only.
    exclude: [
      'tests/boundaries/triage/triage-rules.test.ts',
      'tests/boundaries/corpus/allow-list-floor.test.ts',
      // Typechecks the docs' examples against dist/'s types: the same on every Node, so once, in npm test.
      'tests/docs/examples-typecheck.test.ts',
      'node_modules/**',
    ],
    coverage: { enabled: false },
    reporters: ['default'],
  },
});
