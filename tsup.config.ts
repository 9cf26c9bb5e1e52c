import { defineConfig } from 'tsup';

// One entry per public subpath; the CLI is its own ESM-only entry with a shebang.
const modules = ['core', 'scheduling', 'intake', 'billing', 'credentialing', 'boundaries', 'ops'];

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      ...Object.fromEntries(modules.map((m) => [`${m}/index`, `src/${m}/index.ts`])),
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    splitting: true,
    treeshake: true,
    target: 'node20',
    outDir: 'dist',
  },
  {
    // The command-line app: ESM only, run by Node through the package's `bin`.
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    target: 'node20',
    outDir: 'dist',
  },
]);
