// ops39, item 1: every business-day count the queue makes is on the practice's own week (its cancellation
// policy's weekend, closed on `practice.holidays` and the policy's holidays), never intake's Saturday-and-Sunday
// default. A Good Faith Estimate is due 1 or 3 business days after scheduling or a request (45 CFR
// 149.610(b)(1)(vi), docs/sources.md#cfr-45-149.610); an inquiry is answered within the stall policy's business
// days. Dates are December 2026 (Monday the 7th) in the generated practice's zone, America/Chicago.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDays, createBusinessCalendar, isBusinessDay } from '../../../src/core/index.js';
import { fromEpochDay, toEpochDay } from '../../../src/core/internal.js';
import { practiceBusinessWeek } from '../../../src/ops/data/practice-business-week.js';
import { buildWorkQueue, generatePractice, type PracticeData } from '../../../src/ops/index.js';
import { queueContext } from '../../../src/ops/queue/queue-context.js';
import { CancellationPolicy } from '../../../src/scheduling/index.js';
import { allTasks } from '../practice-fixtures.js';

type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

const MON_TO_SAT: readonly Weekday[] = ['sun'];
const MON_TO_THU: readonly Weekday[] = ['fri', 'sat', 'sun'];

interface Week {
  /** The cancellation policy's weekend (left out: no policy written, Saturday and Sunday). */
  readonly weekend?: readonly Weekday[];
  /** The cancellation policy's own holidays. */
  readonly policyHolidays?: readonly string[];
}

/** A small generated practice as of `asOf`, with no federal holidays of its own, on the week `week` gives. */
function practice(asOf: string, week: Week = {}): PracticeData {
  const data = structuredClone(generatePractice({ seed: 11, asOf, clinicians: 2, clientsPerClinician: 3 }));
  data.messages = [];
  data.inquiries = [];
  data.goodFaithEstimates = [];
  data.practice.holidays = [];
  if (week.weekend !== undefined || week.policyHolidays !== undefined) {
    data.policies.cancellation = CancellationPolicy.parse({
      practiceZone: data.practice.zone,
      ...(week.weekend === undefined ? {} : { weekend: [...week.weekend] }),
      ...(week.policyHolidays === undefined ? {} : { holidays: [...week.policyHolidays] }),
    });
  }
  return data;
}

type Trigger = PracticeData['goodFaithEstimates'][number]['trigger'];

/** The Good Faith Estimate task of a request made on `requestedOn` (or of `trigger`), on the queue of `asOf`. */
function estimateTask(asOf: string, requestedOn: string | Trigger, week: Week = {}) {
  const data = practice(asOf, week);
  const client = data.clients[0];
  if (client === undefined) throw new Error('fixture');
  data.goodFaithEstimates.push({
    id: 'gfe-week' as never,
    clientId: client.id,
    trigger:
      typeof requestedOn === 'string'
        ? { kind: 'requested', requestedOn: requestedOn as never }
        : requestedOn,
  });
  return allTasks(buildWorkQueue(data, { asOf })).find(
    (t) => t.id === 'intake.good_faith_estimate_due:gfe-week',
  );
}

/** Whether an inquiry received at `receivedAt` is a stalled case on the queue of `asOf`. */
function inquiryStalled(asOf: string, receivedAt: string, week: Week = {}): boolean {
  const data = practice(asOf, week);
  data.inquiries.push({ id: 'inq-week' as never, history: [{ stage: 'inquiry', at: receivedAt as never }] });
  return allTasks(buildWorkQueue(data, { asOf, role: 'practice_owner' })).some(
    (t) => t.id === 'intake.stalled_case:inq-week',
  );
}

describe('Good Faith Estimate due dates on the practice’s week (3 business days after a request)', () => {
  it('a Wednesday 2026-12-02 request is due Monday 2026-12-07 on a Monday-to-Friday week', () => {
    const t = estimateTask('2026-12-07', '2026-12-02');
    expect(t?.due).toBe('2026-12-07');
    expect(t?.title).toBe('Send a Good Faith Estimate (due 2026-12-07)');
  });

  it('a practice open on Saturdays owes it Saturday 2026-12-05: overdue on Monday, not due that day', () => {
    const t = estimateTask('2026-12-07', '2026-12-02', { weekend: MON_TO_SAT });
    expect(t?.due).toBe('2026-12-05');
    expect(t?.title).toBe('Overdue: send a Good Faith Estimate (due 2026-12-05)');
    expect(t?.priority).toBe('high');
  });

  it('a practice closed on Fridays owes it Tuesday 2026-12-08: Friday is not one of its 3 days', () => {
    const t = estimateTask('2026-12-07', '2026-12-02', { weekend: MON_TO_THU });
    expect(t?.due).toBe('2026-12-08');
    expect(t?.title).toBe('Send a Good Faith Estimate (due 2026-12-08)');
  });

  it('a holiday only the cancellation policy lists (Christmas Eve 2026) moves a Tuesday 2026-12-22 request to 12-29', () => {
    // 23rd, (24th policy holiday, 25th Christmas), 28th, 29th.
    const t = estimateTask('2026-12-28', '2026-12-22', { policyHolidays: ['2026-12-24', '2026-12-25'] });
    expect(t?.due).toBe('2026-12-29');
  });
});

