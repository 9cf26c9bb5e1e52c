// Reading a 45 MB 835 (100,000 claims): read835 fed 64 KB chunks, against the floor of splitting the
// same text on its delimiters with String.prototype.split (segments, then elements) and nothing else.
// Wall time under vitest; CPU time, the figure for the 2 s target: bench/x12-cpu.mjs. Memory:
// bench/x12-memory.mjs.
import { bench, describe } from 'vitest';
import { read835 } from '../src/billing/x12/index.js';
// @ts-expect-error: a plain ES module shared with the memory script
import { make835Chunks } from './x12-835-file.mjs';

const { chunks } = make835Chunks() as { chunks: string[] };
const text = chunks.join('');

describe('read a 45 MB 835 (100,000 claims)', () => {
  bench(
    'read835, streamed in 64 KB chunks',
    () => {
      read835(chunks);
    },
    { iterations: 5, warmupIterations: 1 },
  );

  bench(
    'floor: String.prototype.split on segments, then elements',
    () => {
      const segments = text.split('~');
      let n = 0;
      for (const s of segments) n += s.split('*').length;
      if (n === 0) throw new Error('nothing split');
    },
    { iterations: 5, warmupIterations: 1 },
  );
});
