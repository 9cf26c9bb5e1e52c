import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
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
