// `npm run mutation`: Stryker over the rules where a silent change costs money or safety, one file at a
// time against its own tests, incrementally: each file's last results are kept in mutation/<file>.json,
// and a rerun tests only the mutants whose code or covering tests changed.
//
//   npm run mutation                       every target in mutation/targets.json
//   npm run mutation -- src/core/money.ts  the files named
//   npm run mutation -- --changed main     the targets that differ from a git ref
//   npm run mutation -- --force            ignore the kept results and test every mutant again
//   npm run mutation -- --force src/core/money.ts:40-60,90-95
//                                          test again only the mutants on those lines; the others keep
//                                          their kept results (Stryker's incremental mode)
//   npm run mutation -- --ci               CI: only the targets whose source or tests differ from what
//                                          their kept result measured, within a time budget; fails when
//                                          a score is under its floor
//   npm run mutation -- --ci --budget 60   the same with another budget in seconds
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

/**
 * Each target: its tests (the score is measured against those alone), its floor (the lowest score CI
 * accepts, in percent) and the seconds a full run took here (CI's estimate of a rerun's cost).
 * @type {{ budgetSeconds: number, targets: Record<string, { tests: string[], floor: number, fullRunSeconds: number }> }}
 */
const config = JSON.parse(readFileSync(join(root, 'mutation/targets.json'), 'utf8'));
const TARGETS = Object.keys(config.targets);

const resultName = (file) =>
  `${file
    .replace(/^src\//, '')
    .replace(/\.ts$/, '')
    .replaceAll('/', '.')}.json`;
/** The kept (committed) result of a target. */
const keptOf = (file) => join('mutation', resultName(file));
/** CI's own copy of a result, updated by CI runs in this checkout (never committed). */
const ciCopyOf = (file) => join('.cache', 'mutation', resultName(file));

const args = process.argv.slice(2);
const force = args.includes('--force');
const ci = args.includes('--ci');
const changedAt = args.indexOf('--changed');
const budgetAt = args.indexOf('--budget');
const budgetSeconds = budgetAt === -1 ? config.budgetSeconds : Number(args[budgetAt + 1]);
if (!Number.isFinite(budgetSeconds) || budgetSeconds < 0)
  throw new Error('--budget needs a number of seconds');
const valueAt = new Set([changedAt, budgetAt].filter((i) => i !== -1).map((i) => i + 1));
let files = args.filter((a, i) => !a.startsWith('--') && !valueAt.has(i));
if (changedAt !== -1) {
  const ref = args[changedAt + 1];
  if (!ref) throw new Error('--changed needs a git ref');
  const changed = execFileSync('git', ['diff', '--name-only', ref, '--'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  files = TARGETS.filter((t) => [t, ...config.targets[t].tests].some((f) => changed.includes(f)));
} else if (files.length === 0) {
  files = TARGETS;
}
// A file may carry line ranges (`src/core/money.ts:40-60,90-95`): only the mutants on those lines run.
const fileOf = (spec) => spec.split(':')[0];
const mutateOf = (spec) => {
  const [file, ranges] = spec.split(':');
  return ranges === undefined
    ? file
    : ranges
        .split(',')
        .map((r) => `${file}:${r}`)
        .join(',');
};
const unknown = files.map(fileOf).filter((f) => !TARGETS.includes(f));
if (unknown.length > 0) throw new Error(`not a mutation target: ${unknown.join(', ')}`);

const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const readText = (path) => readFileSync(join(root, path), 'utf8');

/** Whether a result was measured on the target's source and tests exactly as they are now. */
function measuresCurrentTree(file, resultPath) {
  if (!existsSync(join(root, resultPath))) return false;
  const report = readJson(resultPath);
  if (report.files?.[file]?.source !== readText(file)) return false;
  return config.targets[file].tests.every((t) => report.testFiles?.[t]?.source === readText(t));
}

/** Stryker's score: killed and timed-out mutants over all that could be tested (survived, no coverage too). */
function score(file, resultPath) {
  const mutants = readJson(resultPath).files[file]?.mutants ?? [];
  const count = (...s) => mutants.filter((m) => s.includes(m.status)).length;
  const detected = count('Killed', 'Timeout');
  const valid = detected + count('Survived', 'NoCoverage');
  return {
    pct: valid === 0 ? 100 : (100 * detected) / valid,
    detected,
    valid,
    survived: mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage'),
  };
}

/**
 * Runs Stryker on one file, its results kept in `resultPath`; resolves to its exit code, or to `null`
 * when it was stopped after `limitSeconds` (the whole process group: Stryker and its test runner).
 */
function stryker(file, resultPath, limitSeconds, mutate = file) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js'),
        'run',
        'stryker.config.mjs',
        '--mutate',
        mutate,
        '--incrementalFile',
        resultPath,
        ...(force ? ['--force'] : []),
      ],
      {
        cwd: root,
        stdio: 'inherit',
        detached: limitSeconds !== undefined,
        env: { ...process.env, PRACTICE_OPS_MUTATION_TESTS: config.targets[file].tests.join(',') },
      },
    );
    let stopped = false;
    const timer =
      limitSeconds === undefined
        ? undefined
        : setTimeout(() => {
            stopped = true;
            process.kill(-child.pid, 'SIGKILL');
          }, limitSeconds * 1000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (stopped) rmSync(join(root, '.stryker-tmp'), { recursive: true, force: true });
      resolve(stopped ? null : code);
    });
  });
}

