import { describe, expect, it } from 'vitest';
import { evaluateMedicareOrderingPractitioner } from '../../../src/billing/index.js';
import {
  buildCredentialingCalendar,
  evaluatePayerNetworkStatus,
  getMedicareOptOutPeriod,
  type MedicareOptOut,
  type PayerNetworkDecision,
} from '../../../src/credentialing/index.js';
import { CLAIMS_SUBMITTED, enrollment } from '../credentials/credential-fixtures.js';

// An outside tester's cases from the public rules, written before reading the code (42 CFR 405.400-405.455):
// - an opt-out runs in 2-year periods from the affidavit's effective date and renews by itself (405.400, 405.410);
// - a cancellation must reach every contractor at least 30 days before the next period starts, and ends the opt-out
//   at that period's start (405.445(a)); it does not re-enroll the clinician;
// - a clinician who has not opted out before may terminate within 90 days of the effective date, and is then
//   treated as never having opted out (405.445(b));
// - emergency or urgent care to a beneficiary with no private contract is billed to Medicare (405.440);
//   otherwise neither Medicare nor a Medicare Advantage plan pays (405.425, 405.455);
// - an opted-out practitioner may still order and refer (42 CFR 424.507: enrolled in an approved status or opted
//   out); marriage and family therapists and mental health counselors, Medicare practitioners since 2024-01-01
//   (CAA 2023 s. 4121), opt out like any other eligible practitioner.
const codes = (d: PayerNetworkDecision) => d.reasons.map((r) => r.code);
const medicare = { payerPolicy: { payerId: 'medicare', program: 'medicare' as const } };
const check = (serviceDate: string, extra: Record<string, unknown>, licenseType: 'LMFT' | 'LPC' = 'LMFT') =>
  evaluatePayerNetworkStatus(
    [
      enrollment({
        payerId: 'medicare',
        effectiveOn: '2024-01-01',
        submittedOn: '2023-12-20',
        credentialedOn: undefined,
        ...CLAIMS_SUBMITTED,
      }),
    ],
    { clinicianId: 'clin-ana', payerId: 'medicare', serviceDate, licenseType, ...extra },
    medicare,
  );
const scheduled = { emergencyOrUrgentCare: false };

describe('Medicare opt-out: periods and renewal (42 CFR 405.400, 405.410)', () => {
  it('an LMFT opted out from 2025-01-01 is not paid by Medicare for a scheduled session on 2025-01-01', () => {
    expect(check('2024-12-31', { medicareOptOut: { effectiveOn: '2025-01-01' }, ...scheduled }).outcome).toBe(
      'in_network',
    );
    const d = check('2025-01-01', { medicareOptOut: { effectiveOn: '2025-01-01' }, ...scheduled });
    expect(d.outcome).toBe('out_of_network');
    expect(codes(d)).toContain('credentialing.medicare.opted_out');
  });

  it('an LPC (a mental health counselor) opts out the same way', () => {
    const d = check('2026-05-04', { medicareOptOut: { effectiveOn: '2025-01-01' }, ...scheduled }, 'LPC');
    expect(d.outcome).toBe('out_of_network');
    expect(codes(d)).toContain('credentialing.medicare.opted_out');
  });

  it('renews by itself on 2027-01-01 and again on 2029-01-01 when no cancellation is recorded', () => {
    expect(getMedicareOptOutPeriod({ effectiveOn: '2025-01-01' }, '2027-01-01')).toEqual({
      inForce: true,
      period: 2,
      startsOn: '2027-01-01',
      endsOn: '2028-12-31',
    });
    expect(getMedicareOptOutPeriod({ effectiveOn: '2025-01-01' }, '2029-01-01')?.period).toBe(3);
    expect(check('2029-03-05', { medicareOptOut: { effectiveOn: '2025-01-01' }, ...scheduled }).outcome).toBe(
      'out_of_network',
    );
  });

  it('the calendar names 2026-12-02 as the last day a cancellation reaches the contractors for 2027-01-01', () => {
    const cal = buildCredentialingCalendar(
      {
        clinicians: [
          {
            clinicianId: 'clin-ana',
            individualNpi: '1234567893',
            medicareOptOut: { effectiveOn: '2025-01-01' },
          },
        ],
      },
      { asOf: '2026-11-01' },
    );
    const renewal = cal.deadlines.find((d) => d.kind === 'medicare_opt_out_renewal');
    expect(renewal?.dueOn).toBe('2026-12-02');
  });
});

