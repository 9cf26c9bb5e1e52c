import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8'));

// The report in a real browser (Debian's chromium through playwright-core): `npm run test:browser`.
export default defineConfig({
  // As the build does (scripts/build.mjs): the version decision digests name.
  define: { __PRACTICE_OPS_VERSION__: JSON.stringify(version) },
  test: {
    include: ['tests/browser/**/*.browser.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser, pages one after another: the machine is shared.
    fileParallelism: false,
  },
});
