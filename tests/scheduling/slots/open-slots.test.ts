import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstant, readLocal, type ValidationError } from '../../../src/core/index.js';
import { toEpochMs } from '../../../src/core/internal.js';
import type { SchedulingAppointmentInput } from '../../../src/scheduling/appointments/appointment.js';
import { evaluateBookingConflicts } from '../../../src/scheduling/appointments/booking-conflicts.js';
import type { SchedulingClinicianInput } from '../../../src/scheduling/appointments/clinician-profile.js';
import { findOpenSlots } from '../../../src/scheduling/slots/open-slots.js';
import { thrown } from '../../validation-subject.js';
import { drLee, session, ZONES } from '../scheduling-fixtures.js';
import { naiveOpenSlots } from './naive-open-slots-fixtures.js';
import { nightLine, sydneyLine } from './overnight-fixtures.js';

const monday = { from: '2026-03-09', to: '2026-03-09', asOf: '2026-03-01T00:00:00Z', sessionMinutes: 50 };
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

describe('findOpenSlots', () => {
  it('offers on-the-hour slots in availability, shown in the asker’s zone', () => {
    const r = findOpenSlots([drLee], [], { ...monday, displayZone: 'America/Chicago' });
    expect(r.slots.map((s) => s.start)).toEqual([
      '2026-03-09T08:00:00-05:00',
      '2026-03-09T09:00:00-05:00',
      '2026-03-09T10:00:00-05:00',
      '2026-03-09T12:00:00-05:00',
      '2026-03-09T13:00:00-05:00',
      '2026-03-09T14:00:00-05:00',
      '2026-03-09T15:00:00-05:00',
    ]);
    expect(r.slots[0]).toMatchObject({
      clinicianId: 'dr-lee',
      clinicianDate: '2026-03-09',
      locationId: null,
    });
  });

  it('leaves out a booked hour and the hour its notes buffer runs into', () => {
    const booked = session('a-1', '2026-03-09T10:30:00-04:00', '2026-03-09T11:20:00-04:00');
    const r = findOpenSlots([drLee], [booked], { ...monday, displayZone: 'America/New_York' });
    expect(r.slots.map((s) => s.start.slice(11, 16))).toEqual(['09:00', '13:00', '14:00', '15:00', '16:00']);
  });

  it('ignores cancelled bookings and offers only telehealth blocks when asked for telehealth', () => {
    const cancelled = session('a-1', '2026-03-09T09:00:00-04:00', '2026-03-09T09:50:00-04:00', {
      status: { state: 'cancelled', by: 'client', at: '2026-03-08T09:00:00-04:00' },
    });
    const inPerson = findOpenSlots([drLee], [cancelled], {
      ...monday,
      displayZone: 'UTC',
      modality: 'in_person',
    });
    expect(inPerson.slots.map((s) => s.start)).toEqual([
      '2026-03-09T13:00:00Z',
      '2026-03-09T14:00:00Z',
      '2026-03-09T15:00:00Z',
    ]);
    expect(inPerson.slots.every((s) => s.modalities.join() === 'in_person')).toBe(true);
  });

  it('gives no slot on a holiday, on time off, or on a day at its cap', () => {
    const capped = {
      ...drLee,
      maxSessionsPerDay: 1,
      timeOff: [{ start: '2026-03-10T00:00:00-04:00', end: '2026-03-11T00:00:00-04:00' }],
    };
    const r = findOpenSlots(
      [capped],
      [session('a-1', '2026-03-09T09:00:00-04:00', '2026-03-09T09:50:00-04:00')],
      {
        ...monday,
        to: '2026-03-12',
        holidays: ['2026-03-11'],
        displayZone: 'America/New_York',
      },
    );
    expect(new Set(r.slots.map((s) => s.clinicianDate))).toEqual(new Set(['2026-03-12']));
  });

  it('respects a weekly cap', () => {
    const capped = { ...drLee, maxSessionsPerWeek: 1 };
    const r = findOpenSlots(
      [capped],
      [session('a-1', '2026-03-09T09:00:00-04:00', '2026-03-09T09:50:00-04:00')],
      {
        ...monday,
        to: '2026-03-16',
        displayZone: 'America/New_York',
      },
    );
    expect(new Set(r.slots.map((s) => s.clinicianDate))).toEqual(new Set(['2026-03-16']));
  });

  it('applies minimum notice and the maximum horizon from asOf', () => {
    const r = findOpenSlots([drLee], [], {
      ...monday,
      from: '2026-03-09',
      to: '2026-03-12',
      asOf: '2026-03-08T10:30:00-04:00',
      maxHorizonDays: 3,
      displayZone: 'America/New_York',
    });
    expect(r.slots[0]?.start).toBe('2026-03-09T11:00:00-04:00');
    expect(r.slots.at(-1)?.start).toBe('2026-03-11T10:00:00-04:00');
  });

  it('ends a 3-day horizon at the same New York wall time across the 2026-03-08 spring change (71 hours, not 72)', () => {
    // Calendar days on the clinician's clock (luxon plus({ days })): from 10:30 on Friday 2026-03-06 the horizon
    // ends at 10:30 on Monday 2026-03-09, so the 11:00 slot is out; 72 hours would have let it in
    // [sources: usc-15-260a].
    const r = findOpenSlots([drLee], [], {
      ...monday,
      asOf: '2026-03-06T10:30:00-05:00',
      maxHorizonDays: 3,
      displayZone: 'America/New_York',
    });
    expect(r.slots.map((s) => s.start)).toEqual(['2026-03-09T09:00:00-04:00', '2026-03-09T10:00:00-04:00']);
  });

  it('explains clinicians left out for modality or session length, and orders by start then clinician', () => {
    const phoneOnly = { ...drLee, id: 'dr-ash', modalities: ['telehealth' as const], sessionMinutes: [45] };
    const twin = { ...drLee, id: 'dr-abe' };
    const r = findOpenSlots([drLee, phoneOnly, twin], [], {
      ...monday,
      displayZone: 'UTC',
      modality: 'in_person',
      limit: 4,
    });
    expect(r.excluded.map((e) => [e.clinicianId, e.reasons.map((x) => x.code)])).toEqual([
      ['dr-ash', ['scheduling.slots.modality_not_offered', 'scheduling.slots.session_length']],
    ]);
    expect(r.slots.map((s) => s.clinicianId)).toEqual(['dr-abe', 'dr-lee', 'dr-abe', 'dr-lee']);
  });

  it('processes a batch with invalid appointments and reports each by index', () => {
    const good = session('a-1', '2026-03-09T09:00:00-04:00', '2026-03-09T09:50:00-04:00');
    const backwards = session('a-2', '2026-03-09T11:00:00-04:00', '2026-03-09T10:00:00-04:00');
    const r = findOpenSlots([drLee], [good, { id: 'x' }, backwards], { ...monday, displayZone: 'UTC' });
    expect(r.invalidAppointments.map((i) => i.index)).toEqual([1, 2]);
    expect(r.invalidAppointments[1]?.issues.map((i) => i.code)).toEqual([
      'scheduling.appointment.end_before_start',
    ]);
    expect(r.reasons.map((x) => x.facts.index)).toEqual([1, 2]);
    expect(r.slots.some((s) => s.start === '2026-03-09T13:00:00Z')).toBe(false);
  });

  it('rejects overlapping availability, unknown zones, reversed ranges and bad searches, naming every problem', () => {
    const bad: SchedulingClinicianInput = {
      id: 'dr-x',
      zone: 'America/Nowhere',
      modalities: ['telehealth'],
      availability: [
        { days: ['mon'], start: '09:00', end: '12:00' },
        { days: ['mon', 'tue'], start: '11:00', end: '10:00' },
        { days: ['mon'], start: '10:00', end: '11:00', from: '2026-05-01', until: '2026-04-01' },
      ],
      timeOff: [{ start: '2026-03-02T10:00:00Z', end: '2026-03-02T09:00:00Z' }],
    };
    try {
      findOpenSlots([bad], [], { ...monday, displayZone: 'UTC' });
      expect.unreachable();
    } catch (error) {
      const issues = (error as ValidationError).issues.map((i) => [i.at, i.code]);
      expect(issues).toEqual(
        expect.arrayContaining([
          ['$.clinicians[0].zone', 'core.zone.unknown'],
          // 11:00–10:00 runs overnight into Tuesday: valid alone, but it overlaps Monday 09:00–12:00.
          ['$.clinicians[0].availability[1]', 'scheduling.availability.overlap'],
          ['$.clinicians[0].availability[2].until', 'scheduling.availability.end_before_start'],
          ['$.clinicians[0].availability[2]', 'scheduling.availability.overlap'],
          ['$.clinicians[0].timeOff[0].end', 'scheduling.time_off.end_before_start'],
        ]),
      );
      expect((error as Error).message).not.toContain('America/Nowhere');
    }
    expect(() => findOpenSlots([drLee], [], { ...monday, to: '2026-03-01', displayZone: 'UTC' })).toThrow(
      /scheduling.slots.end_before_start/,
    );
    expect(() => findOpenSlots([drLee], [], { ...monday, to: '2027-12-01', displayZone: 'UTC' })).toThrow(
      /scheduling.slots.range_too_long/,
    );
  });

  it('lists every argument’s problems at once, each under its parameter’s name', () => {
    const error = thrown(() =>
      findOpenSlots([{ ...drLee, zone: 'America/Nowhere' }], 7 as never, {
        ...monday,
        from: '2026-02-30',
        displayZone: 'UTC',
      }),
    );
    expect(error.issues.map((i) => `${i.code}@${i.at}`)).toEqual([
      'core.zone.unknown@$.clinicians[0].zone',
      'invalid_type@$.appointments',
      'core.date.invalid@$.search.from',
    ]);
  });

  it('keeps availability at its wall time on the DST change day', () => {
    const r = findOpenSlots(
      [{ ...drLee, availability: [{ days: ['sun'], start: '09:00', end: '10:00' }] }],
      [],
      {
        ...monday,
        from: '2026-03-08',
        to: '2026-03-08',
        displayZone: 'America/New_York',
      },
    );
    expect(r.slots.map((s) => s.start)).toEqual(['2026-03-08T09:00:00-04:00']);
  });

  it('lists each instant once, in time order, when DST makes two blocks overlap in elapsed time', () => {
    // On 2026-03-08 in New York, 02:40 does not exist: the first block runs to 03:40 EDT, past 03:00.
    const springDay = {
      ...drLee,
      sessionMinutes: [30],
      availability: [
        { days: ['sun' as const], start: '01:00', end: '02:40' },
        { days: ['sun' as const], start: '03:00', end: '04:00' },
      ],
    };
    const r = findOpenSlots([springDay], [], {
      ...monday,
      from: '2026-03-08',
      to: '2026-03-08',
      sessionMinutes: 30,
      stepMinutes: 10,
      displayZone: 'UTC',
      asOf: '2026-03-01T00:00:00Z',
    });
    // First block: 06:00Z … 07:10Z; second: 07:00Z … 07:30Z; merged without repeats.
    expect(r.slots.map((s) => s.start.slice(11, 16))).toEqual([
      '06:00',
      '06:10',
      '06:20',
      '06:30',
      '06:40',
      '06:50',
      '07:00',
      '07:10',
      '07:20',
      '07:30',
    ]);
  });

  // Property: the sweep returns exactly the naive scan's slots, and never one that overlaps a booking,
  // a buffer or time off, or lies outside availability.
  const scenario = fc
    .record({
      zone: fc.oneof(fc.constantFrom(...ZONES), fc.constantFrom(...Intl.supportedValuesOf('timeZone'))),
      firstStart: fc.integer({ min: 6 * 60, max: 10 * 60 }),
      firstLength: fc.integer({ min: 60, max: 240 }),
      gap: fc.integer({ min: 0, max: 120 }),
      secondLength: fc.integer({ min: 60, max: 300 }),
      before: fc.integer({ min: 0, max: 20 }),
      after: fc.integer({ min: 0, max: 20 }),
      step: fc.constantFrom(15, 30, 60),
      sessionMinutes: fc.constantFrom(30, 50, 60),
      // Any week of 2026, or one holding a DST change in New York, Europe, Sydney or Adelaide.
      dayOffset: fc.oneof(
        fc.integer({ min: 0, max: 330 }),
        fc.constantFrom(62, 64, 66, 84, 87, 91, 93, 271, 273, 292, 296, 299, 302, 304),
      ),
      bookings: fc.array(
        fc.record({
          day: fc.integer({ min: 0, max: 6 }),
          minute: fc.integer({ min: 0, max: 1439 }),
          length: fc.integer({ min: 15, max: 120 }),
          cancelled: fc.boolean(),
        }),
        { maxLength: 25 },
      ),
      off: fc.option(
        fc.record({
          day: fc.integer({ min: 0, max: 6 }),
          minute: fc.integer({ min: 0, max: 1439 }),
          length: fc.integer({ min: 30, max: 600 }),
        }),
      ),
      cap: fc.option(fc.integer({ min: 1, max: 4 })),
      // A night block on days the second block does not use: it ends by 06:00, before the first starts.
      night: fc.option(
        fc.record({
          days: fc.subarray(['tue', 'thu', 'fri', 'sun'] as const, { minLength: 1 }),
          start: fc.integer({ min: 18 * 60, max: 23 * 60 + 50 }),
          end: fc.integer({ min: 0, max: 6 * 60 }),
        }),
      ),
      holidays: fc.subarray([0, 1, 2, 3, 4, 5, 6, 7]),
      noticeHours: fc.integer({ min: 0, max: 30 }),
    })
    .map((s) => {
      const base = Date.UTC(2026, 0, 1) + s.dayOffset * 86_400_000;
      const fromDate = new Date(base).toISOString().slice(0, 10);
      const toDate = new Date(base + 6 * 86_400_000).toISOString().slice(0, 10);
      const secondStart = Math.min(s.firstStart + s.firstLength + s.gap, 22 * 60);
      const clinician: SchedulingClinicianInput = {
        id: 'dr-p',
        zone: s.zone,
        modalities: ['telehealth'],
        sessionMinutes: [s.sessionMinutes],
        bufferBeforeMinutes: s.before,
        bufferAfterMinutes: s.after,
        ...(s.cap === null ? {} : { maxSessionsPerDay: s.cap }),
        availability: [
          {
            days: ['mon', 'tue', 'wed', 'thu', 'fri'],
            start: hhmm(s.firstStart),
            end: hhmm(s.firstStart + s.firstLength),
          },
          {
            days: ['mon', 'wed', 'sat'],
            start: hhmm(secondStart),
            end: hhmm(Math.min(secondStart + s.secondLength, 1439)),
          },
          ...(s.night === null
            ? []
            : [{ days: [...s.night.days], start: hhmm(s.night.start), end: hhmm(s.night.end) }]),
        ],
        timeOff:
          s.off === null
            ? []
            : [
                {
                  start: formatInstant(base + s.off.day * 86_400_000 + s.off.minute * 60_000, 'UTC'),
                  end: formatInstant(
                    base + s.off.day * 86_400_000 + (s.off.minute + s.off.length) * 60_000,
                    'UTC',
                  ),
                },
              ],
      };
      const bookings: SchedulingAppointmentInput[] = s.bookings.map((b, i) => {
        const start = base + b.day * 86_400_000 + b.minute * 60_000;
        return session(
          `b-${i}`,
          formatInstant(start, s.zone),
          formatInstant(start + b.length * 60_000, s.zone),
          {
            clinicianId: 'dr-p',
            ...(b.cancelled
              ? { status: { state: 'cancelled' as const, by: 'client' as const, at: '2025-12-01T00:00:00Z' } }
              : {}),
          },
        );
      });
      const search = {
        from: fromDate,
        to: toDate,
        asOf: formatInstant(base - 86_400_000 + 3 * 3_600_000, 'UTC'),
        sessionMinutes: s.sessionMinutes,
        displayZone: 'America/Denver',
        stepMinutes: s.step,
        minNoticeHours: s.noticeHours,
        holidays: s.holidays.map((d) => new Date(base + (d - 1) * 86_400_000).toISOString().slice(0, 10)),
      };
      return { clinician, bookings, search };
    });

  it('never returns a slot that overlaps a booking, a buffer or time off, or lies outside availability', () => {
    fc.assert(
      fc.property(scenario, ({ clinician, bookings, search }) => {
        const { slots } = findOpenSlots([clinician], bookings, search);
        const before = (clinician.bufferBeforeMinutes ?? 0) * 60_000;
        const after = (clinician.bufferAfterMinutes ?? 0) * 60_000;
        for (const slot of slots) {
          const s = toEpochMs(slot.start);
          const e = toEpochMs(slot.end);
          for (const b of bookings) {
            if (b.status?.state === 'cancelled') continue;
            expect(s - before < toEpochMs(b.end) + after && toEpochMs(b.start) - before < e + after).toBe(
              false,
            );
          }
          for (const t of clinician.timeOff ?? []) {
            expect(s - before < toEpochMs(t.end) && toEpochMs(t.start) < e + after).toBe(false);
          }
          const local = readLocal(s, clinician.zone);
          const localEnd = readLocal(e, clinician.zone);
          const shifted = local.offsetMinutes !== localEnd.offsetMinutes;
          const sameDate = local.date === localEnd.date;
          const inside = (clinician.availability ?? []).some((r) =>
            r.start < r.end
              ? sameDate && r.start <= local.time && (localEnd.time <= r.end || shifted)
              : (r.start <= local.time || local.time < r.end) &&
                ((sameDate && r.start <= local.time) || localEnd.time <= r.end || shifted),
          );
          expect(inside).toBe(true);
        }
        expect(slots.map((x) => ({ clinicianId: x.clinicianId, start: x.start }))).toEqual(
          naiveOpenSlots([clinician], bookings, search),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('offers only slots the booking check accepts, overnight and on DST nights included', () => {
    fc.assert(
      fc.property(scenario, ({ clinician, bookings, search }) => {
        const { slots } = findOpenSlots([clinician], bookings, search);
        for (const slot of slots) {
          const candidate = session('candidate', slot.start, slot.end, {
            clinicianId: 'dr-p',
            clientIds: ['c-new'],
          });
          const d = evaluateBookingConflicts(candidate, clinician, bookings, { holidays: search.holidays });
          expect(d.reasons.filter((x) => x.severity === 'error')).toEqual([]);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('returns the same slots whatever the order of the bookings and clinicians', () => {
    fc.assert(
      fc.property(scenario, fc.integer(), ({ clinician, bookings, search }, seed) => {
        const twin = { ...clinician, id: 'dr-q' };
        const a = findOpenSlots([clinician, twin], bookings, search);
        const shuffled = [...bookings].sort(
          (x, y) => ((x.id.length * seed) % 7) - ((y.id.length * seed) % 7),
        );
        const b = findOpenSlots([twin, clinician], [...shuffled].reverse(), search);
        expect(b.slots).toEqual(a.slots);
      }),
      { numRuns: 50 },
    );
  });
});

describe('findOpenSlots across midnight', () => {
  const night = { asOf: '2026-01-01T00:00:00Z', sessionMinutes: 50, maxHorizonDays: 366 };
  const starts = (r: { slots: readonly { start: string }[] }) => r.slots.map((x) => x.start);

  it('runs a Saturday 22:00–06:00 window into Sunday, dating each slot by the clinician’s clock', () => {
    const r = findOpenSlots([nightLine], [], {
      ...night,
      from: '2026-01-10',
      to: '2026-01-11',
      displayZone: 'America/New_York',
    });
    expect(r.slots.map((x) => [x.start.slice(11, 16), x.clinicianDate])).toEqual([
      ['22:00', '2026-01-10'],
      ['23:00', '2026-01-10'],
      ['00:00', '2026-01-11'],
      ['01:00', '2026-01-11'],
      ['02:00', '2026-01-11'],
      ['03:00', '2026-01-11'],
      ['04:00', '2026-01-11'],
      ['05:00', '2026-01-11'],
    ]);
  });

  it('keeps the hours after midnight in a range that starts on Sunday, and leaves them out of one ending Saturday', () => {
    const sunday = findOpenSlots([nightLine], [], {
      ...night,
      from: '2026-01-11',
      to: '2026-01-11',
      displayZone: 'UTC',
    });
    expect(starts(sunday)).toEqual([
      '2026-01-11T05:00:00Z',
      '2026-01-11T06:00:00Z',
      '2026-01-11T07:00:00Z',
      '2026-01-11T08:00:00Z',
      '2026-01-11T09:00:00Z',
      '2026-01-11T10:00:00Z',
    ]);
    const saturday = findOpenSlots([nightLine], [], {
      ...night,
      from: '2026-01-10',
      to: '2026-01-10',
      displayZone: 'UTC',
    });
    expect(starts(saturday)).toEqual(['2026-01-11T03:00:00Z', '2026-01-11T04:00:00Z']);
  });

  it('gives seven hours on the night New York springs forward (2026-03-08), with no slot at 02:00', () => {
    const r = findOpenSlots([nightLine], [], {
      ...night,
      from: '2026-03-07',
      to: '2026-03-08',
      displayZone: 'America/New_York',
    });
    expect(starts(r)).toEqual([
      '2026-03-07T22:00:00-05:00',
      '2026-03-07T23:00:00-05:00',
      '2026-03-08T00:00:00-05:00',
      '2026-03-08T01:00:00-05:00',
      '2026-03-08T03:00:00-04:00',
      '2026-03-08T04:00:00-04:00',
      '2026-03-08T05:00:00-04:00',
    ]);
  });

  it('gives nine hours on the night New York falls back (2026-11-01): 01:00 twice, each instant once', () => {
    const r = findOpenSlots([nightLine], [], {
      ...night,
      from: '2026-10-31',
      to: '2026-11-01',
      displayZone: 'America/New_York',
    });
    expect(starts(r)).toEqual([
      '2026-10-31T22:00:00-04:00',
      '2026-10-31T23:00:00-04:00',
      '2026-11-01T00:00:00-04:00',
      '2026-11-01T01:00:00-04:00',
      '2026-11-01T01:00:00-05:00',
      '2026-11-01T02:00:00-05:00',
      '2026-11-01T03:00:00-05:00',
      '2026-11-01T04:00:00-05:00',
      '2026-11-01T05:00:00-05:00',
    ]);
    expect(new Set(r.slots.map((x) => toEpochMs(x.start))).size).toBe(9);
    expect(r.slots.at(-1)?.end).toBe('2026-11-01T05:50:00-05:00');
  });

  it('follows Sydney’s clock: nine hours when summer time ends (2026-04-05), seven when it starts (2026-10-04)', () => {
    const autumn = findOpenSlots([sydneyLine], [], {
      ...night,
      from: '2026-04-04',
      to: '2026-04-05',
      displayZone: 'Australia/Sydney',
    });
    expect(starts(autumn).map((x) => x.slice(11))).toEqual([
      '22:00:00+11:00',
      '23:00:00+11:00',
      '00:00:00+11:00',
      '01:00:00+11:00',
      '02:00:00+11:00',
      '02:00:00+10:00',
      '03:00:00+10:00',
      '04:00:00+10:00',
      '05:00:00+10:00',
    ]);
    const spring = findOpenSlots([sydneyLine], [], {
      ...night,
      from: '2026-10-03',
      to: '2026-10-04',
      displayZone: 'Australia/Sydney',
    });
    expect(starts(spring).map((x) => x.slice(11))).toEqual([
      '22:00:00+10:00',
      '23:00:00+10:00',
      '00:00:00+10:00',
      '01:00:00+10:00',
      '03:00:00+11:00',
      '04:00:00+11:00',
      '05:00:00+11:00',
    ]);
  });

  it('ends a Sydney 20:00–02:00 block at the start of the skipped hour, six hours long', () => {
    const evening = {
      ...sydneyLine,
      availability: [{ days: ['sat' as const], start: '20:00', end: '02:00' }],
    };
    const r = findOpenSlots([evening], [], {
      ...night,
      from: '2026-10-03',
      to: '2026-10-04',
      displayZone: 'Australia/Sydney',
    });
    expect(starts(r).map((x) => x.slice(11, 16))).toEqual([
      '20:00',
      '21:00',
      '22:00',
      '23:00',
      '00:00',
      '01:00',
    ]);
  });

  it('closes a holiday on either side of midnight, including a session that would run into it', () => {
    const halfHourly = { ...night, stepMinutes: 30, displayZone: 'America/New_York' };
    const sundayOff = findOpenSlots([nightLine], [], {
      ...halfHourly,
      from: '2026-01-10',
      to: '2026-01-11',
      holidays: ['2026-01-11'],
    });
    // 23:30–00:20 would end on the holiday.
    expect(starts(sundayOff).map((x) => x.slice(11, 16))).toEqual(['22:00', '22:30', '23:00']);
    const saturdayOff = findOpenSlots([nightLine], [], {
      ...halfHourly,
      from: '2026-01-10',
      to: '2026-01-11',
      holidays: ['2026-01-10'],
    });
    expect(saturdayOff.slots[0]?.start).toBe('2026-01-11T00:00:00-05:00');
    expect(saturdayOff.slots.every((x) => x.clinicianDate === '2026-01-11')).toBe(true);
  });

  it('removes time off after midnight and applies the cap of the day a slot starts on', () => {
    const away = {
      ...nightLine,
      timeOff: [{ start: '2026-01-11T00:00:00-05:00', end: '2026-01-11T03:00:00-05:00' }],
    };
    const search = { ...night, from: '2026-01-10', to: '2026-01-11', displayZone: 'America/New_York' };
    expect(starts(findOpenSlots([away], [], search)).map((x) => x.slice(11, 16))).toEqual([
      '22:00',
      '23:00',
      '03:00',
      '04:00',
      '05:00',
    ]);
    // One session already on Sunday (at 10:00, outside the line) fills Sunday's cap of one, not Saturday's.
    const capped = { ...nightLine, maxSessionsPerDay: 1 };
    const sunday10 = session('a-1', '2026-01-11T10:00:00-05:00', '2026-01-11T10:50:00-05:00', {
      clinicianId: 'dr-night',
    });
    expect(starts(findOpenSlots([capped], [sunday10], search)).map((x) => x.slice(11, 16))).toEqual([
      '22:00',
      '23:00',
    ]);
  });

  it('runs a Sunday-night window into Monday, which counts against the new week’s cap', () => {
    const sundayNight = {
      ...nightLine,
      maxSessionsPerWeek: 1,
      availability: [{ days: ['sun' as const], start: '22:00', end: '02:00' }],
    };
    const monday10 = session('a-1', '2026-01-12T10:00:00-05:00', '2026-01-12T10:50:00-05:00', {
      clinicianId: 'dr-night',
    });
    const search = { ...night, from: '2026-01-11', to: '2026-01-12', displayZone: 'America/New_York' };
    expect(findOpenSlots([sundayNight], [], search).slots.map((x) => x.clinicianDate)).toEqual([
      '2026-01-11',
      '2026-01-11',
      '2026-01-12',
      '2026-01-12',
    ]);
    expect(starts(findOpenSlots([sundayNight], [monday10], search))).toEqual([
      '2026-01-11T22:00:00-05:00',
      '2026-01-11T23:00:00-05:00',
    ]);
  });

  it('reads a block whose end equals its start as a whole day from that time', () => {
    const allDay = { ...nightLine, availability: [{ days: ['mon' as const], start: '08:00', end: '08:00' }] };
    const r = findOpenSlots([allDay], [], {
      ...night,
      from: '2026-01-12',
      to: '2026-01-13',
      displayZone: 'UTC',
    });
    expect(r.slots).toHaveLength(24);
    expect(r.slots.at(-1)?.start).toBe('2026-01-13T12:00:00Z');
  });

  it('rejects blocks that overlap across midnight or across the end of the week, and accepts blocks that touch', () => {
    const issues = (availability: SchedulingClinicianInput['availability']) => {
      try {
        findOpenSlots([{ ...nightLine, availability }], [], {
          ...night,
          from: '2026-01-10',
          to: '2026-01-10',
          displayZone: 'UTC',
        });
        return [];
      } catch (error) {
        return (error as ValidationError).issues.map((i) => [i.at, i.code]);
      }
    };
    const overlap = [['$.clinicians[0].availability[1]', 'scheduling.availability.overlap']];
    expect(
      issues([
        { days: ['sat'], start: '22:00', end: '06:00' },
        { days: ['sun'], start: '05:00', end: '09:00' },
      ]),
    ).toEqual(overlap);
    expect(
      issues([
        { days: ['sun'], start: '22:00', end: '02:00' },
        { days: ['mon'], start: '01:00', end: '09:00' },
      ]),
    ).toEqual(overlap);
    expect(
      issues([
        { days: ['mon'], start: '08:00', end: '08:00' },
        { days: ['tue'], start: '07:00', end: '09:00' },
      ]),
    ).toEqual(overlap);
    expect(
      issues([
        { days: ['sat'], start: '22:00', end: '06:00', until: '2026-05-02' },
        { days: ['sun'], start: '00:00', end: '08:00', from: '2026-05-03' },
      ]),
    ).toEqual(overlap);
    expect(
      issues([
        { days: ['sat'], start: '22:00', end: '06:00' },
        { days: ['sun'], start: '06:00', end: '09:00' },
      ]),
    ).toEqual([]);
    expect(
      issues([
        { days: ['sat'], start: '22:00', end: '06:00', until: '2026-05-02' },
        { days: ['sun'], start: '00:00', end: '08:00', from: '2026-05-04' },
      ]),
    ).toEqual([]);
  });
});