describe('Medicare opt-out: ending it (42 CFR 405.445)', () => {
  it('a cancellation at the 2027-01-01 period start ends it, and does not enroll the clinician again', () => {
    const optOut = { medicareOptOut: { effectiveOn: '2025-01-01', endsOn: '2027-01-01' }, ...scheduled };
    expect(check('2026-12-31', optOut).outcome).toBe('out_of_network');
    const d = check('2027-01-04', optOut);
    expect(d.outcome).toBe('out_of_network');
    expect(codes(d)).toContain('credentialing.medicare.opt_out_cancelled_not_enrolled');
    expect(codes(d)).not.toContain('credentialing.medicare.opted_out');
  });

  it('a first opt-out terminated 74 days in (2025-03-16) restores the enrollment from then', () => {
    const optOut = { medicareOptOut: { effectiveOn: '2025-01-01', endsOn: '2025-03-16', firstOptOut: true } };
    expect(check('2025-03-15', { ...optOut, ...scheduled }).outcome).toBe('out_of_network');
    expect(check('2025-03-16', { ...optOut, ...scheduled }).outcome).toBe('in_network');
  });

  it('an end 91 days in (2025-04-02) is neither a termination nor a cancellation: held, never billed', () => {
    const d = check('2025-05-01', {
      medicareOptOut: { effectiveOn: '2025-01-01', endsOn: '2025-04-02', firstOptOut: true },
      ...scheduled,
    });
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toContain('credentialing.medicare.opt_out_end_unconfirmed');
  });

  it('a clinician who opted out before cannot terminate early: an end 30 days in is not trusted', () => {
    const d = check('2025-03-01', {
      medicareOptOut: { effectiveOn: '2025-01-01', endsOn: '2025-01-31', firstOptOut: false },
      ...scheduled,
    });
    expect(d.outcome).not.toBe('in_network');
  });
});

describe('Medicare opt-out: when the written notice arrived (42 CFR 405.445)', () => {
  // A new Medicare enrollment effective 2027-01-01 beside the one from before the opt-out.
  const reEnrolled = (serviceDate: string, medicareOptOut: MedicareOptOut) =>
    evaluatePayerNetworkStatus(
      [
        enrollment({ payerId: 'medicare', effectiveOn: '2024-01-01', submittedOn: '2023-12-20' }),
        enrollment({ payerId: 'medicare', effectiveOn: '2027-01-01', submittedOn: '2026-12-20' }),
      ],
      {
        clinicianId: 'clin-ana',
        payerId: 'medicare',
        serviceDate,
        licenseType: 'LMFT',
        medicareOptOut,
        ...scheduled,
      },
      medicare,
    );

  it('a cancellation received 2026-12-02, 30 days before the 2027-01-01 period, ends the opt-out there', () => {
    const d = reEnrolled('2027-01-04', {
      effectiveOn: '2025-01-01',
      endsOn: '2027-01-01',
      endNoticeReceivedOn: '2026-12-02',
    });
    expect(d.outcome).toBe('in_network');
  });

  it('a cancellation received 2026-12-03, 29 days before, is too late: the opt-out renews, never billed', () => {
    const d = reEnrolled('2027-01-04', {
      effectiveOn: '2025-01-01',
      endsOn: '2027-01-01',
      endNoticeReceivedOn: '2026-12-03',
    });
    expect(d.outcome).toBe('undecided');
    const r = d.reasons.find((x) => x.code === 'credentialing.medicare.opt_out_end_unconfirmed');
    expect(r?.facts).toMatchObject({ endNoticeReceivedOn: '2026-12-03', noticeDueBy: '2026-12-02' });
  });

  it('an early termination notice received on day 90 (2025-04-01) ends a first opt-out; on day 91 it does not', () => {
    const on = (endNoticeReceivedOn: string) =>
      check('2025-04-10', {
        medicareOptOut: {
          effectiveOn: '2025-01-01',
          endsOn: '2025-03-16',
          firstOptOut: true,
          endNoticeReceivedOn,
        },
        ...scheduled,
      }).outcome;
    expect(on('2025-04-01')).toBe('in_network');
    expect(on('2025-04-02')).toBe('undecided');
  });

  it('asks the calendar to confirm the end when the cancellation came too late', () => {
    const cal = buildCredentialingCalendar(
      {
        clinicians: [
          {
            clinicianId: 'clin-ana',
            individualNpi: '1234567893',
            medicareOptOut: {
              effectiveOn: '2025-01-01',
              endsOn: '2027-01-01',
              endNoticeReceivedOn: '2026-12-03',
            },
          },
        ],
      },
      { asOf: '2026-12-07' },
    );
    const unconfirmed = cal.deadlines.find((d) => d.kind === 'medicare_opt_out_end_unconfirmed');
    expect(unconfirmed?.reasons.at(-1)?.message).toBe(
      'The Medicare opt-out effective 2025-01-01 is recorded as ending 2027-01-01, but the written notice reached the Medicare contractors on 2026-12-03, after 2026-12-02, the last day it could: a late cancellation leaves the opt-out renewing, so it may still stand and Medicare dates from 2027-01-01 are undecided.',
    );
    expect(unconfirmed?.reasons.at(-1)?.facts).toMatchObject({
      endNoticeReceivedOn: '2026-12-03',
      noticeDueBy: '2026-12-02',
    });
  });
});

