import { describe, expect, it } from 'vitest';
import { evaluateSeriesBooking } from '../../../src/scheduling/series/series-booking.js';
import { findOpenSlots } from '../../../src/scheduling/slots/open-slots.js';
import { drLee, session, weeklySeries } from '../scheduling-fixtures.js';

describe('evaluateSeriesBooking', () => {
  it('books ten Mondays at 9:00 when all are free', () => {
    const d = evaluateSeriesBooking(weeklySeries, drLee, [], { displayZone: 'America/Los_Angeles' });
    expect(d.outcome).toBe('bookable');
    expect(d.occurrences).toHaveLength(10);
    expect(d.occurrences[0]?.occurrence.displayLocal.time).toBe('06:00');
  });

  it('reports each conflicting occurrence by date before anything is booked', () => {
    const d = evaluateSeriesBooking(
      weeklySeries,
      drLee,
      [
        session('a-1', '2026-03-16T09:00:00-04:00', '2026-03-16T09:50:00-04:00', { clientIds: ['c-2'] }),
        session('a-2', '2026-04-06T09:30:00-04:00', '2026-04-06T10:20:00-04:00', { clientIds: ['c-3'] }),
        { id: 'broken' },
      ],
      { holidays: ['2026-05-04'] },
    );
    expect(d.outcome).toBe('conflict');
    expect(
      d.reasons
        .filter((r) => r.code === 'scheduling.series.occurrence_conflict')
        .map((r) => r.facts.ruleDate),
    ).toEqual(['2026-03-16', '2026-04-06', '2026-05-04']);
    expect(d.reasons.some((r) => r.code === 'scheduling.conflict.unchecked_record')).toBe(true);
    expect(d.occurrences.filter((o) => o.decision.outcome === 'conflict')).toHaveLength(3);
  });

  it('counts the series’ own earlier occurrences against a weekly cap', () => {
    const twiceWeekly = { ...drLee, maxSessionsPerWeek: 1 };
    const d = evaluateSeriesBooking(
      {
        ...weeklySeries,
        count: 2,
        exceptions: [
          {
            kind: 'move',
            date: '2026-03-09',
            start: '2026-03-03T09:00:00-05:00',
            end: '2026-03-03T09:50:00-05:00',
          },
        ],
      },
      twiceWeekly,
      [],
    );
    expect(d.outcome).toBe('conflict');
    expect(d.reasons.find((r) => r.code === 'scheduling.series.occurrence_conflict')?.facts.codes).toEqual([
      'scheduling.conflict.weekly_cap',
    ]);
  });

  it('passes a DST adjustment through as a warning', () => {
    const night = { ...drLee, availability: [{ days: ['sun' as const], start: '00:00', end: '06:00' }] };
    const d = evaluateSeriesBooking(
      { ...weeklySeries, startDate: '2026-03-01', startTime: '02:30', count: 2 },
      night,
      [],
    );
    expect(d.outcome).toBe('bookable_with_warnings');
    expect(d.reasons.map((r) => r.code)).toEqual(['scheduling.time.dst_gap_shifted']);
  });
});

describe('evaluateSeriesBooking across midnight', () => {
  const line = {
    ...drLee,
    modalities: ['telehealth' as const],
    availability: [{ days: ['sat' as const], start: '22:00', end: '06:00' }],
  };

  it('books a weekly Sunday 01:00 series in a Saturday-night block through the spring-forward night, as the slot search offers it', () => {
    const series = {
      ...weeklySeries,
      startDate: '2026-03-01',
      startTime: '01:00',
      frequency: 'weekly' as const,
      count: 3,
    };
    const d = evaluateSeriesBooking(series, line, []);
    expect(d.outcome).toBe('bookable');
    for (const { occurrence } of d.occurrences) {
      const slots = findOpenSlots([line], [], {
        from: occurrence.ruleDate,
        to: occurrence.ruleDate,
        asOf: '2026-02-01T00:00:00Z',
        sessionMinutes: 50,
        displayZone: 'America/New_York',
      }).slots.map((x) => x.start);
      expect(slots).toContain(occurrence.start);
    }
  });

  it('refuses only the Saturday 23:30 occurrence that would run into a Sunday holiday', () => {
    const series = { ...weeklySeries, startDate: '2026-01-03', startTime: '23:30', count: 3 };
    const d = evaluateSeriesBooking(series, line, [], { holidays: ['2026-01-11'] });
    expect(d.outcome).toBe('conflict');
    expect(
      d.reasons.filter((r) => r.code === 'scheduling.series.occurrence_conflict').map((r) => r.facts),
    ).toEqual([{ ruleDate: '2026-01-10', sequence: 2, codes: ['scheduling.conflict.holiday'] }]);
  });
});
