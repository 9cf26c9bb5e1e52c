import { describe, expect, it } from 'vitest';
import { evaluateBooking, type PracticeData } from '../../../src/ops/index.js';
import { AS_OF, allowedBooking, smallPractice } from '../practice-fixtures.js';

const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);
const MEDICARE_CODES = (d: { reasons: readonly { code: string }[] }) =>
  codes(d).filter((c) => c.includes('medicare_in_person'));

const data = smallPractice();
const base = allowedBooking(data);

/**
 * The booking's client as a Medicare client whose only visit on record is a telehealth session with
 * clin-001 on Tuesday 2026-11-10, plus `visits`; the enforcement date set to 2026-10-01 so the Tuesday
 * 2026-11-24 booking falls under it (the law's date is 2028-01-01; the practice sets it as data).
 */
function medicareClient(
  visits: {
    start: string;
    kind: 'in_person' | 'telehealth';
    clinicianId?: string;
    state?: 'completed' | 'cancelled' | 'scheduled';
  }[] = [],
  options: { requiredFrom?: string; payerClasses?: PracticeData['clients'][number]['payerClasses'] } = {},
): PracticeData {
  const d = structuredClone(data);
  const client = d.clients.find((c) => c.id === base.clientId) as PracticeData['clients'][number];
  client.payerClasses = options.payerClasses ?? ['medicare'];
  const template = d.appointments.find((a) =>
    a.clientIds.includes(base.clientId),
  ) as PracticeData['appointments'][number];
  d.appointments = d.appointments.filter((a) => !a.clientIds.includes(base.clientId));
  const add = (id: string, v: (typeof visits)[number]) => {
    const end = new Date(Date.parse(v.start) + 53 * 60_000).toISOString();
    d.appointments.push({
      ...structuredClone(template),
      id,
      clinicianId: v.clinicianId ?? base.clinicianId,
      start: v.start,
      end,
      modality:
        v.kind === 'telehealth'
          ? { kind: 'telehealth', clientLocationState: 'NY' }
          : { kind: 'in_person', locationId: 'office-main' },
      status:
        v.state === 'cancelled'
          ? { state: 'cancelled', by: 'client', at: v.start, rescheduled: false, emergencyDocumented: false }
          : { state: v.state ?? 'completed' },
    } as PracticeData['appointments'][number]);
  };
  add('appt-mc-tele', { start: '2026-11-10T09:00:00-05:00', kind: 'telehealth' });
  for (const [i, v] of visits.entries()) add(`appt-mc-${i}`, v);
  d.policies = {
    ...d.policies,
    medicareTelehealthInPerson: { requiredFrom: options.requiredFrom ?? '2026-10-01' },
  };
  return d;
}

