// Packs the tarball users would get and checks it: only what users need, then publint and attw.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pack } from './pack.mjs';

const { tarball, files } = pack();
const allowed =
  /^(dist\/.+\.(js|cjs|d\.ts|d\.cts)|package\.json|README\.md|LICENSE|CHANGELOG\.md|docs\/examples\/practice\.json)$/;
const unexpected = files.filter((f) => !allowed.test(f));
if (unexpected.length > 0) {
  console.error(`The tarball holds files users do not need:\n  ${unexpected.join('\n  ')}`);
  process.exit(1);
}
console.log(`tarball: ${files.length} files`);

// The CLI is one file (see scripts/build.mjs): it imports only Node's built-ins and the package's
// dependencies, never a file of its own, so it runs whatever else the tarball holds.
const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8'));
const cliFiles = files.filter((f) => f.startsWith('dist/cli/'));
// Its import statements (each begins a line) and any import(): a bundle's strings may hold `from '…'`.
const cliImports = [
  ...readFileSync('dist/cli/main.js', 'utf8').matchAll(
    /^(?:import|export)\b[^;]*?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']/gm,
  ),
]
  .map((m) => m[1] ?? m[2])
  .filter((s) => !s.startsWith('node:') && !Object.hasOwn(dependencies, s));
if (cliFiles.join() !== 'dist/cli/main.js' || cliImports.length > 0) {
  console.error(
    `The CLI is not one file importing only its dependencies:\n  ${[...cliFiles, ...cliImports].join('\n  ')}`,
  );
  process.exit(1);
}

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run('npx', ['publint', 'run', '--strict', '--pack', 'npm']);
// node10 resolution cannot see subpath exports; the package requires Node >= 20 (see engines).
run('npx', ['attw', tarball, '--profile', 'node16']);
console.log('package check: ok');
