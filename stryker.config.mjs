// Stryker's shared settings; scripts/mutation.mjs runs it once per rule file with that file's own tests
// (`--mutate`, `--testFiles`, `--incrementalFile`), so a score says what those tests pin down.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  // One test runner: the machine's two cores are shared, and one runner keeps a run's time predictable.
  concurrency: 1,
  incremental: true,
  reporters: ['clear-text', 'progress'],
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // Busy shared machine: a slow run is not an infinite loop.
  timeoutMS: 20_000,
  timeoutFactor: 3,
  // Anchored (a bare 'coverage' would also drop src/billing/coverage from the sandbox).
  ignorePatterns: ['/dist', '/coverage', '/docs', '/bench', '/.vitest', '/.cache', '/mutation'],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
