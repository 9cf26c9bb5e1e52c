import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWithinLocalHours, ValidationError } from '../../../src/core/index.js';
import {
  evaluateIntakeFollowUp,
  type IntakeFollowUpPolicyInput,
  planIntakeReminders,
} from '../../../src/intake/index.js';
import { done, fileOf, iso, NOT_PART2, sent, sentPacket, TEST_ZONES } from '../intake-fixtures.js';

// Sent late on Monday evening; the first session is the Monday after the spring-forward Sunday.
const CLIENT = {
  id: 'c-ben',
  zone: 'America/New_York',
  birthDate: '1987-03-03',
  billing: 'insured',
  modality: 'in_person',
  firstSessionAt: '2026-03-09T10:00:00-04:00',
  // Opted in to both reminder channels (consent recorded at the first call).
  channelConsent: {
    email: { optedIn: true, unsecuredRiskAcknowledged: true },
    sms: { optedIn: true, unsecuredRiskAcknowledged: true },
    recordedAt: '2026-03-02T15:00:00-05:00',
  },
} as const;
const SENT = '2026-03-02T22:30:00-05:00';
const PACKET = sentPacket(SENT);
const COMPLETE = PACKET.map((d) => done(d.type as string, '2026-03-03T19:00:00-05:00', { sentAt: SENT }));

/** A reminder planned on its own cadence channel. */
const planned = (channel: 'email' | 'text') => ({
  status: 'planned',
  channel,
  cadenceChannel: channel,
  reasons: [],
});

describe('planIntakeReminders', () => {
  it('places the default cadence outside quiet hours, across the DST change, before the session', () => {
    const plan = planIntakeReminders(
      fileOf(CLIENT, PACKET),
      NOT_PART2,
      {},
      { asOf: '2026-03-03T12:00:00-05:00' },
    );
    expect(plan).toEqual([
      { number: 1, at: '2026-03-04T08:00:00-05:00', ...planned('email'), deferred: true },
      { number: 2, at: '2026-03-06T08:00:00-05:00', ...planned('text'), deferred: true },
      { number: 3, at: '2026-03-06T09:00:00-05:00', ...planned('email'), deferred: false },
      { number: 4, at: '2026-03-08T10:00:00-04:00', ...planned('text'), deferred: false },
    ]);
  });

  it('plans nothing once every required document is complete', () => {
    expect(
      planIntakeReminders(fileOf(CLIENT, COMPLETE), NOT_PART2, {}, { asOf: '2026-03-04T12:00:00-05:00' }),
    ).toEqual([]);
  });

  it('caps the plan at the maximum and merges steps that land together', () => {
    const policy: IntakeFollowUpPolicyInput = {
      steps: [
        { anchor: 'after_sent', hours: 1, channel: 'email' },
        { anchor: 'after_sent', hours: 2, channel: 'text' },
        { anchor: 'after_sent', hours: 200, channel: 'email' },
      ],
      maxReminders: 2,
    };
    // 23:30 and 00:30 both fall in quiet hours and both move to 08:00: one reminder, then the 200 h one.
    const plan = planIntakeReminders(fileOf(CLIENT, PACKET), NOT_PART2, policy, {
      asOf: '2026-03-03T12:00:00-05:00',
    });
    expect(plan.map((r) => r.at)).toEqual(['2026-03-03T08:00:00-05:00']);
  });
});

