import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ValidationError } from '../../../src/core/index.js';
import { buildAppointmentIndex } from '../../../src/scheduling/appointments/appointment-index.js';
import { evaluateBookingConflicts } from '../../../src/scheduling/appointments/booking-conflicts.js';
import { findOpenSlots } from '../../../src/scheduling/slots/open-slots.js';
import { drLee, session } from '../scheduling-fixtures.js';

const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);
const tue10 = session('new', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00');

describe('evaluateBookingConflicts', () => {
  it('books a free Tuesday 10:00 inside availability', () => {
    expect(evaluateBookingConflicts(tue10, drLee, [])).toEqual({
      outcome: 'bookable',
      reasons: [],
      appointmentId: 'new',
    });
  });

  it('refuses a clinician double booking, naming the other appointment', () => {
    const d = evaluateBookingConflicts(tue10, drLee, [
      session('a-9', '2026-03-10T10:30:00-04:00', '2026-03-10T11:20:00-04:00', { clientIds: ['c-2'] }),
    ]);
    expect(d.outcome).toBe('conflict');
    expect(d.reasons[0]).toMatchObject({
      code: 'scheduling.conflict.clinician_double_booked',
      facts: { appointmentId: 'a-9' },
    });
  });

  it('refuses when the client is already with another clinician then', () => {
    const d = evaluateBookingConflicts(tue10, drLee, [
      session('a-8', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', { clinicianId: 'dr-kim' }),
    ]);
    expect(codes(d)).toEqual(['scheduling.conflict.client_double_booked']);
  });

  it('refuses a room that is taken, for in-person sessions in the same location', () => {
    const room = { kind: 'in_person' as const, locationId: 'office-1', roomId: 'room-2' };
    const d = evaluateBookingConflicts({ ...tue10, modality: room }, drLee, [
      session('a-7', '2026-03-10T10:00:00-04:00', '2026-03-10T11:00:00-04:00', {
        clinicianId: 'dr-kim',
        clientIds: ['c-5'],
        modality: room,
      }),
    ]);
    expect(codes(d)).toEqual(['scheduling.conflict.room_double_booked']);
  });

  it('warns when the notes buffer is cut short', () => {
    const d = evaluateBookingConflicts(tue10, drLee, [
      session('a-6', '2026-03-10T09:00:00-04:00', '2026-03-10T09:55:00-04:00', { clientIds: ['c-2'] }),
    ]);
    expect(d.outcome).toBe('bookable_with_warnings');
    expect(codes(d)).toEqual(['scheduling.conflict.buffer_overlap']);
  });

  it('refuses outside availability, in the wrong block for the modality, on time off and on holidays', () => {
    expect(
      codes(
        evaluateBookingConflicts(
          session('x', '2026-03-10T07:00:00-04:00', '2026-03-10T07:50:00-04:00'),
          drLee,
          [],
        ),
      ),
    ).toEqual(['scheduling.conflict.outside_availability']);
    const inPersonAfternoon = session('x', '2026-03-10T14:00:00-04:00', '2026-03-10T14:50:00-04:00', {
      modality: { kind: 'in_person', locationId: 'office-1' },
    });
    expect(codes(evaluateBookingConflicts(inPersonAfternoon, drLee, []))).toEqual([
      'scheduling.conflict.modality_not_offered',
    ]);
    const away = {
      ...drLee,
      timeOff: [{ start: '2026-03-10T00:00:00-04:00', end: '2026-03-10T10:30:00-04:00' }],
    };
    expect(codes(evaluateBookingConflicts(tue10, away, []))).toEqual(['scheduling.conflict.time_off']);
    const nearlyAway = {
      ...drLee,
      timeOff: [{ start: '2026-03-10T10:55:00-04:00', end: '2026-03-10T12:00:00-04:00' }],
    };
    expect(codes(evaluateBookingConflicts(tue10, nearlyAway, []))).toEqual([
      'scheduling.conflict.buffer_overlap',
    ]);
    expect(codes(evaluateBookingConflicts(tue10, drLee, [], { holidays: ['2026-03-10'] }))).toEqual([
      'scheduling.conflict.holiday',
    ]);
    const phoneOnly = { ...drLee, modalities: ['telehealth' as const] };
    expect(
      codes(
        evaluateBookingConflicts(
          { ...tue10, modality: { kind: 'in_person', locationId: 'o' } },
          phoneOnly,
          [],
        ),
      ),
    ).toEqual(['scheduling.conflict.modality_not_offered']);
  });

  it('refuses a session over the daily or weekly cap and warns about an unusual length', () => {
    const capped = { ...drLee, maxSessionsPerDay: 1, maxSessionsPerWeek: 2 };
    const others = [
      session('a-1', '2026-03-10T13:00:00-04:00', '2026-03-10T13:50:00-04:00', { clientIds: ['c-2'] }),
      session('a-2', '2026-03-09T13:00:00-04:00', '2026-03-09T13:50:00-04:00', { clientIds: ['c-3'] }),
    ];
    const d = evaluateBookingConflicts({ ...tue10, end: '2026-03-10T10:40:00-04:00' }, capped, others);
    expect(codes(d)).toEqual([
      'scheduling.conflict.daily_cap',
      'scheduling.conflict.weekly_cap',
      'scheduling.conflict.session_length',
    ]);
  });

  it('notes a session that spans the fall-back change and reports unchecked invalid records', () => {
    const night = { ...drLee, availability: [{ days: ['sun' as const], start: '00:00', end: '04:00' }] };
    const d = evaluateBookingConflicts(
      session('n', '2026-11-01T01:30:00-04:00', '2026-11-01T01:20:00-05:00'),
      night,
      [{ id: 'broken' }],
    );
    expect(codes(d)).toEqual(['scheduling.conflict.unchecked_record', 'scheduling.time.spans_transition']);
    expect(d.outcome).toBe('bookable_with_warnings');
  });

  it('rejects a candidate that ends before it starts, without echoing values', () => {
    try {
      evaluateBookingConflicts(
        session('bad', '2026-03-10T10:00:00-04:00', '2026-03-10T09:00:00-04:00'),
        drLee,
        [],
      );
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => i.code)).toEqual([
        'scheduling.appointment.end_before_start',
      ]);
      expect((error as Error).message).not.toContain('2026-03-10');
    }
  });

  it('agrees with the slot finder: every open slot is bookable', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 5 }), (dayOffset, booked) => {
        const bookings = Array.from({ length: booked }, (_, i) =>
          session(
            `b-${i}`,
            `2026-03-${String(9 + i).padStart(2, '0')}T09:00:00-04:00`,
            `2026-03-${String(9 + i).padStart(2, '0')}T09:50:00-04:00`,
            {
              clientIds: [`c-${i + 10}`],
            },
          ),
        );
        const day = `2026-03-${String(9 + (dayOffset % 10)).padStart(2, '0')}`;
        const { slots } = findOpenSlots([drLee], bookings, {
          from: day,
          to: day,
          asOf: '2026-03-01T00:00:00Z',
          sessionMinutes: 50,
          displayZone: 'UTC',
        });
        for (const slot of slots) {
          const d = evaluateBookingConflicts(
            session('cand', slot.start, slot.end, {
              clientIds: ['c-new'],
              ...(slot.modalities.includes('in_person') ? {} : {}),
            }),
            drLee,
            bookings,
          );
          expect(d.outcome).toBe('bookable');
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('evaluateBookingConflicts on an appointment index', () => {
  it('gives the same decision as raw records, and reports a repeated id as unchecked', () => {
    const records = [
      session('a-9', '2026-03-10T10:30:00-04:00', '2026-03-10T11:20:00-04:00', { clientIds: ['c-2'] }),
      session('a-9', '2026-03-10T15:00:00-04:00', '2026-03-10T15:50:00-04:00', { clientIds: ['c-3'] }),
    ];
    const candidate = session('new', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00');
    const fromIndex = evaluateBookingConflicts(candidate, drLee, buildAppointmentIndex(records));
    expect(fromIndex).toEqual(evaluateBookingConflicts(candidate, drLee, records));
    expect(fromIndex.reasons.map((r) => r.code)).toEqual([
      'scheduling.conflict.clinician_double_booked',
      'scheduling.conflict.unchecked_record',
    ]);
  });
});

describe('evaluateBookingConflicts across midnight', () => {
  const line = {
    ...drLee,
    modalities: ['telehealth' as const],
    availability: [{ days: ['sat' as const], start: '22:00', end: '06:00' }],
  };
  const at = (start: string, end: string) => session('night', start, end);

  it('books a Sunday 01:00 session inside a Saturday-night block, and 03:00 after the clocks spring forward', () => {
    expect(
      evaluateBookingConflicts(at('2026-03-08T01:00:00-05:00', '2026-03-08T01:50:00-05:00'), line, [])
        .outcome,
    ).toBe('bookable');
    const afterChange = at('2026-03-08T03:00:00-04:00', '2026-03-08T03:50:00-04:00');
    expect(evaluateBookingConflicts(afterChange, line, []).outcome).toBe('bookable');
  });

  it('books a session that runs over midnight, and refuses one past the block’s end', () => {
    expect(
      evaluateBookingConflicts(at('2026-01-10T23:30:00-05:00', '2026-01-11T00:20:00-05:00'), line, [])
        .outcome,
    ).toBe('bookable');
    expect(
      codes(evaluateBookingConflicts(at('2026-01-11T05:30:00-05:00', '2026-01-11T06:20:00-05:00'), line, [])),
    ).toEqual(['scheduling.conflict.outside_availability']);
  });

  it('refuses a session that runs into a holiday after midnight, naming the holiday', () => {
    const d = evaluateBookingConflicts(
      at('2026-01-10T23:30:00-05:00', '2026-01-11T00:20:00-05:00'),
      line,
      [],
      {
        holidays: ['2026-01-11'],
      },
    );
    expect(d.outcome).toBe('conflict');
    expect(d.reasons).toEqual([
      expect.objectContaining({ code: 'scheduling.conflict.holiday', facts: { date: '2026-01-11' } }),
    ]);
  });
});