describe('Medicare opt-out: what may still be billed or ordered (405.440, 424.507)', () => {
  it('emergency or urgent care to a client with no private contract is billed to Medicare', () => {
    const d = check('2026-02-10', {
      medicareOptOut: { effectiveOn: '2025-01-01' },
      emergencyOrUrgentCare: true,
      privateContractSigned: false,
    });
    expect(d.outcome).toBe('in_network');
    expect(codes(d)).toContain('credentialing.medicare.opt_out_emergency_claim');
  });

  it('emergency care to a client who signed a private contract is not billed to Medicare', () => {
    const d = check('2026-02-10', {
      medicareOptOut: { effectiveOn: '2025-01-01' },
      emergencyOrUrgentCare: true,
      privateContractSigned: true,
    });
    expect(d.outcome).toBe('out_of_network');
  });

  it('a session whose kind of care is not recorded is held, not refused or billed by guess', () => {
    const d = check('2026-02-10', { medicareOptOut: { effectiveOn: '2025-01-01' } });
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toContain('credentialing.medicare.opt_out_care_unknown');
  });

  it('a Medicare Advantage plan does not pay an opted-out clinician’s scheduled session either', () => {
    const d = evaluatePayerNetworkStatus(
      [enrollment({ payerId: 'ma-plan', effectiveOn: '2024-01-01', credentialedOn: '2024-01-01' })],
      {
        clinicianId: 'clin-ana',
        payerId: 'ma-plan',
        serviceDate: '2026-02-10',
        licenseType: 'LMFT',
        medicareOptOut: { effectiveOn: '2025-01-01' },
        ...scheduled,
      },
      { payerPolicy: { payerId: 'ma-plan', program: 'medicare_advantage' } },
    );
    expect(d.outcome).toBe('out_of_network');
  });

  it('an opted-out psychiatrist (a physician) may still order or refer a service Medicare pays', () => {
    const d = evaluateMedicareOrderingPractitioner({
      serviceDate: '2026-03-04',
      ordererType: 'physician',
      ordererStanding: 'opted_out',
    });
    expect(d.outcome).toBe('eligible');
  });

  it('a commercial plan ignores a Medicare opt-out', () => {
    const d = evaluatePayerNetworkStatus(
      [enrollment({ payerId: 'aetna', effectiveOn: '2024-01-01', credentialedOn: '2024-01-01' })],
      {
        clinicianId: 'clin-ana',
        payerId: 'aetna',
        serviceDate: '2026-02-10',
        licenseType: 'LMFT',
        medicareOptOut: { effectiveOn: '2025-01-01' },
      },
    );
    expect(d.outcome).toBe('in_network');
  });
});
