// Packs the tarball users would get and checks it: only what users need, every link of its pages resolving
// inside it, the README's first example run as written from a clean install (ESM and CommonJS), then publint
// and attw.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import ts from 'typescript';
import { pack } from './pack.mjs';

const { tarball, files } = pack();
// The guides ship beside the README: its links (docs/billing.md, …) and an error's "see docs/reason-codes.md"
// must lead somewhere in node_modules/practice-ops, and package.json names no repository to link to instead.
const allowed =
  /^(dist\/.+\.(js|cjs|d\.ts|d\.cts)|package\.json|README\.md|LICENSE|CHANGELOG\.md|CONTRIBUTING\.md|SECURITY\.md|docs\/[\w-]+\.md|docs\/images\/[\w-]+\.png|docs\/examples\/practice\.json)$/;
const unexpected = files.filter((f) => !allowed.test(f));
if (unexpected.length > 0) {
  console.error(`The tarball holds files users do not need:\n  ${unexpected.join('\n  ')}`);
  process.exit(1);
}
console.log(`tarball: ${files.length} files`);

// Every relative link of every page in the tarball names a file in the tarball (web links are left alone).
const shipped = new Set(files);
const broken = files
  .filter((f) => f.endsWith('.md'))
  .flatMap((page) =>
    // Code (fenced blocks, inline spans) shows links without being one.
    [
      ...readFileSync(page, 'utf8')
        .replace(/```[\s\S]*?```|`[^`\n]*`/g, '')
        .matchAll(/\]\(([^)\s]+)\)|\bsrc="([^"]+)"/g),
    ]
      .map((m) => (m[1] ?? m[2]).split('#')[0])
      .filter((target) => target !== '' && !/^[a-z][\w+.-]*:/i.test(target))
      .map((target) => posix.normalize(posix.join(dirname(page), target)))
      .filter((target) => !shipped.has(target))
      .map((target) => `${page} -> ${target}`),
  );
if (broken.length > 0) {
  console.error(
    `Links of the packed pages lead outside the tarball:\n  ${[...new Set(broken)].join('\n  ')}`,
  );
  process.exit(1);
}
console.log('links of the packed pages: all inside the tarball');

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

// Getting started: the README's first TypeScript example, as written, in a clean folder that installed only
// the tarball, once as an ES module and once as CommonJS (its imports turned into requires); both must give
// the results the README writes after `//=>` (the outcome each names) and the same values.
const first = /```ts\n([\s\S]*?)\n```/.exec(readFileSync('README.md', 'utf8'))?.[1];
if (first === undefined) throw new Error('README.md has no ```ts example');
const source = ts.createSourceFile('readme.ts', first, ts.ScriptTarget.ES2022, true);
const imports = source.statements.filter(ts.isImportDeclaration);
const checked = source.statements.flatMap((st) => {
  const comment = /^[^\n]*\n?\s*\/\/=>\s*([^\n]*)/.exec(first.slice(st.end));
  return ts.isExpressionStatement(st) && comment !== null
    ? [{ st, outcome: /outcome: '(\w+)'/.exec(comment[1])?.[1] }]
    : [];
});
if (checked.length === 0) throw new Error("README.md's first example writes no result (//=>)");
let body = first;
for (const { st } of [...checked].reverse())
  body = `${body.slice(0, st.getStart())}__results.push(${st.expression.getText()});${body.slice(st.end)}`;
const withoutImports = imports.reduceRight(
  (text, d) => text.slice(0, d.getStart()) + text.slice(d.end),
  body,
);
const requires = imports
  .map((d) => `const ${d.importClause.namedBindings.getText()} = require(${d.moduleSpecifier.getText()});`)
  .join('\n');
const print = '\nconsole.log(JSON.stringify(__results));\n';
const example = mkdtempSync(join(tmpdir(), 'practice-ops-readme-'));
process.once('exit', () => rmSync(example, { recursive: true, force: true }));
writeFileSync(join(example, 'package.json'), JSON.stringify({ name: 'readme-example', private: true }));
execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], {
  cwd: example,
  stdio: ['ignore', 'ignore', 'inherit'],
});
writeFileSync(join(example, 'first.mjs'), `const __results = [];\n${body}${print}`);
writeFileSync(join(example, 'first.cjs'), `const __results = [];\n${requires}\n${withoutImports}${print}`);
const runExample = (file) => execFileSync('node', [file], { cwd: example, encoding: 'utf8' }).trim();
const esm = runExample('first.mjs');
const cjs = runExample('first.cjs');
const outcomes = JSON.parse(esm).map((r) => r?.outcome);
const wanted = checked.map((c) => c.outcome);
if (esm !== cjs || wanted.some((o, i) => o !== undefined && o !== outcomes[i])) {
  console.error(
    `README's first example: written ${wanted.join(', ')}; ESM gave ${esm}; CommonJS gave ${cjs}`,
  );
  process.exit(1);
}
console.log(`README's first example from a clean install: ESM and CommonJS agree (${outcomes.join(', ')})`);

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run('npx', ['publint', 'run', '--strict', '--pack', 'npm']);
// node10 resolution cannot see subpath exports; the package requires Node >= 20 (see engines).
run('npx', ['attw', tarball, '--profile', 'node16']);
console.log('package check: ok');
