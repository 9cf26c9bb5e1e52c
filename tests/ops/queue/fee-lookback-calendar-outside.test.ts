// ops38, item 1: the missed-session fee look-back on the practice's own business week, written as an outside
// tester would before reading the code. The queue lists a late cancel or no-show on the first business day's
// queue after it: the look-back reaches three days back, or to local midnight of the practice's last business
// day before the queue's day when that is earlier. The business week is the practice's own, as scheduling reads
// it for business-day notice (`policies.cancellation.weekend` and `holidays`, beside `practice.holidays`): a
// practice open on Saturdays, one closed on Fridays, its own holidays (Thanksgiving Thursday and Friday), a
// practice in America/Phoenix (no daylight time, 15 U.S.C. 260a(a), docs/sources.md#usc-15-260a; federal
// holidays 5 U.S.C. 6103, docs/sources.md#usc-5-6103).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBusinessCalendar } from '../../../src/core/index.js';
import { fromEpochDay, toEpochDay } from '../../../src/core/internal.js';
import { practiceBusinessCalendar } from '../../../src/ops/data/practice-business-week.js';
import {
  buildWorkQueue,
  generatePractice,
  type PracticeData,
  safeValidatePracticeData,
} from '../../../src/ops/index.js';
import { feeLookbackDay } from '../../../src/ops/queue/fee-crisis-facts.js';
import { CancellationPolicy } from '../../../src/scheduling/index.js';
import { allTasks } from '../practice-fixtures.js';

type Status = PracticeData['appointments'][number]['status'];
type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

interface Practice {
  readonly zone?: string;
  /** The days the practice is closed every week (its cancellation policy's `weekend`). */
  readonly weekend?: readonly Weekday[];
  /** Holidays in the cancellation policy (scheduling's business-day notice). */
  readonly policyHolidays?: readonly string[];
  /** Replaces `practice.holidays` (the generated practice lists the federal holidays). */
  readonly practiceHolidays?: readonly string[];
}

/**
 * A small generated practice as of `asOf`, its clin-002 session held at `start` by a commercially insured
 * adult who signed the fee policy, missed as `status` says. With `weekend` or `policyHolidays` the practice
 * writes its cancellation policy with them, on its own zone.
 */
function withMiss(asOf: string, start: string, status: Status, practice: Practice = {}) {
  const data = structuredClone(generatePractice({ seed: 7, asOf, clinicians: 2, clientsPerClinician: 4 }));
  data.messages = [];
  if (practice.zone !== undefined) {
    data.practice.zone = practice.zone as never;
    data.practice.offices = [];
  }
  if (practice.practiceHolidays !== undefined)
    data.practice.holidays = [...practice.practiceHolidays] as never;
  if (practice.weekend !== undefined || practice.policyHolidays !== undefined) {
    data.policies.cancellation = CancellationPolicy.parse({
      practiceZone: data.practice.zone,
      ...(practice.weekend === undefined ? {} : { weekend: [...practice.weekend] }),
      ...(practice.policyHolidays === undefined ? {} : { holidays: [...practice.policyHolidays] }),
    });
  }
  const appt = data.appointments.find((a) => a.clinicianId === 'clin-002');
  const client = data.clients.find((c) => c.id === appt?.clientIds[0]);
  if (appt === undefined || client === undefined) throw new Error('fixture');
  Object.assign(client, { payerClasses: ['commercial'], payerIds: [], birthDate: '1990-01-01' });
  delete client.guarantorId;
  client.cancellationPolicyAcknowledgedAt = '2026-01-05T12:00:00-06:00';
  const end = new Date(Date.parse(start) + 53 * 60_000).toISOString();
  Object.assign(appt, { start, end, status, type: 'individual' });
  delete appt.seriesId;
  const taskId = `scheduling.missed_session_fee:${appt.id}`;
  return {
    data,
    listedOn: (day: string) => allTasks(buildWorkQueue(data, { asOf: day })).some((t) => t.id === taskId),
  };
}

const noShow: Status = { state: 'no_show', emergencyDocumented: false };
const lateCancel = (at: string): Status => ({
  state: 'cancelled',
  by: 'client',
  rescheduled: false,
  emergencyDocumented: false,
  at,
});

// Tuesday to Saturday, closed Sunday and Monday (a practice with Saturday hours).
const TUE_TO_SAT: readonly Weekday[] = ['sun', 'mon'];
// Monday to Saturday, closed Sunday.
const MON_TO_SAT: readonly Weekday[] = ['sun'];
// Monday to Thursday, closed Friday to Sunday.
const MON_TO_THU: readonly Weekday[] = ['fri', 'sat', 'sun'];

