// ops40, item 4: the queue's order and its due dates audited against the practice's clock and business week, on
// whole generated practices with records requests, on any day (weekdays, weekends, the practice's holidays). Each
// role's queue is in the order compareWorkTasks gives on the practice's zone; a deadline the practice must meet
// on its own days (a Good Faith Estimate, counted in business days [cfr-45-149.610]; a records request, due by
// its last business day on or before day 30 or 60 [cfr-45-164.524]) is due on a business day of its week.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isBusinessDay, LocalDate } from '../../../src/core/index.js';
import { practiceBusinessCalendar } from '../../../src/ops/data/practice-business-week.js';
import {
  buildWorkQueue,
  compareWorkTasks,
  generatePractice,
  safeValidatePracticeData,
  WorkQueueRole,
} from '../../../src/ops/index.js';
import { allTasks } from '../practice-fixtures.js';

/** A generated practice as of `asOf` with `n` records requests of its clients received over the 70 days before. */
function practiceWithRequests(seed: number, asOf: string, n: number) {
  const data = generatePractice({ seed, asOf, clinicians: 2, clientsPerClinician: 3 });
  const checked = safeValidatePracticeData({
    ...structuredClone(data),
    recordsRequests: Array.from({ length: n }, (_, i) => ({
      id: `rr-${i}`,
      clientId: data.clients[i % data.clients.length]?.id as string,
      receivedOn: addDays(asOf, -((seed * 7 + i * 11) % 70)),
      ...(i % 3 === 0 ? { extensionNoticeSentOn: addDays(asOf, -((seed * 7 + i * 11) % 70) + 20) } : {}),
    })),
  });
  if (!checked.success) throw new Error(checked.issues.map((x) => x.at).join(', '));
  return checked.data;
}

const days = fc.integer({ min: 0, max: 90 }).map((d) => addDays('2026-10-15', d));

describe('due dates and order on the practice’s clock and business week', () => {
  it('property: every role’s queue is in compareWorkTasks order on the practice’s zone, on any day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        days,
        fc.constantFrom(...WorkQueueRole.options),
        (seed, asOf, role) => {
          const data = practiceWithRequests(seed, asOf, 4);
          const queue = buildWorkQueue(data, { asOf, role });
          const zone = data.practice.zone;
          for (const list of [queue.tasks, ...queue.forOtherRoles.map((g) => g.tasks)])
            for (let i = 1; i < list.length; i += 1)
              expect(
                compareWorkTasks(list[i - 1] as never, list[i] as never, { zone }),
                `${list[i - 1]?.id} before ${list[i]?.id}`,
              ).toBeLessThanOrEqual(0);
        },
      ),
      { numRuns: 10 },
    );
  });

  it('property: a records request and a Good Faith Estimate are due on a business day of the practice (a records request: or today, or its past deadline)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), days, (seed, asOf) => {
        const data = practiceWithRequests(seed, asOf, 6);
        const calendar = practiceBusinessCalendar(data);
        for (const t of allTasks(buildWorkQueue(data, { asOf, role: 'supervisor' }))) {
          if (t.kind !== 'boundaries.records_request' && t.kind !== 'intake.good_faith_estimate_due')
            continue;
          expect(LocalDate.safeParse(t.due).success, t.id).toBe(true);
          if (t.kind === 'boundaries.records_request') {
            const legal = t.reasons[0]?.facts.dueOn as string;
            expect(t.due <= legal, t.id).toBe(true);
            // ops41 (one rule, deadlineDue): a business day; or today, run on a closed day after the last one
            // before a deadline still ahead; or a deadline already past, overdue from its own day.
            const ok = isBusinessDay(t.due, calendar) || t.due === asOf || (legal < asOf && t.due === legal);
            expect(ok, `${t.id} due ${t.due}`).toBe(true);
          } else expect(isBusinessDay(t.due, calendar), `${t.id} due ${t.due}`).toBe(true);
        }
      }),
      { numRuns: 10 },
    );
  });
});