describe('evaluateIntakeFollowUp', () => {
  const asOf = (at: string) => ({ asOf: at });

  it('asks to send the packet when a required document has not gone out', () => {
    const f = evaluateIntakeFollowUp(
      fileOf(CLIENT, PACKET.slice(1)),
      NOT_PART2,
      {},
      asOf('2026-03-03T12:00:00-05:00'),
    );
    expect(f.outcome).toBe('send_packet');
    expect(f.dueAt).toBe('2026-03-03T12:00:00-05:00');
    expect(f.openDocuments).toContain('informed_consent');
  });

  it('gives the first reminder at the end of quiet hours, and says it moved', () => {
    const f = evaluateIntakeFollowUp(
      fileOf(CLIENT, PACKET),
      NOT_PART2,
      {},
      asOf('2026-03-03T12:00:00-05:00'),
    );
    expect(f).toMatchObject({
      outcome: 'reminder',
      dueAt: '2026-03-04T08:00:00-05:00',
      channel: 'email',
      reminderNumber: 1,
    });
    expect(f.reasons.map((r) => r.code)).toEqual([
      'intake.follow_up.deferred_for_quiet_hours',
      'intake.follow_up.reminder_due',
    ]);
  });

  it('sends an overdue reminder now, or when the client’s quiet hours end', () => {
    const f = evaluateIntakeFollowUp(
      fileOf(CLIENT, PACKET),
      NOT_PART2,
      {},
      asOf('2026-03-04T23:00:00-05:00'),
    );
    expect(f).toMatchObject({ outcome: 'reminder', dueAt: '2026-03-05T08:00:00-05:00', reminderNumber: 1 });
  });

  it('escalates to a call by a person once the maximum reminders were sent', () => {
    const sentTimes = ['2026-03-04T08:00:00-05:00', '2026-03-06T08:00:00-05:00'];
    const policy = { maxReminders: 2, closeToSession: { withinHours: 0 } };
    const f = evaluateIntakeFollowUp(
      fileOf(CLIENT, PACKET, sentTimes),
      NOT_PART2,
      policy,
      asOf('2026-03-06T12:00:00-05:00'),
    );
    expect(f).toMatchObject({ outcome: 'call_client', dueAt: '2026-03-07T08:00:00-05:00', channel: 'phone' });
    expect(f.reasons[0]?.code).toBe('intake.follow_up.max_reminders_reached');
  });

  it('offers another time when blocking paperwork is open close to the session, or lets the clinician decide', () => {
    const at = asOf('2026-03-08T12:00:00-04:00');
    expect(evaluateIntakeFollowUp(fileOf(CLIENT, PACKET), NOT_PART2, {}, at).outcome).toBe(
      'offer_reschedule',
    );
    const f = evaluateIntakeFollowUp(
      fileOf(CLIENT, PACKET),
      NOT_PART2,
      { closeToSession: { action: 'clinician_decides' } },
      at,
    );
    expect(f.outcome).toBe('clinician_decides');
    expect(f.reasons[0]?.facts.role).toBe('clinician');
  });

  it('stops when the packet is complete or the session has started', () => {
    expect(
      evaluateIntakeFollowUp(fileOf(CLIENT, COMPLETE), NOT_PART2, {}, asOf('2026-03-04T12:00:00-05:00'))
        .outcome,
    ).toBe('none');
    const started = evaluateIntakeFollowUp(
      fileOf(CLIENT, PACKET),
      NOT_PART2,
      {},
      asOf('2026-03-09T10:00:00-04:00'),
    );
    expect(started.outcome).toBe('none');
    expect(started.reasons[0]?.code).toBe('intake.follow_up.session_started');
  });

  it('gives up an overdue reminder when quiet hours last until the session', () => {
    const late = { ...CLIENT, firstSessionAt: '2026-03-05T07:30:00-05:00' };
    const policy = {
      closeToSession: { withinHours: 0 },
      steps: [{ anchor: 'after_sent', hours: 24, channel: 'email' }],
    } as const;
    const f = evaluateIntakeFollowUp(
      fileOf(late, PACKET),
      NOT_PART2,
      policy as never,
      asOf('2026-03-04T23:00:00-05:00'),
    );
    expect(f.outcome).toBe('none');
    expect(f.reasons[0]?.code).toBe('intake.follow_up.no_time_before_session');
  });

  it('lets the clinician decide with a missing fact noted alongside', () => {
    const { modality: _m, ...noModality } = CLIENT;
    const f = evaluateIntakeFollowUp(
      fileOf(noModality, PACKET),
      NOT_PART2,
      { closeToSession: { action: 'clinician_decides' } },
      asOf('2026-03-08T12:00:00-04:00'),
    );
    expect(f.outcome).toBe('clinician_decides');
    expect(f.reasons.map((r) => r.code)).toEqual([
      'intake.follow_up.close_to_session_clinician_decides',
      'intake.follow_up.missing_fact',
    ]);
  });

  it('asks for a missing fact when nothing else is open', () => {
    const { billing: _b, ...noBilling } = CLIENT;
    const docs = COMPLETE.filter((d) => d.type !== 'insurance_card');
    const f = evaluateIntakeFollowUp(
      fileOf(noBilling, docs),
      NOT_PART2,
      {},
      asOf('2026-03-04T12:00:00-05:00'),
    );
    expect(f.outcome).toBe('collect_missing_fact');
    expect(f.reasons.map((r) => r.facts.missingFact)).toEqual(['billing', 'billing']);
  });

  it('rejects a cadence with negative offsets and repeated steps, naming each', () => {
    const policy = {
      steps: [
        { anchor: 'after_sent', hours: -24, channel: 'email' },
        { anchor: 'before_session', hours: 24, channel: 'text' },
        { anchor: 'before_session', hours: 24, channel: 'email' },
      ],
      maxReminders: -1,
    };
    try {
      evaluateIntakeFollowUp(
        fileOf(CLIENT, PACKET),
        NOT_PART2,
        policy as IntakeFollowUpPolicyInput,
        asOf('2026-03-03T12:00:00-05:00'),
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => [i.at, i.code])).toEqual([
        ['$.policy.steps[0].hours', 'too_small'],
        ['$.policy.steps[2]', 'intake.cadence.duplicate_step'],
        ['$.policy.maxReminders', 'too_small'],
      ]);
      expect((e as ValidationError).message).not.toContain('-24');
    }
  });

  it('rejects reminders recorded out of order', () => {
    const bad = fileOf(CLIENT, PACKET, ['2026-03-05T10:00:00-05:00', '2026-03-04T10:00:00-05:00']);
    expect(() => evaluateIntakeFollowUp(bad, NOT_PART2, {}, asOf('2026-03-06T12:00:00-05:00'))).toThrow(
      /remindersSentAt\[1\].*intake\.file\.reminders_out_of_order/s,
    );
  });
});

