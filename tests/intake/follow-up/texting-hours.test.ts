import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWithinLocalHours } from '../../../src/core/index.js';
import {
  evaluateIntakeFollowUp,
  type IntakeFollowUpPolicyInput,
  planIntakeReminders,
} from '../../../src/intake/index.js';
import { fileOf, iso, NOT_PART2, sent, sentPacket, TEST_ZONES } from '../intake-fixtures.js';

// 47 CFR 64.1200(c)(1): no call or text before 8 a.m. or after 9 p.m. local time at the called party's
// location. A practice whose quiet hours are only 23:00-06:00 still texts and calls no client before 08:00,
// as scheduling's reminders (behaviour change, 2026-12-06: a paperwork text went at 06:00).
const CLIENT = {
  id: 'c-ana',
  zone: 'America/Chicago',
  birthDate: '1990-05-05',
  billing: 'insured',
  modality: 'in_person',
  firstSessionAt: '2026-03-12T15:00:00-05:00',
  channelConsent: {
    email: { optedIn: true, unsecuredRiskAcknowledged: true },
    sms: { optedIn: true, unsecuredRiskAcknowledged: true },
    recordedAt: '2026-03-02T09:00:00-06:00',
  },
} as const;
// Sent Monday 2026-03-02 at 06:30 CST: a step 24 hours on falls at 06:30 Tuesday.
const SENT = '2026-03-02T06:30:00-06:00';
const PACKET = sentPacket(SENT);
const EARLY: IntakeFollowUpPolicyInput = {
  steps: [
    { anchor: 'after_sent', hours: 24, channel: 'text' },
    { anchor: 'after_sent', hours: 48, channel: 'email' },
  ],
  quietHours: { start: '23:00', end: '06:00' },
};
const codes = (rs: readonly { code: string }[]) => rs.map((r) => r.code);

