// Medicare's in-person visit for mental-health telehealth as an outside tester reads the public text:
// 42 U.S.C. 1395m(m)(7)(B) as added by the Consolidated Appropriations Act, 2021, §123 (a visit within 6
// months before the first telehealth service to the home; treatment of a substance use disorder or a
// co-occurring mental-health disorder exempt) [sources: usc-42-1395m]; 42 CFR 410.78(b)(3)(xiv) (a visit
// at least every 12 months after, unless the risks and burdens outweigh the benefits and that is documented)
// [sources: cfr-42-410.78]; enforcement moved by successive laws, so the date is the policy's data
// [sources: hhs-telehealth-policy-updates].
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/index.js';
import {
  evaluateMedicareTelehealthInPerson,
  type MedicareTelehealthSessionInput,
} from '../../../src/scheduling/index.js';

const POLICY = { requiredFrom: '2028-01-01' };
const medicare = (extra: Partial<MedicareTelehealthSessionInput>): MedicareTelehealthSessionInput => ({
  payerClasses: ['medicare'],
  modality: 'telehealth',
  sessionDate: '2028-03-01',
  inPersonDates: [],
  telehealthDates: [],
  ...extra,
});
const run = (extra: Partial<MedicareTelehealthSessionInput>, policy: object = POLICY) =>
  evaluateMedicareTelehealthInPerson(medicare(extra), policy as never);
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('the 6 months before the first telehealth session (statute)', () => {
  it('is satisfied by a visit on 2027-09-01 for a first session on Wednesday 2028-03-01 (the window’s first day)', () => {
    expect(run({ inPersonDates: ['2027-09-01'] }).outcome).toBe('satisfied');
  });

  it('needs a visit when the last one was 2027-08-31, a day before the window', () => {
    const d = run({ inPersonDates: ['2027-08-31'] });
    expect(d.outcome).toBe('in_person_needed');
    expect(d.reasons[0]).toMatchObject({
      code: 'scheduling.telehealth.medicare_in_person_needed_before_first',
      facts: { windowFrom: '2027-09-01' },
    });
  });

  it('counts a visit the same day before the first session (2028-03-01)', () => {
    expect(run({ inPersonDates: ['2028-03-01'] }).outcome).toBe('satisfied');
  });

  it('does not count a visit after the session (2028-03-02)', () => {
    expect(run({ inPersonDates: ['2028-03-02'] }).outcome).toBe('in_person_needed');
  });

  it('is not waived by a documented risks-and-burdens exception: that one is for the later visits only', () => {
    expect(run({ exceptionDocumentedOn: '2028-02-15' }).outcome).toBe('in_person_needed');
  });
});

describe('every 12 months after (regulation)', () => {
  it('covers a later session on 2028-09-01 by a visit on 2027-09-01 (12 months, first day)', () => {
    const d = run({
      sessionDate: '2028-09-01',
      telehealthDates: ['2028-03-01'],
      inPersonDates: ['2027-09-01'],
    });
    expect(d.outcome).toBe('satisfied');
  });

  it('needs a new visit for 2028-09-02, a day past the 12 months', () => {
    const d = run({
      sessionDate: '2028-09-02',
      telehealthDates: ['2028-03-01'],
      inPersonDates: ['2027-09-01'],
    });
    expect(d.outcome).toBe('in_person_needed');
    expect(d.reasons[0]).toMatchObject({
      code: 'scheduling.telehealth.medicare_in_person_needed_annual',
      facts: { lastInPersonOn: '2027-09-01', windowFrom: '2027-09-02' },
    });
  });

  it('accepts the documented exception (2028-08-20) in place of the 12-month visit', () => {
    const d = run({
      sessionDate: '2028-10-02',
      telehealthDates: ['2028-03-01'],
      inPersonDates: ['2027-09-01'],
      exceptionDocumentedOn: '2028-08-20',
    });
    expect(d.outcome).toBe('satisfied');
    expect(codes(d)).toEqual(['scheduling.telehealth.medicare_in_person_exception_documented']);
  });

  it('asks a client whose telehealth began before enforcement (2027-06-01) only for the 12-month visit', () => {
    expect(
      run({ sessionDate: '2028-02-01', telehealthDates: ['2027-06-01'], inPersonDates: ['2027-03-01'] })
        .outcome,
    ).toBe('satisfied');
    const d = run({
      sessionDate: '2028-02-01',
      telehealthDates: ['2027-06-01'],
      inPersonDates: ['2026-12-01'],
    });
    expect(codes(d)).toEqual(['scheduling.telehealth.medicare_in_person_needed_annual']);
  });
});

