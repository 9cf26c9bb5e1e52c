import { describe, expect, it } from 'vitest';
import { evaluateBooking, type PracticeData } from '../../../src/ops/index.js';
import { AS_OF, allowedBooking, smallPractice } from '../practice-fixtures.js';

// Medicare asks for an in-person visit within the 12 months before a later mental-health telehealth session
// to the home [usc-42-1395m, cfr-42-410.78]. The visit's date is the day it happened where it happened: an
// in-person visit is dated on its office's clock, not the clinician's. clin-001 keeps New York time; the
// booking's client (New York) is made a Medicare client with a telehealth session on 2026-11-10, and the
// booking is Tuesday 2026-11-24 15:00 EST, so the window opens on 2025-11-24.

const data = smallPractice();
const base = allowedBooking(data);
type Appointment = PracticeData['appointments'][number];
const medicareCodes = (d: { reasons: readonly { code: string }[] }) =>
  d.reasons.map((r) => r.code).filter((c) => c.includes('medicare_in_person'));

/** The Medicare client with one in-person visit with clin-001 at a Los Angeles office (or `office`). */
function withVisit(
  start: string,
  end: string,
  sessionZone?: string,
  office: { state: string; zone?: string } = { state: 'CA', zone: 'America/Los_Angeles' },
): PracticeData {
  const d = structuredClone(data);
  const client = d.clients.find((c) => c.id === base.clientId) as PracticeData['clients'][number];
  client.payerClasses = ['medicare'];
  const template = d.appointments.find((a) => a.clientIds.includes(base.clientId)) as Appointment;
  d.appointments = d.appointments.filter((a) => !a.clientIds.includes(base.clientId));
  d.appointments.push(
    {
      ...structuredClone(template),
      id: 'appt-mc-tele',
      clinicianId: base.clinicianId,
      start: '2026-11-10T09:00:00-05:00',
      end: '2026-11-10T09:53:00-05:00',
      modality: { kind: 'telehealth', clientLocationState: 'NY' },
      status: { state: 'completed' },
    } as Appointment,
    {
      ...structuredClone(template),
      id: 'appt-mc-la',
      clinicianId: base.clinicianId,
      start,
      end,
      modality: {
        kind: 'in_person',
        locationId: 'office-la',
        ...(sessionZone === undefined ? {} : { zone: sessionZone }),
      },
      status: { state: 'completed' },
    } as Appointment,
  );
  const used = new Set(
    d.appointments.flatMap((a) => (a.modality.kind === 'in_person' ? [a.modality.locationId as string] : [])),
  );
  d.practice.offices = [
    ...[...used].filter((id) => id !== 'office-la').map((id) => ({ id, state: 'NY' as const })),
    { id: 'office-la', ...office },
  ] as never;
  d.policies = { ...d.policies, medicareTelehealthInPerson: { requiredFrom: '2026-10-01' } };
  return d;
}

describe('evaluateBooking: Medicare’s in-person visit is dated where it happened', () => {
  it('does not count a Los Angeles visit at 22:00 on 2025-11-23 (01:00 on the 24th in New York) for a 2026-11-24 session', () => {
    const d = evaluateBooking(base, withVisit('2025-11-23T22:00:00-08:00', '2025-11-23T22:53:00-08:00'), {
      asOf: AS_OF,
    });
    expect(medicareCodes(d)).toContain('ops.booking.medicare_in_person_needed');
    expect(medicareCodes(d)).not.toContain('scheduling.telehealth.medicare_in_person_on_record');
  });

  it('counts a Los Angeles visit at 08:00 on 2025-11-24, 12 months back to the day', () => {
    const d = evaluateBooking(base, withVisit('2025-11-24T08:00:00-08:00', '2025-11-24T08:53:00-08:00'), {
      asOf: AS_OF,
    });
    expect(medicareCodes(d)).toEqual(['scheduling.telehealth.medicare_in_person_on_record']);
  });

  it('dates a 23:30 visit at an El Paso office listed without a zone on 2025-11-23, the earlier of Texas’s days', () => {
    // 23:30 Mountain is 00:30 on the 24th in Dallas [cfr-49-71]; which clock the office keeps is not known,
    // so the visit is read on the earlier day, whose 12 months end sooner (before: the New York clinician's
    // clock, 01:30 on the 24th, counted it for a 2026-11-24 session).
    const texas = { state: 'TX' };
    const late = withVisit('2025-11-23T23:30:00-07:00', '2025-11-24T00:20:00-07:00', undefined, texas);
    expect(medicareCodes(evaluateBooking(base, late, { asOf: AS_OF }))).toContain(
      'ops.booking.medicare_in_person_needed',
    );
    // 22:00 Mountain on the 24th is 23:00 in Dallas: both clocks say the 24th, 12 months back to the day.
    const same = withVisit('2025-11-24T22:00:00-07:00', '2025-11-24T22:50:00-07:00', undefined, texas);
    expect(medicareCodes(evaluateBooking(base, same, { asOf: AS_OF }))).toEqual([
      'scheduling.telehealth.medicare_in_person_on_record',
    ]);
  });

  it('reads the session’s own recorded zone the same way', () => {
    const d = evaluateBooking(
      base,
      withVisit('2025-11-23T22:00:00-08:00', '2025-11-23T22:53:00-08:00', 'America/Los_Angeles'),
      { asOf: AS_OF },
    );
    expect(medicareCodes(d)).toContain('ops.booking.medicare_in_person_needed');
  });
});