describe('intake follow-up: texts and calls only from 08:00 to 21:00 on the client’s clock (47 CFR 64.1200(c)(1))', () => {
  it('moves a text due at 06:30 on Tuesday 2026-03-03 to 08:00, under quiet hours of 23:00-06:00', () => {
    const plan = planIntakeReminders(fileOf(CLIENT, PACKET), NOT_PART2, EARLY, {
      asOf: '2026-03-02T12:00:00-06:00',
    });
    expect(plan.map((r) => [r.at, r.channel, r.deferred])).toEqual([
      ['2026-03-03T08:00:00-06:00', 'text', true],
      ['2026-03-04T06:30:00-06:00', 'email', false],
    ]);
    expect(plan[0]?.reasons).toEqual([
      expect.objectContaining({
        code: 'intake.follow_up.deferred_texting_hours',
        facts: {
          from: '2026-03-03T06:30:00-06:00',
          to: '2026-03-03T08:00:00-06:00',
          zone: 'America/Chicago',
        },
      }),
    ]);
  });

  it('keeps the window for a text step moved to text for consent, and not for one moved to email', () => {
    const textOnly = {
      ...CLIENT,
      channelConsent: { ...CLIENT.channelConsent, email: { optedIn: false } },
    };
    const plan = planIntakeReminders(fileOf(textOnly, PACKET), NOT_PART2, EARLY, {
      asOf: '2026-03-02T12:00:00-06:00',
    });
    // The 48-hour email step goes by text: 06:30 Wednesday waits for 08:00.
    expect(plan.map((r) => [r.at, r.channel, r.cadenceChannel])).toEqual([
      ['2026-03-03T08:00:00-06:00', 'text', 'text'],
      ['2026-03-04T08:00:00-06:00', 'text', 'email'],
    ]);
    const emailOnly = { ...CLIENT, channelConsent: { ...CLIENT.channelConsent, sms: { optedIn: false } } };
    const byEmail = planIntakeReminders(fileOf(emailOnly, PACKET), NOT_PART2, EARLY, {
      asOf: '2026-03-02T12:00:00-06:00',
    });
    expect(byEmail.map((r) => [r.at, r.channel])).toEqual([
      ['2026-03-03T06:30:00-06:00', 'email'],
      ['2026-03-04T06:30:00-06:00', 'email'],
    ]);
  });

  it('says the text reminder is due at 08:00 when asked at 06:45', () => {
    const f = evaluateIntakeFollowUp(fileOf(CLIENT, PACKET), NOT_PART2, EARLY, {
      asOf: '2026-03-03T06:45:00-06:00',
    });
    expect(f).toMatchObject({ outcome: 'reminder', channel: 'text', dueAt: '2026-03-03T08:00:00-06:00' });
    expect(codes(f.reasons)).toContain('intake.follow_up.deferred_texting_hours');
  });

  it('holds the escalation call to 08:00 too: a person does not call the client at 07:00', () => {
    // Both reminders sent; the call is due 24 hours after the last (Wednesday 06:30 + 24 h = Thursday 06:30).
    const policy = { ...EARLY, maxReminders: 2 };
    const f = evaluateIntakeFollowUp(
      fileOf(CLIENT, PACKET, ['2026-03-03T08:00:00-06:00', '2026-03-04T06:30:00-06:00']),
      NOT_PART2,
      policy,
      { asOf: '2026-03-04T12:00:00-06:00' },
    );
    expect(f).toMatchObject({ outcome: 'call_client', channel: 'phone', dueAt: '2026-03-05T08:00:00-06:00' });
    expect(f.reasons.find((r) => r.code === 'intake.follow_up.deferred_texting_hours')?.facts).toEqual({
      from: '2026-03-05T06:30:00-06:00',
      to: '2026-03-05T08:00:00-06:00',
      zone: 'America/Chicago',
    });
  });

  it('refuses a policy whose quiet hours leave no time from 08:00 to 21:00 on any day', () => {
    const quietAllDay = { ...EARLY, quietHours: { start: '07:45', end: '21:15' } };
    expect(() =>
      planIntakeReminders(fileOf(CLIENT, PACKET), NOT_PART2, quietAllDay, {
        asOf: '2026-03-02T12:00:00-06:00',
      }),
    ).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            at: '$.policy.quietHours',
            code: 'intake.cadence.no_texting_hours_left',
          }),
        ],
      }),
    );
    // Quiet on weekdays only leaves the weekend open; 20:45 to 08:00 leaves a quarter hour.
    const weekdays = {
      start: '07:45',
      end: '21:15',
      days: ['mon', 'tue', 'wed', 'thu', 'fri'] as ('mon' | 'tue' | 'wed' | 'thu' | 'fri')[],
    };
    for (const quietHours of [weekdays, { start: '20:45', end: '08:00' }]) {
      expect(() =>
        planIntakeReminders(
          fileOf(CLIENT, PACKET),
          NOT_PART2,
          { ...EARLY, quietHours },
          {
            asOf: '2026-03-02T12:00:00-06:00',
          },
        ),
      ).not.toThrow();
    }
  });

  it('never plans or gives a text or call between 21:00 and 08:00 on the client’s clock, whatever the quiet hours (property)', () => {
    const WINDOW = { start: '21:00', end: '08:00' };
    const H = 3_600_000;
    const BASE = Date.UTC(2026, 0, 5, 0);
    const hhmm = (q: number) =>
      `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`;
    // Any quiet hours a policy may hold: open at some quarter hour o from 08:00 to 20:45 (the open span
    // runs from their end, a quarters before, to their start, b quarters after).
    const quietArb = fc
      .tuple(
        fc.integer({ min: 32, max: 83 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
      )
      .map(([o, a, b]) => ({ start: hhmm((o + b) % 96), end: hhmm((o - a + 96) % 96) }));
    const step = fc.record({
      anchor: fc.constantFrom('after_sent' as const, 'before_session' as const),
      hours: fc.integer({ min: 1, max: 120 }),
      channel: fc.constantFrom('email' as const, 'text' as const),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...TEST_ZONES),
        fc.integer({ min: 0, max: 24 * 330 }),
        fc.integer({ min: 24, max: 24 * 14 }),
        fc.integer({ min: 0, max: 24 * 14 }),
        fc.uniqueArray(step, { minLength: 1, maxLength: 4, selector: (s) => `${s.anchor}:${s.hours}` }),
        quietArb,
        fc.integer({ min: 0, max: 3 }),
        (zone, sentH, sessionAfterH, asOfAfterH, steps, quiet, sentCount) => {
          const sentAt = iso(BASE + sentH * H);
          const client = { ...CLIENT, zone, firstSessionAt: iso(BASE + (sentH + sessionAfterH) * H) };
          const docs = PACKET.map((d) => sent(d.type as string, sentAt));
          const asOfMs = BASE + (sentH + asOfAfterH) * H;
          const policy = { steps, maxReminders: 4, quietHours: quiet };
          const plan = planIntakeReminders(fileOf(client, docs), NOT_PART2, policy, { asOf: iso(asOfMs) });
          for (const r of plan) {
            if (r.channel === 'text') expect(isWithinLocalHours(r.at, WINDOW, zone)).toBe(false);
          }
          const reminders = Array.from({ length: sentCount }, (_, i) => iso(BASE + (sentH + i + 1) * H));
          const f = evaluateIntakeFollowUp(
            fileOf(
              client,
              docs,
              reminders.filter((t) => Date.parse(t) <= asOfMs),
            ),
            NOT_PART2,
            policy,
            { asOf: iso(asOfMs) },
          );
          if (f.dueAt !== null && (f.channel === 'text' || f.channel === 'phone')) {
            expect(isWithinLocalHours(f.dueAt, WINDOW, zone)).toBe(false);
            expect(isWithinLocalHours(f.dueAt, quiet, zone)).toBe(false);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
