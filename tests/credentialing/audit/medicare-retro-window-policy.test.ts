import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import {
  evaluatePayerNetworkStatus,
  PayerCredentialingPolicy,
  type PayerEnrollmentInput,
} from '../../../src/credentialing/index.js';
import { PracticePolicies } from '../../../src/ops/internal.js';
import { enrollment } from '../credentials/credential-fixtures.js';

// An outside tester's cases for Medicare fee-for-service retroactive billing, written from 42 CFR 424.521(a)
// before reading the code:
// - (a)(1): a physician or non-physician practitioner may bill for services furnished up to 30 days before the
//   effective date if circumstances precluded enrollment in advance;
// - (a)(2): up to 90 days before it only when a Presidentially declared disaster under the Stafford Act precluded
//   enrollment in advance. That is a fact about one clinician's one enrollment, not about the payer: a
//   policy-wide Medicare fee-for-service window over 30 days is refused by path, and the 90 days come only from
//   the enrollment's `disasterPrecludedEnrollment`;
// - 424.521 is a fee-for-service rule: a Medicare Advantage, Medicaid or commercial plan's window is its
//   contract's, whatever its length.
const lcsw = { clinicianId: 'clin-ana', payerId: 'medicare', licenseType: 'LCSW' } as const;
const ffs = { payerId: 'medicare', program: 'medicare' } as const;
function approved(effectiveOn: string, over: Partial<PayerEnrollmentInput> = {}): PayerEnrollmentInput {
  return enrollment({
    payerId: 'medicare',
    submittedOn: effectiveOn,
    effectiveOn,
    credentialedOn: effectiveOn,
    ...over,
  });
}
const decide = (
  e: readonly PayerEnrollmentInput[],
  serviceDate: string,
  payerPolicy: Record<string, unknown> = ffs,
  query: Record<string, unknown> = {},
) => evaluatePayerNetworkStatus(e, { ...lcsw, ...query, serviceDate } as never, { payerPolicy } as never);
function issuesOf(run: () => unknown): { path: string; code: string | undefined; message: string }[] {
  try {
    run();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.issues.map((i) => ({ path: i.at, code: i.code, message: i.message }));
  }
  return [];
}

describe('a Medicare fee-for-service policy’s retro window is 30 days at most (42 CFR 424.521(a)(1))', () => {
  it('keeps the rule’s 30 days by default: effective 2028-03-30 reaches back to leap day 2028-02-29, not 2028-02-28', () => {
    expect(decide([approved('2028-03-30')], '2028-02-29').outcome).toBe('retro_billable');
    expect(decide([approved('2028-03-30')], '2028-02-28').outcome).toBe('out_of_network');
  });

  it('crosses a year end by the same 30 days: effective 2027-01-30 reaches 2026-12-31, not 2026-12-30', () => {
    expect(decide([approved('2027-01-30')], '2026-12-31').outcome).toBe('retro_billable');
    expect(decide([approved('2027-01-30')], '2026-12-30').outcome).toBe('out_of_network');
  });

  it('accepts a policy that states 30 days, or fewer (a practice may bill less than the rule allows)', () => {
    for (const days of [0, 15, 30]) {
      expect(PayerCredentialingPolicy.safeParse({ ...ffs, retroBillingDays: days }).success, `${days}`).toBe(
        true,
      );
    }
    // 15 days: effective Monday 2026-03-02 reaches Sunday 2026-02-15 and no further.
    expect(decide([approved('2026-03-02')], '2026-02-15', { ...ffs, retroBillingDays: 15 }).outcome).toBe(
      'retro_billable',
    );
    expect(decide([approved('2026-03-02')], '2026-02-14', { ...ffs, retroBillingDays: 15 }).outcome).toBe(
      'out_of_network',
    );
  });

  it('refuses 31 days policy-wide, at retroBillingDays, with its code', () => {
    const parsed = PayerCredentialingPolicy.safeParse({ ...ffs, retroBillingDays: 31 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['retroBillingDays']);
    expect(parsed.error?.issues[0]).toMatchObject({
      params: { code: 'credentialing.policy.retro_window_exceeds_rule' },
    });
  });

  it('refuses a policy-wide 90 days: the disaster window is not the payer’s to give (424.521(a)(2))', () => {
    const issues = issuesOf(() =>
      decide([approved('2027-03-31')], '2026-12-31', { ...ffs, retroBillingDays: 90 }),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['$.options.payerPolicy.retroBillingDays', 'credentialing.policy.retro_window_exceeds_rule'],
    ]);
    expect(issues[0]?.message).not.toContain('90');
  });

  it('refuses 60 days for a pending Medicare application as well, rather than holding 60 days of claims', () => {
    const pending = {
      clinicianId: 'clin-ana',
      payerId: 'medicare',
      status: 'submitted',
      submittedOn: '2026-01-30',
    };
    const issues = issuesOf(() => decide([pending as never], '2025-12-01', { ...ffs, retroBillingDays: 60 }));
    expect(issues.map((i) => i.path)).toEqual(['$.options.payerPolicy.retroBillingDays']);
  });

  it('refuses a Medicare policy of 90 days in a practice’s data file, by its path', () => {
    const parsed = PracticePolicies.safeParse({
      credentialing: { payers: [{ ...ffs, retroBillingDays: 90 }] },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual([
      'credentialing.payers.0.retroBillingDays',
    ]);
  });

  it('property: a Medicare fee-for-service policy accepts exactly 0–30 days; Medicare Advantage, Medicaid and commercial accept 0–365', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 }),
        fc.constantFrom(
          { program: 'medicare' },
          { program: 'medicare', revalidationMonths: null },
          { program: 'medicare_advantage' },
          { program: 'medicaid' },
          { program: 'commercial' },
        ),
        (days, shape) => {
          const parsed = PayerCredentialingPolicy.safeParse({
            payerId: 'p',
            ...shape,
            retroBillingDays: days,
          });
          const feeForService = shape.program === 'medicare' && !('revalidationMonths' in shape);
          expect(parsed.success).toBe(!feeForService || days <= 30);
          if (!parsed.success) {
            expect(parsed.error.issues.map((i) => i.path.join('.'))).toEqual(['retroBillingDays']);
            expect(parsed.error.issues[0]?.message).not.toContain(String(days));
          }
        },
      ),
    );
  });
});

