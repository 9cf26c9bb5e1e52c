// resolveLocalTime takes its policy as a caller writes it (LocalTimePolicyInput): a field left out takes its
// default (`shift_forward`, `earlier`), as LocalTimePolicy.parse fills it in.
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { LocalTimePolicy, type LocalTimePolicyInput, resolveLocalTime } from '../../../src/core/index.js';

describe('resolveLocalTime with a policy as written', () => {
  it('takes a policy with a field left out, by type', () => {
    expectTypeOf<{ gap: 'skip' }>().toExtend<Parameters<typeof resolveLocalTime>[3]>();
  });

  it('skips 02:30 on 2026-03-08 in New York (the spring-forward gap) under { gap: skip }, overlap left out', () => {
    expect(resolveLocalTime('2026-03-08', '02:30', 'America/New_York', { gap: 'skip' }).status).toBe(
      'gap_skipped',
    );
  });

  it('takes the later 01:30 on 2026-11-01 in New York under { overlap: later }, gap left out', () => {
    expect(resolveLocalTime('2026-11-01', '01:30', 'America/New_York', { overlap: 'later' })).toMatchObject({
      status: 'overlap_later',
      instant: '2026-11-01T01:30:00-05:00',
    });
  });

  it('places a time as the parsed policy does, whatever is left out', () => {
    const policy: fc.Arbitrary<LocalTimePolicyInput> = fc
      .record({
        gap: fc.option(fc.constantFrom('shift_forward', 'skip' as const), { nil: undefined }),
        overlap: fc.option(fc.constantFrom('earlier', 'later' as const), { nil: undefined }),
      })
      .map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)));
    const moments = fc.constantFrom(
      ['2026-03-08', '02:30'] as const,
      ['2026-11-01', '01:30'] as const,
      ['2026-07-01', '09:00'] as const,
    );
    fc.assert(
      fc.property(policy, moments, (p, [date, time]) => {
        expect(resolveLocalTime(date, time, 'America/New_York', p)).toEqual(
          resolveLocalTime(date, time, 'America/New_York', LocalTimePolicy.parse(p)),
        );
      }),
    );
  });

  it('still rejects a policy value it does not know', () => {
    expect(() =>
      resolveLocalTime('2026-03-08', '02:30', 'America/New_York', { gap: 'later' as never }),
    ).toThrow(/local time policy gap/);
  });
});
