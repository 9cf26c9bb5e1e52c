// `npm run mutation`: Stryker over the rules where a silent change costs money or safety, one file at a
// time against its own tests (tests/ mirrors src/), incrementally: each file's last results are kept in
// mutation/<file>.json, and a rerun tests only the mutants whose code or covering tests changed.
//
//   npm run mutation                       every file below
//   npm run mutation -- src/core/money.ts  the files named
//   npm run mutation -- --changed main     the files below that differ from a git ref (CI, release)
//   npm run mutation -- --force            ignore the kept results and test every mutant again
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/** Each rule file and the tests that own it; a score is measured against those alone. */
export const TARGETS = [
  'src/core/money.ts',
  'src/scheduling/fees/cancellation-fee.ts',
  'src/scheduling/fees/missed-session-fees.ts',
  'src/billing/claims/aging.ts',
  'src/billing/claims/timely-filing.ts',
  'src/billing/coding/service-code-selection.ts',
  'src/billing/remittance/posting.ts',
  'src/credentialing/enrollment/network-status.ts',
  'src/credentialing/jurisdiction/jurisdiction.ts',
];

const testsOf = (file) => file.replace(/^src\//, 'tests/').replace(/\.ts$/, '.test.ts');
const resultsOf = (file) =>
  join(
    'mutation',
    `${file
      .replace(/^src\//, '')
      .replace(/\.ts$/, '')
      .replaceAll('/', '.')}.json`,
  );

const args = process.argv.slice(2);
const force = args.includes('--force');
const changedAt = args.indexOf('--changed');
let files = args.filter((a, i) => !a.startsWith('--') && (changedAt === -1 || i !== changedAt + 1));
if (changedAt !== -1) {
  const ref = args[changedAt + 1];
  if (!ref) throw new Error('--changed needs a git ref');
  const changed = execFileSync('git', ['diff', '--name-only', ref, '--'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  files = TARGETS.filter((t) => changed.includes(t) || changed.includes(testsOf(t)));
} else if (files.length === 0) {
  files = TARGETS;
}
const unknown = files.filter((f) => !TARGETS.includes(f));
if (unknown.length > 0) throw new Error(`not a mutation target: ${unknown.join(', ')}`);

/** Stryker's score: killed and timed-out mutants over all that could be tested (survived, no coverage too). */
function score(file) {
  const report = JSON.parse(readFileSync(join(root, resultsOf(file)), 'utf8'));
  const mutants = report.files[file]?.mutants ?? [];
  const count = (...s) => mutants.filter((m) => s.includes(m.status)).length;
  const detected = count('Killed', 'Timeout');
  const valid = detected + count('Survived', 'NoCoverage');
  return {
    detected,
    valid,
    survived: mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage'),
  };
}

const rows = [];
let failed = false;
for (const file of files) {
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js'),
      'run',
      'stryker.config.mjs',
      '--mutate',
      file,
      '--incrementalFile',
      resultsOf(file),
      ...(force ? ['--force'] : []),
    ],
    { cwd: root, stdio: 'inherit', env: { ...process.env, PRACTICE_OPS_MUTATION_TESTS: testsOf(file) } },
  );
  const seconds = Math.round((Date.now() - started) / 1000);
  if (run.status !== 0 || !existsSync(join(root, resultsOf(file)))) {
    failed = true;
    rows.push(`${file}: Stryker failed (exit ${run.status})`);
    continue;
  }
  const { detected, valid, survived } = score(file);
  const pct = valid === 0 ? 100 : (100 * detected) / valid;
  rows.push(
    `${pct.toFixed(1).padStart(5)} %  ${String(detected).padStart(4)}/${String(valid).padEnd(4)} ${String(seconds).padStart(5)}s  ${file}`,
  );
  for (const m of survived) {
    rows.push(
      `         ${m.status.toLowerCase()}: line ${m.location.start.line} ${m.mutatorName} ${JSON.stringify(m.replacement ?? '')}`,
    );
  }
}
console.log(`\nmutation score (killed / tested)   time  file\n${rows.join('\n')}`);
process.exitCode = failed ? 1 : 0;
