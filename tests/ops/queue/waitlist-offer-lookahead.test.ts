import { describe, expect, it } from 'vitest';
import {
  buildWorkQueue,
  DEMO_AS_OF,
  generateDemoPractice,
  type PracticeData,
  type WorkQueue,
} from '../../../src/ops/index.js';

// The queue offers openings in the next 3 days: 3 calendar days on the practice's clock from the day's local
// midnight (luxon plus({ days })), not 72 hours. New York falls back on 2026-11-01 (a 25-hour day) and springs
// forward on 2027-03-14 (23 hours) [sources: usc-15-260a].
const demo = generateDemoPractice();
const everyTask = (q: WorkQueue) => [...q.tasks, ...q.forOtherRoles.flatMap((g) => g.tasks)];
const apptOf = (t: WorkQueue['tasks'][number] | undefined) =>
  t?.related.find((r) => r.kind === 'appointment')?.id;
const offered = everyTask(buildWorkQueue(demo, { asOf: DEMO_AS_OF })).find(
  (t) => t.kind === 'scheduling.waitlist_offer',
);

/** The demo's offered opening moved to `start` (50 minutes), the practice on New York's clock. */
function openingAt(start: string, end: string): PracticeData {
  const data = structuredClone(demo);
  data.practice.zone = 'America/New_York';
  const appt = data.appointments.find((a) => a.id === apptOf(offered));
  if (appt === undefined) throw new Error('fixture: no waitlist offer in the demo');
  appt.start = start;
  appt.end = end;
  return data;
}
const offersOn = (data: PracticeData, asOf: string) =>
  everyTask(buildWorkQueue(data, { asOf })).filter(
    (t) => t.kind === 'scheduling.waitlist_offer' && apptOf(t) === apptOf(offered),
  );

describe('buildWorkQueue: waitlist offers for openings in the next 3 calendar days', () => {
  it('offers on 2026-10-30 an opening at 23:30 on 2026-11-01, inside the 3 days though 72 hours end at 23:00', () => {
    const data = openingAt('2026-11-01T23:30:00-05:00', '2026-11-02T00:20:00-05:00');
    expect(offersOn(data, '2026-10-30').length).toBeGreaterThan(0);
  });

  it('leaves on 2027-03-12 an opening at 00:30 on 2027-03-15 for later, though 72 hours would reach 01:00', () => {
    const data = openingAt('2027-03-15T00:30:00-04:00', '2027-03-15T01:20:00-04:00');
    expect(offersOn(data, '2027-03-12')).toEqual([]);
    // The control: a day later the same opening is inside the 3 days and is offered.
    expect(offersOn(data, '2027-03-13').length).toBeGreaterThan(0);
  });
});
