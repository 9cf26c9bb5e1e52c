import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/index.js';
import {
  buildCredentialingCalendar,
  evaluateCaqhAttestation,
  evaluatePayerNetworkStatus,
  getRecredentialingDueDate,
  type PayerEnrollmentInput,
} from '../../../src/credentialing/index.js';
import { getCaqhReattestationDueDate } from '../../../src/credentialing/internal.js';
import { CLAIMS_SUBMITTED, clinician, enrollment } from '../credentials/credential-fixtures.js';

// An outside tester's cases for the three renewal clocks, written from the public rules before reading the code:
// - NCQA CR: a plan recredentials at least every 36 months, counted to the month, with no grace; a file up to 30
//   days late may still be recredentialed, later the clinician is credentialed again from the start. A missed
//   date is the plan's compliance finding: the clinician stays in network until the plan acts.
// - 42 CFR 424.515: Medicare fee-for-service enrollment is revalidated every 5 years on CMS's notice; it has no
//   36-month cycle.
// - CAQH ProView: re-attest every 120 days; the profile reads "Expired" the day after the 120th day.
const aetna = (over: Partial<PayerEnrollmentInput> = {}) =>
  enrollment({ payerId: 'aetna', effectiveOn: '2023-12-07', credentialedOn: '2023-12-07', ...over });
const medicareFfs = { payerPolicy: { payerId: 'medicare', program: 'medicare' } } as const;
const onDate = (e: PayerEnrollmentInput, serviceDate: string, options = {}) =>
  evaluatePayerNetworkStatus(
    [e],
    { clinicianId: 'clin-ana', payerId: e.payerId, serviceDate, licenseType: 'LCSW' },
    options,
  );
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);
const overdue = (d: { reasons: readonly { code: string; facts: Record<string, unknown> }[] }) =>
  d.reasons.find((r) => r.code === 'credentialing.network.recredentialing_overdue');

describe('NCQA recredentialing for a plan: 36 months counted to the month, no grace', () => {
  it('is due 2026-12-31 for a file credentialed 2023-12-07 (the end of the 36th month)', () => {
    expect(getRecredentialingDueDate('2023-12-07')).toBe('2026-12-31');
  });

  it('is due 2031-02-28 for a file credentialed on leap day 2028-02-29', () => {
    expect(getRecredentialingDueDate('2028-02-29')).toBe('2031-02-28');
  });

  it('is due 2028-12-31 for a file credentialed on New Year’s Eve 2025-12-31 (a year end to a year end)', () => {
    expect(getRecredentialingDueDate('2025-12-31')).toBe('2028-12-31');
  });

  it('warns nothing on the due date 2026-12-31 itself', () => {
    expect(overdue(onDate(aetna(), '2026-12-31'))).toBeUndefined();
  });

  it('stays in network the day after, 2027-01-01, with a warning and the 30-day line 2027-01-30', () => {
    const d = onDate(aetna(), '2027-01-01');
    expect(d.outcome).toBe('in_network');
    expect(overdue(d)?.facts).toMatchObject({ lateLineOn: '2027-01-30', pastLateLine: false });
    expect(d.reasons.every((r) => r.severity !== 'error')).toBe(true);
  });

  it('is still within the line on day 30 (2027-01-30) and past it on day 31 (Sunday 2027-01-31), in network on both', () => {
    const day30 = onDate(aetna(), '2027-01-30');
    const day31 = onDate(aetna(), '2027-01-31');
    expect(overdue(day30)?.facts.pastLateLine).toBe(false);
    expect(overdue(day31)?.facts.pastLateLine).toBe(true);
    expect([day30.outcome, day31.outcome]).toEqual(['in_network', 'in_network']);
  });

  it('lists the calendar’s recredentialing deadline on the same day, overdue (an error) from 2027-01-01', () => {
    const cal = (asOf: string) =>
      buildCredentialingCalendar(
        { clinicians: [clinician()], enrollments: [aetna()] },
        { asOf },
      ).deadlines.find((d) => d.kind === 'recredentialing');
    expect(cal('2026-12-31')).toMatchObject({ dueOn: '2026-12-31', severity: 'warning' });
    expect(cal('2027-01-01')).toMatchObject({ dueOn: '2026-12-31', severity: 'error' });
  });

  it('property: a plan’s missed recredentialing never changes the outcome a freshly credentialed record gets', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (daysLate) => {
        const serviceDate = addDays('2026-12-31', daysLate);
        const stale = onDate(aetna(), serviceDate);
        const fresh = onDate(aetna({ credentialedOn: serviceDate }), serviceDate);
        expect(stale.outcome).toBe(fresh.outcome);
        expect(stale.reasons.some((r) => r.severity === 'error')).toBe(false);
      }),
    );
  });
});

