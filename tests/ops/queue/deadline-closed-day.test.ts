// ops41: one rule for every date-only deadline on the queue (a records request's 30 days, 45 CFR 164.524(b)(2);
// a license's or insurance policy's expiry; a payer's filing or appeal window; a verification that lapses).
// On a day the practice is closed (its weekend or a holiday) the task is due on its last business day before,
// never after; today when that day has passed and the deadline is still ahead; a past deadline stays put.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  createBusinessCalendar,
  getUsFederalHolidays,
  isBusinessDay,
  type Weekday,
} from '../../../src/core/index.js';
import { practiceBusinessCalendar } from '../../../src/ops/data/practice-business-week.js';
import { buildWorkQueue, DEMO_AS_OF, generateDemoPractice, type WorkTask } from '../../../src/ops/index.js';
import { deadlineDue } from '../../../src/ops/queue/deadline-due.js';

const FEDERAL = getUsFederalHolidays(2026, 2028);
const WEEKENDS: Weekday[][] = [['sat', 'sun'], ['sun'], ['fri', 'sat', 'sun'], ['sun', 'mon'], []];

describe('deadlineDue: a date-only deadline on a closed day', () => {
  const calendar = createBusinessCalendar({ holidays: FEDERAL });

  it('Saturday 2026-11-21 is due Friday 2026-11-20; Thanksgiving Thursday 2026-11-26 is due Wednesday 2026-11-25', () => {
    expect(deadlineDue('2026-11-21', { asOf: '2026-11-16', calendar }).due).toBe('2026-11-20');
    expect(deadlineDue('2026-11-26', { asOf: '2026-11-16', calendar }).due).toBe('2026-11-25');
    // Christmas 2027 is a Saturday, observed Friday 2027-12-24: the last business day before is Thursday.
    expect(deadlineDue('2027-12-25', { asOf: '2027-12-01', calendar }).due).toBe('2027-12-23');
  });

  it('says why, with the deadline and the day to act by; on an open day it says nothing and keeps the day', () => {
    const moved = deadlineDue('2026-11-21', { asOf: '2026-11-16', calendar });
    expect(moved.reasons.map((r) => [r.code, r.facts])).toEqual([
      ['ops.queue.deadline_closed_day', { deadline: '2026-11-21', due: '2026-11-20' }],
    ]);
    expect(deadlineDue('2026-11-19', { asOf: '2026-11-16', calendar })).toEqual({
      due: '2026-11-19',
      reasons: [],
    });
  });

  it('run on Saturday 2026-11-21 for Sunday’s deadline: due today, not Friday (the deadline is still ahead)', () => {
    expect(deadlineDue('2026-11-22', { asOf: '2026-11-21', calendar }).due).toBe('2026-11-21');
  });

  it('a deadline already past stays on its own day: it is overdue from then', () => {
    expect(deadlineDue('2026-11-15', { asOf: '2026-11-20', calendar })).toEqual({
      due: '2026-11-15',
      reasons: [],
    });
  });

  it('property: over 2026–2028, any weekend and any holidays, never after the deadline, never before today, the last open day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3 * 365 }),
        fc.integer({ min: -30, max: 60 }),
        fc.constantFrom(...WEEKENDS),
        fc.subarray(FEDERAL),
        fc.array(fc.integer({ min: 0, max: 3 * 365 }), { maxLength: 10 }),
        (day, ahead, weekend, federal, extra) => {
          const holidays = [...federal, ...extra.map((n) => addDays('2026-01-01', n))];
          const cal = createBusinessCalendar({ weekend, holidays });
          const deadline = addDays('2026-01-01', day);
          const asOf = addDays(deadline, -ahead);
          const { due, reasons } = deadlineDue(deadline, { asOf, calendar: cal });
          if (deadline < asOf || isBusinessDay(deadline, cal)) {
            expect(due).toBe(deadline);
            expect(reasons).toEqual([]);
            return;
          }
          // Today itself when the deadline is today: it is listed as is.
          expect(due <= deadline && due >= asOf).toBe(true);
          expect(isBusinessDay(due, cal) || due === asOf).toBe(true);
          for (let d = addDays(due, 1); d <= deadline; d = addDays(d, 1))
            expect(isBusinessDay(d, cal), d).toBe(false);
          expect(reasons.map((r) => r.facts)).toEqual(due === deadline ? [] : [{ deadline, due }]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the queue: every date-only deadline follows the one rule', () => {
  const demo = generateDemoPractice();
  const calendar = practiceBusinessCalendar(demo);
  const q = buildWorkQueue(demo, { asOf: DEMO_AS_OF, role: 'biller' });
  const all: WorkTask[] = [...q.tasks, ...q.forOtherRoles.flatMap((g) => g.tasks)];
  const moved = all.filter((t) => t.reasons.some((r) => r.code === 'ops.queue.deadline_closed_day'));

  it('the demo of 2026-11-20: claims and credentials whose deadline falls on a weekend are due the Friday before', () => {
    expect(moved.some((t) => t.module === 'billing')).toBe(true);
    expect(moved.some((t) => t.module === 'credentialing')).toBe(true);
    for (const t of moved) {
      const r = t.reasons.find((x) => x.code === 'ops.queue.deadline_closed_day');
      const deadline = r?.facts.deadline as string;
      expect(t.due, t.id).toBe(r?.facts.due);
      expect(isBusinessDay(deadline, calendar), t.id).toBe(false);
      expect(t.due < deadline && t.due >= DEMO_AS_OF, t.id).toBe(true);
    }
  });

  // The producers of date-only deadlines; a first session's paperwork and a Good Faith Estimate capped at its
  // session are due on the session's own day (the practice sees the client then).
  const deadlineKind = (t: WorkTask) =>
    t.module === 'billing' || t.module === 'credentialing' || t.kind.startsWith('boundaries.records_');

  it('no deadline task is due on a day the practice is closed unless that day is today or already past', () => {
    expect(all.filter(deadlineKind).length).toBeGreaterThan(100);
    for (const t of all)
      if (deadlineKind(t) && t.due.length === 10 && t.due > DEMO_AS_OF)
        expect(isBusinessDay(t.due, calendar), `${t.id} ${t.due}`).toBe(true);
  });
});
