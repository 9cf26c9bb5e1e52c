import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import { measureClinicianLoad } from '../../../src/scheduling/measures/clinician-load.js';
import { drLee, session } from '../scheduling-fixtures.js';

const at = (id: string, start: string, end: string, extra = {}) =>
  session(id, `2026-03-09T${start}:00-04:00`, `2026-03-09T${end}:00-04:00`, {
    clientIds: [`c-${id}`],
    ...extra,
  });

describe('measureClinicianLoad', () => {
  it('measures a Monday of back-to-back sessions, utilization and a session outside hours', () => {
    const r = measureClinicianLoad(
      { ...drLee, timeOff: [{ start: '2026-03-10T09:00:00-04:00', end: '2026-03-10T12:00:00-04:00' }] },
      [
        at('1', '09:00', '09:50'),
        at('2', '09:55', '10:45'),
        at('3', '10:50', '11:40'),
        at('4', '13:00', '13:50'),
        at('5', '13:55', '14:45'),
        at('6', '18:00', '18:50'),
        at('7', '15:00', '15:50', {
          status: { state: 'cancelled', by: 'client', at: '2026-03-01T00:00:00Z' },
        }),
        at('8', '15:00', '15:50', { clinicianId: 'dr-kim' }),
        { id: 'bad' },
      ],
      {
        from: '2026-03-09',
        to: '2026-03-15',
        highDailySessions: 5,
        longRunSessions: 3,
        holidays: ['2026-03-11'],
      },
    );
    expect(r.days[0]).toEqual({
      date: '2026-03-09',
      sessions: 6,
      sessionMinutes: 300,
      availableMinutes: 420,
      longestRun: 3,
    });
    expect(r.days[1]?.availableMinutes).toBe(240);
    expect(r.days[2]?.availableMinutes).toBe(0);
    expect(r.weeks).toEqual([{ weekStart: '2026-03-09', sessions: 6 }]);
    expect(r.outsideAvailability).toEqual(['6']);
    // 250 minutes inside availability over 420 + 240 + 420 (Thu) = 1080 available minutes.
    expect(r.utilizationBp).toBe(2315);
    expect(r.reasons.map((x) => x.code)).toEqual([
      'scheduling.load.outside_hours',
      'scheduling.load.daily_high',
      'scheduling.load.back_to_back',
    ]);
    expect(r.invalidAppointments.map((i) => i.index)).toEqual([8]);
  });

  it('reports zero utilization with no availability and rejects a reversed window', () => {
    expect(
      measureClinicianLoad({ ...drLee, availability: [] }, [], { from: '2026-03-09', to: '2026-03-09' })
        .utilizationBp,
    ).toBe(0);
    expect(() => measureClinicianLoad(drLee, [], { from: '2026-03-09', to: '2026-03-01' })).toThrow(
      ValidationError,
    );
  });

  it('measures ten years at most (3,660 days): a longer window, such as one from year 0, is refused before any work', () => {
    const unavailable = { ...drLee, availability: [] };
    const tenYears = measureClinicianLoad(unavailable, [], { from: '2016-03-08', to: '2026-03-15' });
    expect(tenYears.days).toHaveLength(3_660);
    let error: unknown;
    try {
      measureClinicianLoad(unavailable, [], { from: '2016-03-07', to: '2026-03-15' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.code)).toEqual(['scheduling.load.range_too_long']);
  });
});

describe('measureClinicianLoad across midnight', () => {
  it('splits a Saturday-night block between its two dates on the spring-forward night, and counts a Sunday 01:00 session inside it', () => {
    const line = { ...drLee, availability: [{ days: ['sat' as const], start: '22:00', end: '06:00' }] };
    const r = measureClinicianLoad(
      line,
      [session('n-1', '2026-03-08T01:00:00-05:00', '2026-03-08T01:50:00-05:00')],
      { from: '2026-03-07', to: '2026-03-08' },
    );
    // Saturday 22:00–24:00, then Sunday 00:00 EST to 06:00 EDT: five hours.
    expect(r.days.map((d) => d.availableMinutes)).toEqual([120, 300]);
    expect(r.outsideAvailability).toEqual([]);
    expect(r.utilizationBp).toBe(1190);
    expect(
      measureClinicianLoad(line, [], {
        from: '2026-03-07',
        to: '2026-03-08',
        holidays: ['2026-03-08'],
      }).days.map((d) => d.availableMinutes),
    ).toEqual([120, 0]);
  });
});
