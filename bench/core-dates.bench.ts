import { bench, describe } from 'vitest';
import { LocalDate } from '../src/core/index.js';
import { fromEpochDay, toEpochDay } from '../src/core/internal.js';

// A million dates, as a batch of claims would carry them.
const dates = Array.from({ length: 1_000_000 }, (_, i) => fromEpochDay(18_000 + (i % 5_000)));
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

describe('reading 1,000,000 YYYY-MM-DD dates', () => {
  bench('toEpochDay (character codes and integer civil arithmetic)', () => {
    let sum = 0;
    for (const d of dates) sum += toEpochDay(d);
    if (sum === 0) throw new Error('unreachable');
  });

  bench('baseline: regular expression and Date.UTC', () => {
    let sum = 0;
    for (const d of dates) {
      const m = DATE_RE.exec(d);
      if (m) sum += Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
    }
    if (sum === 0) throw new Error('unreachable');
  });

  bench('LocalDate.safeParse (the schema every record passes through)', () => {
    for (const d of dates) LocalDate.safeParse(d);
  });
});