describe('fee look-back: a practice open on Saturdays', () => {
  it('lists on Wednesday 2029-12-26 a Saturday 2029-12-22 17:00 no-show (closed Sun and Mon, Christmas on Tuesday)', () => {
    // Saturday's queue ran before the session; Sunday and Monday are closed and Tuesday is Christmas (5 U.S.C.
    // 6103): Wednesday is the first queue that can see the miss, four days later.
    const m = withMiss('2029-12-20', '2029-12-22T17:00:00-06:00', noShow, { weekend: TUE_TO_SAT });
    expect(m.listedOn('2029-12-26')).toBe(true);
  });

  it('lists on Tuesday 2026-12-01 a Saturday 2026-11-28 16:30 late cancel (closed Sun and Mon)', () => {
    const m = withMiss('2026-11-25', '2026-11-28T17:00:00-06:00', lateCancel('2026-11-28T16:30:00-06:00'), {
      weekend: TUE_TO_SAT,
    });
    expect(m.listedOn('2026-12-01')).toBe(true);
  });

  it('lists on Tuesday 2027-01-19, after MLK Day, a Saturday 2027-01-16 17:00 no-show (open Mon to Sat)', () => {
    const m = withMiss('2027-01-12', '2027-01-16T17:00:00-06:00', noShow, { weekend: MON_TO_SAT });
    expect(m.listedOn('2027-01-19')).toBe(true);
  });

  it('does not reach past Saturday on that Tuesday: Friday 2027-01-15’s 17:00 no-show was Saturday’s to list', () => {
    const m = withMiss('2027-01-12', '2027-01-15T17:00:00-06:00', noShow, { weekend: MON_TO_SAT });
    expect(m.listedOn('2027-01-16')).toBe(true);
    expect(m.listedOn('2027-01-19')).toBe(false);
  });
});

describe('fee look-back: a practice closed on Fridays', () => {
  it('lists on Monday 2026-11-23 a Thursday 2026-11-19 17:00 no-show (open Mon to Thu)', () => {
    const m = withMiss('2026-11-16', '2026-11-19T17:00:00-06:00', noShow, { weekend: MON_TO_THU });
    expect(m.listedOn('2026-11-23')).toBe(true);
  });

  it('lists on Tuesday 2027-01-19, after MLK Day, a late cancel at 18:00 on Thursday 2027-01-14', () => {
    const m = withMiss('2027-01-12', '2027-01-14T19:00:00-06:00', lateCancel('2027-01-14T18:00:00-06:00'), {
      weekend: MON_TO_THU,
    });
    expect(m.listedOn('2027-01-19')).toBe(true);
  });

  it('does not list on Monday 2026-11-23 a Wednesday 2026-11-18 17:00 no-show (Thursday’s queue listed it)', () => {
    const m = withMiss('2026-11-16', '2026-11-18T17:00:00-06:00', noShow, { weekend: MON_TO_THU });
    expect(m.listedOn('2026-11-19')).toBe(true);
    expect(m.listedOn('2026-11-23')).toBe(false);
  });
});

describe('fee look-back: a Tuesday after a Monday holiday (Saturday and Sunday closed)', () => {
  it('lists on Tuesday 2027-06-01, after Memorial Day, a Friday 2027-05-28 17:00 no-show', () => {
    const m = withMiss('2027-05-24', '2027-05-28T17:00:00-05:00', noShow);
    expect(m.listedOn('2027-06-01')).toBe(true);
  });

  it('lists on Tuesday 2026-10-13 a Friday 2026-10-09 17:00 no-show when only the cancellation policy closes Monday', () => {
    // The practice's own list leaves Columbus Day out; its written cancellation policy counts it as a holiday.
    const m = withMiss('2026-10-05', '2026-10-09T17:00:00-05:00', noShow, {
      practiceHolidays: ['2026-12-25'],
      policyHolidays: ['2026-10-12'],
    });
    expect(m.listedOn('2026-10-13')).toBe(true);
  });

  it('does not list that Friday miss on an ordinary Tuesday 2026-10-20 (Monday was open)', () => {
    const m = withMiss('2026-10-12', '2026-10-16T17:00:00-05:00', noShow);
    expect(m.listedOn('2026-10-20')).toBe(false);
  });
});

describe('fee look-back: Thanksgiving Thursday and Friday', () => {
  const both = ['2026-11-26', '2026-11-27'];

  it('lists on Monday 2026-11-30 a Wednesday 2026-11-25 17:00 no-show when the practice closes both days', () => {
    const m = withMiss('2026-11-20', '2026-11-25T17:00:00-06:00', noShow, { practiceHolidays: both });
    expect(m.listedOn('2026-11-30')).toBe(true);
  });

  it('lists it too when the two days are the cancellation policy’s holidays only', () => {
    const m = withMiss('2026-11-20', '2026-11-25T17:00:00-06:00', noShow, {
      practiceHolidays: ['2026-11-26'],
      policyHolidays: both,
    });
    expect(m.listedOn('2026-11-30')).toBe(true);
  });

  it('does not list it on Monday when the practice is open on the Friday after (Friday’s queue did)', () => {
    const m = withMiss('2026-11-20', '2026-11-25T17:00:00-06:00', noShow, {
      practiceHolidays: ['2026-11-26'],
    });
    expect(m.listedOn('2026-11-27')).toBe(true);
    expect(m.listedOn('2026-11-30')).toBe(false);
  });

  it('does not list on Monday a Tuesday 2026-11-24 17:00 no-show (Wednesday’s queue did)', () => {
    const m = withMiss('2026-11-20', '2026-11-24T17:00:00-06:00', noShow, { practiceHolidays: both });
    expect(m.listedOn('2026-11-25')).toBe(true);
    expect(m.listedOn('2026-11-30')).toBe(false);
  });
});

