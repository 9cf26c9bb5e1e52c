import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../../src/core/index.js';
import { fromEpochDay, toEpochDay } from '../../../src/core/internal.js';
import {
  buildCredentialingCalendar,
  evaluatePayerNetworkStatus,
  getMedicareOptOutPeriod,
  type MedicareOptOut,
  type PayerNetworkDecision,
} from '../../../src/credentialing/index.js';
import { CLAIMS_SUBMITTED, enrollment } from '../credentials/credential-fixtures.js';

// Public cases with their own dates (42 CFR 405.400, 405.445) [sources: cfr-42-405-subpart-d, hhs-dab-cr6624,
// hhs-dab-cr6605, cms-mbpm-ch15-opt-out]:
// - HHS Departmental Appeals Board, ALJ decision CR6624: a clinical social worker who had participated in Medicare
//   opted out for the first time effective Monday 2024-01-08; the contractor's letter gave Sunday 2024-04-07 (day
//   90) as the last day to terminate; a request more than five months later was denied and the opt-out stood.
// - ALJ decision CR6605: a marriage and family therapist in California opted out effective Friday 2024-01-12, in
//   Medicare's first month of paying MFTs; the last day to terminate was Thursday 2024-04-11 (day 90); a later
//   request was denied. Her affidavit: a cancellation reaches the contractor at least 30 days before the next period.
// - Noridian's opt-out page: an opt-out renewing on July 1 is cancelled by a written notice received by June 1;
//   one received later leaves it renewing for two more years.
const codes = (d: PayerNetworkDecision) => d.reasons.map((r) => r.code);
const medicare = { payerPolicy: { payerId: 'medicare', program: 'medicare' as const } };
const scheduled = { emergencyOrUrgentCare: false };

/** An LCSW enrolled with Medicare since 2019 (participating before the opt-out), claims submitted throughout. */
const lcsw = (
  serviceDate: string,
  medicareOptOut: MedicareOptOut,
  extra: ReturnType<typeof enrollment>[] = [],
) =>
  evaluatePayerNetworkStatus(
    [
      enrollment({
        payerId: 'medicare',
        effectiveOn: '2019-05-01',
        submittedOn: '2019-04-15',
        credentialedOn: '2023-03-01',
        ...CLAIMS_SUBMITTED,
      }),
      ...extra,
    ],
    {
      clinicianId: 'clin-ana',
      payerId: 'medicare',
      serviceDate,
      licenseType: 'LCSW',
      medicareOptOut,
      ...scheduled,
    },
    medicare,
  );

const renewalOf = (asOf: string, medicareOptOut: MedicareOptOut) =>
  buildCredentialingCalendar(
    { clinicians: [{ clinicianId: 'clin-ana', individualNpi: '1234567893', medicareOptOut }] },
    { asOf, horizonDays: 1095 },
  ).deadlines.find((d) => d.kind === 'medicare_opt_out_renewal');

describe('a first opt-out effective 2024-01-08 (DAB CR6624)', () => {
  const optedOut = { effectiveOn: '2024-01-08' } as const;

  it('runs its first period 2024-01-08 through 2026-01-07, and stands on 2024-06-17 (Medicare pays nothing)', () => {
    expect(getMedicareOptOutPeriod(optedOut, '2024-06-17')).toEqual({
      inForce: true,
      period: 1,
      startsOn: '2024-01-08',
      endsOn: '2026-01-07',
    });
    const d = lcsw('2024-06-17', optedOut);
    expect([d.outcome, codes(d)]).toEqual(['out_of_network', ['credentialing.medicare.opted_out']]);
  });

  it('is ended by a termination whose notice arrives on day 90, Sunday 2024-04-07: the enrollment from before counts again', () => {
    const terminated = {
      ...optedOut,
      endsOn: '2024-04-07',
      firstOptOut: true,
      endNoticeReceivedOn: '2024-04-07',
    };
    expect(lcsw('2024-04-05', terminated).outcome).toBe('out_of_network');
    expect(lcsw('2024-04-08', terminated).outcome).toBe('in_network');
  });

  it('is not ended by the same request received five months later (2024-06-10): undecided, never billed, the due day named', () => {
    const late = { ...optedOut, endsOn: '2024-04-07', firstOptOut: true, endNoticeReceivedOn: '2024-06-10' };
    const d = lcsw('2024-06-17', late);
    expect(d.outcome).toBe('undecided');
    const r = d.reasons.find((x) => x.code === 'credentialing.medicare.opt_out_end_unconfirmed');
    expect(r?.facts).toMatchObject({ endNoticeReceivedOn: '2024-06-10', noticeDueBy: '2024-04-07' });
  });

  it('is not ended by an end recorded on the day asked (2024-06-10): neither a termination nor a cancellation', () => {
    const asked = { ...optedOut, endsOn: '2024-06-10', firstOptOut: true };
    expect(lcsw('2024-06-17', asked).outcome).toBe('undecided');
    expect(lcsw('2024-06-07', asked).outcome).toBe('out_of_network');
  });

  it('can next be cancelled at the end of the 2-year period: the notice must arrive by 2025-12-09 for 2026-01-08', () => {
    expect(renewalOf('2024-06-17', optedOut)).toMatchObject({ dueOn: '2025-12-09' });
    expect(renewalOf('2024-06-17', optedOut)?.reasons.at(-1)?.facts).toMatchObject({
      nextPeriodStartsOn: '2026-01-08',
      cancelByOn: '2025-12-09',
    });
  });
});