const rows = [];
const row = (pct, detected, valid, seconds, file, note = '') =>
  rows.push(
    `${pct.toFixed(1).padStart(5)} %  ${String(detected).padStart(4)}/${String(valid).padEnd(4)} ${String(seconds).padStart(5)}s  ${file}${note}`,
  );
const listSurvivors = (survived) => {
  for (const m of survived) {
    rows.push(
      `         ${m.status.toLowerCase()}: line ${m.location.start.line} ${m.mutatorName} ${JSON.stringify(m.replacement ?? '')}`,
    );
  }
};

/** `npm run mutation [files]`: every file named, its kept result updated. */
async function runAll() {
  let failed = false;
  for (const spec of files) {
    const file = fileOf(spec);
    const started = Date.now();
    const code = await stryker(file, keptOf(file), undefined, mutateOf(spec));
    const seconds = Math.round((Date.now() - started) / 1000);
    if (code !== 0 || !existsSync(join(root, keptOf(file)))) {
      failed = true;
      rows.push(`${file}: Stryker failed (exit ${code})`);
      continue;
    }
    const s = score(file, keptOf(file));
    row(s.pct, s.detected, s.valid, seconds, file);
    listSurvivors(s.survived);
  }
  console.log(`\nmutation score (killed / tested)   time  file\n${rows.join('\n')}`);
  return failed;
}

/**
 * `npm run mutation -- --ci`: a target whose kept result (or CI's own copy, from an earlier CI run in
 * this checkout) measured the current source and tests costs a file read; any other is run again,
 * incrementally from its kept result, while the budget lasts (estimated from its full-run time), and
 * skipped with the command to run when it does not fit. Fails when a score is under its floor.
 */
async function runCi() {
  const started = Date.now();
  const budget = budgetSeconds;
  let failed = false;
  const floorCheck = (file, resultPath, seconds, note) => {
    const s = score(file, resultPath);
    const floor = config.targets[file].floor;
    const under = s.pct < floor;
    if (under) failed = true;
    row(
      s.pct,
      s.detected,
      s.valid,
      seconds,
      file,
      `  ${note}${under ? `  UNDER ITS FLOOR OF ${floor} %` : ''}`,
    );
    if (under) listSurvivors(s.survived);
  };
  const stale = [];
  for (const file of files.map(fileOf)) {
    if (measuresCurrentTree(file, keptOf(file))) floorCheck(file, keptOf(file), 0, 'kept result, unchanged');
    else if (measuresCurrentTree(file, ciCopyOf(file)))
      floorCheck(file, ciCopyOf(file), 0, 'CI copy, unchanged');
    else stale.push(file);
  }
  // Cheapest first: the most files checked within the budget.
  stale.sort((a, b) => config.targets[a].fullRunSeconds - config.targets[b].fullRunSeconds);
  const skipped = [];
  for (const file of stale) {
    const left = budget - (Date.now() - started) / 1000;
    const estimate = config.targets[file].fullRunSeconds;
    if (estimate > left) {
      const never = existsSync(join(root, keptOf(file))) ? '' : ', never measured';
      skipped.push(
        `${file} (about ${estimate}s${never}, ${Math.max(0, Math.round(left))}s of the budget left)`,
      );
      continue;
    }
    mkdirSync(join(root, '.cache', 'mutation'), { recursive: true });
    if (existsSync(join(root, keptOf(file))))
      copyFileSync(join(root, keptOf(file)), join(root, ciCopyOf(file)));
    const t0 = Date.now();
    const code = await stryker(file, ciCopyOf(file), Math.floor(left));
    const seconds = Math.round((Date.now() - t0) / 1000);
    if (code === null) skipped.push(`${file} (stopped at the budget's end after ${seconds}s)`);
    else if (code !== 0 || !existsSync(join(root, ciCopyOf(file)))) {
      failed = true;
      rows.push(`${file}: Stryker failed (exit ${code})`);
    } else floorCheck(file, ciCopyOf(file), seconds, 'changed, measured again');
  }
  for (const s of skipped) rows.push(`skipped (budget): ${s}`);
  console.log(`\nmutation score (killed / tested)   time  file\n${rows.join('\n')}`);
  if (skipped.length > 0) {
    console.log(
      `\nNot measured within CI's ${budget}s budget; run before merging:\n  npm run mutation -- ${skipped.map((s) => s.split(' ')[0]).join(' ')}`,
    );
  }
  if (stale.length > skipped.length) {
    console.log(
      '\nA kept result in mutation/ is out of date: run `npm run mutation -- <file>` and commit it.',
    );
  }
  console.log(`mutation pass: ${Math.round((Date.now() - started) / 1000)}s (budget ${budget}s)`);
  return failed;
}

process.exitCode = (await (ci ? runCi() : runAll())) ? 1 : 0;
