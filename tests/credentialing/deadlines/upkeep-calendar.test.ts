// The calendar's monthly exclusion checks (42 CFR 455.436(c)(2); an excluded clinician is paid nothing by a
// federal program, 1001.1901) and a Medicare enrollment's upkeep: changes reported within 30 or 90 days
// (424.516(d)), a claim at least every 12 calendar months (424.540(a)(1)), the end of a revocation's
// re-enrollment bar (424.535(c)).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, compareDates } from '../../../src/core/index.js';
import {
  buildCredentialingCalendar,
  type ClinicianCredentialsInput,
  type CredentialingDeadline,
  getMedicareChangeReportDueDate,
  getMedicareInactivityDeactivationDate,
  getMedicareReenrollmentBarEnd,
  type PayerEnrollmentInput,
} from '../../../src/credentialing/index.js';
import {
  clinician as bareClinician,
  dateArb,
  enrollment,
  malpracticePolicy,
} from '../credentials/credential-fixtures.js';

const LONG_POLICY = malpracticePolicy('P-LONG', '2010-01-01', '2045-12-31');
const clinician = (over: Partial<ClinicianCredentialsInput> = {}) =>
  bareClinician({ malpractice: [LONG_POLICY], ...over });
const MEDICARE = { payerId: 'medicare', program: 'medicare' as const };
const medicare = (over: Partial<PayerEnrollmentInput> = {}) =>
  enrollment({ payerId: 'medicare', effectiveOn: '2024-01-02', credentialedOn: '2024-01-02', ...over });
const ofKind = (deadlines: readonly CredentialingDeadline[], kind: string) =>
  deadlines.filter((d) => d.kind === kind);
const build = (
  clinicians: ClinicianCredentialsInput[],
  enrollments: PayerEnrollmentInput[],
  asOf: string,
  payers: { payerId: string; program: 'medicare' | 'medicare_advantage' | 'medicaid' | 'commercial' }[] = [
    MEDICARE,
  ],
) => buildCredentialingCalendar({ clinicians, enrollments }, { asOf, payers });

