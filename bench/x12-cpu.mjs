// Reading a 45 MB 835 (100,000 claims) with read835 in CPU time, against the floor of splitting the same
// text with String.prototype.split (segments, then elements), the two alternating in one process so a busy
// machine slows both alike. CPU time (user + system, process.cpuUsage, garbage collector threads included)
// counts the work done, not the time spent waiting for a core; the wall time is printed beside it with the
// load average. Run on the built package: `node scripts/build.mjs --no-types && node bench/x12-cpu.mjs`.
//
//   BENCH_RUNS=7   runs of each (medians are reported; one warm-up run of each is not counted)
//
// Target: read835 on this file in under 2 s. Memory: bench/x12-memory.mjs.
import { loadavg } from 'node:os';
import { read835 } from '../dist/billing/x12/index.js';
import { make835Chunks } from './x12-835-file.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const { chunks, length, claims } = make835Chunks();
const text = chunks.join('');

function measure(work) {
  const cpu = process.cpuUsage();
  const wall = process.hrtime.bigint();
  work();
  const spent = process.cpuUsage(cpu);
  return {
    cpuMs: (spent.user + spent.system) / 1000,
    wallMs: Number(process.hrtime.bigint() - wall) / 1e6,
  };
}

const read = () => {
  if (read835(chunks).length !== 20) throw new Error('expected 20 payments');
};
const floor = () => {
  let n = 0;
  for (const s of text.split('~')) n += s.split('*').length;
  if (n === 0) throw new Error('nothing split');
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

measure(read);
measure(floor);
const results = { read: [], floor: [] };
const loads = [loadavg()[0]];
for (let i = 0; i < runs; i += 1) {
  results.read.push(measure(read));
  results.floor.push(measure(floor));
}
loads.push(loadavg()[0]);

const row = (name, list) => {
  const cpu = median(list.map((r) => r.cpuMs));
  const wall = median(list.map((r) => r.wallMs));
  console.log(
    `${name.padEnd(44)} cpu ${cpu.toFixed(0).padStart(6)} ms   wall ${wall.toFixed(0).padStart(6)} ms`,
  );
  return cpu;
};
console.log(
  `${(length / 1e6).toFixed(1)} MB, ${claims.toLocaleString('en-US')} claims, median of ${runs} runs each (Node ${process.versions.node})`,
);
const readCpu = row('read835, 64 KB chunks', results.read);
const floorCpu = row('floor: split on segments, then elements', results.floor);
console.log(
  `ratio (cpu) ${(readCpu / floorCpu).toFixed(2)}x   load average (1 min) ${loads.map((l) => l.toFixed(1)).join(' → ')}`,
);
console.log(`target < 2000 ms cpu: ${readCpu < 2000 ? 'met' : 'not met'}`);
