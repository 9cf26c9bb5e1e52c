import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  type InvalidRecord,
  LocalDate,
  safeValidate,
  validate,
  validateBatch,
  validateEach,
} from '../../src/core/index.js';

describe('validate and safeValidate', () => {
  it('returns the parsed value of a valid input', () => {
    expect(validate(LocalDate, '2028-02-29', 'date')).toBe('2028-02-29');
    expect(safeValidate(LocalDate, '2028-02-29', 'date')).toEqual({ success: true, data: '2028-02-29' });
  });

  it('returns the error instead of throwing from safeValidate', () => {
    const result = safeValidate(LocalDate, '2027-02-29', 'date');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0].code).toBe('core.date.invalid');
  });
});

describe('validateBatch', () => {
  it('keeps valid records with their index and reports invalid ones by index', () => {
    const result = validateBatch(LocalDate, ['2026-01-05', 'soon', '2026-01-06', 42]);
    expect(result.valid).toEqual([
      { index: 0, value: '2026-01-05' },
      { index: 2, value: '2026-01-06' },
    ]);
    expect(result.invalid.map((r) => [r.index, r.issues[0].at])).toEqual([
      [1, '$[1]'],
      [3, '$[3]'],
    ]);
  });

  it('loses nothing and counts nothing twice, whatever the mix of records', () => {
    const Row = z.object({ n: z.number().int() });
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.record({ n: fc.integer() }), fc.anything())), (records) => {
        const { valid, invalid } = validateBatch(Row, records);
        const indexes = [...valid.map((v) => v.index), ...invalid.map((i) => i.index)].sort((a, b) => a - b);
        expect(indexes).toEqual(records.map((_, i) => i));
      }),
    );
  });
});

describe('validateEach', () => {
  it('streams valid records and reports invalid ones as it goes', () => {
    function* source() {
      yield '2026-03-01';
      yield '2026-13-01';
      yield '2026-03-02';
    }
    const bad: InvalidRecord[] = [];
    const good = [...validateEach(LocalDate, source(), (r) => bad.push(r))];
    expect(good.map((g) => g.index)).toEqual([0, 2]);
    expect(bad.map((b) => b.index)).toEqual([1]);
  });
});