describe('buildCredentialingCalendar: monthly exclusion screening (42 CFR 455.436(c)(2))', () => {
  const screened = clinician({
    exclusionScreening: {
      leieScreenedOn: '2026-03-02',
      samScreenedOn: '2026-03-05',
      stateMedicaid: [{ state: 'NY', screenedOn: '2026-02-10' }],
    },
  });

  it('lists each list’s next check one month after the last, alerting in its last week', () => {
    const cal = build([screened], [], '2026-03-27');
    const checks = ofKind(cal.deadlines, 'exclusion_screening');
    expect(checks.map((d) => [d.id, d.dueOn, d.severity])).toEqual([
      ['clin-ana/exclusion_screening/state_medicaid/NY', '2026-03-10', 'error'],
      ['clin-ana/exclusion_screening/leie', '2026-04-02', 'warning'],
      ['clin-ana/exclusion_screening/sam', '2026-04-05', 'info'],
    ]);
    expect(checks[1]).toMatchObject({
      owner: 'credentialing_staff',
      alerts: [{ leadDays: 7, opensOn: '2026-03-26' }],
    });
    expect(checks[1]?.reasons.map((r) => r.code)).toEqual([
      'credentialing.deadline.alert',
      'credentialing.deadline.exclusion_screening',
    ]);
    expect(checks[0]?.reasons.map((r) => r.code)).toEqual([
      'credentialing.deadline.overdue',
      'credentialing.deadline.exclusion_screening',
    ]);
    expect(checks[1]?.needed).toContain('OIG exclusion list (LEIE)');
  });

  it('asks for a list recorded without a date now, as a warning', () => {
    const cal = build(
      [clinician({ exclusionScreening: { leieScreenedOn: '2026-03-02' } })],
      [],
      '2026-03-10',
    );
    const [sam] = ofKind(cal.deadlines, 'exclusion_screening').filter((d) => d.id.endsWith('/sam'));
    expect(sam).toMatchObject({ dueOn: '2026-03-10', severity: 'warning', alerts: [] });
    expect(sam?.reasons.map((r) => r.code)).toEqual(['credentialing.deadline.exclusion_screening_unknown']);
  });

  it('asks a Medicare biller with no screening recorded for the LEIE and SAM; a Medicaid biller for a state list too', () => {
    const medicareCal = build([clinician()], [medicare()], '2026-03-10');
    expect(
      ofKind(medicareCal.deadlines, 'exclusion_screening').map((d) => [d.id, d.reasons[0]?.facts]),
    ).toEqual([
      ['clin-ana/exclusion_screening/unrecorded', { clinicianId: 'clin-ana', sources: ['leie', 'sam'] }],
    ]);
    const medicaid = [{ payerId: 'ny-medicaid', program: 'medicaid' as const }];
    const mcdCal = build(
      [clinician()],
      [enrollment({ payerId: 'ny-medicaid', effectiveOn: '2024-01-02' })],
      '2026-03-10',
      medicaid,
    );
    expect(ofKind(mcdCal.deadlines, 'exclusion_screening')[0]?.reasons[0]?.facts).toMatchObject({
      sources: ['leie', 'sam', 'state_medicaid'],
    });
    const withLists = clinician({
      exclusionScreening: { leieScreenedOn: '2026-03-02', samScreenedOn: '2026-03-02' },
    });
    const stateAsk = build(
      [withLists],
      [enrollment({ payerId: 'ny-medicaid', effectiveOn: '2024-01-02' })],
      '2026-03-10',
      medicaid,
    );
    expect(ofKind(stateAsk.deadlines, 'exclusion_screening').map((d) => d.id)).toContain(
      'clin-ana/exclusion_screening/state_medicaid/unrecorded',
    );
  });

  it('asks nothing of a clinician with only commercial enrollments, or whose Medicare enrollment has ended', () => {
    const aetna = build(
      [clinician()],
      [enrollment({ payerId: 'aetna', effectiveOn: '2024-01-02' })],
      '2026-03-10',
      [],
    );
    expect(ofKind(aetna.deadlines, 'exclusion_screening')).toEqual([]);
    const ended = build(
      [clinician()],
      [medicare({ status: 'terminated', terminatedOn: '2026-01-01', history: [] })],
      '2026-03-10',
    );
    expect(ofKind(ended.deadlines, 'exclusion_screening')).toEqual([]);
  });

  it('a recorded check is always due one month after it, and listed exactly when within the horizon (property)', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (screenedOn, asOf) => {
        const cal = build(
          [clinician({ exclusionScreening: { leieScreenedOn: screenedOn, samScreenedOn: screenedOn } })],
          [],
          asOf,
        );
        const leie = ofKind(cal.deadlines, 'exclusion_screening').filter((d) => d.id.endsWith('/leie'));
        const dueOn = addMonths(screenedOn, 1);
        expect(leie.length).toBe(compareDates(dueOn, cal.horizonEndsOn) <= 0 ? 1 : 0);
        for (const d of leie) {
          expect(d.dueOn).toBe(dueOn);
          expect(d.severity).toBe(
            compareDates(asOf, dueOn) > 0
              ? 'error'
              : compareDates(asOf, addDays(dueOn, -7)) >= 0
                ? 'warning'
                : 'info',
          );
        }
      }),
    );
  });
});

