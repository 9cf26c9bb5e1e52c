import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { validateBatch } from '../../src/core/index.js';
import { keepFirstOfEachId } from '../../src/core/internal.js';

const Rec = z.strictObject({ id: z.string().min(1) });
const report = { code: 'test.record.duplicate_id', message: 'repeats an earlier id' };

describe('keepFirstOfEachId', () => {
  it('keeps the first record of each id and reports later ones by index, after the invalid ones in order', () => {
    const batch = validateBatch(Rec, [{ id: 'a' }, { id: '' }, { id: 'a' }, { id: 'b' }, { id: 'b' }]);
    const { records, invalid } = keepFirstOfEachId(batch, report);
    expect(records).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(invalid.map((r) => [r.index, r.issues.map((i) => `${i.at} ${i.code}`)])).toEqual([
      [1, ['$[1].id too_small']],
      [2, ['$[2].id test.record.duplicate_id']],
      [4, ['$[4].id test.record.duplicate_id']],
    ]);
  });

  it('loses no record: every input is kept or reported, each once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.constantFrom('', 'a', 'b', 'c') }), { maxLength: 15 }),
        (input) => {
          const { records, invalid } = keepFirstOfEachId(validateBatch(Rec, input), report);
          expect(records.length + invalid.length).toBe(input.length);
          expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
          expect(invalid.map((r) => r.index)).toEqual([...invalid.map((r) => r.index)].sort((a, b) => a - b));
        },
      ),
    );
  });
});
