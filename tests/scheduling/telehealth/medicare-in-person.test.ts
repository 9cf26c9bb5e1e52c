import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, ValidationError } from '../../../src/core/index.js';
import { SchedulingPayerClass } from '../../../src/scheduling/appointments/payer-class.js';
import {
  DEFAULT_MEDICARE_IN_PERSON_REQUIRED_FROM,
  evaluateMedicareTelehealthInPerson,
  MedicareInPersonPendingReason,
  type MedicareTelehealthSessionInput,
} from '../../../src/scheduling/telehealth/medicare-in-person.js';

// A Medicare client's telehealth session on Wednesday 2028-03-01, the first under the requirement.
const session = (extra: Partial<MedicareTelehealthSessionInput> = {}): MedicareTelehealthSessionInput => ({
  payerClasses: ['medicare'],
  modality: 'telehealth',
  sessionDate: '2028-03-01',
  inPersonDates: [],
  telehealthDates: [],
  ...extra,
});
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('evaluateMedicareTelehealthInPerson', () => {
  it('takes the enforcement date as data, 2028-01-01 by default', () => {
    expect(DEFAULT_MEDICARE_IN_PERSON_REQUIRED_FROM).toBe('2028-01-01');
    const before = evaluateMedicareTelehealthInPerson(session({ sessionDate: '2027-12-31' }), {});
    expect(before).toMatchObject({ outcome: 'not_applicable', requiredFrom: '2028-01-01' });
    expect(before.reasons[0]).toMatchObject({
      code: 'scheduling.telehealth.medicare_in_person_not_in_force',
      facts: { sessionDate: '2027-12-31', requiredFrom: '2028-01-01' },
    });
    expect(evaluateMedicareTelehealthInPerson(session({ sessionDate: '2028-01-01' }), {}).outcome).toBe(
      'in_person_needed',
    );
    // Moved again by Congress: the practice sets the date, no release needed.
    expect(evaluateMedicareTelehealthInPerson(session(), { requiredFrom: '2030-01-01' }).outcome).toBe(
      'not_applicable',
    );
    expect(
      evaluateMedicareTelehealthInPerson(session({ sessionDate: '2026-12-14' }), {
        requiredFrom: '2026-10-01',
      }).outcome,
    ).toBe('in_person_needed');
  });

  it('asks for an in-person visit in the 6 months before the first telehealth session (2027-09-01 on)', () => {
    const none = evaluateMedicareTelehealthInPerson(session(), {});
    expect(none).toMatchObject({ outcome: 'in_person_needed' });
    expect(none.reasons[0]).toMatchObject({
      code: 'scheduling.telehealth.medicare_in_person_needed_before_first',
      severity: 'warning',
      facts: { sessionDate: '2028-03-01', windowFrom: '2027-09-01' },
    });
    const edge = evaluateMedicareTelehealthInPerson(session({ inPersonDates: ['2027-09-01'] }), {});
    expect(edge.outcome).toBe('satisfied');
    expect(edge.reasons[0]).toMatchObject({
      code: 'scheduling.telehealth.medicare_in_person_on_record',
      facts: { inPersonOn: '2027-09-01', coversThrough: '2028-09-01' },
    });
    expect(evaluateMedicareTelehealthInPerson(session({ inPersonDates: ['2027-08-31'] }), {}).outcome).toBe(
      'in_person_needed',
    );
    // The same day counts; a visit after the session does not.
    expect(evaluateMedicareTelehealthInPerson(session({ inPersonDates: ['2028-03-01'] }), {}).outcome).toBe(
      'satisfied',
    );
    expect(evaluateMedicareTelehealthInPerson(session({ inPersonDates: ['2028-03-02'] }), {}).outcome).toBe(
      'in_person_needed',
    );
  });

  it('counts calendar months: a visit on 2027-08-31 covers a first session on 2028-02-29, not 2028-03-01', () => {
    const visit = { inPersonDates: ['2027-08-31'] };
    expect(
      evaluateMedicareTelehealthInPerson(session({ ...visit, sessionDate: '2028-02-29' }), {}).outcome,
    ).toBe('satisfied');
    expect(evaluateMedicareTelehealthInPerson(session(visit), {}).outcome).toBe('in_person_needed');
  });

  it('asks for one in the 12 months before each later session, or a documented exception', () => {
    // First telehealth 2028-03-01 after an in-person visit on 2028-02-29; the next ones a year on.
    const later = (sessionDate: string, extra: Partial<MedicareTelehealthSessionInput> = {}) =>
      evaluateMedicareTelehealthInPerson(
        session({ sessionDate, inPersonDates: ['2028-02-29'], telehealthDates: ['2028-03-01'], ...extra }),
        {},
      );
    expect(later('2029-02-28').outcome).toBe('satisfied');
    const lapsed = later('2029-03-01');
    expect(lapsed).toMatchObject({ outcome: 'in_person_needed' });
    expect(lapsed.reasons[0]).toMatchObject({
      code: 'scheduling.telehealth.medicare_in_person_needed_annual',
      facts: { sessionDate: '2029-03-01', windowFrom: '2028-03-01', lastInPersonOn: '2028-02-29' },
    });
    const excepted = later('2029-03-01', { exceptionDocumentedOn: '2029-01-15' });
    expect(excepted.outcome).toBe('satisfied');
    expect(codes(excepted)).toEqual(['scheduling.telehealth.medicare_in_person_exception_documented']);
    // An exception documented more than 12 months before, or after the session, does not cover it.
    expect(later('2029-03-01', { exceptionDocumentedOn: '2028-02-28' }).outcome).toBe('in_person_needed');
    expect(later('2029-03-01', { exceptionDocumentedOn: '2029-03-02' }).outcome).toBe('in_person_needed');
    // With no in-person visit at all, the last one is null.
    expect(later('2029-03-01', { inPersonDates: [] }).reasons[0]?.facts).toMatchObject({
      lastInPersonOn: null,
    });
  });

  it('does not ask a client whose telehealth began before the date for the visit before the first, only the 12-month one', () => {
    const established = session({ telehealthDates: ['2025-06-02'], sessionDate: '2028-01-10' });
    expect(codes(evaluateMedicareTelehealthInPerson(established, {}))).toEqual([
      'scheduling.telehealth.medicare_in_person_needed_annual',
    ]);
    expect(
      evaluateMedicareTelehealthInPerson({ ...established, inPersonDates: ['2027-01-10'] }, {}).outcome,
    ).toBe('satisfied');
    // An exception never stands in for the visit before the first telehealth session.
    expect(
      evaluateMedicareTelehealthInPerson(session({ exceptionDocumentedOn: '2028-02-01' }), {}).outcome,
    ).toBe('in_person_needed');
  });

  it('is not applicable in person, without Medicare, or away from home; undecided when coverage is unknown', () => {
    const at = (extra: Partial<MedicareTelehealthSessionInput>) =>
      evaluateMedicareTelehealthInPerson(session(extra), {});
    expect(codes(at({ modality: 'in_person' }))).toEqual([
      'scheduling.telehealth.medicare_in_person_not_telehealth',
    ]);
    for (const payerClasses of [
      ['commercial'],
      ['medicaid'],
      ['tricare'],
      ['workers_comp'],
      ['self_pay'],
      ['other'],
    ] as const) {
      const d = at({ payerClasses: [...payerClasses] });
      expect(d.outcome).toBe('not_applicable');
      expect(codes(d)).toEqual(['scheduling.telehealth.medicare_in_person_not_medicare']);
    }
    // Medicare secondary to a commercial plan, or with Medicaid: Medicare still pays part, so it asks.
    expect(at({ payerClasses: ['commercial', 'medicare'] }).outcome).toBe('in_person_needed');
    expect(at({ payerClasses: ['medicare', 'medicaid'] }).outcome).toBe('in_person_needed');
    expect(codes(at({ clientAtHome: false }))).toEqual([
      'scheduling.telehealth.medicare_in_person_not_at_home',
    ]);
    expect(at({ clientAtHome: true }).outcome).toBe('in_person_needed');
    const unknown = at({ payerClasses: [] });
    expect(unknown).toMatchObject({ outcome: 'undecided' });
    expect(codes(unknown)).toEqual(['scheduling.telehealth.medicare_in_person_coverage_unknown']);
  });

  it('does not apply to the treatment of a substance use disorder (since 2026-12-06)', () => {
    const sud = evaluateMedicareTelehealthInPerson(session({ substanceUseDisorderTreatment: true }), {});
    expect(sud.outcome).toBe('not_applicable');
    expect(codes(sud)).toEqual(['scheduling.telehealth.medicare_in_person_sud_exempt']);
    // Left out or false, the session is for a mental-health disorder and the visit is asked for.
    expect(
      evaluateMedicareTelehealthInPerson(session({ substanceUseDisorderTreatment: false }), {}).outcome,
    ).toBe('in_person_needed');
    // Coverage still decides first: no Medicare, nothing to exempt.
    expect(
      codes(
        evaluateMedicareTelehealthInPerson(
          session({ substanceUseDisorderTreatment: true, payerClasses: ['commercial'] }),
          {},
        ),
      ),
    ).toEqual(['scheduling.telehealth.medicare_in_person_not_medicare']);
  });

  it('asks a person about a visit it cannot count on its own: a colleague’s, one with no outcome, one still to come (since 2026-12-06)', () => {
    // First telehealth session on Wednesday 2028-03-01: its window runs from 2027-09-01.
    const colleague = evaluateMedicareTelehealthInPerson(
      session({
        pendingInPersonVisits: [{ date: '2027-12-06', pending: 'colleague_specialty_unconfirmed' }],
      }),
      {},
    );
    expect(colleague.outcome).toBe('undecided');
    expect(colleague.reasons).toEqual([
      expect.objectContaining({
        code: 'scheduling.telehealth.medicare_in_person_colleague_unconfirmed',
        severity: 'warning',
        facts: {
          inPersonOn: '2027-12-06',
          sessionDate: '2028-03-01',
          windowFrom: '2027-09-01',
          window: 'before_first',
        },
      }),
    ]);
    // One reason per kind, the latest visit of each, in a fixed order.
    const all = evaluateMedicareTelehealthInPerson(
      session({
        pendingInPersonVisits: [
          { date: '2028-02-28', pending: 'planned' },
          { date: '2027-10-02', pending: 'outcome_not_recorded' },
          { date: '2027-11-02', pending: 'outcome_not_recorded' },
          { date: '2027-09-01', pending: 'colleague_specialty_unconfirmed' },
        ],
      }),
      {},
    );
    expect(all.outcome).toBe('undecided');
    expect(all.reasons.map((r) => [r.code, r.facts.inPersonOn])).toEqual([
      ['scheduling.telehealth.medicare_in_person_colleague_unconfirmed', '2027-09-01'],
      ['scheduling.telehealth.medicare_in_person_outcome_unrecorded', '2027-11-02'],
      ['scheduling.telehealth.medicare_in_person_planned', '2028-02-28'],
    ]);
    // Outside the window (2027-08-31) or after the session, it does not help: still needed.
    for (const date of ['2027-08-31', '2028-03-02']) {
      expect(
        evaluateMedicareTelehealthInPerson(
          session({ pendingInPersonVisits: [{ date, pending: 'planned' }] }),
          {},
        ).outcome,
      ).toBe('in_person_needed');
    }
    // A counted visit settles it, and so does an exception for a later session.
    expect(
      evaluateMedicareTelehealthInPerson(
        session({
          inPersonDates: ['2027-10-01'],
          pendingInPersonVisits: [{ date: '2027-12-06', pending: 'outcome_not_recorded' }],
        }),
        {},
      ).outcome,
    ).toBe('satisfied');
    const later = evaluateMedicareTelehealthInPerson(
      session({
        sessionDate: '2029-03-01',
        telehealthDates: ['2028-03-01'],
        exceptionDocumentedOn: '2029-01-15',
        pendingInPersonVisits: [{ date: '2028-06-01', pending: 'colleague_specialty_unconfirmed' }],
      }),
      {},
    );
    expect(codes(later)).toEqual(['scheduling.telehealth.medicare_in_person_exception_documented']);
    // For a later session the window is 12 months (from 2028-03-01 for 2029-03-01).
    const annual = evaluateMedicareTelehealthInPerson(
      session({
        sessionDate: '2029-03-01',
        telehealthDates: ['2028-03-01'],
        pendingInPersonVisits: [{ date: '2028-03-01', pending: 'outcome_not_recorded' }],
      }),
      {},
    );
    expect(annual.reasons[0]?.facts).toMatchObject({ windowFrom: '2028-03-01', window: 'annual' });
  });

  it('rejects an invalid session or policy without echoing it', () => {
    expect(() => evaluateMedicareTelehealthInPerson(session({ sessionDate: '2028-02-30' }), {})).toThrow(
      ValidationError,
    );
    expect(() => evaluateMedicareTelehealthInPerson(session(), { requiredFrom: 'soon' })).toThrow(
      ValidationError,
    );
  });

  const day = fc
    .integer({ min: 0, max: 3 * 365 })
    .map((n) => new Date(Date.UTC(2027, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

  it('is satisfied exactly when a visit falls in the window before the session (property)', () => {
    fc.assert(
      fc.property(
        day,
        fc.array(day, { maxLength: 4 }),
        fc.array(day, { maxLength: 3 }),
        (sessionDate, inPersonDates, telehealthDates) => {
          const d = evaluateMedicareTelehealthInPerson(
            session({ sessionDate, inPersonDates, telehealthDates }),
            {},
          );
          if (sessionDate < '2028-01-01') {
            expect(d.outcome).toBe('not_applicable');
            return;
          }
          const first = [sessionDate, ...telehealthDates].sort()[0] as string;
          const window = first === sessionDate ? addMonths(sessionDate, -6) : addMonths(sessionDate, -12);
          const covered = inPersonDates.some((v) => v >= window && v <= sessionDate);
          expect(d.outcome).toBe(covered ? 'satisfied' : 'in_person_needed');
          // The answer never depends on the order of the dates.
          const reversed = evaluateMedicareTelehealthInPerson(
            session({
              sessionDate,
              inPersonDates: [...inPersonDates].reverse(),
              telehealthDates: [...telehealthDates].reverse(),
            }),
            {},
          );
          expect(reversed).toEqual(d);
        },
      ),
    );
  });

  const pendingKind = fc.constantFrom(...MedicareInPersonPendingReason.options);

  it('never counts a visit a person must confirm, and asks about one exactly when it would cover the session (property)', () => {
    fc.assert(
      fc.property(
        day,
        fc.array(day, { maxLength: 3 }),
        fc.array(day, { maxLength: 2 }),
        fc.array(fc.record({ date: day, pending: pendingKind }), { maxLength: 3 }),
        fc.option(day, { nil: undefined }),
        (sessionDate, inPersonDates, telehealthDates, pendingInPersonVisits, exceptionDocumentedOn) => {
          const base = session({
            sessionDate,
            inPersonDates,
            telehealthDates,
            ...(exceptionDocumentedOn === undefined ? {} : { exceptionDocumentedOn }),
          });
          const without = evaluateMedicareTelehealthInPerson(base, {});
          const withPending = evaluateMedicareTelehealthInPerson({ ...base, pendingInPersonVisits }, {});
          if (without.outcome !== 'in_person_needed') {
            // Satisfied or not applicable stays so: pending visits only matter when nothing else covers it.
            expect(withPending).toEqual(without);
            return;
          }
          const first = [sessionDate, ...telehealthDates].sort()[0] as string;
          const from = first === sessionDate ? addMonths(sessionDate, -6) : addMonths(sessionDate, -12);
          const inWindow = pendingInPersonVisits.some((v) => v.date >= from && v.date <= sessionDate);
          expect(withPending.outcome).toBe(inWindow ? 'undecided' : 'in_person_needed');
          expect(withPending.outcome).not.toBe('satisfied');
        },
      ),
    );
  });

  it('never asks for a visit for the treatment of a substance use disorder (property)', () => {
    fc.assert(
      fc.property(
        day,
        fc.array(day, { maxLength: 3 }),
        fc.array(day, { maxLength: 3 }),
        (sessionDate, a, b) => {
          const d = evaluateMedicareTelehealthInPerson(
            session({
              sessionDate,
              inPersonDates: a,
              telehealthDates: b,
              substanceUseDisorderTreatment: true,
            }),
            {},
          );
          expect(d.outcome).toBe('not_applicable');
        },
      ),
    );
  });

  it('never asks for a visit before the date, in person, or without Medicare (property)', () => {
    fc.assert(
      fc.property(
        day,
        fc.constantFrom('in_person', 'telehealth' as const),
        fc.subarray(SchedulingPayerClass.options),
        (sessionDate, modality, payerClasses) => {
          const d = evaluateMedicareTelehealthInPerson(
            session({
              sessionDate,
              modality: modality as 'in_person' | 'telehealth',
              payerClasses: [...payerClasses],
            }),
            {},
          );
          const asks =
            modality === 'telehealth' && sessionDate >= '2028-01-01' && payerClasses.includes('medicare');
          if (!asks) expect(d.outcome).not.toBe('in_person_needed');
          if (d.outcome !== 'satisfied' && d.outcome !== 'not_applicable')
            expect(d.reasons.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