describe('buildCredentialingCalendar: Medicare upkeep (42 CFR 424.516(d), 424.540(a)(1), 424.535(c))', () => {
  it('lists a move on 2026-03-02 due 2026-04-01 and a new phone number the same day due 2026-05-31, until reported', () => {
    const changes = [
      { change: 'practice_location' as const, changedOn: '2026-03-02' },
      { change: 'other' as const, changedOn: '2026-03-02' },
      { change: 'adverse_legal_action' as const, changedOn: '2026-02-01', reportedOn: '2026-02-10' },
    ];
    const cal = build(
      [clinician({ exclusionScreening: { leieScreenedOn: '2026-03-02', samScreenedOn: '2026-03-02' } })],
      [medicare({ reportableChanges: changes })],
      '2026-03-10',
    );
    const reports = ofKind(cal.deadlines, 'medicare_change_report');
    expect(reports.map((d) => [d.id, d.dueOn, d.payerId])).toEqual([
      ['clin-ana/medicare_change_report/medicare/practice_location/2026-03-02', '2026-04-01', 'medicare'],
      ['clin-ana/medicare_change_report/medicare/other/2026-03-02', '2026-05-31', 'medicare'],
    ]);
    expect(reports[0]?.dueOn).toBe(getMedicareChangeReportDueDate(changes[0] as never).dueOn);
    expect(reports[0]?.reasons.at(-1)).toMatchObject({
      code: 'credentialing.deadline.medicare_change_report',
      facts: { change: 'practice_location', days: 30 },
    });
    expect(reports[0]?.needed).toContain('PECOS');
  });

  it('lists the last day to submit a claim: last claim 2025-03-15, deactivation possible from 2026-04-01, due 2026-03-31', () => {
    const cal = build([clinician()], [medicare({ lastClaimSubmittedOn: '2025-03-15' })], '2026-02-15');
    const [inactive] = ofKind(cal.deadlines, 'medicare_inactivity');
    expect(inactive).toMatchObject({
      id: 'clin-ana/medicare_inactivity/medicare',
      dueOn: '2026-03-31',
      severity: 'warning',
    });
    expect(inactive?.reasons.at(-1)?.facts).toMatchObject({ deactivationFrom: '2026-04-01' });
    expect(addDays(inactive?.dueOn ?? '', 1)).toBe(getMedicareInactivityDeactivationDate('2025-03-15'));
  });

  it('reads upkeep only for Medicare fee-for-service: a Medicare Advantage plan or a commercial payer gets none', () => {
    const upkeep = {
      lastClaimSubmittedOn: '2025-03-15',
      reportableChanges: [{ change: 'other' as const, changedOn: '2026-02-01' }],
    };
    for (const program of ['medicare_advantage', 'commercial'] as const) {
      const cal = build(
        [clinician()],
        [enrollment({ payerId: 'plan', effectiveOn: '2024-01-02', ...upkeep })],
        '2026-02-15',
        [{ payerId: 'plan', program }],
      );
      expect([
        ...ofKind(cal.deadlines, 'medicare_inactivity'),
        ...ofKind(cal.deadlines, 'medicare_change_report'),
      ]).toEqual([]);
    }
  });

  it('rejects a change reported before it happened, by path', () => {
    const cal = build(
      [],
      [
        medicare({
          reportableChanges: [{ change: 'other', changedOn: '2026-03-02', reportedOn: '2026-03-01' }],
        }),
      ],
      '2026-03-10',
    );
    expect(cal.invalid.enrollments[0]?.issues.map((i) => [i.at, i.code])).toEqual([
      ['$[0].reportableChanges[0].reportedOn', 'credentialing.enrollment.change_reported_before_change'],
    ]);
  });

  it('lists the end of a 3-year re-enrollment bar after a revocation from 2026-03-01 (2029-03-01), until reinstated', () => {
    const revoked = {
      program: 'medicare' as const,
      terminatedOn: '2026-03-01',
      reenrollmentBar: { barYears: 3 },
    };
    const cal = build([clinician({ forCauseTerminations: [revoked] })], [], '2029-01-15');
    const [bar] = ofKind(cal.deadlines, 'medicare_reenrollment_bar_end');
    expect(bar).toMatchObject({
      id: 'clin-ana/medicare_reenrollment_bar_end/2026-03-01',
      dueOn: '2029-03-01',
      severity: 'warning',
    });
    expect(bar?.dueOn).toBe(getMedicareReenrollmentBarEnd({ revokedOn: '2026-03-01', barYears: 3 }));
    expect(
      ofKind(
        build([clinician({ forCauseTerminations: [revoked] })], [], '2029-03-02').deadlines,
        'medicare_reenrollment_bar_end',
      ),
    ).toEqual([]);
    const back = { ...revoked, reinstatedOn: '2029-06-01' };
    expect(
      ofKind(
        build([clinician({ forCauseTerminations: [back] })], [], '2029-01-15').deadlines,
        'medicare_reenrollment_bar_end',
      ),
    ).toEqual([]);
  });

  it('rejects a re-enrollment bar on a Medicaid termination, and an 11-year bar on a first revocation', () => {
    const cal = build(
      [
        clinician({
          forCauseTerminations: [
            {
              program: 'medicaid',
              state: 'NY',
              terminatedOn: '2026-03-01',
              reenrollmentBar: { barYears: 3 },
            },
          ],
        }),
        clinician({
          forCauseTerminations: [
            { program: 'medicare', terminatedOn: '2026-03-01', reenrollmentBar: { barYears: 11 } },
          ],
        }),
      ],
      [],
      '2026-03-10',
    );
    expect(cal.invalid.clinicians.map((r) => r.issues.map((i) => [i.at, i.code]))).toEqual([
      [['$[0].forCauseTerminations[0].reenrollmentBar', 'credentialing.revocation.bar_not_medicare']],
      [['$[1].forCauseTerminations[0].reenrollmentBar.barYears', 'credentialing.revocation.bar_too_long']],
    ]);
  });

  it('the claim deadline is always the day before the first day CMS may deactivate (property)', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (lastClaim, asOf) => {
        const cal = build([clinician()], [medicare({ lastClaimSubmittedOn: lastClaim })], asOf);
        for (const d of ofKind(cal.deadlines, 'medicare_inactivity')) {
          expect(addDays(d.dueOn, 1)).toBe(getMedicareInactivityDeactivationDate(lastClaim));
        }
      }),
    );
  });
});
