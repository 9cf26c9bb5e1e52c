// Measures, on the built package (run `npm run build` first):
//  1. `practice-ops demo` end to end, as a user runs it (process start to exit), median of 7 runs: goal < 1 s;
//  2. the work queue for a generated 500-clinician practice (200,000 appointments, 200,000 claims): wall
//     time of buildWorkQueue (goal < 5 s) and the process's peak resident memory (goal < 1.5 GB).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = `${root}dist/cli/main.js`;

const runs = [];
for (let i = 0; i < 7; i += 1) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, 'demo'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`demo exited ${r.status}`);
  runs.push(Number(process.hrtime.bigint() - start) / 1e6);
}
runs.sort((a, b) => a - b);
console.log(
  `practice-ops demo end to end: median ${runs[3].toFixed(0)} ms (min ${runs[0].toFixed(0)}, max ${runs[6].toFixed(0)})`,
);

// CPU time of one run too, where GNU time exists: on a busy machine wall time overstates the cost.
const timed = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, cli, 'demo'], {
  stdio: ['ignore', 'ignore', 'pipe'],
  encoding: 'utf8',
});
if (timed.status === 0) {
  const [user, sys, kb] = timed.stderr.trim().split(/\s+/).slice(-3).map(Number);
  console.log(
    `practice-ops demo CPU: ${((user + sys) * 1000).toFixed(0)} ms, peak RSS ${(kb / 1024).toFixed(0)} MB`,
  );
}

const child = `
import { readFileSync } from 'node:fs';
import { buildWorkQueue, generatePractice } from ${JSON.stringify(`${root}dist/ops/index.js`)};
const data = generatePractice({ seed: 500, asOf: '2026-11-20', clinicians: 500, appointments: 200000, claims: 200000 });
const t = performance.now();
const cpu = process.cpuUsage();
const queue = buildWorkQueue(data, { asOf: '2026-11-20' });
const wall = performance.now() - t;
const used = process.cpuUsage(cpu);
const peak = /VmHWM:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
const total = queue.tasks.length + queue.forOtherRoles.reduce((n, g) => n + g.tasks.length, 0);
console.log('work queue, 500 clinicians / 200,000 appointments / 200,000 claims: ' + wall.toFixed(0) + ' ms wall, ' +
  ((used.user + used.system) / 1000).toFixed(0) + ' ms CPU, ' + total + ' tasks; peak RSS of the process ' +
  (peak === undefined ? 'n/a' : (Number(peak) / 1024).toFixed(0) + ' MB') + ' (generation included)');
`;
const r = spawnSync(process.execPath, ['--input-type=module', '-e', child], {
  stdio: ['ignore', 'inherit', 'inherit'],
});
process.exitCode = r.status ?? 1;