describe('a marriage and family therapist’s first opt-out effective 2024-01-12 (DAB CR6605)', () => {
  const optedOut = { effectiveOn: '2024-01-12' } as const;
  /** An LMFT enrolled from the benefit's first day, 2024-01-01. */
  const lmft = (serviceDate: string, medicareOptOut: MedicareOptOut) =>
    evaluatePayerNetworkStatus(
      [
        enrollment({
          payerId: 'medicare',
          effectiveOn: '2024-01-01',
          submittedOn: '2023-11-01',
          ...CLAIMS_SUBMITTED,
        }),
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

  it('pays the LMFT through Thursday 2024-01-11 and not from Friday 2024-01-12', () => {
    expect(lmft('2024-01-11', optedOut).outcome).toBe('in_network');
    const d = lmft('2024-01-12', optedOut);
    expect([d.outcome, codes(d)]).toEqual(['out_of_network', ['credentialing.medicare.opted_out']]);
  });

  it('takes a termination noticed by day 90 (2024-04-11) and not one noticed 2024-04-12', () => {
    const terminated = (endNoticeReceivedOn: string) => ({
      ...optedOut,
      endsOn: '2024-04-11',
      firstOptOut: true,
      endNoticeReceivedOn,
    });
    expect(lmft('2024-04-15', terminated('2024-04-11')).outcome).toBe('in_network');
    expect(lmft('2024-04-15', terminated('2024-04-12')).outcome).toBe('undecided');
  });

  it('can next be cancelled for 2026-01-12 by a notice received by 2025-12-13, 30 days before the next period', () => {
    expect(renewalOf('2024-06-03', optedOut)?.reasons.at(-1)?.facts).toMatchObject({
      nextPeriodStartsOn: '2026-01-12',
      cancelByOn: '2025-12-13',
    });
  });
});

describe('an opt-out renewing on July 1 is cancelled by June 1 (Noridian)', () => {
  const optedOut = { effectiveOn: '2024-07-01' } as const;
  // A new enrollment from the cancellation: a cancellation does not enroll the clinician again.
  const reEnrolled = [
    enrollment({
      payerId: 'medicare',
      effectiveOn: '2026-07-01',
      submittedOn: '2026-05-20',
      ...CLAIMS_SUBMITTED,
    }),
  ];

  it('names Monday 2026-06-01 as the last day for the 2026-07-01 renewal', () => {
    expect(renewalOf('2026-03-02', optedOut)).toMatchObject({ dueOn: '2026-06-01' });
  });

  it('ends at 2026-07-01 on a notice received 2026-06-01, and bills the new enrollment from then', () => {
    const cancelled = { ...optedOut, endsOn: '2026-07-01', endNoticeReceivedOn: '2026-06-01' };
    expect(lcsw('2026-06-30', cancelled, reEnrolled).outcome).toBe('out_of_network');
    expect(lcsw('2026-07-01', cancelled, reEnrolled).outcome).toBe('in_network');
  });

  it('refuses the enrollment from before the opt-out after the cancellation: it does not enroll the clinician again', () => {
    const d = lcsw('2026-07-06', { ...optedOut, endsOn: '2026-07-01', endNoticeReceivedOn: '2026-06-01' });
    expect(d.outcome).toBe('out_of_network');
    expect(codes(d)).toContain('credentialing.medicare.opt_out_cancelled_not_enrolled');
  });

  it('renews on a notice received 2026-06-02: undecided from 2026-07-01, and the calendar’s next chance is 2028-06-01', () => {
    const late = { ...optedOut, endsOn: '2026-07-01', endNoticeReceivedOn: '2026-06-02' };
    expect(lcsw('2026-07-06', late, reEnrolled).outcome).toBe('undecided');
    expect(renewalOf('2026-06-02', optedOut)).toMatchObject({ dueOn: '2028-06-01' });
    expect(renewalOf('2026-06-02', optedOut)?.reasons.at(-1)?.facts).toMatchObject({
      missedCancelByOn: '2026-06-01',
    });
  });
});

// Opt-outs from 2021 through 2025, so every date asked about falls before the fixtures' last claim (2029-12-03).
const effectiveArb = fc
  .integer({ min: toEpochDay('2021-01-01'), max: toEpochDay('2025-12-31') })
  .map(fromEpochDay);

describe('the notice day decides, whatever the dates (property)', () => {
  it('a first opt-out ends early exactly when its notice arrives by day 90; a cancellation exactly when by 30 days before its period', () => {
    fc.assert(
      fc.property(
        effectiveArb,
        fc.integer({ min: 1, max: 89 }),
        fc.integer({ min: 1, max: 2 }),
        fc.integer({ min: -5, max: 5 }),
        (effectiveOn, endDay, period, noticeShift) => {
          // An early termination: its last notice day is the 90th after the effective date.
          const dueEarly = addDays(effectiveOn, 90);
          const early = {
            effectiveOn,
            endsOn: addDays(effectiveOn, endDay),
            firstOptOut: true,
            endNoticeReceivedOn: addDays(dueEarly, noticeShift),
          };
          const afterEarly = lcsw(addDays(dueEarly, 10), early).outcome;
          expect(afterEarly).toBe(noticeShift <= 0 ? 'in_network' : 'undecided');
          // A cancellation at the start of a later period: its notice is due 30 days before.
          const startsOn = addMonths(effectiveOn, 24 * period);
          const cancelled = {
            effectiveOn,
            endsOn: startsOn,
            endNoticeReceivedOn: addDays(startsOn, -30 + noticeShift),
          };
          const newEnrollment = [
            enrollment({ payerId: 'medicare', effectiveOn: startsOn, ...CLAIMS_SUBMITTED }),
          ];
          const onStart = lcsw(startsOn, cancelled, newEnrollment).outcome;
          expect(onStart).toBe(noticeShift <= 0 ? 'in_network' : 'undecided');
        },
      ),
    );
  });
});
