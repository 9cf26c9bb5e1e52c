import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareDates, ValidationError } from '../../src/core/index.js';
import {
  evaluatePayerNetworkStatus,
  medicareEffectiveDate,
  type PayerEnrollmentInput,
} from '../../src/credentialing/index.js';
import { dateArb, enrollment } from './fixtures.js';

const query = { clinicianId: 'clin-ana', payerId: 'aetna', serviceDate: '2026-04-01' };
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('evaluatePayerNetworkStatus', () => {
  it('is in network from the effective date', () => {
    const d = evaluatePayerNetworkStatus([enrollment()], { ...query, serviceDate: '2026-03-01' });
    expect(d).toMatchObject({ outcome: 'in_network', effectiveOn: '2026-03-01' });
    expect(codes(d)).toEqual(['credentialing.network.in_network']);
  });

  it('is out of network the day before the effective date (approval is not the effective date)', () => {
    const d = evaluatePayerNetworkStatus([enrollment({ approvedOn: '2026-02-10' })], {
      ...query,
      serviceDate: '2026-02-28',
    });
    expect(d.outcome).toBe('out_of_network');
    expect(codes(d)).toEqual(['credentialing.network.before_effective_date']);
  });

  it('allows Medicare retro billing up to 30 days before the effective date', () => {
    const payerPolicy = { payerId: 'medicare', program: 'medicare' } as const;
    const e = [enrollment({ payerId: 'medicare', effectiveOn: '2026-03-31' })];
    const q = { ...query, payerId: 'medicare' };
    expect(evaluatePayerNetworkStatus(e, { ...q, serviceDate: '2026-03-01' }, { payerPolicy }).outcome).toBe(
      'retro_billable',
    );
    expect(evaluatePayerNetworkStatus(e, { ...q, serviceDate: '2026-02-28' }, { payerPolicy }).outcome).toBe(
      'out_of_network',
    );
  });

  it('is out of network on and after the termination date', () => {
    const e = [enrollment({ status: 'terminated', terminatedOn: '2026-06-01' })];
    expect(evaluatePayerNetworkStatus(e, { ...query, serviceDate: '2026-05-31' }).outcome).toBe('in_network');
    const d = evaluatePayerNetworkStatus(e, { ...query, serviceDate: '2026-06-01' });
    expect(codes(d)).toEqual(['credentialing.network.terminated']);
  });

  it('lapses the day after a missed 36-month recredentialing (no grace)', () => {
    const e = [enrollment({ effectiveOn: '2023-01-01', credentialedOn: '2022-12-15' })];
    expect(evaluatePayerNetworkStatus(e, { ...query, serviceDate: '2025-12-15' }).outcome).toBe('in_network');
    const d = evaluatePayerNetworkStatus(e, { ...query, serviceDate: '2025-12-16' });
    expect(d.outcome).toBe('out_of_network');
    expect(d.reasons[0]).toMatchObject({
      code: 'credentialing.network.recredentialing_lapsed',
      facts: { recredentialingDueOn: '2025-12-15' },
    });
  });

  it('counts a cycle that starts on February 29 to February 28 three years later', () => {
    const e = [enrollment({ effectiveOn: '2024-03-01', credentialedOn: '2024-02-29' })];
    expect(evaluatePayerNetworkStatus(e, { ...query, serviceDate: '2027-02-28' }).outcome).toBe('in_network');
    expect(evaluatePayerNetworkStatus(e, { ...query, serviceDate: '2027-03-01' }).outcome).toBe(
      'out_of_network',
    );
  });

  it('counts the cycle from the effective date when no credentialing date is recorded, and says so', () => {
    const e = [enrollment({ credentialedOn: undefined })] as PayerEnrollmentInput[];
    const d = evaluatePayerNetworkStatus(e, query);
    expect(codes(d)).toEqual([
      'credentialing.network.credentialing_date_assumed',
      'credentialing.network.in_network',
    ]);
  });

  it('cannot decide when approved without an effective date', () => {
    const d = evaluatePayerNetworkStatus(
      [enrollment({ effectiveOn: undefined, credentialedOn: undefined })] as PayerEnrollmentInput[],
      query,
    );
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual(['credentialing.network.effective_date_unknown']);
  });

  it('is out of network with no enrollment, a pending one or a denied one', () => {
    expect(codes(evaluatePayerNetworkStatus([], query))).toEqual(['credentialing.network.not_enrolled']);
    expect(codes(evaluatePayerNetworkStatus([enrollment({ payerId: 'cigna' })], query))).toEqual([
      'credentialing.network.not_enrolled',
    ]);
    expect(codes(evaluatePayerNetworkStatus([enrollment({ status: 'in_review' })], query))).toEqual([
      'credentialing.network.application_pending',
    ]);
    expect(codes(evaluatePayerNetworkStatus([enrollment({ status: 'denied' })], query))).toEqual([
      'credentialing.network.denied',
    ]);
  });

  it('uses the re-enrollment after a termination, and explains both when neither covers the date', () => {
    const old = enrollment({
      status: 'terminated',
      effectiveOn: '2023-01-01',
      credentialedOn: '2023-01-01',
      terminatedOn: '2025-01-01',
    });
    const again = enrollment({ status: 'approved', effectiveOn: '2026-03-01', credentialedOn: '2026-02-10' });
    expect(evaluatePayerNetworkStatus([old, again], query).outcome).toBe('in_network');
    const gap = evaluatePayerNetworkStatus([again, old], { ...query, serviceDate: '2025-06-01' });
    expect(gap.outcome).toBe('out_of_network');
    expect(codes(gap).sort()).toEqual([
      'credentialing.network.before_effective_date',
      'credentialing.network.terminated',
    ]);
  });

  it('rejects an NPI with a wrong check digit on a record of that clinician and payer, by its index', () => {
    const records = [
      enrollment({ payerId: 'cigna', groupNpi: 'not checked' }),
      enrollment({ groupNpi: '1234567890' }),
    ];
    try {
      evaluatePayerNetworkStatus(records, query);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => [i.at, i.code])).toEqual([
        ['$[1].groupNpi', 'core.npi.check_digit'],
      ]);
      expect((e as ValidationError).message).not.toContain('1234567890');
    }
    expect(() => evaluatePayerNetworkStatus([], { ...query, clinicianId: ' bad id' })).toThrow(/clinicianId/);
  });

  it('ignores other clinicians’ and payers’ records, valid or not', () => {
    const d = evaluatePayerNetworkStatus(
      [{ clinicianId: 'clin-ben', status: 'lost' }, 42, null, enrollment()] as never[],
      query,
    );
    expect(d.outcome).toBe('in_network');
  });

  it('is never in network before the effective date or on/after termination', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined }),
        fc.option(fc.integer({ min: -400, max: 1200 }), { nil: undefined }),
        dateArb,
        fc.integer({ min: 0, max: 90 }),
        (effectiveOn, termAfter, credentialedOffset, serviceDate, retro) => {
          const terminatedOn = termAfter === undefined ? undefined : addDays(effectiveOn, termAfter);
          const e = {
            clinicianId: 'c',
            payerId: 'p',
            status: terminatedOn === undefined ? 'approved' : 'terminated',
            effectiveOn,
            ...(terminatedOn === undefined ? {} : { terminatedOn }),
            ...(credentialedOffset === undefined
              ? {}
              : { credentialedOn: addDays(effectiveOn, credentialedOffset) }),
          } as PayerEnrollmentInput;
          const d = evaluatePayerNetworkStatus(
            [e],
            { clinicianId: 'c', payerId: 'p', serviceDate },
            {
              payerPolicy: { payerId: 'p', retroBillingDays: retro },
            },
          );
          if (d.outcome === 'in_network') {
            expect(compareDates(effectiveOn, serviceDate)).toBeLessThanOrEqual(0);
            if (terminatedOn !== undefined) expect(compareDates(serviceDate, terminatedOn)).toBeLessThan(0);
          }
          if (d.outcome === 'retro_billable') {
            expect(compareDates(serviceDate, effectiveOn)).toBeLessThan(0);
            expect(compareDates(addDays(effectiveOn, -retro), serviceDate)).toBeLessThanOrEqual(0);
          }
          if (
            compareDates(serviceDate, effectiveOn) < 0 ||
            (terminatedOn !== undefined && serviceDate >= terminatedOn)
          ) {
            expect(d.outcome).not.toBe('in_network');
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('medicareEffectiveDate', () => {
  it('is the later of the filing date and the first service date (42 CFR 424.520(d))', () => {
    expect(medicareEffectiveDate('2026-03-10', '2026-04-01')).toBe('2026-04-01');
    expect(medicareEffectiveDate('2026-05-10', '2026-04-01')).toBe('2026-05-10');
  });
});
