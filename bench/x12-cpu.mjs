// Reading a 45 MB 835 (100,000 claims) with read835 in CPU time, against the floor of splitting the same
// text with String.prototype.split (segments, then elements), the two alternating in one process so a busy
// machine slows both alike. CPU time (user + system, process.cpuUsage, garbage collector threads included)
// counts the work done, not the time spent waiting for a core; the wall time is printed beside it with the
// load average. Run on the built package: `node scripts/build.mjs --no-types && node bench/x12-cpu.mjs`.
//
//   BENCH_RUNS=7   runs of each (medians are reported; one warm-up run of each is not counted)
//
// Target: read835 on this file in under 2 s. Memory: bench/x12-memory.mjs.
import { read835 } from '../dist/billing/x12/index.js';
import { timeAgainstFloor } from './cpu-against-floor.mjs';
import { make835Chunks } from './x12-835-file.mjs';

const { chunks, length, claims } = make835Chunks();
const text = chunks.join('');

timeAgainstFloor({
  title: `${(length / 1e6).toFixed(1)} MB, ${claims.toLocaleString('en-US')} claims`,
  runs: Number(process.env.BENCH_RUNS ?? 7),
  subject: {
    name: 'read835, 64 KB chunks',
    work: () => {
      if (read835(chunks).length !== 20) throw new Error('expected 20 payments');
    },
  },
  floor: {
    name: 'floor: split on segments, then elements',
    work: () => {
      let n = 0;
      for (const s of text.split('~')) n += s.split('*').length;
      if (n === 0) throw new Error('nothing split');
    },
  },
  targetMs: 2000,
});
