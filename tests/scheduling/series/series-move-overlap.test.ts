import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import {
  evaluateSeriesBooking,
  expandSeries,
  rescheduleOccurrence,
  type SchedulingSeriesInput,
} from '../../../src/scheduling/index.js';
import { drLee, weeklySeries } from '../scheduling-fixtures.js';

// One clinician holds one session at a time: an occurrence moved onto the time of another occurrence of
// the same series is refused where the move is made, and flagged where a series carrying one is read.

const FOUR_MONDAYS: SchedulingSeriesInput = { ...weeklySeries, count: 4 }; // 2026-03-02 … 03-23, 09:00–09:50 New York

const codesOf = (f: () => unknown): string[] => {
  try {
    f();
    return [];
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return error.issues.map((i) => `${i.code}@${i.at}`);
  }
};

describe('moving an occurrence onto another occurrence of its series', () => {
  it('refuses a move onto the next Monday’s occurrence, exactly or partly', () => {
    expect(
      codesOf(() =>
        rescheduleOccurrence(FOUR_MONDAYS, '2026-03-09', {
          start: '2026-03-16T09:00:00-04:00',
          end: '2026-03-16T09:50:00-04:00',
        }),
      ),
    ).toEqual(['scheduling.series.move_overlaps_occurrence@$.to.start']);
    expect(
      codesOf(() =>
        rescheduleOccurrence(FOUR_MONDAYS, '2026-03-09', {
          start: '2026-03-16T09:49:00-04:00',
          end: '2026-03-16T10:39:00-04:00',
        }),
      ),
    ).toEqual(['scheduling.series.move_overlaps_occurrence@$.to.start']);
  });

  it('accepts back to back (ending as the other starts, or starting as it ends), another day, or onto a skipped date', () => {
    const before = rescheduleOccurrence(FOUR_MONDAYS, '2026-03-09', {
      start: '2026-03-16T08:10:00-04:00',
      end: '2026-03-16T09:00:00-04:00',
    });
    expect(expandSeries(before).reasons.map((r) => r.code)).not.toContain(
      'scheduling.series.occurrences_overlap',
    );
    const after = rescheduleOccurrence(FOUR_MONDAYS, '2026-03-09', {
      start: '2026-03-16T09:50:00-04:00',
      end: '2026-03-16T10:40:00-04:00',
    });
    expect(after.exceptions).toHaveLength(1);
    const tuesday = rescheduleOccurrence(FOUR_MONDAYS, '2026-03-09', {
      start: '2026-03-10T09:00:00-04:00',
      end: '2026-03-10T09:50:00-04:00',
    });
    expect(tuesday.exceptions).toHaveLength(1);
    // Onto the time of an occurrence that is skipped: nothing is held there.
    const skipped: SchedulingSeriesInput = {
      ...FOUR_MONDAYS,
      exceptions: [{ kind: 'skip', date: '2026-03-16' }],
    };
    const onSkipped = rescheduleOccurrence(skipped, '2026-03-09', {
      start: '2026-03-16T09:00:00-04:00',
      end: '2026-03-16T09:50:00-04:00',
    });
    expect(onSkipped.exceptions).toHaveLength(2);
  });

  it('moves an occurrence a little within its own slot (it overlaps only itself)', () => {
    const later = rescheduleOccurrence(FOUR_MONDAYS, '2026-03-09', {
      start: '2026-03-09T09:15:00-04:00',
      end: '2026-03-09T10:05:00-04:00',
    });
    expect(later.exceptions).toHaveLength(1);
  });

  it('flags a series that already carries such a move (stored data), and series booking says conflict', () => {
    const stored: SchedulingSeriesInput = {
      ...FOUR_MONDAYS,
      exceptions: [
        {
          kind: 'move',
          date: '2026-03-09',
          start: '2026-03-16T09:00:00-04:00',
          end: '2026-03-16T09:50:00-04:00',
        },
      ],
    };
    const overlaps = expandSeries(stored).reasons.filter(
      (r) => r.code === 'scheduling.series.occurrences_overlap',
    );
    expect(overlaps.map((r) => [r.severity, r.facts])).toEqual([
      ['warning', { ruleDate: '2026-03-16', overlapsRuleDate: '2026-03-09' }],
    ]);
    expect(evaluateSeriesBooking(stored, drLee, []).outcome).toBe('conflict');
  });

  it('says conflict for a move onto another booked session of the clinician (the booking check holds the appointments)', () => {
    const other = {
      id: 'a-9',
      clinicianId: 'dr-lee',
      clientIds: ['c-9'],
      type: 'individual',
      modality: { kind: 'telehealth', clientLocationState: 'NY' },
      start: '2026-03-11T14:00:00-04:00',
      end: '2026-03-11T14:50:00-04:00',
    } as const;
    const moved = rescheduleOccurrence(FOUR_MONDAYS, '2026-03-09', { start: other.start, end: other.end });
    const d = evaluateSeriesBooking(moved, drLee, [other]);
    expect(d.outcome).toBe('conflict');
    expect(d.reasons.find((r) => r.code === 'scheduling.series.occurrence_conflict')?.facts.ruleDate).toBe(
      '2026-03-09',
    );
  });

  it('never returns a series whose occurrences overlap (property)', () => {
    const base = Date.parse('2026-03-02T09:00:00-05:00');
    fc.assert(
      fc.property(
        fc.constantFrom('2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23'),
        fc.integer({ min: -2 * 24 * 60, max: 25 * 24 * 60 }),
        fc.integer({ min: 10, max: 120 }),
        (date, offsetMinutes, minutes) => {
          const startMs = base + offsetMinutes * 60_000;
          const to = {
            start: new Date(startMs).toISOString(),
            end: new Date(startMs + minutes * 60_000).toISOString(),
          };
          let moved: ReturnType<typeof rescheduleOccurrence>;
          try {
            moved = rescheduleOccurrence(FOUR_MONDAYS, date, to);
          } catch (error) {
            expect(error).toBeInstanceOf(ValidationError);
            return;
          }
          const spans = expandSeries(moved)
            .occurrences.map((o) => [Date.parse(o.start), Date.parse(o.end)] as const)
            .sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < spans.length; i += 1) {
            expect((spans[i] as readonly [number, number])[0]).toBeGreaterThanOrEqual(
              (spans[i - 1] as readonly [number, number])[1],
            );
          }
          expect(expandSeries(moved).reasons.map((r) => r.code)).not.toContain(
            'scheduling.series.occurrences_overlap',
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
