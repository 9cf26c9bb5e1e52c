import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * With PRACTICE_OPS_PROPERTY_RUNS set (CI's passes on the other Nodes), every test's `import fc from
 * 'fast-check'` goes through the run-count setting (tests/setup/fast-check-runs.ts); unset, nothing changes.
 */
export const FAST_CHECK_ALIAS =
  process.env.PRACTICE_OPS_PROPERTY_RUNS === undefined
    ? []
    : [{ find: /^fast-check$/, replacement: `${import.meta.dirname}/tests/setup/fast-check-runs.ts` }];

const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8'));

export default defineConfig({
  // As the build does (scripts/build.mjs): the version decision digests name.
  define: { __PRACTICE_OPS_VERSION__: JSON.stringify(version) },
  resolve: { alias: FAST_CHECK_ALIAS },
  test: {
    include: ['tests/**/*.test.ts'],
    // Generous: on a busy shared machine the CLI tests, which run several processes at once, take a while.
    testTimeout: 120_000,
    // fast-check's run counts: the defaults here, ten times as many with PRACTICE_OPS_HEAVY=1.
    setupFiles: ['tests/setup/fast-check.ts'],
    // The library keeps no global state (no clock, no luxon Settings, no mocks in the tests), so test files
    // share their worker's loaded modules instead of loading the sources again for each file: about two
    // thirds of the suite's CPU time went to that.
    isolate: false,
    // At least two workers: vitest's default leaves a core to its main process, which idles during tests,
    // and so ran the whole suite in one worker on a 2-core machine.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // The JSON report lets .ci/run print the counts in a line any CI reader understands.
    reporters: ['default', ['json', { outputFile: '.vitest/results.json' }]],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli/**', 'src/**/index.ts'],
      thresholds: { lines: 95, branches: 90 },
      reporter: ['text-summary', 'json-summary'],
    },
    benchmark: {
      include: ['bench/**/*.bench.ts'],
    },
    // Benches that measure the built package load it as Node does for users, not through the transform
    // that serves the sources (which turns each call between modules into a property read).
    server: { deps: { external: [/\/dist\//] } },
  },
});
