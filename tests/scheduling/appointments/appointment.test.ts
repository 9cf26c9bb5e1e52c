import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import { isHoldingTime, validateAppointments } from '../../../src/scheduling/appointments/appointment.js';
import { session } from '../scheduling-fixtures.js';

describe('validateAppointments', () => {
  it('rejects records that are not a list, instead of a TypeError or reading a string letter by letter', () => {
    for (const bad of [{}, 'a-1', 42, null, undefined]) {
      expect(() => validateAppointments(bad as never)).toThrow(ValidationError);
    }
  });

  it('processes a batch with invalid appointments, reporting each by index and echoing nothing', () => {
    const secret = 'Jane Doe, DOB 1980-01-01';
    const r = validateAppointments([
      session('a-1', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00'),
      session('a-2', '2026-03-10T10:00:00-04:00', '2026-03-10T09:00:00-04:00'),
      session('a-3', secret, '2026-03-10T10:50:00-04:00', { clientIds: ['c-1', 'c-2'] }),
      session('a-4', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
        type: 'couples',
        clientIds: ['c-1', 'c-2'],
        modality: { kind: 'in_person', locationId: 'office-1', roomId: 'room-2' },
      }),
    ]);
    expect(r.valid.map((v) => v.index)).toEqual([0, 3]);
    expect(r.invalid.map((i) => [i.index, i.issues.map((x) => [x.at, x.code])])).toEqual([
      [1, [['$[1].end', 'scheduling.appointment.end_before_start']]],
      [
        2,
        [
          ['$[2].start', 'core.instant.invalid'],
          ['$[2].clientIds', 'scheduling.appointment.client_count'],
        ],
      ],
    ]);
    expect(JSON.stringify(r.invalid)).not.toContain('Jane');
    expect(r.valid[0]?.value.status).toEqual({ state: 'scheduled' });
  });

  it('reports an end before the start and a listed payer beside a field of the wrong kind, all at once', () => {
    const r = validateAppointments([
      session('a-5', '2026-03-10T10:00:00-04:00', '2026-03-10T09:00:00-04:00', {
        type: 'hypnosis' as never,
        clientIds: ['c-1'],
        responsibleClientId: 'c-9',
      }),
      session('a-6', '2026-03-10T10:00:00-04:00', '2026-03-10T09:00:00-04:00', { clientIds: 'c-1' as never }),
    ]);
    expect(r.invalid.map((i) => [i.index, i.issues.map((x) => [x.at, x.code])])).toEqual([
      [
        0,
        [
          ['$[0].type', 'invalid_value'],
          ['$[0].end', 'scheduling.appointment.end_before_start'],
          ['$[0].responsibleClientId', 'scheduling.appointment.responsible_client_not_listed'],
        ],
      ],
      [
        1,
        [
          ['$[1].clientIds', 'invalid_type'],
          ['$[1].end', 'scheduling.appointment.end_before_start'],
        ],
      ],
    ]);
  });

  it('knows which statuses hold time', () => {
    expect(isHoldingTime({ state: 'no_show', emergencyDocumented: false })).toBe(true);
    expect(isHoldingTime({ state: 'completed' })).toBe(true);
    expect(
      isHoldingTime({
        state: 'cancelled',
        by: 'client',
        at: '2026-03-01T00:00:00Z',
        rescheduled: false,
        emergencyDocumented: false,
      }),
    ).toBe(false);
  });
});
