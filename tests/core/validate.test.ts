import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  type InvalidRecord,
  LocalDate,
  safeValidate,
  validate,
  validateBatch,
} from '../../src/core/index.js';
import { MAX_LISTED_ISSUES, safeValidateByRecord, validateEach } from '../../src/core/internal.js';

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

describe('bounded problem lists', () => {
  const Dates = z.array(LocalDate);

  it('lists the first 100 problems and counts the rest by code', () => {
    const input = [...Array.from({ length: 150 }, () => 'soon'), ...Array.from({ length: 30 }, () => 7)];
    const result = safeValidate(Dates, input, 'dates');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(MAX_LISTED_ISSUES);
    expect(result.error.issues[99]?.at).toBe('$[99]');
    expect(result.error.unlisted).toEqual({ 'core.date.invalid': 50, invalid_type: 30 });
    expect(result.error.problemCount).toBe(180);
    expect(result.error.message).toContain('Invalid dates: 180 problems');
    expect(result.error.message).toContain('… and 80 more: 50 core.date.invalid, 30 invalid_type');
  });

  it('lists everything, with nothing unlisted, when the problems fit', () => {
    const result = safeValidate(Dates, ['soon', 'later'], 'dates');
    if (result.success) throw new Error('expected problems');
    expect(result.error.unlisted).toEqual({});
    expect(result.error.problemCount).toBe(2);
    expect(result.error.message).not.toContain('more:');
  });

  it('counts every problem exactly once, listed or not, for any number of bad records', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('soon', 3, '2026-02-30', null), { maxLength: 400 }), (bad) => {
        const result = safeValidate(Dates, bad, 'dates');
        expect(result.success).toBe(bad.length === 0);
        if (result.success) return;
        expect(result.error.problemCount).toBe(bad.length);
        expect(result.error.issues.length).toBe(Math.min(bad.length, MAX_LISTED_ISSUES));
      }),
    );
  });

  it('keeps, past 100 problems in a batch, each bad record’s first problem and counts its others', () => {
    const Row = z.strictObject({ a: LocalDate, b: LocalDate });
    const records = Array.from({ length: 80 }, () => ({ a: 'x', b: 'y' }));
    const { invalid } = validateBatch(Row, records);
    expect(invalid).toHaveLength(80);
    expect(invalid.slice(0, 50).every((r) => r.issues.length === 2 && r.unlisted === undefined)).toBe(true);
    expect(invalid[60]).toEqual({
      index: 60,
      issues: [expect.objectContaining({ at: '$[60].a', code: 'core.date.invalid' })],
      unlisted: { 'core.date.invalid': 1 },
    });
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

describe('safeValidateByRecord', () => {
  const Row = z.strictObject({ day: LocalDate, n: z.number().int().min(0) });
  const Book = z.strictObject({
    title: z.string().min(1),
    rows: z.array(Row).default([]),
    tags: z.array(z.string()).optional(),
    required: z.array(Row),
    capped: z.array(z.number()).max(2).default([]),
  });
  const row = fc.oneof(
    fc.record({
      day: fc.constantFrom('2026-01-05', '2026-02-30', 'soon'),
      n: fc.integer({ min: -2, max: 3 }),
    }),
    fc.record({ day: fc.constant('2026-01-05'), n: fc.constant(1), nn: fc.constant(1) }),
    fc.anything(),
  );
  const book = fc.record(
    {
      title: fc.constantFrom('Log', '', 7),
      rows: fc.oneof(fc.array(row, { maxLength: 5 }), fc.anything()),
      tags: fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }),
      required: fc.array(row, { maxLength: 3 }),
      capped: fc.array(fc.integer(), { maxLength: 4 }),
      titel: fc.string(),
    },
    { requiredKeys: [] },
  );
  const sorted = (issues: readonly { at: string; code: string; message: string }[]) =>
    issues.map((i) => `${i.at} ${i.code} ${i.message}`).sort();

  it('accepts, rejects and returns exactly what safeValidate does, problem for problem', () => {
    fc.assert(
      fc.property(fc.oneof(book, fc.anything()), (input) => {
        const whole = safeValidate(Book, input, 'book');
        const split = safeValidateByRecord(Book, input, 'book');
        expect(split.success).toBe(whole.success);
        if (whole.success && split.success) expect(split.data).toEqual(whole.data);
        if (!whole.success && !split.success)
          expect(sorted(split.error.issues)).toEqual(sorted(whole.error.issues));
      }),
    );
  });

  it('reusing its input: the same answers, and the input’s own records and lists where nothing differs', () => {
    fc.assert(
      fc.property(fc.oneof(book, fc.anything()), (input) => {
        const whole = safeValidate(Book, input, 'book');
        const reused = safeValidateByRecord(Book, input, 'book', 'reuse');
        expect(reused.success).toBe(whole.success);
        if (whole.success && reused.success) expect(reused.data).toEqual(whole.data);
        if (!whole.success && !reused.success)
          expect(sorted(reused.error.issues)).toEqual(sorted(whole.error.issues));
      }),
    );
    const rows = [{ day: '2026-01-05', n: 1 }];
    const kept = safeValidateByRecord(Book, { title: 'Log', rows, required: [] }, 'book', 'reuse');
    expect(kept.success && kept.data.rows).toBe(rows);
    // A record that needs a copy (an unknown key dropped) is copied; the list with it.
    const Loose = z.object({ rows: z.array(z.object({ n: z.number() })) });
    const loose = [{ n: 1 }, { n: 2, extra: true }];
    const copied = safeValidateByRecord(Loose, { rows: loose }, 'book', 'reuse');
    expect(copied.success && copied.data.rows).toEqual([{ n: 1 }, { n: 2 }]);
    expect(copied.success && copied.data.rows[0]).toBe(loose[0]);
    expect(loose[1]).toEqual({ n: 2, extra: true });
  });

  it('reports a hole in a list as a missing record, as zod does, never dropping it', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the case under test
    const rows = [, { day: '2026-01-05', n: 1 }];
    const result = safeValidateByRecord(Book, { title: 'Log', rows, required: [] }, 'book');
    expect(result.success === false && result.error.issues.map((i) => i.at)).toEqual(['$.rows[0]']);
    expect(safeValidate(Book, { title: 'Log', rows, required: [] }, 'book').success).toBe(false);
  });

  it('gives the fields in the schema’s order, defaults filled in', () => {
    const result = safeValidateByRecord(
      Book,
      { required: [], title: 'Log', rows: [{ n: 1, day: '2026-01-05' }] },
      'book',
    );
    expect(result.success && Object.keys(result.data)).toEqual(['title', 'rows', 'required', 'capped']);
  });

  it('lists 100 problems of a million-record list and counts the rest by code', () => {
    const rows = Array.from({ length: 1000 }, () => ({ day: 'soon', n: -1 }));
    const result = safeValidateByRecord(Book, { title: 'Log', rows, required: [] }, 'book');
    if (result.success) throw new Error('expected problems');
    expect(result.error.issues).toHaveLength(100);
    expect(result.error.unlisted).toEqual({ 'core.date.invalid': 950, too_small: 950 });
  });

  it('validates whole an object with checks of its own, or one that is not an object', () => {
    const Checked = Book.refine((b) => b.title !== 'No', { message: 'must not be No' });
    expect(safeValidateByRecord(Book, 'text', 'book').success).toBe(false);
    expect(safeValidateByRecord(z.strictObject({ a: z.string() }), { a: 'x' }, 'a')).toEqual({
      success: true,
      data: { a: 'x' },
    });
    const checked = safeValidateByRecord(Checked, { title: 'No', required: [] }, 'book');
    expect(checked.success === false && checked.error.issues.map((i) => i.message)).toEqual([
      'must not be No',
    ]);
  });
});
