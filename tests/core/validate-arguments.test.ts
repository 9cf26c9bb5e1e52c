import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LocalDate, ValidationError } from '../../src/core/index.js';
import { recordsArgument, validateArguments } from '../../src/core/internal.js';
import { markedValue, markerArb, problemText } from '../markers.js';
import { thrown } from '../validation-subject.js';

const Options = z.strictObject({ asOf: LocalDate, months: z.number().int().positive().optional() });

describe('validateArguments', () => {
  it('returns the parsed value of each argument, in order', () => {
    const [filed, options] = validateArguments([
      ['filedOn', LocalDate, '2026-03-02', 'filing date'],
      ['options', Options, { asOf: '2026-12-05' }, 'options'],
    ]);
    expect(filed).toBe('2026-03-02');
    expect(options).toEqual({ asOf: '2026-12-05' });
  });

  it('lists the problems of both bad dates of a Medicare filing, each under its parameter name', () => {
    const error = thrown(() =>
      validateArguments([
        ['filedOn', LocalDate, '2026-02-30', 'filing date'],
        ['firstServiceOn', LocalDate, '2026-13-01', 'first service date'],
      ]),
    );
    expect(error.subject).toBe('filing date and first service date');
    expect(error.issues.map((i) => i.at)).toEqual(['$.filedOn', '$.firstServiceOn']);
    expect(error.issues.map((i) => i.path)).toEqual([['filedOn'], ['firstServiceOn']]);
  });

  it('takes a check that is not a schema, listing its problems under its argument’s name beside the others’', () => {
    const check = (input: unknown): string => {
      if (input === 'ok') return 'checked';
      throw new ValidationError(
        'data file',
        [
          {
            path: ['clients', 0, 'zone'],
            at: '$.clients[0].zone',
            code: 'core.zone.unknown',
            message: 'must be a known IANA time zone',
          },
        ],
        { 'core.date.invalid': 250 },
      );
    };
    expect(validateArguments([['data', check, 'ok', 'data file']])).toEqual(['checked']);
    const error = thrown(() =>
      validateArguments([
        ['data', check, 'bad', 'data file'],
        ['options', Options, { asOf: '2026-02-30' }, 'options'],
      ]),
    );
    expect(error.subject).toBe('data file and options');
    expect(error.issues.map((i) => [i.at, i.path])).toEqual([
      ['$.data.clients[0].zone', ['data', 'clients', 0, 'zone']],
      ['$.options.asOf', ['options', 'asOf']],
    ]);
    // What the check only counted stays counted.
    expect(error.unlisted).toEqual({ 'core.date.invalid': 250 });
    // Any other error is a bug, not a problem of the input: it is thrown as is.
    const bug = new RangeError('bug');
    expect(() =>
      validateArguments([
        [
          'data',
          () => {
            throw bug;
          },
          1,
          'data file',
        ],
      ]),
    ).toThrow(bug);
  });

  it('names the one bad argument as the subject when the others are valid', () => {
    const error = thrown(() =>
      validateArguments([
        ['credentialedOn', LocalDate, '2026-01-15', 'credentialing date'],
        ['options', Options, { asOf: '2026-12-05', months: 0 }, 'recredentialing options'],
      ]),
    );
    expect(error.subject).toBe('recredentialing options');
    expect(error.issues.map((i) => `${i.code}@${i.at}`)).toEqual(['too_small@$.options.months']);
  });

  it('lists three bad arguments with commas and reports an unknown field at its object, unnamed', () => {
    const error = thrown(() =>
      validateArguments([
        ['a', LocalDate, 'soon', 'first date'],
        ['b', LocalDate, 'later', 'second date'],
        ['options', Options, { asOf: '2026-12-05', patientName_JaneDoe: 1 }, 'options'],
      ]),
    );
    expect(error.subject).toBe('first date, second date and options');
    expect(error.issues.map((i) => `${i.code}@${i.at}`)).toEqual([
      'core.date.invalid@$.a',
      'core.date.invalid@$.b',
      'core.object.unknown_field@$.options',
    ]);
    expect(error.message).not.toContain('JaneDoe');
  });

  it('lists the first 100 problems over all arguments and counts the rest', () => {
    const Dates = z.array(LocalDate);
    const error = thrown(() =>
      validateArguments([
        ['first', Dates, Array.from({ length: 80 }, () => 'soon'), 'first dates'],
        ['second', Dates, Array.from({ length: 40 }, () => 'soon'), 'second dates'],
      ]),
    );
    expect(error.issues).toHaveLength(100);
    expect(error.issues[99]?.at).toBe('$.second[19]');
    expect(error.unlisted).toEqual({ 'core.date.invalid': 20 });
  });

  it('takes any list of records as it is, and reports one that is not a list at its name beside others', () => {
    const records = [{ id: 'bad' }, 7];
    const [list] = validateArguments([['appointments', recordsArgument, records, 'appointments']]);
    expect(list).toBe(records);
    const error = thrown(() =>
      validateArguments([
        ['appointments', recordsArgument, 'a-1', 'appointments'],
        ['clients', recordsArgument, new Set(), 'clients'],
        ['filedOn', LocalDate, '2026-02-30', 'filing date'],
      ]),
    );
    expect(error.issues.map((i) => `${i.code}@${i.at}`)).toEqual([
      'invalid_type@$.appointments',
      'core.date.invalid@$.filedOn',
    ]);
    expect(error.subject).toBe('appointments and filing date');
  });

  it('treats a list that is not a list, or a spec without a schema, as a broken call', () => {
    expect(thrown(() => validateArguments({} as never)).subject).toBe('arguments');
    expect(thrown(() => validateArguments([['x', {} as never, 1, 'x']])).subject).toBe('schema');
    expect(thrown(() => validateArguments([[1 as never, LocalDate, '2026-01-01', 'x']])).subject).toBe(
      'argument name',
    );
  });

  it('always lists problems under every bad argument and none under a good one, never echoing a value', () => {
    const argument = markerArb.chain((marker) =>
      fc.record({
        bad: fc.boolean(),
        marker: fc.constant(marker),
        value: markedValue(marker),
        months: fc.nat(5),
      }),
    );
    fc.assert(
      fc.property(fc.array(argument, { minLength: 1, maxLength: 5 }), (spec) => {
        const args = spec.map(
          ({ bad, value, months }, i) =>
            [
              `arg${i}`,
              Options,
              bad ? { asOf: value } : { asOf: '2026-12-05', months: months + 1 },
              `argument ${i}`,
            ] as const,
        );
        const badOnes = spec.flatMap((s, i) => (s.bad ? [`arg${i}`] : []));
        if (badOnes.length === 0) {
          expect(validateArguments(args)).toHaveLength(spec.length);
          return;
        }
        const error = thrown(() => validateArguments(args));
        const named = new Set(error.issues.map((i) => i.path[0]));
        expect([...named].sort()).toEqual([...badOnes].sort());
        const text = [error.message, ...problemText(error.issues)].join('\n');
        for (const s of spec) expect(text).not.toContain(s.marker);
      }),
    );
  });
});