describe('Medicare fee-for-service is revalidated every 5 years, never on a 36-month cycle (42 CFR 424.515)', () => {
  const medicare = (over: Partial<PayerEnrollmentInput> = {}) =>
    enrollment({
      payerId: 'medicare',
      submittedOn: '2022-01-03',
      effectiveOn: '2022-01-03',
      credentialedOn: '2022-01-03',
      ...CLAIMS_SUBMITTED,
      ...over,
    });

  it('says nothing of recredentialing 40 months on (2025-05-03)', () => {
    const d = onDate(medicare(), '2025-05-03', medicareFfs);
    expect(d.outcome).toBe('in_network');
    expect(codes(d)).not.toContain('credentialing.network.recredentialing_overdue');
  });

  it('estimates revalidation due at the month end 60 months on (2027-01-31) and warns from 2027-02-01, in network', () => {
    expect(codes(onDate(medicare(), '2027-01-31', medicareFfs))).not.toContain(
      'credentialing.network.revalidation_overdue',
    );
    const d = onDate(medicare(), '2027-02-01', medicareFfs);
    expect(d.outcome).toBe('in_network');
    expect(codes(d)).toContain('credentialing.network.revalidation_overdue');
  });

  it('takes the date CMS posted over the estimate: posted 2026-06-30, held from 2026-07-01 (42 CFR 424.540(a)(3))', () => {
    const posted = medicare({ revalidationDueOn: '2026-06-30' });
    expect(onDate(posted, '2026-06-30', medicareFfs).outcome).toBe('in_network');
    const d = onDate(posted, '2026-07-01', medicareFfs);
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual(['credentialing.medicare.revalidation_lapsed']);
  });

  it('ignores a recredentialingMonths the policy sets: Medicare fee-for-service has no such cycle', () => {
    const policy = {
      payerPolicy: { payerId: 'medicare', program: 'medicare', recredentialingMonths: 36 },
    } as const;
    const d = onDate(medicare(), '2025-05-03', policy);
    expect(codes(d)).not.toContain('credentialing.network.recredentialing_overdue');
  });

  it('puts a revalidation, and no recredentialing, on the calendar', () => {
    const kinds = buildCredentialingCalendar(
      { clinicians: [clinician()], enrollments: [medicare()] },
      { asOf: '2026-12-07', horizonDays: 1095, payers: [{ payerId: 'medicare', program: 'medicare' }] },
    ).deadlines.map((d) => d.kind);
    expect(kinds).toContain('revalidation');
    expect(kinds).not.toContain('recredentialing');
  });
});

describe('CAQH ProView re-attestation every 120 days, Expired the day after', () => {
  it('is due 2028-04-30 for an attestation on 2028-01-01 (a leap year: 120 days, not 2028-05-01)', () => {
    expect(getCaqhReattestationDueDate('2028-01-01')).toBe('2028-04-30');
  });

  it('is current on the 120th day and expired on the 121st (2028-04-30, 2028-05-01)', () => {
    const caqh = { providerId: '12345678', lastAttestedOn: '2028-01-01' };
    expect(evaluateCaqhAttestation(caqh, { asOf: '2028-04-30' }).outcome).toBe('current');
    expect(evaluateCaqhAttestation(caqh, { asOf: '2028-05-01' }).outcome).toBe('expired');
  });

  it('expires on New Year’s Day 2027 for an attestation on 2026-09-02 (due 2026-12-31)', () => {
    const caqh = { providerId: '12345678', lastAttestedOn: '2026-09-02' };
    expect(evaluateCaqhAttestation(caqh, { asOf: '2026-12-31' }).dueOn).toBe('2026-12-31');
    expect(evaluateCaqhAttestation(caqh, { asOf: '2027-01-01' }).outcome).toBe('expired');
  });

  it('puts the calendar’s entry on the same day, an error from the day after', () => {
    const ana = clinician({ caqh: { providerId: '12345678', lastAttestedOn: '2026-09-02' } });
    const entry = (asOf: string) =>
      buildCredentialingCalendar({ clinicians: [ana] }, { asOf }).deadlines.find(
        (d) => d.kind === 'caqh_reattestation',
      );
    expect(entry('2026-12-31')).toMatchObject({ dueOn: '2026-12-31', severity: 'warning' });
    expect(entry('2027-01-01')).toMatchObject({ dueOn: '2026-12-31', severity: 'error' });
  });

  it('property: current exactly through day 120, expired from day 121, whatever the attestation date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 400 }), (start, age) => {
        const lastAttestedOn = addDays('2020-01-01', start);
        const d = evaluateCaqhAttestation(
          { providerId: '12345678', lastAttestedOn },
          { asOf: addDays(lastAttestedOn, age) },
        );
        expect(d.outcome).toBe(age <= 120 ? 'current' : 'expired');
      }),
    );
  });
});
