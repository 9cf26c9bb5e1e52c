import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Email,
  IanaZone,
  Instant,
  LocalDate,
  LocalTime,
  NonNegativeCents,
  Npi,
  Phone,
  PracticeOpsError,
  UsState,
  ValidationError,
  validate,
} from '../../src/core/index.js';
import { formatPath } from '../../src/core/internal.js';

const Visit = z.object({
  date: LocalDate,
  zone: IanaZone,
  npi: Npi,
  feeCents: NonNegativeCents,
  lines: z.array(z.object({ units: z.number().int().min(1) })),
});

describe('ValidationError', () => {
  it('lists every problem by path and code, not only the first', () => {
    const error = catchError(() =>
      validate(
        Visit,
        { date: '2026-02-30', zone: 'Mars/Olympus', npi: '1234567890', feeCents: -1, lines: [{ units: 0 }] },
        'visit',
      ),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toBeInstanceOf(PracticeOpsError);
    expect(error.issues.map((i) => [i.at, i.code])).toEqual([
      ['$.date', 'core.date.invalid'],
      ['$.zone', 'core.zone.unknown'],
      ['$.npi', 'core.npi.check_digit'],
      ['$.feeCents', 'core.money.negative'],
      ['$.lines[0].units', 'too_small'],
    ]);
    expect(error.message).toContain('Invalid visit: 5 problems');
    expect(error.subject).toBe('visit');
    expect(error.code).toBe('validation_failed');
  });

  it('reports each unknown key at the object that holds it, never by its name', () => {
    const error = catchError(() =>
      validate(
        z.strictObject({ a: z.string(), inner: z.strictObject({ zone: z.string() }) }),
        { a: 'x', b: 1, c: 2, inner: { zone: 'UTC', zome: 1 } },
        'thing',
      ),
    );
    expect(error.issues.map((i) => [i.at, i.code])).toEqual([
      ['$.inner', 'core.object.unknown_field'],
      ['$', 'core.object.unknown_field'],
      ['$', 'core.object.unknown_field'],
    ]);
    expect(error.issues[0].message).toBe('has a field that is not in its schema: did you mean `zone`?');
    expect(error.message).not.toMatch(/\bb\b|\bc\b|zome/);
  });

  it('describes type, size, enum, union, format and multiple-of problems without values', () => {
    const Shape = z.object({
      n: z.number(),
      s: z.string().max(2),
      arr: z.array(z.number()).max(1),
      e: z.enum(['a', 'b']),
      u: z.union([z.number(), z.boolean()]),
      m: z.number().multipleOf(5),
      email: Email,
      rec: z.record(z.enum(['k']), z.number()),
    });
    const error = catchError(() =>
      validate(
        Shape,
        { n: 'x', s: 'long', arr: [1, 2], e: 'c', u: 'no', m: 7, email: 'nope', rec: { z: 1 } },
        'shape',
      ),
    );
    const byPath = Object.fromEntries(error.issues.map((i) => [i.at, i]));
    expect(byPath['$.n']?.message).toBe('expected number');
    expect(byPath['$.s']?.message).toBe('must be at most 2 characters');
    expect(byPath['$.arr']?.message).toBe('must be at most 1 items');
    expect(byPath['$.e']?.message).toBe('must be one of "a", "b"');
    expect(byPath['$.u']?.code).toBe('invalid_union');
    expect(byPath['$.m']?.message).toBe('must be a multiple of 5');
    expect(byPath['$.email']?.code).toBe('invalid_format');
    expect(error.issues.some((i) => i.at.startsWith('$.rec'))).toBe(true);
  });

  it('never contains the rejected input in any message, over arbitrary strings', () => {
    // The brackets never occur in our schemas' wording, so finding the whole input means it was echoed.
    const schemas = [
      LocalDate,
      Instant,
      IanaZone,
      LocalTime,
      Npi,
      Phone,
      Email,
      UsState,
      NonNegativeCents,
      Visit,
    ];
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.constantFrom(...schemas), (raw, schema) => {
        const input = `⟦${raw}⟧`;
        for (const value of [
          input,
          { date: input, zone: input, npi: input, feeCents: input, lines: [{ units: input }] },
        ]) {
          const result = schema.safeParse(value);
          if (result.success) continue;
          const error = catchError(() => validate(schema, value, 'record'));
          expect(error.message).not.toContain(input);
          for (const issue of error.issues) expect(issue.message).not.toContain(input);
        }
      }),
    );
  });
});

describe('formatPath', () => {
  it('writes JSON paths with indexes and quoted odd keys', () => {
    expect(formatPath([])).toBe('$');
    expect(formatPath(['claims', 3, 'lines', 0, 'units'])).toBe('$.claims[3].lines[0].units');
    expect(formatPath(['odd key', 'ok'])).toBe('$["odd key"].ok');
  });
});

function catchError(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}
