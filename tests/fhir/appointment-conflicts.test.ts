// An appointment that contradicts itself is reported, never read toward a fee: a length that disagrees
// with start and end, a no-show with a reason that is not the client's, a booked or fulfilled session with
// a cancellation reason, a cancellation reason naming two cancellers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWithOffset } from '../../src/core/internal.js';
import { fromFhirAppointment, readFhirAppointment, toFhirAppointment } from '../../src/fhir/index.js';
import { MONDAY_TELEHEALTH_SESSION } from './fhir-fixtures.js';

const REASON = 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason';
const reason = (...codes: string[]) => ({ coding: codes.map((code) => ({ system: REASON, code })) });

const session = MONDAY_TELEHEALTH_SESSION;
const base = toFhirAppointment(session);

function codes(result: { success: boolean; error?: { issues: readonly { code: string; at: string }[] } }) {
  return result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.at} ${i.code}`);
}

describe('readFhirAppointment: a session length that disagrees with start and end', () => {
  it('leaves the length unknown when minutesDuration says 30 and start to end is 50 minutes', () => {
    const read = readFhirAppointment({ ...base, minutesDuration: 30 });
    expect(read.success && read.data.complete).toBe(false);
    expect(read.success && read.data.unknown.map((u) => `${u.at} ${u.code}`)).toEqual([
      '$.minutesDuration fhir.appointment.duration_conflict',
    ]);
    expect(codes(fromFhirAppointment({ ...base, minutesDuration: 60 }))).toEqual([
      '$.minutesDuration fhir.appointment.duration_conflict',
    ]);
  });

  it('reads a length within a minute of start to end (seconds rounded), and none at all', () => {
    const odd = { ...base, end: '2026-03-09T09:50:30-04:00' };
    expect(fromFhirAppointment({ ...odd, minutesDuration: 50 }).success).toBe(true);
    expect(fromFhirAppointment({ ...odd, minutesDuration: 51 }).success).toBe(true);
    expect(codes(fromFhirAppointment({ ...odd, minutesDuration: 49 }))).toEqual([
      '$.minutesDuration fhir.appointment.duration_conflict',
    ]);
    const { minutesDuration: _m, ...none } = base;
    expect(fromFhirAppointment(none).success).toBe(true);
  });

  it('reads the length it writes across the DST fall-back in New York (01:30 EDT to 01:20 EST, 50 minutes)', () => {
    const fhir = toFhirAppointment({
      ...session,
      start: '2026-11-01T01:30:00-04:00',
      end: '2026-11-01T01:20:00-05:00',
    });
    expect(fhir.minutesDuration).toBe(50);
    expect(fromFhirAppointment(fhir).success).toBe(true);
  });

  it('is complete exactly when minutesDuration is within a minute of start to end', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 1, max: 600 }),
        (minutes, seconds, stated) => {
          const startMs = Date.UTC(2026, 2, 9, 13, 0, 0);
          const end = formatWithOffset(startMs + minutes * 60_000 + seconds * 1000, -240);
          const read = readFhirAppointment({ ...base, end, minutesDuration: stated });
          const span = minutes + seconds / 60;
          expect(read.success && read.data.complete).toBe(Math.abs(stated - span) < 1);
        },
      ),
    );
  });
});

describe('readFhirAppointment: a status and a cancellation reason that contradict each other', () => {
  it('reports a no-show whose reason is the clinician’s, rather than charging the client', () => {
    const read = readFhirAppointment({ ...base, status: 'noshow', cancelationReason: reason('prov') });
    expect(read.success && read.data.complete).toBe(false);
    expect(
      codes(fromFhirAppointment({ ...base, status: 'noshow', cancelationReason: reason('prov') })),
    ).toEqual(['$.cancelationReason fhir.appointment.no_show_conflict']);
    for (const code of ['maint', 'oth-weath', 'pat-mt', 'other', 'x-vendor'])
      expect(
        codes(fromFhirAppointment({ ...base, status: 'noshow', cancelationReason: reason(code) })),
      ).toEqual(['$.cancelationReason fhir.appointment.no_show_conflict']);
    expect(
      codes(fromFhirAppointment({ ...base, status: 'noshow', cancelationReason: reason('pat-dec') })),
    ).toEqual(['$.cancelationReason fhir.appointment.client_deceased']);
    expect(
      codes(fromFhirAppointment({ ...base, status: 'noshow', cancelationReason: { text: 'storm' } })),
    ).toEqual(['$.cancelationReason fhir.appointment.no_show_conflict']);
  });

  it('reads a no-show with the client’s own reason, or none, as the client’s no-show', () => {
    for (const cancelationReason of [reason('pat'), reason('pat-fb'), undefined])
      expect(fromFhirAppointment({ ...base, status: 'noshow', cancelationReason }).success).toBe(true);
  });

  it('reports a booked or fulfilled session that carries a cancellation reason', () => {
    for (const status of ['booked', 'arrived', 'checked-in', 'fulfilled'])
      expect(codes(fromFhirAppointment({ ...base, status, cancelationReason: reason('pat') }))).toEqual([
        '$.cancelationReason fhir.appointment.status_conflict',
      ]);
  });

  it('reports a cancellation reason naming two cancellers, and reads two codes of one canceller', () => {
    const cancelled = { ...base, status: 'cancelled' };
    expect(codes(fromFhirAppointment({ ...cancelled, cancelationReason: reason('pat', 'prov') }))).toEqual([
      '$.cancelationReason fhir.appointment.cancel_reason_conflict',
    ]);
    const read = fromFhirAppointment({ ...cancelled, cancelationReason: reason('pat', 'pat-crs') });
    expect(read.success && read.data.status).toMatchObject({ state: 'cancelled', by: 'client' });
  });

  it('never reads a client’s no-show from a reason that is not the client’s own', () => {
    const codesArb = fc.array(
      fc.constantFrom('pat', 'pat-fb', 'prov', 'prov-pers', 'maint', 'other', 'oth-weath', 'pat-dec', 'x'),
      { minLength: 1, maxLength: 3 },
    );
    fc.assert(
      fc.property(codesArb, (list) => {
        const read = fromFhirAppointment({ ...base, status: 'noshow', cancelationReason: reason(...list) });
        const own = list.every((c) => c === 'pat' || c === 'pat-fb');
        expect(read.success).toBe(own);
      }),
    );
  });
});
