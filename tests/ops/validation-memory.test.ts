// Rejecting a file of bad records takes no more memory than accepting the same number of good ones.
// Measured on the built package in child processes (`npm test` builds dist/ first), with a heap limit.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '..', '..', 'bench', 'validation-memory.mjs');
const RECORDS = 50_000;

interface Measure {
  readonly problems: number;
  readonly inputBytes: number;
  readonly retainedBytes: number;
}

function measure(kind: 'good' | 'bad', heapLimitMb?: number): Measure {
  const flags = [
    '--expose-gc',
    ...(heapLimitMb === undefined ? [] : [`--max-old-space-size=${heapLimitMb}`]),
  ];
  const run = spawnSync(process.execPath, [...flags, script, String(RECORDS), kind], { encoding: 'utf8' });
  expect(run.status, run.stderr.slice(-400)).toBe(0);
  return JSON.parse(run.stdout) as Measure;
}

describe('safeValidatePracticeData on 50,000 records', () => {
  // Two child processes, one of them garbage-collecting hard under its heap limit: slow on a busy machine.
  it('rejects 50,000 bad records within the heap that 50,000 good ones and their result take', {
    timeout: 120_000,
  }, () => {
    const good = measure('good');
    expect(good.problems).toBe(0);
    // The good file's input plus the validated records it keeps: a bound below what the good run needs.
    const limitMb = Math.ceil((good.inputBytes + good.retainedBytes) / 2 ** 20);
    const bad = measure('bad', limitMb);
    // Three problems a record, every one counted; only the first 100 are kept.
    expect(bad.problems).toBe(3 * RECORDS);
    expect(bad.retainedBytes).toBeLessThan(2 * 2 ** 20);
    expect(bad.retainedBytes).toBeLessThan(good.retainedBytes / 10);
  });
});
