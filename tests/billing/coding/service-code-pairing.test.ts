import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateServiceCodeSet, type ServiceCode } from '../../../src/billing/index.js';
import { SERVICE_CODES } from '../../../src/billing/internal.js';
import { ValidationError } from '../../../src/core/index.js';

const set = (...codes: ServiceCode[]) => evaluateServiceCodeSet(codes.map((code) => ({ code, units: 1 })));
const codesOf = (d: ReturnType<typeof set>) => d.reasons.map((r) => r.code);

// Pairings per CPT and Medicare LCD L35101 [ama-cpt], [lcd-l35101]; 90785 per [aapc-90785].
describe('evaluateServiceCodeSet: add-ons need their primaries', () => {
  it.each([['90791'], ['90792'], ['90832'], ['90834'], ['90837'], ['90853']] as const)(
    'allows interactive complexity 90785 with %s',
    (primary) => {
      expect(set(primary, '90785')).toEqual({ outcome: 'valid', reasons: [] });
    },
  );

  it('allows 90785 with an E/M visit and a psychotherapy add-on (90833–90838)', () => {
    expect(set('99213', '90833', '90785').outcome).toBe('valid');
    expect(set('99214', '90836', '90785').outcome).toBe('valid');
    expect(set('99215', '90838', '90785').outcome).toBe('valid');
  });

  it('rejects 90785 with an E/M visit alone', () => {
    expect(codesOf(set('99213', '90785'))).toEqual(['billing.codes.add_on_without_primary']);
  });

  it.each([['90846'], ['90847']] as const)(
    'rejects 90785 with family code %s (source conflict: AAPC no, one vendor yes; issue 5 says no)',
    (family) => {
      expect(codesOf(set(family, '90785'))).toEqual([
        'billing.codes.add_on_without_primary',
        'billing.codes.mutually_exclusive',
      ]);
    },
  );

  it('rejects 90785 with crisis psychotherapy', () => {
    expect(codesOf(set('90839', '90785'))).toContain('billing.codes.mutually_exclusive');
  });

  it.each([['90833'], ['90836'], ['90838']] as const)(
    'rejects psychotherapy add-on %s without an E/M code',
    (addOn) => {
      expect(codesOf(set(addOn))).toEqual(['billing.codes.add_on_without_primary']);
      expect(set('99212', addOn).outcome).toBe('valid');
    },
  );

  it('rejects +90840 without 90839, accepts it with 90839 and several units', () => {
    expect(codesOf(set('90840'))).toEqual(['billing.codes.add_on_without_primary']);
    expect(
      evaluateServiceCodeSet([
        { code: '90839', units: 1 },
        { code: '90840', units: 3 },
      ]).outcome,
    ).toBe('valid');
  });
});

describe('evaluateServiceCodeSet: exclusive codes', () => {
  it.each([['90832'], ['90834'], ['90837'], ['90846'], ['90847'], ['90853']] as const)(
    'never bills crisis 90839 with %s on the same session',
    (other) => {
      expect(codesOf(set('90839', other))).toEqual(['billing.codes.mutually_exclusive']);
    },
  );

  it('does not stack psychotherapy codes or mix standalone and E/M add-on psychotherapy', () => {
    expect(codesOf(set('90834', '90837'))).toEqual(['billing.codes.mutually_exclusive']);
    expect(codesOf(set('99213', '90833', '90834'))).toEqual([
      'billing.codes.mutually_exclusive',
      'billing.codes.mutually_exclusive',
    ]);
    // With E/M, psychotherapy is billed with the add-on codes, never the standalone ones.
    expect(codesOf(set('99213', '90834'))).toEqual(['billing.codes.mutually_exclusive']);
  });

  it('does not bill a diagnostic evaluation with E/M on the same day (LCD L31887)', () => {
    expect(codesOf(set('90791', '99213'))).toEqual(['billing.codes.mutually_exclusive']);
  });

  it('rejects a code listed twice and units above the session maximum', () => {
    const d = evaluateServiceCodeSet([
      { code: '90837', units: 2 },
      { code: '90837', units: 1 },
    ]);
    expect(d.outcome).toBe('invalid');
    expect(codesOf(d)).toEqual(['billing.codes.duplicate_code', 'billing.codes.units_above_maximum']);
    expect(d.reasons[1]?.facts).toEqual({ code: '90837', units: 2, maxUnits: 1 });
  });
});

describe('evaluateServiceCodeSet: bad input', () => {
  it('rejects unknown codes and bad units by path, without echoing them', () => {
    let error: unknown;
    try {
      evaluateServiceCodeSet([
        { code: '90999' as never, units: 1 },
        { code: '90834', units: 0 },
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.at)).toEqual(['$[0].code', '$[1].units']);
    expect((error as ValidationError).message).not.toContain('90999');
  });

  it('rejects an empty code set', () => {
    expect(() => evaluateServiceCodeSet([])).toThrow(ValidationError);
  });
});

describe('evaluateServiceCodeSet: properties', () => {
  it('decides the same whatever the order of the lines', () => {
    fc.assert(
      fc.property(
        fc
          .uniqueArray(fc.constantFrom(...SERVICE_CODES), { minLength: 1, maxLength: 5 })
          .chain((codes) =>
            fc.tuple(fc.constant(codes), fc.shuffledSubarray(codes, { minLength: codes.length })),
          ),
        ([codes, shuffled]) => {
          const lines = (cs: readonly ServiceCode[]) => cs.map((code) => ({ code, units: 1 }));
          expect(evaluateServiceCodeSet(lines(shuffled))).toEqual(evaluateServiceCodeSet(lines(codes)));
        },
      ),
    );
  });

  it('accepts every single primary code on its own and refuses every add-on alone', () => {
    for (const code of SERVICE_CODES) {
      const d = set(code);
      expect(d.outcome).toBe(
        ['90785', '90833', '90836', '90838', '90840', '99494', 'G0018'].includes(code) ? 'invalid' : 'valid',
      );
    }
  });
});
