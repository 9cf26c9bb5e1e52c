// Builds dist/ from src/ with one output module per source file, so that an app's bundler keeps only the
// files it imports (the package says "sideEffects": false).
//   dist/**/*.js     ESM
//   dist/**/*.cjs    CommonJS: the same tree, each require() naming its .cjs neighbour
//   dist/cli/main.js the CLI as one ESM file (its dependencies left to node_modules): Node then resolves
//                    and compiles one module instead of 280, a third of a second on every run
//   dist/**/*.d.ts   types written by tsc (`npm run build`, `npm test`; `--no-types` skips them: the demo, benches,
//                    size check; `--types-unchecked` writes them without type-checking the sources again, for
//                    `npm test`, whose own `tsc --noEmit` checks them: 13 s of CPU instead of 31)
//   dist/**/*.d.cts  the same types for require(), each import naming its .cjs neighbour
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const types = !process.argv.includes('--no-types');
const checkTypes = !process.argv.includes('--types-unchecked');

const sources = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join('src', f));
const library = sources.filter((f) => !f.startsWith(join('src', 'cli')));

// Relative specifiers ending in .js, in require('…'), import('…') and `from '…'`.
const relativeJs = /((?:require\(|import\(|from )\s*["'])(\.\.?\/[^"']+)\.js(["'])/g;
const toCjs = (text) => text.replace(relativeJs, '$1$2.cjs$3');

function write(file, text) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

rmSync(dist, { recursive: true, force: true });
// Decision digests name the library version that decided: package.json's, written in at build time.
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const common = {
  absWorkingDir: root,
  outbase: 'src',
  outdir: 'dist',
  platform: 'node',
  target: 'node20',
  define: { __PRACTICE_OPS_VERSION__: JSON.stringify(version) },
};
const main = join(dist, 'cli', 'main.js');
const [, cjs] = await Promise.all([
  build({ ...common, entryPoints: library, format: 'esm' }),
  build({ ...common, entryPoints: library, format: 'cjs', outExtension: { '.js': '.cjs' }, write: false }),
  build({
    ...common,
    entryPoints: [join('src', 'cli', 'main.ts')],
    outdir: undefined,
    outfile: main,
    bundle: true,
    packages: 'external',
    format: 'esm',
    banner: { js: '#!/usr/bin/env node' },
  }),
]);
for (const file of cjs.outputFiles) write(file.path, toCjs(file.text));

chmodSync(main, 0o755);

if (types) {
  execFileSync(
    join(root, 'node_modules', '.bin', 'tsc'),
    ['-p', 'tsconfig.build.json', ...(checkTypes ? [] : ['--noCheck'])],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.d.ts')) continue;
    const path = join(dist, file);
    write(path.replace(/\.d\.ts$/, '.d.cts'), toCjs(readFileSync(path, 'utf8')));
  }
}
