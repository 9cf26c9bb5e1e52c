// The CLI's `digest` on a generated 500-clinician practice file, measured as whole processes against the
// floor of reading and JSON.parse-ing the same file, side by side in the same run (so a busy machine
// slows both). Run on the built package: `npm run build && node bench/digest-process.mjs`.
//
//   BENCH_RUNS=5            runs of each command (medians are reported)
//   BENCH_CLINICIANS=500    size of the practice (appointments and claims scale at 400 per clinician)
//   BENCH_BASELINE=path     another build's dist/cli/main.js (say, main's) measured in the same runs
//
// Target: digest at most 2x the floor's time and 2x its peak memory: met. Last measured 2026-12-05 by the lead on
// a clean clone of dd4ca61, nothing else running (load 0.6-1.9), two runs of 7, medians, 4d7cf99 as baseline:
// floor 2.00/2.02 s wall, 516 MB; digest 3.79 s, 549 MB: wall 1.90x and 1.88x (the first run's 7 each 1.75-1.98x), memory
// 1.07x, CPU 2.02x, main thread 1.91x/1.93x; 4d7cf99 1.97x/1.90x. Earlier, under load (digest13, 7
// alternating runs, medians, main before digest13's changes, e21b69e, as baseline), at load 6-10: floor
// 2.28 s wall (2.12 s of CPU, 1.55 s on the main thread), 515 MB; digest 4.93 s (4.66 s, 3.14 s), 549 MB:
// wall 2.17x, CPU 2.20x, main thread 2.02x, memory 1.07x; e21b69e 2.21x, 2.22x, 2.08x. Two busier runs
// (load 11-12 and 15-23) read 2.07x and 2.11x of the main thread (e21b69e 2.08x and 2.21x). After digest12
// (the triage compile; load 8.6-11.3, 7 runs, 8013b9d without digest12's compile changes as baseline): floor
// 3.80 s wall (2.23 s CPU, 1.61 s main thread), digest 6.90 s (4.49 s, 3.07 s), 549-632 MB: wall 1.82x, CPU
// 2.01x, main thread 1.90x, memory 1.22x (1.07x at 549 MB); baseline 2.10x, 2.14x, 1.97x. Wall medians
// swing with the load: CPU time is the steadier figure, and the main thread's (what the wall clock waits
// for on an idle machine) the steadiest. Earlier figures and where the time goes: docs/ops.md, "Speed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli/main.js');
const baselineCli = process.env.BENCH_BASELINE;
const runs = Number(process.env.BENCH_RUNS ?? 5);
const clinicians = Number(process.env.BENCH_CLINICIANS ?? 500);
const asOf = '2026-11-20';
const dir = mkdtempSync(join(tmpdir(), 'practice-ops-bench-'));
const file = join(dir, 'practice.json');
const rssFile = join(dir, 'rss');

// Each measured process writes its own peak resident memory (kilobytes on Linux and macOS), CPU time
// (user and system, which a busy machine inflates less than the wall clock) and, on Linux, its main
// thread's CPU time (without the compiler's and collector's background threads) when it exits.
const preload = join(dir, 'peak-rss.mjs');
writeFileSync(
  preload,
  `import { existsSync, readFileSync, writeFileSync } from 'node:fs';
process.on('exit', () => {
  const u = process.resourceUsage();
  const stat = \`/proc/self/task/\${process.pid}/schedstat\`;
  const main = existsSync(stat) ? Number(readFileSync(stat, 'utf8').split(' ')[0]) / 1e6 : Number.NaN;
  writeFileSync(process.env.PEAK_RSS_FILE, \`\${u.maxRSS} \${(u.userCPUTime + u.systemCPUTime) / 1000} \${main}\`);
});
`,
);

function generate() {
  // In its own process, so the generator's memory is not the bench's.
  const script = `
import { writeFileSync } from 'node:fs';
import { generatePractice } from ${JSON.stringify(join(root, 'dist/ops/index.js'))};
const data = generatePractice({ seed: 500, asOf: '${asOf}', clinicians: ${clinicians},
  appointments: ${clinicians * 400}, claims: ${clinicians * 400} });
writeFileSync(${JSON.stringify(file)}, JSON.stringify(data));
`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`generating the practice file failed (exit ${r.status})`);
}

