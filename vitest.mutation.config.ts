import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// Stryker's test runs (scripts/mutation.mjs): only the mutated file's own tests, named in
// PRACTICE_OPS_MUTATION_TESTS. They are selected here rather than with Stryker's `testFiles`, which in
// Stryker 9.6 switches a mutant in a module's top-level code (a schema, a table) on only after the module
// has loaded, so such "static" mutants all survived (stryker-js issue 6144). Each test file loads the
// sources afresh (`isolate: true`) so that a static mutant is active while its module loads.
const only = process.env.PRACTICE_OPS_MUTATION_TESTS;
export default defineConfig({
  ...base,
  test: { ...base.test, isolate: true, ...(only === undefined ? {} : { include: only.split(',') }) },
});