describe('Good Faith Estimate due dates on the practice’s week (scheduled: the lead in business days)', () => {
  // Scheduled Tuesday 2026-12-01 for Monday 2026-12-14.
  const scheduled = { kind: 'scheduled', scheduledOn: '2026-12-01', serviceDate: '2026-12-14' } as Trigger;

  it('9 business days ahead on a Monday-to-Friday week: due 1 business day after, Wednesday 2026-12-02', () => {
    const t = estimateTask('2026-12-03', scheduled);
    expect(t?.due).toBe('2026-12-02');
    expect(t?.title).toMatch(/^Overdue: /);
  });

  it('11 business days ahead for a practice open on Saturdays: due 3 business days after, Friday 2026-12-04', () => {
    const t = estimateTask('2026-12-03', scheduled, { weekend: MON_TO_SAT });
    expect(t?.due).toBe('2026-12-04');
    expect(t?.title).toBe('Send a Good Faith Estimate (due 2026-12-04)');
  });
});

describe('a stalled inquiry on the practice’s week (answered within 1 business day)', () => {
  it('a Friday 2026-12-04 inquiry is not late on Monday 2026-12-07 on a Monday-to-Friday week', () => {
    expect(inquiryStalled('2026-12-07', '2026-12-04T10:00:00-06:00')).toBe(false);
  });

  it('a practice open on Saturdays owed the answer Saturday 2026-12-05: stalled on Monday', () => {
    expect(inquiryStalled('2026-12-07', '2026-12-04T10:00:00-06:00', { weekend: MON_TO_SAT })).toBe(true);
  });

  it('a Thursday 2026-12-03 inquiry is late on Monday on a Monday-to-Friday week', () => {
    expect(inquiryStalled('2026-12-07', '2026-12-03T10:00:00-06:00')).toBe(true);
  });

  it('a practice closed on Fridays owes that answer Monday 2026-12-07: not stalled that day, stalled Tuesday', () => {
    expect(inquiryStalled('2026-12-07', '2026-12-03T10:00:00-06:00', { weekend: MON_TO_THU })).toBe(false);
    expect(inquiryStalled('2026-12-08', '2026-12-03T10:00:00-06:00', { weekend: MON_TO_THU })).toBe(true);
  });
});

describe('practiceBusinessWeek', () => {
  it('is Saturday and Sunday, closed on the practice’s holidays, when no cancellation policy is written', () => {
    const data = practice('2026-12-07');
    data.practice.holidays = ['2026-12-25'] as never;
    expect(practiceBusinessWeek(data)).toEqual({ weekend: ['sat', 'sun'], holidays: ['2026-12-25'] });
  });

  it('joins both holiday lists once, in date order, beside the policy’s weekend', () => {
    const data = practice('2026-12-07', {
      weekend: MON_TO_THU,
      policyHolidays: ['2026-12-25', '2026-12-24'],
    });
    data.practice.holidays = ['2026-12-25', '2026-11-26'] as never;
    expect(practiceBusinessWeek(data)).toEqual({
      weekend: ['fri', 'sat', 'sun'],
      holidays: ['2026-11-26', '2026-12-24', '2026-12-25'],
    });
  });

  const weekday = fc.constantFrom<Weekday>('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  const weekArb = fc.uniqueArray(weekday, { minLength: 0, maxLength: 6 });
  const dayArb = fc
    .integer({ min: toEpochDay('2026-01-01'), max: toEpochDay('2027-12-31') })
    .map(fromEpochDay);

  it('property: the queue counts business days on exactly the week the practice wrote', () => {
    const data = practice('2026-12-07');
    fc.assert(
      fc.property(weekArb, fc.uniqueArray(dayArb, { maxLength: 4 }), dayArb, (weekend, holidays, day) => {
        data.policies.cancellation = CancellationPolicy.parse({
          practiceZone: data.practice.zone,
          weekend: [...weekend],
          holidays,
        });
        const ctx = queueContext(data, '2026-12-07');
        const own = createBusinessCalendar({ weekend: [...weekend], holidays });
        expect(isBusinessDay(day, ctx.calendar)).toBe(isBusinessDay(day, own));
        // What intake is handed builds the same calendar as the queue's own counts.
        expect(addBusinessDays(day, 3, createBusinessCalendar(ctx.businessWeek))).toBe(
          addBusinessDays(day, 3, own),
        );
      }),
      { numRuns: 60 },
    );
  });
});