describe('the 90 days come from the enrollment a declared disaster kept from being filed (42 CFR 424.521(a)(2))', () => {
  it('reaches 90 days back across a year end for the flagged enrollment: effective 2027-03-31 → 2026-12-31, not 2026-12-30', () => {
    const e = approved('2027-03-31', { disasterPrecludedEnrollment: true });
    const d = decide([e], '2026-12-31');
    expect(d.outcome).toBe('retro_billable');
    expect(d.reasons[0]?.facts).toMatchObject({ retroBillingDays: 90, retroFrom: '2026-12-31' });
    expect(decide([e], '2026-12-30').outcome).toBe('out_of_network');
  });

  it('reaches over leap day: effective 2028-05-29 with the flag reaches 2028-02-29 (90 days), not 2028-02-28', () => {
    const e = approved('2028-05-29', { disasterPrecludedEnrollment: true });
    expect(decide([e], '2028-02-29').outcome).toBe('retro_billable');
    expect(decide([e], '2028-02-28').outcome).toBe('out_of_network');
  });

  it('gives 90 days to the flagged enrollment even under a policy that narrows everyone else to 15', () => {
    const e = approved('2027-03-31', { disasterPrecludedEnrollment: true });
    expect(decide([e], '2026-12-31', { ...ffs, retroBillingDays: 15 }).outcome).toBe('retro_billable');
  });

  it('keeps 30 days for an enrollment flagged false or not flagged', () => {
    for (const flag of [false, undefined]) {
      const e = approved('2027-03-31', flag === undefined ? {} : { disasterPrecludedEnrollment: flag });
      expect(decide([e], '2027-03-01').outcome).toBe('retro_billable');
      expect(decide([e], '2027-02-28').outcome).toBe('out_of_network');
    }
  });

  it('holds a pending flagged application from 90 days before its filing (Saturday 2026-01-10 → 2025-10-12)', () => {
    const pending = {
      clinicianId: 'clin-ana',
      payerId: 'medicare',
      status: 'submitted',
      submittedOn: '2026-01-10',
      disasterPrecludedEnrollment: true,
    } as PayerEnrollmentInput;
    expect(decide([pending], '2025-10-12').outcome).toBe('undecided');
    expect(decide([pending], '2025-10-11').outcome).toBe('out_of_network');
  });

  it('does not lend one clinician’s disaster window to a colleague’s enrollment with the same payer', () => {
    const hers = approved('2027-03-31', { disasterPrecludedEnrollment: true });
    const his = approved('2027-03-31', { clinicianId: 'clin-ben' as never });
    expect(decide([hers, his], '2027-01-15', ffs, { clinicianId: 'clin-ben' }).outcome).toBe(
      'out_of_network',
    );
    expect(decide([hers, his], '2027-01-15').outcome).toBe('retro_billable');
  });
});

describe('other programs keep their contract’s window (424.521 governs fee-for-service only)', () => {
  it('bills a commercial plan’s 90-day contract window back to 2026-12-31 from effective 2027-03-31', () => {
    const commercial = { payerId: 'aetna', retroBillingDays: 90 };
    const e = approved('2027-03-31', { payerId: 'aetna' as never });
    expect(decide([e], '2026-12-31', commercial, { payerId: 'aetna' }).outcome).toBe('retro_billable');
    expect(decide([e], '2026-12-30', commercial, { payerId: 'aetna' }).outcome).toBe('out_of_network');
  });

  it('bills a Medicare Advantage plan’s 120-day contract window, and gives its flag nothing', () => {
    const ma = { payerId: 'humana-ma', program: 'medicare_advantage', retroBillingDays: 120 };
    const e = approved('2027-03-31', { payerId: 'humana-ma' as never, disasterPrecludedEnrollment: true });
    // 120 days before 2027-03-31 is 2026-12-01.
    expect(decide([e], '2026-12-01', ma, { payerId: 'humana-ma' }).outcome).toBe('retro_billable');
    expect(decide([e], '2026-11-30', ma, { payerId: 'humana-ma' }).outcome).toBe('out_of_network');
  });
});
