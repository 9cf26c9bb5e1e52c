import { describe, expect, it } from 'vitest';
import { buildAppointmentIndex } from '../../../src/scheduling/appointments/appointment-index.js';
import { findOpenSlots } from '../../../src/scheduling/slots/open-slots.js';
import { drLee, session } from '../scheduling-fixtures.js';

describe('buildAppointmentIndex', () => {
  const records = [
    session('a-2', '2026-03-09T13:00:00-04:00', '2026-03-09T13:50:00-04:00'),
    session('a-1', '2026-03-09T09:00:00-04:00', '2026-03-09T09:50:00-04:00'),
    session('a-1', '2026-03-09T10:00:00-04:00', '2026-03-09T10:50:00-04:00'),
    session('a-3', '2026-03-09T11:00:00-04:00', '2026-03-09T11:50:00-04:00', {
      status: { state: 'cancelled', by: 'client', at: '2026-03-01T00:00:00Z' },
    }),
    { id: 'a-4' },
  ];

  it('keeps valid records, reports invalid and repeated ids by index, and sorts each clinician’s sessions', () => {
    const index = buildAppointmentIndex(records);
    expect(index.appointments.map((a) => a.id)).toEqual(['a-2', 'a-1', 'a-3']);
    expect(index.invalid.map((i) => [i.index, i.issues[0]?.code])).toEqual([
      [2, 'scheduling.appointment.duplicate_id'],
      [4, 'invalid_type'],
    ]);
    const lee = index.byClinician.get('dr-lee');
    expect(Array.from(lee?.startMs ?? [])).toEqual([
      Date.parse('2026-03-09T13:00:00Z'),
      Date.parse('2026-03-09T17:00:00Z'),
    ]);
  });

  it('gives the same slots as raw records', () => {
    const search = {
      from: '2026-03-09',
      to: '2026-03-09',
      asOf: '2026-03-01T00:00:00Z',
      sessionMinutes: 50,
      displayZone: 'UTC',
    };
    expect(findOpenSlots([drLee], buildAppointmentIndex(records), search)).toEqual(
      findOpenSlots([drLee], records, search),
    );
  });
});