describe('evaluateBooking: Medicare’s in-person visit for mental-health telehealth', () => {
  it('warns when no in-person visit with the clinician is on record in the 12 months before', () => {
    const d = evaluateBooking(base, medicareClient(), { asOf: AS_OF });
    expect(d.outcome).toBe('allowed_with_warnings');
    expect(MEDICARE_CODES(d)).toEqual([
      'ops.booking.medicare_in_person_needed',
      'scheduling.telehealth.medicare_in_person_needed_annual',
    ]);
    const needed = d.reasons.find((r) => r.code === 'ops.booking.medicare_in_person_needed');
    expect(needed).toMatchObject({
      severity: 'warning',
      facts: { sessionDate: '2026-11-24', requiredFrom: '2026-10-01' },
    });
    expect(
      d.reasons.find((r) => r.code === 'scheduling.telehealth.medicare_in_person_needed_annual')?.severity,
    ).toBe('warning');
  });

  it('is satisfied by an in-person session with the clinician 12 months back to the day, not one day more', () => {
    const onTheDay = evaluateBooking(
      base,
      medicareClient([{ start: '2025-11-24T10:00:00-05:00', kind: 'in_person' }]),
      {
        asOf: AS_OF,
      },
    );
    expect(MEDICARE_CODES(onTheDay)).toEqual(['scheduling.telehealth.medicare_in_person_on_record']);
    expect(onTheDay.reasons.find((r) => r.code.includes('medicare_in_person'))?.severity).toBe('info');
    const dayBefore = evaluateBooking(
      base,
      medicareClient([{ start: '2025-11-23T10:00:00-05:00', kind: 'in_person' }]),
      {
        asOf: AS_OF,
      },
    );
    expect(MEDICARE_CODES(dayBefore)).toContain('ops.booking.medicare_in_person_needed');
  });

  it('does not count a cancelled session', () => {
    const cancelled = {
      start: '2026-06-01T10:00:00-04:00',
      kind: 'in_person' as const,
      state: 'cancelled' as const,
    };
    expect(MEDICARE_CODES(evaluateBooking(base, medicareClient([cancelled]), { asOf: AS_OF }))).toContain(
      'ops.booking.medicare_in_person_needed',
    );
  });

  it('asks a person about a colleague’s in-person session (same Medicare specialty?) instead of saying one is needed (since 2026-12-06)', () => {
    const other = data.clinicians[1]?.id as string;
    const d = evaluateBooking(
      base,
      medicareClient([{ start: '2026-06-01T10:00:00-04:00', kind: 'in_person', clinicianId: other }]),
      { asOf: AS_OF },
    );
    expect(MEDICARE_CODES(d)).toEqual(['scheduling.telehealth.medicare_in_person_colleague_unconfirmed']);
    expect(d.reasons.find((r) => r.code.includes('colleague'))).toMatchObject({
      severity: 'warning',
      facts: {
        inPersonOn: '2026-06-01',
        sessionDate: '2026-11-24',
        windowFrom: '2025-11-24',
        window: 'annual',
      },
    });
    // A visit with the clinician themselves in the window settles it: no question for a person.
    const both = evaluateBooking(
      base,
      medicareClient([
        { start: '2026-06-01T10:00:00-04:00', kind: 'in_person', clinicianId: other },
        { start: '2026-02-02T10:00:00-05:00', kind: 'in_person' },
      ]),
      { asOf: AS_OF },
    );
    expect(MEDICARE_CODES(both)).toEqual(['scheduling.telehealth.medicare_in_person_on_record']);
  });

  it('dates the first telehealth session per clinician: a colleague’s telehealth does not make this one a later one (since 2026-12-06)', () => {
    const other = data.clinicians[1]?.id as PracticeData['clinicians'][number]['id'];
    // The client's telehealth so far was with a colleague; this is clin-001's first, so its visit must be
    // from 2026-05-24 on: one on 2026-03-02 (within 12 months, not 6) no longer covers it.
    const visits = (inPersonStart: string) => {
      const d = medicareClient([{ start: inPersonStart, kind: 'in_person' }]);
      for (const a of d.appointments) if (a.id === 'appt-mc-tele') a.clinicianId = other;
      return d;
    };
    expect(
      MEDICARE_CODES(evaluateBooking(base, visits('2026-03-02T10:00:00-05:00'), { asOf: AS_OF })),
    ).toEqual([
      'ops.booking.medicare_in_person_needed',
      'scheduling.telehealth.medicare_in_person_needed_before_first',
    ]);
    expect(
      MEDICARE_CODES(evaluateBooking(base, visits('2026-05-24T10:00:00-04:00'), { asOf: AS_OF })),
    ).toEqual(['scheduling.telehealth.medicare_in_person_on_record']);
  });

  it('never counts an in-person session whose outcome is not recorded, nor one still to come (since 2026-12-06)', () => {
    // Still `scheduled` on Monday 2026-11-16, before the booking's as-of date (Friday 2026-11-20): it may not
    // have taken place.
    const unrecorded = evaluateBooking(
      base,
      medicareClient([{ start: '2026-11-16T10:00:00-05:00', kind: 'in_person', state: 'scheduled' }]),
      { asOf: AS_OF },
    );
    expect(MEDICARE_CODES(unrecorded)).toEqual([
      'scheduling.telehealth.medicare_in_person_outcome_unrecorded',
    ]);
    expect(unrecorded.outcome).toBe('allowed_with_warnings');
    // Booked for Monday 2026-11-23, the day before the session: counts once held.
    const planned = evaluateBooking(
      base,
      medicareClient([{ start: '2026-11-23T10:00:00-05:00', kind: 'in_person', state: 'scheduled' }]),
      { asOf: AS_OF },
    );
    expect(MEDICARE_CODES(planned)).toEqual(['scheduling.telehealth.medicare_in_person_planned']);
    // The as-of day itself is still to come.
    expect(
      MEDICARE_CODES(
        evaluateBooking(
          base,
          medicareClient([{ start: '2026-11-20T10:00:00-05:00', kind: 'in_person', state: 'scheduled' }]),
          { asOf: AS_OF },
        ),
      ),
    ).toEqual(['scheduling.telehealth.medicare_in_person_planned']);
  });

  it('passes the client’s place and a documented exception on from the request (since 2026-12-06)', () => {
    expect(
      MEDICARE_CODES(evaluateBooking({ ...base, clientAtHome: false }, medicareClient(), { asOf: AS_OF })),
    ).toEqual([]);
    expect(
      MEDICARE_CODES(evaluateBooking({ ...base, clientAtHome: true }, medicareClient(), { asOf: AS_OF })),
    ).toContain('ops.booking.medicare_in_person_needed');
    const excepted = evaluateBooking(
      { ...base, medicareInPersonExceptionOn: '2026-10-01' },
      medicareClient(),
      { asOf: AS_OF },
    );
    expect(MEDICARE_CODES(excepted)).toEqual([
      'scheduling.telehealth.medicare_in_person_exception_documented',
    ]);
    // Never for the visit before the clinician's first telehealth session.
    const first = medicareClient();
    first.appointments = first.appointments.filter((a) => a.id !== 'appt-mc-tele');
    expect(
      MEDICARE_CODES(
        evaluateBooking({ ...base, medicareInPersonExceptionOn: '2026-10-01' }, first, { asOf: AS_OF }),
      ),
    ).toContain('ops.booking.medicare_in_person_needed');
  });

  it('asks for one in the 6 months before a client’s first telehealth session', () => {
    const d = structuredClone(medicareClient([{ start: '2026-06-01T10:00:00-04:00', kind: 'in_person' }]));
    // No telehealth before: this booking is the first, and its 6 months run from 2026-05-24.
    d.appointments = d.appointments.filter((a) => a.id !== 'appt-mc-tele');
    expect(MEDICARE_CODES(evaluateBooking(base, d, { asOf: AS_OF }))).toEqual([
      'scheduling.telehealth.medicare_in_person_on_record',
    ]);
    const late = structuredClone(medicareClient([{ start: '2026-05-23T10:00:00-04:00', kind: 'in_person' }]));
    late.appointments = late.appointments.filter((a) => a.id !== 'appt-mc-tele');
    expect(MEDICARE_CODES(evaluateBooking(base, late, { asOf: AS_OF }))).toEqual([
      'ops.booking.medicare_in_person_needed',
      'scheduling.telehealth.medicare_in_person_needed_before_first',
    ]);
  });

  it('says nothing before the enforcement date (2028-01-01 by default), for another payer, or in person', () => {
    expect(
      MEDICARE_CODES(
        evaluateBooking(base, medicareClient([], { requiredFrom: '2028-01-01' }), { asOf: AS_OF }),
      ),
    ).toEqual([]);
    const practiceDefault = medicareClient();
    practiceDefault.policies = {
      ...practiceDefault.policies,
      medicareTelehealthInPerson: { requiredFrom: '2028-01-01' },
    };
    expect(MEDICARE_CODES(evaluateBooking(base, practiceDefault, { asOf: AS_OF }))).toEqual([]);
    for (const payerClasses of [['self_pay'], ['commercial'], ['medicaid'], ['workers_comp']] as const) {
      expect(
        MEDICARE_CODES(
          evaluateBooking(base, medicareClient([], { payerClasses: [...payerClasses] }), { asOf: AS_OF }),
        ),
      ).toEqual([]);
    }
    expect(
      MEDICARE_CODES(evaluateBooking({ ...base, modality: 'in_person' }, medicareClient(), { asOf: AS_OF })),
    ).toEqual([]);
  });

  it('warns with the module’s undecided reason when coverage is not recorded', () => {
    const d = evaluateBooking(base, medicareClient([], { payerClasses: [] }), { asOf: AS_OF });
    const r = d.reasons.find((x) => x.code === 'scheduling.telehealth.medicare_in_person_coverage_unknown');
    expect(r?.severity).toBe('warning');
    expect(d.outcome).not.toBe('refused');
  });
});