describe('fee look-back: a practice in America/Phoenix (MST all year)', () => {
  const phoenix = { zone: 'America/Phoenix' } as const;

  it('starts Monday 2026-11-02’s window at Friday 00:00 MST, though Chicago fell back on Sunday', () => {
    expect(withMiss('2026-10-26', '2026-10-30T00:30:00-07:00', noShow, phoenix).listedOn('2026-11-02')).toBe(
      true,
    );
    expect(withMiss('2026-10-26', '2026-10-29T23:30:00-07:00', noShow, phoenix).listedOn('2026-11-02')).toBe(
      false,
    );
  });

  it('keeps 24-hour days across 2027-03-14: Wednesday’s window starts at Sunday 00:00 MST', () => {
    expect(withMiss('2027-03-10', '2027-03-14T00:15:00-07:00', noShow, phoenix).listedOn('2027-03-17')).toBe(
      true,
    );
    expect(withMiss('2027-03-10', '2027-03-13T23:45:00-07:00', noShow, phoenix).listedOn('2027-03-17')).toBe(
      false,
    );
  });

  it('lists on Monday 2026-11-30 a Wednesday 23:30 MST no-show across Thanksgiving Thursday and Friday', () => {
    // 23:30 MST is 00:30 Thursday in Chicago: the day is Phoenix's.
    const m = withMiss('2026-11-20', '2026-11-25T23:30:00-07:00', noShow, {
      ...phoenix,
      practiceHolidays: ['2026-11-26', '2026-11-27'],
    });
    expect(m.listedOn('2026-11-30')).toBe(true);
  });

  it('lists on Monday 2026-11-23 a Phoenix practice’s Thursday 17:00 no-show when it is closed on Fridays', () => {
    const m = withMiss('2026-11-16', '2026-11-19T17:00:00-07:00', noShow, {
      ...phoenix,
      weekend: MON_TO_THU,
    });
    expect(m.listedOn('2026-11-23')).toBe(true);
  });
});

describe('fee look-back: the practice’s business week in its data file', () => {
  it('refuses a cancellation policy closed all seven days, at its path', () => {
    const data = structuredClone(generatePractice({ seed: 7, asOf: '2026-11-20', clinicians: 1 }));
    data.policies.cancellation = CancellationPolicy.parse({
      practiceZone: data.practice.zone,
      weekend: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    });
    const result = safeValidatePracticeData(JSON.parse(JSON.stringify(data)));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.at)).toContain('$.policies.cancellation.weekend');
    expect(result.issues.map((i) => i.code)).toContain('core.business_days.no_business_day');
  });

  it('always reaches the last business day before the queue’s day and the three days before it, no further', () => {
    const weekday = fc.constantFrom<Weekday>('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
    const day = fc.integer({ min: toEpochDay('2026-01-01'), max: toEpochDay('2030-12-31') });
    fc.assert(
      fc.property(
        fc.uniqueArray(weekday, { maxLength: 6 }),
        fc.array(fc.integer({ min: -14, max: 0 }), { maxLength: 6 }),
        day,
        (weekend, offsets, asOfDay) => {
          const asOf = fromEpochDay(asOfDay);
          const holidays = offsets.map((o) => fromEpochDay(asOfDay + o));
          const calendar = createBusinessCalendar({ weekend, holidays });
          const from = feeLookbackDay(asOf, calendar);
          const closed = (d: number) =>
            holidays.includes(fromEpochDay(d)) ||
            weekend.includes(
              (['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const)[
                new Date(d * 86_400_000).getUTCDay()
              ] as Weekday,
            );
          let last = asOfDay - 1;
          while (closed(last)) last -= 1;
          expect(from).toBe(Math.min(asOfDay - 3, last));
        },
      ),
    );
  });

  it('reads the cancellation policy’s weekend and both holiday lists', () => {
    const m = withMiss('2026-11-20', '2026-11-25T17:00:00-06:00', noShow, {
      weekend: MON_TO_THU,
      practiceHolidays: ['2026-11-26'],
      policyHolidays: ['2026-12-24'],
    });
    const calendar = practiceBusinessCalendar(m.data);
    expect([...calendar.weekend].sort()).toEqual([5, 6, 7]);
    expect([...calendar.holidays].sort()).toEqual([toEpochDay('2026-11-26'), toEpochDay('2026-12-24')]);
  });
});
