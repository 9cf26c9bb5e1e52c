// Memory and time of reading a 45 MB 835 with read835 on the built package (run `node scripts/build.mjs
// --no-types` first), the file streamed from disk in 64 KB chunks so it is never held whole.
// Usage: node --expose-gc bench/x12-memory.mjs
// Prints one JSON line: the file's size, the peak resident memory the read added over the process before
// it, the heap its result keeps (after a full GC), both as multiples of the file's size, and the time.
// Target: peak under 3 times the file (measured 1.84x, the result keeping 1.26x; docs/x12.md "Speed").
// The file is written by a child process first, so this process's peak is the read's alone.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

if (process.argv[2] === 'write') {
  const { make835Chunks } = await import('./x12-835-file.mjs');
  writeFileSync(process.argv[3], make835Chunks().chunks.join(''));
  process.exit(0);
}
if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');

const file = join(tmpdir(), `practice-ops-835-${process.pid}.edi`);
execFileSync(process.execPath, [import.meta.filename, 'write', file]);
try {
  const { read835 } = await import('../dist/billing/x12/index.js');
  function* chunks() {
    const fd = openSync(file, 'r');
    const buffer = Buffer.alloc(65_536);
    try {
      for (;;) {
        const n = readSync(fd, buffer, 0, buffer.length, null);
        if (n === 0) return;
        yield buffer.toString('latin1', 0, n);
      }
    } finally {
      closeSync(fd);
    }
  }
  const bytes = statSync(file).size;
  globalThis.gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const advices = read835(chunks());
  const ms = performance.now() - started;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  globalThis.gc();
  const retained = process.memoryUsage().heapUsed - heapBefore;
  const claims = advices.reduce((t, a) => t + a.remittances.reduce((u, r) => u + r.claims.length, 0), 0);
  if (advices.some((a) => a.outcome !== 'balanced')) throw new Error('the bench file should balance');
  console.log(
    JSON.stringify({
      fileBytes: bytes,
      claims,
      peakAddedBytes: Math.max(0, peakRss - rssBefore),
      peakAddedRatio: Number((Math.max(0, peakRss - rssBefore) / bytes).toFixed(2)),
      retainedBytes: retained,
      retainedRatio: Number((retained / bytes).toFixed(2)),
      ms: Math.round(ms),
    }),
  );
} finally {
  rmSync(file, { force: true });
}
