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

// The CLI ships once: its modules import the library through the modules' index.js and internal.js files
// (built one module per source file, so the same instances the package's entry points load), never a copy.
const cliImports = files
  .filter((f) => f.startsWith('dist/cli/') && f.endsWith('.js'))
  .flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]),
  );
const reachesIn = cliImports.filter(
  (s) => s.startsWith('..') && !/^\.\.\/\w+\/(index|internal)\.js$/.test(s),
);
if (reachesIn.length > 0) {
  console.error(`The CLI imports library files that are not module entries:\n  ${reachesIn.join('\n  ')}`);
  process.exit(1);
}

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run('npx', ['publint', 'run', '--strict', '--pack', 'npm']);
// node10 resolution cannot see subpath exports; the package requires Node >= 20 (see engines).
run('npx', ['attw', tarball, '--profile', 'node16']);
console.log('package check: ok');