// ---- Properties: never in quiet hours, never after completion, never past the maximum ----

const H = 3_600_000;
const BASE = Date.UTC(2026, 2, 1, 12);
const quarter = (q: number) =>
  `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`;
// Quiet hours a policy may hold (since 2026-12-06 they leave some of 08:00-21:00 open, where a text may
// go): open at a quarter hour o from 08:00 to 20:45, from their end a quarters before to their start b after.
const quietArb = fc
  .tuple(fc.integer({ min: 32, max: 83 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 35 }))
  .map(([o, a, b]) => ({ start: quarter((o + b) % 96), end: quarter((o - a + 96) % 96) }));
const stepArb = fc.record({
  anchor: fc.constantFrom('after_sent', 'before_session'),
  hours: fc.integer({ min: 0, max: 400 }),
  channel: fc.constantFrom('email', 'text'),
});
const scenario = fc.record({
  zone: fc.constantFrom(...TEST_ZONES),
  sentH: fc.integer({ min: 0, max: 24 * 40 }),
  sessionAfterH: fc.integer({ min: 1, max: 24 * 30 }),
  asOfH: fc.integer({ min: 0, max: 24 * 80 }),
  quiet: quietArb,
  steps: fc.uniqueArray(stepArb, { selector: (s) => `${s.anchor}:${s.hours}`, maxLength: 6 }),
  maxReminders: fc.integer({ min: 0, max: 6 }),
  sentCount: fc.integer({ min: 0, max: 8 }),
  complete: fc.boolean(),
});

describe('follow-up invariants', () => {
  it('plans reminders only outside quiet hours, before the session, at most the maximum, none once complete', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const sentAt = iso(BASE + s.sentH * H);
        const sessionMs = BASE + (s.sentH + s.sessionAfterH) * H;
        const client = { ...CLIENT, zone: s.zone, firstSessionAt: iso(sessionMs) };
        const docs = s.complete
          ? PACKET.map((d) => done(d.type as string, sentAt, { sentAt }))
          : PACKET.map((d) => sent(d.type as string, sentAt));
        const policy = { steps: s.steps, maxReminders: s.maxReminders, quietHours: s.quiet };
        const asOf = iso(BASE + s.asOfH * H);
        const plan = planIntakeReminders(fileOf(client, docs), NOT_PART2, policy, {
          asOf,
        });
        if (s.complete && s.asOfH >= s.sentH) expect(plan).toEqual([]);
        expect(plan.length).toBeLessThanOrEqual(s.maxReminders);
        let last = Number.NEGATIVE_INFINITY;
        for (const r of plan) {
          const ms = Date.parse(r.at);
          expect(isWithinLocalHours(r.at, s.quiet, s.zone)).toBe(false);
          expect(ms).toBeLessThan(sessionMs);
          expect(ms).toBeGreaterThan(last);
          last = ms;
        }
      }),
      { numRuns: 250 },
    );
  });

  it('never gives a reminder in quiet hours, after completion, or past the maximum', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const sentAt = iso(BASE + s.sentH * H);
        const sessionMs = BASE + (s.sentH + s.sessionAfterH) * H;
        const client = { ...CLIENT, zone: s.zone, firstSessionAt: iso(sessionMs) };
        const docs = s.complete
          ? PACKET.map((d) => done(d.type as string, sentAt, { sentAt }))
          : PACKET.map((d) => sent(d.type as string, sentAt));
        const asOfMs = BASE + s.asOfH * H;
        const reminders = Array.from({ length: s.sentCount }, (_, i) =>
          iso(BASE + (s.sentH + i + 1) * H),
        ).filter((t) => Date.parse(t) <= asOfMs);
        const policy = { steps: s.steps, maxReminders: s.maxReminders, quietHours: s.quiet };
        const f = evaluateIntakeFollowUp(fileOf(client, docs, reminders), NOT_PART2, policy, {
          asOf: iso(asOfMs),
        });
        if (s.complete && asOfMs >= BASE + s.sentH * H) expect(f.outcome).toBe('none');
        if (reminders.length >= s.maxReminders) expect(f.outcome).not.toBe('reminder');
        if (f.outcome === 'reminder' || f.outcome === 'call_client' || f.outcome === 'send_packet') {
          expect(f.dueAt).not.toBeNull();
          expect(isWithinLocalHours(f.dueAt as string, s.quiet, s.zone)).toBe(false);
        }
        if (f.outcome === 'reminder') {
          expect(Date.parse(f.dueAt as string)).toBeLessThan(sessionMs);
          expect(f.reminderNumber).toBe(reminders.length + 1);
        }
        if (f.outcome !== 'none') expect(f.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 250 },
    );
  });
});
