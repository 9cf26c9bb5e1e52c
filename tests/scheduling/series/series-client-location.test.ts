import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import { evaluateSeriesBooking, expandSeries, splitSeries } from '../../../src/scheduling/index.js';
import { drLee, weeklySeries } from '../scheduling-fixtures.js';

// A weekly telehealth series for a New York client, Mondays 09:00 from 2026-03-02, four sessions. The client
// will be in Florida for the session of 2026-03-16 and away, somewhere not yet said, on 2026-03-23.
const series = {
  ...weeklySeries,
  count: 4,
  clientLocations: [
    { date: '2026-03-16', state: 'FL' as const },
    { date: '2026-03-23', state: null },
  ],
};
const issueCodes = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map((i) => [i.at, i.code]);
    throw e;
  }
  return [];
};

describe('a telehealth series: where the client will be, per occurrence', () => {
  it('gives each occurrence its own client state, and null where it is not known', () => {
    const x = expandSeries(series);
    expect(x.occurrences.map((o) => [o.ruleDate, o.clientLocationState])).toEqual([
      ['2026-03-02', 'NY'],
      ['2026-03-09', 'NY'],
      ['2026-03-16', 'FL'],
      ['2026-03-23', null],
    ]);
    expect(x.reasons.filter((r) => r.code === 'scheduling.series.client_location_unknown')).toEqual([
      expect.objectContaining({ severity: 'warning', facts: { ruleDate: '2026-03-23' } }),
    ]);
  });

  it('says nothing of the client’s location for an in-person series, and refuses locations on one', () => {
    const inPerson = { ...weeklySeries, modality: { kind: 'in_person' as const, locationId: 'office-1' } };
    expect(expandSeries(inPerson).occurrences[0]).not.toHaveProperty('clientLocationState');
    expect(issueCodes(() => expandSeries({ ...inPerson, clientLocations: series.clientLocations }))).toEqual([
      ['$.input.clientLocations', 'scheduling.series.client_location_not_telehealth'],
    ]);
  });

  it('refuses two locations for one date', () => {
    const twice = {
      ...series,
      clientLocations: [...series.clientLocations, { date: '2026-03-16', state: 'NJ' as const }],
    };
    expect(issueCodes(() => expandSeries(twice))).toEqual([
      ['$.input.clientLocations[2].date', 'scheduling.series.duplicate_client_location'],
    ]);
  });

  it('books with a warning while a location is not known', () => {
    const d = evaluateSeriesBooking(series, drLee, []);
    expect(d.outcome).toBe('bookable_with_warnings');
    expect(d.reasons.map((r) => r.code)).toContain('scheduling.series.client_location_unknown');
    const known = evaluateSeriesBooking(
      { ...series, clientLocations: series.clientLocations.slice(0, 1) },
      drLee,
      [],
    );
    expect(known.outcome).toBe('bookable');
  });

  it('keeps each location with its date when the series is split', () => {
    const { before, after } = splitSeries(series, '2026-03-16', { newSeriesId: 's-2', startTime: '10:00' });
    expect(before?.clientLocations).toEqual([]);
    expect(after?.clientLocations).toEqual(series.clientLocations);
    expect(expandSeries(after ?? series).occurrences.map((o) => o.clientLocationState)).toEqual(['FL', null]);
    const office = splitSeries(series, '2026-03-16', {
      newSeriesId: 's-3',
      modality: { kind: 'in_person', locationId: 'office-1' },
    });
    expect(office.after?.clientLocations).toEqual([]);
  });

  it('reads each occurrence’s state from its date, or the series’ (property)', () => {
    const dates = ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23', '2026-03-30', '2026-04-06'];
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            date: fc.constantFrom(...dates),
            state: fc.constantFrom('NJ' as const, 'FL' as const, 'CA' as const, null),
          }),
          { selector: (l) => l.date, maxLength: 6 },
        ),
        (clientLocations) => {
          const x = expandSeries({ ...weeklySeries, count: 6, clientLocations });
          const byDate = new Map(clientLocations.map((l) => [l.date, l.state]));
          for (const o of x.occurrences) {
            expect(o.clientLocationState).toBe(byDate.has(o.ruleDate) ? byDate.get(o.ruleDate) : 'NY');
          }
          const unknown = x.reasons.filter((r) => r.code === 'scheduling.series.client_location_unknown');
          expect(unknown.length).toBe(clientLocations.filter((l) => l.state === null).length);
        },
      ),
      { numRuns: 100 },
    );
  });
});