function measure(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', preload, ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PEAK_RSS_FILE: rssFile, NO_COLOR: '1' },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  const [kb, cpuMs, mainMs] = spawnSync('cat', [rssFile], { encoding: 'utf8' }).stdout.split(' ').map(Number);
  return { ms, cpuMs, mainMs, mb: kb / 1024 };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

try {
  const t = process.hrtime.bigint();
  generate();
  const size = statSync(file).size / 1e6;
  console.log(
    `load average at the start: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `practice file: ${clinicians} clinicians, ${clinicians * 400} appointments, ${clinicians * 400} claims, ` +
      `${size.toFixed(0)} MB (generated in ${(Number(process.hrtime.bigint() - t) / 1e9).toFixed(1)} s)`,
  );
  const floorArgs = ['-e', `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`];
  const digestArgs = [cli, 'digest', '--data', file, '--as-of', asOf];
  const floor = [];
  const digest = [];
  const baseline = [];
  // Alternate the commands, so a burst of load elsewhere falls on all of them.
  for (let i = 0; i < runs; i += 1) {
    floor.push(measure(floorArgs));
    digest.push(measure(digestArgs));
    if (baselineCli !== undefined) baseline.push(measure([baselineCli, ...digestArgs.slice(1)]));
    const f = floor.at(-1);
    const d = digest.at(-1);
    const b = baseline.at(-1);
    console.log(
      `  run ${i + 1}: read+parse ${f.ms.toFixed(0)} ms ${f.cpuMs.toFixed(0)} ms CPU ${f.mb.toFixed(0)} MB | ` +
        `digest ${d.ms.toFixed(0)} ms ${d.cpuMs.toFixed(0)} ms CPU ${d.mb.toFixed(0)} MB` +
        (b === undefined
          ? ''
          : ` | baseline ${b.ms.toFixed(0)} ms ${b.cpuMs.toFixed(0)} ms CPU ${b.mb.toFixed(0)} MB`),
    );
  }
  const fMs = median(floor.map((r) => r.ms));
  const fMb = median(floor.map((r) => r.mb));
  const dMs = median(digest.map((r) => r.ms));
  const dMb = median(digest.map((r) => r.mb));
  const fCpu = median(floor.map((r) => r.cpuMs));
  const dCpu = median(digest.map((r) => r.cpuMs));
  const timeRatio = dMs / fMs;
  const memoryRatio = dMb / fMb;
  console.log(
    `load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `read + JSON.parse (floor): median ${fMs.toFixed(0)} ms (${fCpu.toFixed(0)} ms CPU), peak RSS ${fMb.toFixed(0)} MB`,
  );
  console.log(
    `practice-ops digest:       median ${dMs.toFixed(0)} ms (${dCpu.toFixed(0)} ms CPU), peak RSS ${dMb.toFixed(0)} MB`,
  );
  if (baseline.length > 0) {
    const bMs = median(baseline.map((r) => r.ms));
    const bMb = median(baseline.map((r) => r.mb));
    const bCpu = median(baseline.map((r) => r.cpuMs));
    console.log(
      `baseline digest:           median ${bMs.toFixed(0)} ms (${bCpu.toFixed(0)} ms CPU), peak RSS ${bMb.toFixed(0)} MB` +
        ` (ratio to the floor: time ${(bMs / fMs).toFixed(2)}x, memory ${(bMb / fMb).toFixed(2)}x)`,
    );
  }
  console.log(`CPU time ratio to the floor: ${(dCpu / fCpu).toFixed(2)}x`);
  const fMain = median(floor.map((r) => r.mainMs));
  if (!Number.isNaN(fMain)) {
    const dMain = median(digest.map((r) => r.mainMs));
    const bMain = baseline.length > 0 ? median(baseline.map((r) => r.mainMs)) : Number.NaN;
    console.log(
      `main thread's CPU time: floor ${fMain.toFixed(0)} ms, digest ${dMain.toFixed(0)} ms (${(dMain / fMain).toFixed(2)}x)` +
        (Number.isNaN(bMain) ? '' : `, baseline ${bMain.toFixed(0)} ms (${(bMain / fMain).toFixed(2)}x)`),
    );
  }
  console.log(
    `ratio to the floor: time ${timeRatio.toFixed(2)}x, memory ${memoryRatio.toFixed(2)}x (target at most 2x each): ` +
      (timeRatio <= 2 && memoryRatio <= 2 ? 'met' : 'NOT met'),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
