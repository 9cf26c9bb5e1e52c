import { defineConfig } from 'vitest/config';

// The report in a real browser (Debian's chromium through playwright-core): `npm run test:browser`.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.browser.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser, pages one after another: the machine is shared.
    fileParallelism: false,
  },
});
