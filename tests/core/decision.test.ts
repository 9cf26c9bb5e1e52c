import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type Decision,
  getWorstSeverity,
  hasErrors,
  type NonEmptyArray,
  type Reason,
  reason,
  type Severity,
} from '../../src/core/index.js';
import {
  compareReasons,
  compareText,
  decideBySeverity,
  defineReasonCodes,
  sortReasons,
} from '../../src/core/internal.js';

const severity = fc.constantFrom<Severity>('info', 'warning', 'error');
const reasonArb = fc
  .record({ code: fc.constantFrom('x.a', 'x.b', 'x.c'), severity, message: fc.string({ maxLength: 8 }) })
  .map((r) => reason(r.code, r.severity, r.message));
const options = { pass: 'allowed', warn: 'allowed_with_warnings', fail: 'refused' } as const;

describe('decideBySeverity', () => {
  it('refuses on any error, warns on any warning, else allows', () => {
    expect(decideBySeverity([], options)).toEqual({ outcome: 'allowed', reasons: [] });
    expect(decideBySeverity([reason('x.note', 'info', 'Noted.')], options).outcome).toBe('allowed');
    expect(decideBySeverity([reason('x.late', 'warning', 'Late.')], options).outcome).toBe(
      'allowed_with_warnings',
    );
    expect(
      decideBySeverity([reason('x.late', 'warning', 'Late.'), reason('x.no', 'error', 'No.')], options)
        .outcome,
    ).toBe('refused');
  });

  it('never fails without a reason and lists reasons the same whatever their input order', () => {
    fc.assert(
      fc.property(fc.array(reasonArb, { maxLength: 8 }), (reasons) => {
        const decision = decideBySeverity(reasons, options);
        if (decision.outcome !== 'allowed') expect(decision.reasons.length).toBeGreaterThan(0);
        expect(decideBySeverity([...reasons].reverse(), options)).toEqual(decision);
        expect(decision.outcome === 'refused').toBe(hasErrors(reasons));
      }),
    );
  });

  it('types negative outcomes as carrying a non-empty list of reasons', () => {
    type D = Decision<'allowed', 'refused', 'x.code'>;
    expectTypeOf<Extract<D, { outcome: 'refused' }>['reasons']>().toEqualTypeOf<
      NonEmptyArray<Reason<'x.code'>>
    >();
    expectTypeOf<Extract<D, { outcome: 'allowed' }>['reasons']>().toEqualTypeOf<
      readonly Reason<'x.code'>[]
    >();
  });
});

describe('reasons', () => {
  it('sorts most severe first, then by code', () => {
    const sorted = sortReasons([reason('b', 'info', ''), reason('a', 'error', ''), reason('a', 'info', '')]);
    expect(sorted.map((r) => `${r.severity}:${r.code}`)).toEqual(['error:a', 'info:a', 'info:b']);
  });

  it('sorts in place with compareReasons exactly as sortReasons does', () => {
    fc.assert(
      fc.property(fc.array(reasonArb, { maxLength: 12 }), (list) => {
        expect([...list].sort(compareReasons)).toEqual(sortReasons(list));
      }),
    );
  });

  it('finds the worst severity', () => {
    expect(getWorstSeverity([])).toBeUndefined();
    expect(getWorstSeverity([reason('a', 'info', ''), reason('b', 'warning', '')])).toBe('warning');
  });

  it('keeps the facts a reason used as plain JSON', () => {
    const r = reason('x.fee', 'info', 'Fee.', { feeCents: 5000, exempt: false, dates: ['2026-01-01'] });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('declares a closed, frozen catalog of codes', () => {
    const codes = defineReasonCodes({ 'x.one': 'One.', 'x.two': 'Two.' });
    expect(Object.isFrozen(codes)).toBe(true);
    expectTypeOf<keyof typeof codes>().toEqualTypeOf<'x.one' | 'x.two'>();
  });

  it('compares text by code units, independent of locale', () => {
    expect(['b', 'B', 'a', 'ä'].sort(compareText)).toEqual(['B', 'a', 'b', 'ä']);
    expect(compareText('a', 'a')).toBe(0);
  });
});
