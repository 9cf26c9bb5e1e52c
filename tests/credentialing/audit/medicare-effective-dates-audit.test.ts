import { describe, expect, it } from 'vitest';
import {
  buildCredentialingCalendar,
  evaluatePayerNetworkStatus,
  getMedicareEffectiveDate,
  getMedicareInactivityDeactivationDate,
} from '../../../src/credentialing/index.js';
import { estimateRevalidationDueDate } from '../../../src/credentialing/internal.js';
import { clinician, enrollment, license } from '../credentials/credential-fixtures.js';

// An outside tester's cases from the public rule, written before reading the code:
// - 42 CFR 424.520(d): the effective date of billing privileges is the later of the date the contractor
//   receives an application it later approves and the date the practitioner first furnished services at a
//   new practice location;
// - 42 CFR 424.521(a): claims may be billed up to 30 days before that date (90 after a Presidentially
//   declared disaster that kept the practitioner from enrolling);
// - 42 CFR 424.515: revalidation every 5 years, and off-cycle when CMS asks (424.515(d));
// - 42 CFR 424.540(a)(1): deactivation after 12 consecutive months without a claim.
const medicare = { payerPolicy: { payerId: 'medicare', program: 'medicare' } } as const;
const q = { clinicianId: 'clin-ana', payerId: 'medicare', licenseType: 'LCSW' } as const;
const approved = (effectiveOn: string, over = {}) =>
  enrollment({
    payerId: 'medicare',
    effectiveOn,
    submittedOn: effectiveOn,
    credentialedOn: effectiveOn,
    ...over,
  });
const outcome = (e: ReturnType<typeof enrollment>, serviceDate: string, o = medicare) =>
  evaluatePayerNetworkStatus([e], { ...q, serviceDate }, o).outcome;

describe('Medicare effective date (42 CFR 424.520(d))', () => {
  it('is the filing date when the clinician already served at the location (filed on leap day 2028-02-29)', () => {
    expect(getMedicareEffectiveDate('2028-02-29', '2028-01-10')).toBe('2028-02-29');
  });

  it('is the first day at a new location when that is later than the filing date (2028-03-01 after a 02-29 filing)', () => {
    expect(getMedicareEffectiveDate('2028-02-29', '2028-03-01')).toBe('2028-03-01');
  });

  it('is that one day when both dates are the same month end (2026-04-30)', () => {
    expect(getMedicareEffectiveDate('2026-04-30', '2026-04-30')).toBe('2026-04-30');
  });
});

describe('Medicare retrospective billing (42 CFR 424.521(a))', () => {
  it('bills from 2028-02-29, 30 days before an effective date of 2028-03-30, across the leap day', () => {
    const e = approved('2028-03-30');
    expect(outcome(e, '2028-02-29')).toBe('retro_billable');
    expect(outcome(e, '2028-02-28')).toBe('out_of_network');
    expect(outcome(e, '2028-03-30')).toBe('in_network');
  });

  it('bills from 2026-03-01, 30 days before an effective date of 2026-03-31 (a 31-day month)', () => {
    const e = approved('2026-03-31');
    expect(outcome(e, '2026-03-01')).toBe('retro_billable');
    expect(outcome(e, '2026-02-28')).toBe('out_of_network');
  });

  it('bills from 2027-01-31, 30 days before 2027-03-02 in a common year', () => {
    const e = approved('2027-03-02');
    expect(outcome(e, '2027-01-31')).toBe('retro_billable');
    expect(outcome(e, '2027-01-30')).toBe('out_of_network');
  });

  it('bills 90 days back for the enrollment a Presidentially declared disaster kept from being filed: from 2028-02-29 for 2028-05-29', () => {
    const e = approved('2028-05-29', { disasterPrecludedEnrollment: true });
    expect(outcome(e, '2028-02-29')).toBe('retro_billable');
    expect(outcome(e, '2028-02-28')).toBe('out_of_network');
    expect(outcome(approved('2028-05-29'), '2028-02-29')).toBe('out_of_network');
  });

  it('holds a claim of 2028-02-29 while an application filed 2028-03-30 is pending, and refuses 2028-02-28', () => {
    const pending = enrollment({ payerId: 'medicare', status: 'submitted', submittedOn: '2028-03-30' });
    delete (pending as { effectiveOn?: string }).effectiveOn;
    delete (pending as { credentialedOn?: string }).credentialedOn;
    expect(outcome(pending, '2028-02-29')).toBe('undecided');
    expect(outcome(pending, '2028-02-28')).toBe('out_of_network');
  });

  it('never bills before the filing date less 30 days, even when the record claims an earlier effective date', () => {
    const e = enrollment({ payerId: 'medicare', effectiveOn: '2026-01-01', submittedOn: '2026-03-31' });
    expect(outcome(e, '2026-01-15')).toBe('undecided');
  });
});

