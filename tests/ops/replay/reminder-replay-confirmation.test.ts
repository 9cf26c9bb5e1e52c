import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayReminders } from '../../../src/ops/replay/reminder-replay.js';
import { ReminderPolicy, SchedulingAppointment, SchedulingClient } from '../../../src/scheduling/index.js';
import { session } from '../../scheduling/scheduling-fixtures.js';

// A replay counts the reminders a session got as it stood before it happened: scheduled, with the
// confirmation its record keeps. Reminders asking for a confirmation the client had already given were
// stopped, whatever the session's status is now (completed, cancelled, no-show).

const client = SchedulingClient.parse({
  id: 'c-1',
  zone: 'America/New_York',
  locationState: 'NY',
  channelConsent: { sms: { optedIn: true, unsecuredRiskAcknowledged: true } },
});
const START = '2026-03-10T14:00:00-04:00'; // Tuesday; reminders at Sunday 14:00 (48 h) and Monday 14:00 (24 h)
const SUNDAY_EVENING = '2026-03-08T18:00:00-04:00'; // after the 48 h reminder, before the 24 h one
const base = session('a-1', START, '2026-03-10T14:50:00-04:00');
const withStatus = (status: object) => SchedulingAppointment.parse({ ...base, status });
const policy = ReminderPolicy.parse({ hoursBefore: [48, 24] });
const replayOf = (status: object, after = policy) =>
  replayReminders([{ appointment: withStatus(status), clients: [client], before: null, after }]);
// The lead hours the session got under `policy` (replayed against no policy at all).
const sentHours = (status: object) =>
  replayOf(status).changes[0]?.after.reminders.map((r) => r.hoursBefore) ?? [];
const confirmation = { at: SUNDAY_EVENING, start: START };

describe('reminder replay keeps the confirmation on the session’s record', () => {
  it('counts the 48 h reminder only for a session confirmed on Sunday evening, whatever its status now', () => {
    expect(sentHours({ state: 'scheduled', confirmation })).toEqual([48]);
    expect(sentHours({ state: 'completed', confirmation })).toEqual([48]);
    expect(sentHours({ state: 'no_show', confirmation })).toEqual([48]);
    expect(
      sentHours({ state: 'cancelled', by: 'client', at: '2026-03-10T12:00:00-04:00', confirmation }),
    ).toEqual([48]);
  });

  it('counts every reminder for a session whose record keeps no confirmation, or one of another start', () => {
    expect(sentHours({ state: 'completed' })).toEqual([48, 24]);
    expect(sentHours({ state: 'scheduled' })).toEqual([48, 24]);
    const moved = { at: SUNDAY_EVENING, start: '2026-03-09T14:00:00-04:00' };
    expect(sentHours({ state: 'completed', confirmation: moved })).toEqual([48, 24]);
  });

  it('stops the 24 h reminder from a confirmation at its send time, not one a millisecond later', () => {
    const at = (iso: string) => sentHours({ state: 'completed', confirmation: { at: iso, start: START } });
    expect(at('2026-03-09T13:59:59.999-04:00')).toEqual([48]);
    expect(at('2026-03-09T14:00:00-04:00')).toEqual([48]);
    expect(at('2026-03-09T14:00:00.001-04:00')).toEqual([48, 24]);
  });

  it('sends the policy’s plain confirmed-cadence reminders after a confirmation', () => {
    const after = ReminderPolicy.parse({ hoursBefore: [48, 24], confirmedHoursBefore: [2] });
    const r = replayOf({ state: 'completed', confirmation }, after);
    expect(r.totals).toMatchObject({ sentBefore: 0, sentAfter: 2, wouldBeSent: 2, wouldNotBeSent: 0 });
    expect(r.changes[0]?.after.reminders.map((x) => x.hoursBefore)).toEqual([48, 2]);
  });

  it('property: a confirmation never adds a reminder, and one at or before the first send time leaves none that asks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<object>(
          { state: 'scheduled' },
          { state: 'completed' },
          { state: 'no_show' },
          { state: 'cancelled', by: 'practice' },
        ),
        fc.integer({ min: -4 * 24 * 60, max: 0 }),
        (status, minutesBefore) => {
          const at = new Date(Date.parse(START) + minutesBefore * 60_000).toISOString();
          const unconfirmed = replayOf(status).totals.sentAfter;
          const confirmed = replayOf({ ...status, confirmation: { at, start: START } }).totals.sentAfter;
          expect(confirmed).toBeLessThanOrEqual(unconfirmed);
          if (minutesBefore <= -48 * 60) expect(confirmed).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
