import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import { listRemindersDue, planReminders } from '../../../src/scheduling/index.js';
import { session } from '../scheduling-fixtures.js';

// Reminders ask the client to confirm until they do, then stop ("stop on confirmation"); a practice may
// keep plain reminders after it (`confirmedHoursBefore`). A confirmation is of one start: a session moved
// since asks again, and a cancellation replaces the status that carried it.

const client = {
  id: 'c-1',
  zone: 'America/New_York',
  locationState: 'NY' as const,
  channelConsent: { sms: { optedIn: true, unsecuredRiskAcknowledged: true } },
};
const START = '2026-03-10T14:00:00-04:00'; // Tuesday; reminders at Sunday 14:00 (48 h) and Monday 14:00 (24 h)
// In person at an office on New York's clock: the session's clock is known, so no reason is about it.
const tuesday = session('a-1', START, '2026-03-10T14:50:00-04:00', {
  modality: { kind: 'in_person', locationId: 'office-1', zone: 'America/New_York' },
});
const confirmedAt = (at: string, start = START) => ({
  ...tuesday,
  status: { state: 'scheduled' as const, confirmation: { at, start } },
});
const view = (rs: ReturnType<typeof planReminders>) =>
  rs.map((r) => [r.hoursBefore, r.status, r.asksConfirmation, r.reasons.map((x) => x.code)]);

describe('reminders after the client confirmed', () => {
  it('asks for a confirmation in every reminder until one is recorded', () => {
    expect(view(planReminders(tuesday, client))).toEqual([
      [48, 'planned', true, []],
      [24, 'planned', true, []],
    ]);
  });

  it('stops the reminders after a confirmation on Sunday 2026-03-08 at 15:00 (the 48 h one went before it)', () => {
    expect(view(planReminders(confirmedAt('2026-03-08T15:00:00-04:00'), client))).toEqual([
      [48, 'planned', true, []],
      [24, 'suppressed', false, ['scheduling.reminder.confirmed']],
    ]);
    // Confirmed at the very instant the 24 h reminder is due: it does not go (the day before, of and after).
    expect(view(planReminders(confirmedAt('2026-03-09T14:00:00-04:00'), client))[1]).toEqual([
      24,
      'suppressed',
      false,
      ['scheduling.reminder.confirmed'],
    ]);
    expect(view(planReminders(confirmedAt('2026-03-09T14:00:00.001-04:00'), client))[1]).toEqual([
      24,
      'planned',
      true,
      [],
    ]);
  });

  it('keeps the practice’s plain reminders after a confirmation, without asking again', () => {
    const r = planReminders(confirmedAt('2026-03-07T10:00:00-05:00'), client, {
      hoursBefore: [48, 24],
      confirmedHoursBefore: [24, 2],
    });
    expect(view(r)).toEqual([
      [48, 'suppressed', false, ['scheduling.reminder.confirmed']],
      [24, 'planned', false, []],
      [2, 'planned', false, []],
    ]);
    // Unconfirmed, the confirmed cadence is not used at all.
    expect(
      planReminders(tuesday, client, { hoursBefore: [48, 24], confirmedHoursBefore: [2] }).map(
        (x) => x.hoursBefore,
      ),
    ).toEqual([48, 24]);
  });

  it('asks again after a reschedule: a confirmation of another start does not count', () => {
    const moved = {
      ...tuesday,
      start: '2026-03-12T14:00:00-04:00',
      end: '2026-03-12T14:50:00-04:00',
      status: {
        state: 'scheduled' as const,
        confirmation: { at: '2026-03-08T15:00:00-04:00', start: START },
      },
    };
    expect(view(planReminders(moved, client))).toEqual([
      [48, 'planned', true, ['scheduling.reminder.confirmation_stale']],
      [24, 'planned', true, ['scheduling.reminder.confirmation_stale']],
    ]);
  });

  it('sends nothing once cancelled (the cancellation replaces the confirmation)', () => {
    const cancelled = { ...tuesday, status: { state: 'cancelled' as const, by: 'client' as const } };
    expect(planReminders(cancelled, client).map((r) => r.status)).toEqual(['suppressed', 'suppressed']);
  });

  it('lists no reminder due after the confirmation, and the one before it as usual', () => {
    const confirmed = confirmedAt('2026-03-08T15:00:00-04:00');
    expect(listRemindersDue([confirmed], [client], {}, { asOf: '2026-03-09T14:05:00-04:00' }).due).toEqual(
      [],
    );
    expect(
      listRemindersDue([confirmed], [client], {}, { asOf: '2026-03-08T14:05:00-04:00' }).due.map(
        (r) => r.hoursBefore,
      ),
    ).toEqual([48]);
  });

  it('rejects a confirmation without its time or its start, by path', () => {
    try {
      planReminders(
        { ...tuesday, status: { state: 'scheduled', confirmation: { at: 'soon' } } } as never,
        client,
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.at)).toEqual([
        '$.appointment.status.confirmation.at',
        '$.appointment.status.confirmation.start',
      ]);
    }
  });

  it('never plans an asking reminder at or after the confirmation, nor any reminder of a confirmed session outside the two cadences (property)', () => {
    const startMs = Date.parse(START);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5 * 24 * 60 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 96 }), { minLength: 1, maxLength: 4 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 96 }), { maxLength: 3 }),
        (minutesBefore, hoursBefore, confirmedHoursBefore) => {
          const at = new Date(startMs - minutesBefore * 60_000).toISOString();
          const rs = planReminders(confirmedAt(at), client, { hoursBefore, confirmedHoursBefore });
          const confirmedMs = Date.parse(at);
          for (const r of rs) {
            if (r.status !== 'planned' || r.sendAt === null) continue;
            const sendMs = Date.parse(r.sendAt);
            if (r.asksConfirmation) {
              expect(sendMs).toBeLessThan(confirmedMs);
              expect(hoursBefore).toContain(r.hoursBefore);
            } else {
              expect(sendMs).toBeGreaterThanOrEqual(confirmedMs);
              expect(confirmedHoursBefore).toContain(r.hoursBefore);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