describe('Medicare revalidation (42 CFR 424.515) and deactivation (424.540(a)(1))', () => {
  it('estimates revalidation 5 years on at a month end: enrolled 2023-02-28, due 2028-02-29', () => {
    expect(estimateRevalidationDueDate('2023-02-28')).toBe('2028-02-29');
  });

  it('estimates from a leap day: enrolled 2024-02-29, due 2029-02-28', () => {
    expect(estimateRevalidationDueDate('2024-02-29')).toBe('2029-02-28');
  });

  it('stays in network the day after the estimated due date, warning revalidation_overdue', () => {
    const e = approved('2023-02-28', { lastClaimSubmittedOn: '2028-02-15' });
    const on = evaluatePayerNetworkStatus([e], { ...q, serviceDate: '2028-02-29' }, medicare);
    const after = evaluatePayerNetworkStatus([e], { ...q, serviceDate: '2028-03-01' }, medicare);
    expect(on.reasons.map((r) => r.code)).not.toContain('credentialing.network.revalidation_overdue');
    expect(after.outcome).toBe('in_network');
    expect(after.reasons.map((r) => r.code)).toContain('credentialing.network.revalidation_overdue');
  });

  it('holds an off-cycle revalidation request to its posted date (2026-06-30), years before the 5-year estimate', () => {
    // Past a posted date with no revalidation recorded, CMS deactivates (42 CFR 424.540(a)(3)): held, not billed.
    const e = approved('2024-01-15', { revalidationDueOn: '2026-06-30', lastClaimSubmittedOn: '2026-06-15' });
    expect(outcome(e, '2026-06-30')).toBe('in_network');
    const d = evaluatePayerNetworkStatus([e], { ...q, serviceDate: '2026-07-01' }, medicare);
    expect(d.outcome).toBe('undecided');
    expect(d.reasons.map((r) => r.code)).toEqual(['credentialing.medicare.revalidation_lapsed']);
  });

  it('may deactivate from 2029-03-01 when the last claim was on leap day 2028-02-29', () => {
    expect(getMedicareInactivityDeactivationDate('2028-02-29')).toBe('2029-03-01');
  });

  it('may deactivate from 2027-01-01 when the last claim was on 2025-12-31', () => {
    expect(getMedicareInactivityDeactivationDate('2025-12-31')).toBe('2027-01-01');
  });

  it('puts the last day to bill before deactivation on the calendar: 2029-02-28 after a claim on 2028-02-29', () => {
    const cal = buildCredentialingCalendar(
      {
        clinicians: [clinician({ licenses: [license({ expiresOn: '2030-06-30' })] })],
        enrollments: [approved('2026-01-05', { lastClaimSubmittedOn: '2028-02-29' })],
      },
      { asOf: '2028-12-01', payers: [medicare.payerPolicy] },
    );
    const entry = cal.deadlines.find((d) => d.kind === 'medicare_inactivity');
    expect(entry?.dueOn).toBe('2029-02-28');
  });
});
