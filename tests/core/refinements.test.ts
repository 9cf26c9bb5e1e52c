import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { LocalDate, safeValidate } from '../../src/core/index.js';
import { checkDateOrder, checkUniqueKeys, hasDuplicates, isObjectPayload } from '../../src/core/internal.js';

const Term = z
  .strictObject({ startsOn: LocalDate, endsOn: LocalDate, codes: z.array(z.string()) })
  .superRefine(
    (t, ctx) => {
      checkDateOrder(ctx, t.startsOn, t.endsOn, 'endsOn', {
        code: 'test.term.end_before_start',
        message: 'must end after it starts',
      });
      checkUniqueKeys(
        ctx,
        Array.isArray(t.codes) ? t.codes : [],
        (c) => c,
        (i) => ['codes', i],
        { code: 'test.term.duplicate_code', message: 'must not repeat a code' },
      );
    },
    { when: isObjectPayload },
  );

function codesOf(input: unknown): string[] {
  const result = safeValidate(Term, input, 'term');
  return result.success ? [] : result.error.issues.map((i) => `${i.at} ${i.code}`);
}

describe('checkDateOrder', () => {
  it('accepts a term that ends the day after it starts', () => {
    expect(codesOf({ startsOn: '2026-11-02', endsOn: '2026-11-03', codes: [] })).toEqual([]);
  });

  it('refuses a term that ends on the day it starts, at the end date, without echoing the dates', () => {
    const result = safeValidate(Term, { startsOn: '2026-11-02', endsOn: '2026-11-02', codes: [] }, 'term');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => [i.at, i.code])).toEqual([
      ['$.endsOn', 'test.term.end_before_start'],
    ]);
    expect(JSON.stringify(result.error.issues)).not.toContain('2026-11-02');
  });

  it('still checks the order when another field failed, so one error lists every problem', () => {
    expect(codesOf({ startsOn: '2026-11-05', endsOn: '2026-11-01', codes: 'x' })).toEqual([
      '$.codes invalid_type',
      '$.endsOn test.term.end_before_start',
    ]);
  });

  it('leaves a missing date to the field check', () => {
    expect(codesOf({ startsOn: '2026-11-05', codes: [] })).toEqual(['$.endsOn invalid_type']);
  });
});

describe('checkUniqueKeys', () => {
  it('reports every repeat after the first, by index, and returns the keys seen', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 12 }), (codes) => {
        const reported: number[] = [];
        const ctx = { addIssue: (issue: { path: PropertyKey[] }) => reported.push(issue.path[1] as number) };
        const seen = checkUniqueKeys(
          ctx as unknown as z.core.$RefinementCtx,
          codes,
          (c) => c,
          (i) => ['codes', i],
          { code: 'test.duplicate', message: 'repeats' },
        );
        const expected = codes.flatMap((c, i) => (codes.indexOf(c) < i ? [i] : []));
        expect(reported).toEqual(expected);
        expect([...seen].sort()).toEqual([...new Set(codes)].sort());
      }),
    );
  });

  it('reports a repeated code in a schema at its own path', () => {
    expect(
      codesOf({ startsOn: '2026-11-02', endsOn: '2026-11-09', codes: ['90837', '90791', '90837'] }),
    ).toEqual(['$.codes[2] test.term.duplicate_code']);
  });
});

describe('hasDuplicates', () => {
  it('is true exactly when some value appears twice', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 2 }), { maxLength: 10 }), (items) => {
        expect(hasDuplicates(items)).toBe(items.some((x, i) => items.indexOf(x) !== i));
      }),
    );
  });
});

describe('isObjectPayload', () => {
  it('runs a refinement on any object, and on nothing else', () => {
    expect(isObjectPayload({ value: {} })).toBe(true);
    expect(isObjectPayload({ value: [] })).toBe(true);
    expect(isObjectPayload({ value: null })).toBe(false);
    expect(isObjectPayload({ value: 'a' })).toBe(false);
  });
});