describe('what the public text leaves out of the requirement', () => {
  it('leaves out treatment of a substance use disorder or a co-occurring disorder', () => {
    expect(run({ substanceUseDisorderTreatment: true }).outcome).toBe('not_applicable');
  });

  it('leaves out a client not at home (a clinic as the originating site)', () => {
    expect(run({ clientAtHome: false }).outcome).toBe('not_applicable');
  });

  it('leaves out an in-person session and a client without Medicare', () => {
    expect(run({ modality: 'in_person' }).outcome).toBe('not_applicable');
    expect(run({ payerClasses: ['commercial', 'medicaid'] }).outcome).toBe('not_applicable');
  });

  it('still asks when Medicare is secondary to a commercial plan', () => {
    expect(run({ payerClasses: ['commercial', 'medicare'] }).outcome).toBe('in_person_needed');
  });

  it('is undecided when coverage is not recorded', () => {
    expect(run({ payerClasses: [] }).outcome).toBe('undecided');
  });
});

describe('the enforcement date is data', () => {
  it('does not apply on 2027-12-31 under a date of 2028-01-01, and applies on 2028-01-01', () => {
    expect(run({ sessionDate: '2027-12-31' }).outcome).toBe('not_applicable');
    expect(run({ sessionDate: '2028-01-01' }).outcome).toBe('in_person_needed');
  });

  it('follows a date Congress moves (2030-10-01) without a release', () => {
    expect(run({ sessionDate: '2028-03-01' }, { requiredFrom: '2030-10-01' }).outcome).toBe('not_applicable');
  });

  it('is undecided, never "not needed", when nobody knows the enforcement date (requiredFrom: null)', () => {
    const d = run({}, { requiredFrom: null });
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toContain('scheduling.telehealth.medicare_in_person_enforcement_unknown');
  });

  it('is still satisfied with an unknown enforcement date when a visit covers the session anyway', () => {
    expect(run({ inPersonDates: ['2027-12-01'] }, { requiredFrom: null }).outcome).toBe('satisfied');
  });

  it('is still not_applicable with an unknown enforcement date for a client without Medicare', () => {
    expect(run({ payerClasses: ['commercial'] }, { requiredFrom: null }).outcome).toBe('not_applicable');
  });
});

describe('an unknown enforcement date (property)', () => {
  it('answers as if in force, except that "in_person_needed" becomes undecided with the reason first', () => {
    const date = fc.integer({ min: 0, max: 1500 }).map((n) => addDays('2026-01-01', n));
    fc.assert(
      fc.property(
        date,
        fc.array(date, { maxLength: 3 }),
        fc.array(date, { maxLength: 3 }),
        fc.option(date, { nil: undefined }),
        fc.constantFrom<('medicare' | 'commercial')[]>(
          ['medicare'],
          ['commercial'],
          [],
          ['commercial', 'medicare'],
        ),
        (sessionDate, inPersonDates, telehealthDates, exceptionDocumentedOn, payerClasses) => {
          const session = medicare({
            sessionDate,
            inPersonDates,
            telehealthDates,
            payerClasses,
            ...(exceptionDocumentedOn === undefined ? {} : { exceptionDocumentedOn }),
          });
          const known = evaluateMedicareTelehealthInPerson(session, { requiredFrom: '2000-01-01' });
          const unknown = evaluateMedicareTelehealthInPerson(session, { requiredFrom: null });
          if (known.outcome === 'in_person_needed' || known.outcome === 'undecided') {
            expect(unknown.outcome).toBe('undecided');
            expect(unknown.reasons[0]?.code).toBe(
              'scheduling.telehealth.medicare_in_person_enforcement_unknown',
            );
            expect(unknown.reasons.slice(1)).toEqual(known.reasons);
          } else {
            expect(unknown.outcome).toBe(known.outcome);
            expect(unknown.reasons).toEqual(known.reasons);
          }
        },
      ),
    );
  });
});
