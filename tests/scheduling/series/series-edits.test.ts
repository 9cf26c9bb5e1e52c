import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import {
  endSeries,
  rescheduleOccurrence,
  skipOccurrence,
  splitSeries,
} from '../../../src/scheduling/series/series-edits.js';
import { expandSeries } from '../../../src/scheduling/series/series-expansion.js';
import { weeklySeries } from '../scheduling-fixtures.js';

describe('series edits', () => {
  it('skips one date and keeps the count of the rule', () => {
    const s = skipOccurrence(weeklySeries, '2026-03-16');
    expect(s.exceptions).toEqual([{ kind: 'skip', date: '2026-03-16' }]);
    expect(expandSeries(s).occurrences).toHaveLength(9);
  });

  it('moves one occurrence and replaces an earlier exception on the same date', () => {
    const skipped = skipOccurrence(weeklySeries, '2026-03-16');
    const moved = rescheduleOccurrence(skipped, '2026-03-16', {
      start: '2026-03-17T10:00:00-04:00',
      end: '2026-03-17T10:50:00-04:00',
    });
    expect(moved.exceptions).toEqual([
      {
        kind: 'move',
        date: '2026-03-16',
        start: '2026-03-17T10:00:00-04:00',
        end: '2026-03-17T10:50:00-04:00',
      },
    ]);
  });

  it('refuses to skip or move a date that is not an occurrence, with the code that says so', () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error instanceof ValidationError ? error.issues.map((i) => `${i.code}@${i.at}`) : error;
      }
      return 'no error';
    };
    expect(codeOf(() => skipOccurrence(weeklySeries, '2026-03-17'))).toEqual([
      'scheduling.series.not_an_occurrence@$.date',
    ]);
    expect(
      codeOf(() =>
        rescheduleOccurrence(weeklySeries, '2026-03-17', {
          start: '2026-03-17T10:00:00-04:00',
          end: '2026-03-17T10:50:00-04:00',
        }),
      ),
    ).toEqual(['scheduling.series.not_an_occurrence@$.date']);
  });

  it('lists every argument’s problems at once, each under its parameter’s name', () => {
    const at = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error instanceof ValidationError ? error.issues.map((i) => i.at) : error;
      }
      return 'no error';
    };
    const badSeries = { ...weeklySeries, zone: 'Mars/Olympus' };
    expect(at(() => skipOccurrence(badSeries, '2026-02-30'))).toEqual(['$.series.zone', '$.date']);
    expect(at(() => rescheduleOccurrence(badSeries, '2026-02-30', { start: 'x' } as never))).toEqual([
      '$.series.zone',
      '$.date',
      '$.to.start',
      '$.to.end',
    ]);
    expect(at(() => endSeries(badSeries, '2026-02-30'))).toEqual(['$.series.zone', '$.lastDate']);
    expect(at(() => splitSeries(badSeries, 'garbage', { newSeriesId: 's 2' }))).toEqual([
      '$.series.zone',
      '$.fromDate',
      '$.changes.newSeriesId',
    ]);
  });

  it('rejects a date that is not a real date instead of ending or splitting the series on it', () => {
    // 2026-02-30 compares after 2026-02-29 as text: read as a date it would end the series after one session.
    expect(() => endSeries(weeklySeries, '2026-02-30')).toThrow(ValidationError);
    expect(() => splitSeries(weeklySeries, 'garbage', { newSeriesId: 's-2' })).toThrow(ValidationError);
    expect(() => skipOccurrence(weeklySeries, '2026-03-16T09:00')).toThrow(ValidationError);
  });

  it('rejects a move without a target, or one that ends before it starts', () => {
    expect(() => rescheduleOccurrence(weeklySeries, '2026-03-16', undefined as never)).toThrow(
      ValidationError,
    );
    expect(() =>
      rescheduleOccurrence(weeklySeries, '2026-03-16', {
        start: '2026-03-17T10:50:00-04:00',
        end: '2026-03-17T10:00:00-04:00',
      }),
    ).toThrow(ValidationError);
  });

  it('ends a counted series after a date: the count becomes the occurrences kept', () => {
    const s = endSeries(
      { ...weeklySeries, exceptions: [{ kind: 'skip', date: '2026-03-30' }] },
      '2026-03-16',
    );
    expect(s.count).toBe(3);
    expect(s.exceptions).toEqual([]);
  });

  it('ends an until-bounded series on the earlier date', () => {
    const bounded = { ...weeklySeries, count: undefined, until: '2026-06-30' };
    expect(endSeries(bounded, '2026-03-20').until).toBe('2026-03-20');
    expect(endSeries(bounded, '2026-12-31').until).toBe('2026-06-30');
    expect(endSeries(bounded, '2026-01-01').until).toBe('2026-03-02');
  });

  it('changes this and following: a counted series splits with the remaining count and new time', () => {
    const { before, after } = splitSeries(weeklySeries, '2026-03-16', {
      newSeriesId: 's-2',
      startTime: '10:00',
    });
    expect(before?.count).toBe(2);
    expect(after).toMatchObject({ id: 's-2', startDate: '2026-03-16', startTime: '10:00', count: 8 });
    expect(expandSeries(after ?? weeklySeries).occurrences[0]?.start).toBe('2026-03-16T10:00:00-04:00');
  });

  it('changes this and following on an until-bounded series, keeping exceptions on each side', () => {
    const bounded = {
      ...weeklySeries,
      count: undefined,
      until: '2026-04-30',
      exceptions: [
        { kind: 'skip' as const, date: '2026-03-09' },
        { kind: 'skip' as const, date: '2026-03-23' },
      ],
    };
    const { before, after } = splitSeries(bounded, '2026-03-12', { newSeriesId: 's-2', durationMinutes: 60 });
    expect(before?.until).toBe('2026-03-11');
    expect(before?.exceptions.map((e) => e.date)).toEqual(['2026-03-09']);
    expect(after).toMatchObject({ startDate: '2026-03-16', until: '2026-04-30', durationMinutes: 60 });
    expect(after?.exceptions.map((e) => e.date)).toEqual(['2026-03-23']);
  });

  it('splitting at the start leaves nothing before; after the end leaves nothing after', () => {
    expect(splitSeries(weeklySeries, '2026-03-01', { newSeriesId: 's-2' }).before).toBeNull();
    expect(splitSeries(weeklySeries, '2027-01-01', { newSeriesId: 's-2' }).after).toBeNull();
  });

  it('rejects invalid changes', () => {
    expect(() => splitSeries(weeklySeries, '2026-03-16', { newSeriesId: 's 2', startTime: '25:00' })).toThrow(
      ValidationError,
    );
  });
});
