import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDayAndMinute, minuteOfDay } from '../../../src/core/internal.js';
import { planReminders, TEXT_MESSAGE_QUIET_HOURS } from '../../../src/scheduling/index.js';
import { session, ZONES } from '../scheduling-fixtures.js';

// 47 CFR 64.1200(c)(1): no call or text before 8 a.m. or after 9 p.m. local time at the called party's
// location. A client who keeps quiet only 23:00-06:00 still gets no text before 08:00 (their own quiet hours
// add to the window, never open it).
const SMS = { sms: { optedIn: true, unsecuredRiskAcknowledged: true } };
const EARLY_RISER = {
  id: 'c-1',
  zone: 'America/New_York',
  locationState: 'NY' as const,
  quietHours: { start: '23:00', end: '06:00' },
  channelConsent: SMS,
};

describe('planReminders: texts only inside the TCPA calling window (47 CFR 64.1200(c)(1))', () => {
  it('holds a text due at 07:00 on the spring-forward Sunday 2026-03-08 to 08:00 EDT', () => {
    const monday = session('a-1', '2026-03-09T07:00:00-04:00', '2026-03-09T07:50:00-04:00');
    const [r] = planReminders(monday, EARLY_RISER, { hoursBefore: [24] });
    expect(r).toMatchObject({ status: 'planned', channel: 'sms', sendAt: '2026-03-08T08:00:00-04:00' });
    expect(r?.reasons.find((x) => x.code === 'scheduling.reminder.deferred_texting_hours')).toMatchObject({
      severity: 'info',
      facts: { from: '2026-03-08T07:00:00-04:00', to: '2026-03-08T08:00:00-04:00', zone: 'America/New_York' },
    });
  });

  it('holds a text due at 07:00 on the fall-back Sunday 2026-11-01 to 08:00 EST', () => {
    const monday = session('a-2', '2026-11-02T07:00:00-05:00', '2026-11-02T07:50:00-05:00');
    const [r] = planReminders(monday, EARLY_RISER, { hoursBefore: [24] });
    expect(r).toMatchObject({ channel: 'sms', sendAt: '2026-11-01T08:00:00-05:00' });
  });

  it('sends the same reminder at 07:00 by the portal, where the client’s own quiet hours govern', () => {
    const monday = session('a-1', '2026-03-09T07:00:00-04:00', '2026-03-09T07:50:00-04:00');
    const [r] = planReminders(
      monday,
      { ...EARLY_RISER, channelConsent: { portal: { optedIn: true } } },
      { hoursBefore: [24] },
    );
    expect(r).toMatchObject({ channel: 'portal', sendAt: '2026-03-08T07:00:00-04:00' });
  });

  it('moves a text due at 21:30 to 08:00 the next morning (21:00 is already quiet)', () => {
    const evening = session('a-3', '2026-03-10T21:30:00-04:00', '2026-03-10T22:20:00-04:00');
    const lateOwl = { ...EARLY_RISER, quietHours: { start: '23:30', end: '06:00' } };
    const [r] = planReminders(evening, lateOwl, { hoursBefore: [24] });
    expect(r).toMatchObject({ channel: 'sms', sendAt: '2026-03-10T08:00:00-04:00' });
    const at2100 = session('a-4', '2026-03-10T21:00:00-04:00', '2026-03-10T21:50:00-04:00');
    expect(planReminders(at2100, lateOwl, { hoursBefore: [24] })[0]?.sendAt).toBe(
      '2026-03-10T08:00:00-04:00',
    );
  });

  it('sends by email at its time when the text could only go after the session starts', () => {
    const early = session('a-5', '2026-03-10T07:30:00-04:00', '2026-03-10T08:20:00-04:00');
    const both = {
      ...EARLY_RISER,
      channelConsent: { ...SMS, email: { optedIn: true, unsecuredRiskAcknowledged: true } },
    };
    const [r] = planReminders(early, both, { hoursBefore: [1], channels: ['sms', 'email'] });
    expect(r).toMatchObject({ status: 'planned', channel: 'email', sendAt: '2026-03-10T06:30:00-04:00' });
  });

  it('suppresses it when texting is the only channel and the window opens after the session starts', () => {
    const early = session('a-5', '2026-03-10T07:30:00-04:00', '2026-03-10T08:20:00-04:00');
    const [r] = planReminders(early, EARLY_RISER, { hoursBefore: [1] });
    expect(r).toMatchObject({ status: 'suppressed', sendAt: null, channel: null });
    expect(r?.reasons.map((x) => x.code)).toEqual([
      'scheduling.reminder.deferred_texting_hours',
      'scheduling.reminder.too_late',
    ]);
  });

  it('keeps the window at 21:00-08:00', () => {
    expect(TEXT_MESSAGE_QUIET_HOURS).toEqual({ start: '21:00', end: '08:00' });
  });

  it('never plans a text before 08:00 or from 21:00 on the client’s clock, whatever the quiet hours (property)', () => {
    const hhmm = fc
      .integer({ min: 0, max: 95 })
      .map((q) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`);
    // Sessions around both 2026 US clock changes and through the year.
    const startMs = fc.integer({ min: 0, max: 365 * 96 }).map((q) => Date.UTC(2026, 0, 1) + q * 15 * 60_000);
    fc.assert(
      fc.property(
        startMs,
        fc.constantFrom(...ZONES),
        fc.option(fc.record({ start: hhmm, end: hhmm }), { nil: undefined }),
        fc.record({ start: hhmm, end: hhmm }),
        fc.subarray([1, 2, 4, 12, 24, 48, 72], { minLength: 1 }),
        (ms, zone, own, quiet, hours) => {
          const iso = (t: number) => `${new Date(t).toISOString().slice(0, 19)}Z`;
          const appt = session('a-p', iso(ms), iso(ms + 50 * 60_000));
          const client = {
            ...EARLY_RISER,
            zone,
            ...(own === undefined ? { quietHours: undefined } : { quietHours: own }),
          };
          for (const r of planReminders(appt, client, { hoursBefore: hours, quietHours: quiet })) {
            if (r.status !== 'planned' || r.channel !== 'sms' || r.sendAt === null) continue;
            const minute = localDayAndMinute(r.sendAt, zone).minuteOfDay;
            expect(minute).toBeGreaterThanOrEqual(minuteOfDay('08:00'));
            expect(minute).toBeLessThan(minuteOfDay('21:00'));
            expect(Date.parse(r.sendAt)).toBeLessThan(ms);
          }
        },
      ),
    );
  });
});
