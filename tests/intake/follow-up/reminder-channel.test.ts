// Channel consent in the paperwork follow-ups: a reminder goes only on a channel the client opted in to.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APPOINTMENT_REMINDER_TEMPLATE,
  INTAKE_FORMS_REMINDER_TEMPLATE,
  renderReplyTemplate,
} from '../../../src/boundaries/index.js';
import type { ClientChannelConsentInput } from '../../../src/core/index.js';
import {
  evaluateIntakeFollowUp,
  type IntakeFollowUpPolicyInput,
  planIntakeReminders,
} from '../../../src/intake/index.js';
import { fileOf, NOT_PART2, sentPacket } from '../intake-fixtures.js';

// Packet sent late on Monday 2026-03-02; the first session is Monday 2026-03-09 at 10:00 (after the DST change).
const BASE = {
  id: 'c-ada',
  zone: 'America/New_York',
  birthDate: '1987-03-03',
  billing: 'insured',
  modality: 'in_person',
  firstSessionAt: '2026-03-09T10:00:00-04:00',
} as const;
const SENT = '2026-03-02T22:30:00-05:00';
const PACKET = sentPacket(SENT);
const RECORDED = '2026-03-02T15:00:00-05:00';
const EMAIL_ONLY = { email: { optedIn: true, unsecuredRiskAcknowledged: true }, recordedAt: RECORDED };
const SMS_ONLY = { sms: { optedIn: true, unsecuredRiskAcknowledged: true }, recordedAt: RECORDED };
const HOLD: IntakeFollowUpPolicyInput = { withoutChannelConsent: 'hold' };

const withConsent = (channelConsent?: ClientChannelConsentInput) =>
  channelConsent === undefined ? { ...BASE } : { ...BASE, channelConsent };
const plan = (channelConsent?: ClientChannelConsentInput, policy: IntakeFollowUpPolicyInput = {}) =>
  planIntakeReminders(fileOf(withConsent(channelConsent), PACKET), NOT_PART2, policy, {
    asOf: '2026-03-03T12:00:00-05:00',
  });

describe('planIntakeReminders and channel consent', () => {
  it('sends no text to a client who opted in to email only: the text steps go by email', () => {
    const p = plan(EMAIL_ONLY);
    expect(p.map((r) => [r.at, r.status, r.channel, r.cadenceChannel])).toEqual([
      ['2026-03-04T08:00:00-05:00', 'planned', 'email', 'email'],
      ['2026-03-06T08:00:00-05:00', 'planned', 'email', 'text'],
      ['2026-03-06T09:00:00-05:00', 'planned', 'email', 'email'],
      ['2026-03-08T10:00:00-04:00', 'planned', 'email', 'text'],
    ]);
    expect(p[1]?.reasons).toMatchObject([
      {
        code: 'intake.follow_up.channel_moved_for_consent',
        severity: 'info',
        facts: { channel: 'sms', cadenceChannel: 'text', optedIn: false, otherChannel: 'email' },
      },
    ]);
  });

  it('holds the text steps of a client who opted in to email only when the policy allows no other channel', () => {
    const p = plan(EMAIL_ONLY, HOLD);
    expect(p.map((r) => [r.status, r.channel])).toEqual([
      ['planned', 'email'],
      ['held', null],
      ['planned', 'email'],
      ['held', null],
    ]);
    expect(p[1]?.reasons[0]).toMatchObject({
      code: 'intake.follow_up.channel_consent_missing',
      severity: 'warning',
      facts: { channel: 'sms', consentRecorded: true, optedIn: false, withoutChannelConsent: 'hold' },
    });
  });

  it('holds every step of a client with no consent record, and says no consent is recorded', () => {
    const p = plan(undefined);
    expect(p.map((r) => r.status)).toEqual(['held', 'held', 'held', 'held']);
    expect(p.every((r) => r.channel === null)).toBe(true);
    expect(p[0]?.reasons[0]).toMatchObject({
      code: 'intake.follow_up.channel_consent_missing',
      facts: { consentRecorded: false, optedIn: false, otherChannelOptedIn: false },
    });
  });

  it('reads a record that opts in to nothing as no consent', () => {
    const p = plan({ email: { optedIn: false }, sms: { optedIn: false }, recordedAt: RECORDED });
    expect(p.map((r) => r.status)).toEqual(['held', 'held', 'held', 'held']);
    expect(p[0]?.reasons[0]?.facts).toMatchObject({ consentRecorded: true });
  });
});

describe('evaluateIntakeFollowUp and channel consent', () => {
  it('asks how the client wants reminders when no consent is recorded, instead of texting or emailing', () => {
    const f = evaluateIntakeFollowUp(
      fileOf(withConsent(), PACKET),
      NOT_PART2,
      {},
      { asOf: '2026-03-04T09:00:00-05:00' },
    );
    expect(f).toMatchObject({ outcome: 'ask_contact_channel', channel: null, reminderNumber: null });
    expect(f.dueAt).toBe('2026-03-04T09:00:00-05:00');
    // One reason per cadence channel it cannot use.
    expect(f.reasons.map((r) => [r.code, r.facts['channel']])).toEqual([
      ['intake.follow_up.channel_consent_missing', 'email'],
      ['intake.follow_up.channel_consent_missing', 'sms'],
    ]);
  });

  it('asks before sending the packet to a client with no consent on record', () => {
    const f = evaluateIntakeFollowUp(
      fileOf(withConsent(), PACKET.slice(1)),
      NOT_PART2,
      {},
      { asOf: '2026-03-03T12:00:00-05:00' },
    );
    expect(f.outcome).toBe('ask_contact_channel');
    expect(f.channel).toBeNull();
    expect(f.reasons.map((r) => r.code).sort()).toEqual([
      'intake.follow_up.channel_consent_missing',
      'intake.follow_up.packet_not_sent',
    ]);
  });

  it('sends the packet by text to a client who opted in to text only', () => {
    const f = evaluateIntakeFollowUp(
      fileOf(withConsent(SMS_ONLY), PACKET.slice(1)),
      NOT_PART2,
      {},
      { asOf: '2026-03-03T12:00:00-05:00' },
    );
    expect(f).toMatchObject({ outcome: 'send_packet', channel: 'text' });
    expect(f.reasons.map((r) => r.code)).toContain('intake.follow_up.channel_moved_for_consent');
  });

  it('gives the second reminder by email to a client who opted in to email only', () => {
    const f = evaluateIntakeFollowUp(
      fileOf(withConsent(EMAIL_ONLY), PACKET, ['2026-03-04T08:00:00-05:00']),
      NOT_PART2,
      {},
      { asOf: '2026-03-05T12:00:00-05:00' },
    );
    expect(f).toMatchObject({
      outcome: 'reminder',
      channel: 'email',
      reminderNumber: 2,
      dueAt: '2026-03-06T08:00:00-05:00',
    });
    expect(f.reasons.map((r) => r.code)).toContain('intake.follow_up.channel_moved_for_consent');
  });

  it('keeps emailing under a hold policy, and says the text steps wait for the client’s answer', () => {
    const f = evaluateIntakeFollowUp(
      fileOf(withConsent(EMAIL_ONLY), PACKET, ['2026-03-04T08:00:00-05:00']),
      NOT_PART2,
      HOLD,
      { asOf: '2026-03-05T12:00:00-05:00' },
    );
    expect(f).toMatchObject({ outcome: 'reminder', channel: 'email', dueAt: '2026-03-06T09:00:00-05:00' });
    expect(f.reasons.find((r) => r.code === 'intake.follow_up.channel_consent_missing')).toMatchObject({
      severity: 'warning',
      facts: { channel: 'sms', cadenceChannel: 'text' },
    });
  });

  it('asks how a client who opted in to text without accepting its risk wants reminders: text and email are plain', () => {
    const p = plan({ sms: { optedIn: true }, recordedAt: RECORDED });
    expect(p.every((r) => r.status === 'held' && r.channel === null)).toBe(true);
    expect(p[0]?.reasons[0]).toMatchObject({
      code: 'intake.follow_up.channel_consent_missing',
      facts: { optedIn: false },
    });
  });

  it('reminds by text a client who chose text, told of its risk: what is drafted carries date and link only', () => {
    const f = evaluateIntakeFollowUp(
      fileOf(withConsent(SMS_ONLY), PACKET),
      NOT_PART2,
      {},
      {
        asOf: '2026-03-03T12:00:00-05:00',
      },
    );
    expect(f).toMatchObject({ outcome: 'reminder', channel: 'text', dueAt: '2026-03-04T08:00:00-05:00' });
    // What the library drafts for it carries logistics only; the client accepted plain text's risk.
    const consent = SMS_ONLY.sms;
    const forms = renderReplyTemplate(
      INTAKE_FORMS_REMINDER_TEMPLATE,
      { date: '2026-03-08', link: 'https://forms.example.org/c-ada' },
      { channel: 'sms', consent },
    );
    expect(forms).toEqual({
      outcome: 'rendered',
      text: 'Please complete your intake forms before 2026-03-08: https://forms.example.org/c-ada',
      reasons: [],
    });
    const session = renderReplyTemplate(
      APPOINTMENT_REMINDER_TEMPLATE,
      { date: '2026-03-09', time: '10:00', location: 'Suite 200' },
      { channel: 'sms', consent },
    );
    expect(session.text).toBe('Reminder: you have an appointment on 2026-03-09 at 10:00, Suite 200.');
    // Without that acceptance nothing goes by text, clinical or not.
    const unaccepted = { optedIn: true, unsecuredRiskAcknowledged: false };
    const clinical = renderReplyTemplate(
      { ...APPOINTMENT_REMINDER_TEMPLATE, id: 'therapy_reminder', clinicalText: true },
      { date: '2026-03-09', time: '10:00', location: 'Suite 200' },
      { channel: 'sms', consent: unaccepted },
    );
    expect(clinical.outcome).toBe('refused');
    expect(
      renderReplyTemplate(
        INTAKE_FORMS_REMINDER_TEMPLATE,
        { date: '2026-03-08', link: 'https://forms.example.org/c-ada' },
        { channel: 'sms', consent: unaccepted },
      ).outcome,
    ).toBe('refused');
  });
});

// Generators: a cadence of random steps, a random consent, a random fallback.
const stepArb = fc.record({
  anchor: fc.constantFrom('after_sent' as const, 'before_session' as const),
  hours: fc.integer({ min: 0, max: 200 }),
  channel: fc.constantFrom('email' as const, 'text' as const),
});
const policyArb = fc.record({
  steps: fc.uniqueArray(stepArb, { maxLength: 6, selector: (s) => `${s.anchor}:${s.hours}` }),
  maxReminders: fc.integer({ min: 0, max: 8 }),
  withoutChannelConsent: fc.constantFrom('use_consented_channel' as const, 'hold' as const),
});
const flagsArb = fc.record({
  email: fc.boolean(),
  sms: fc.boolean(),
  recorded: fc.boolean(),
  acknowledged: fc.boolean(),
});
type Flags = { email: boolean; sms: boolean; recorded: boolean; acknowledged: boolean };
const consentOf = (f: Flags): ClientChannelConsentInput | undefined =>
  f.recorded
    ? {
        email: { optedIn: f.email, unsecuredRiskAcknowledged: f.acknowledged },
        sms: { optedIn: f.sms, unsecuredRiskAcknowledged: f.acknowledged },
      }
    : undefined;
const asOfArb = fc
  .integer({ min: Date.parse('2026-03-02T12:00:00Z'), max: Date.parse('2026-03-09T14:00:00Z') })
  .map((ms) => new Date(Math.floor(ms / 60_000) * 60_000).toISOString());
// Email and text are both plain channels: opted in, and their risk accepted.
const optedIn = (f: Flags, channel: 'email' | 'text') =>
  f.recorded && f.acknowledged && (channel === 'email' ? f.email : f.sms);

describe('channel consent (properties)', () => {
  it('no planned reminder ever uses a channel without opt-in, whatever the policy', () => {
    fc.assert(
      fc.property(policyArb, flagsArb, asOfArb, (policy, flags, asOf) => {
        const p = planIntakeReminders(fileOf(withConsent(consentOf(flags)), PACKET), NOT_PART2, policy, {
          asOf,
        });
        for (const r of p) {
          if (r.status === 'planned') {
            expect(r.channel).not.toBeNull();
            expect(optedIn(flags, r.channel as 'email' | 'text')).toBe(true);
          } else {
            expect(r.channel).toBeNull();
            expect(r.reasons.map((x) => x.code)).toEqual(['intake.follow_up.channel_consent_missing']);
          }
          if (r.channel !== null && r.channel !== r.cadenceChannel) {
            expect(policy.withoutChannelConsent).toBe('use_consented_channel');
          }
        }
      }),
    );
  });

  it('the next follow-up never emails or texts a client on a channel they did not opt in to', () => {
    fc.assert(
      fc.property(policyArb, flagsArb, asOfArb, fc.boolean(), (policy, flags, asOf, packetSent) => {
        const docs = packetSent ? PACKET : PACKET.slice(1);
        const f = evaluateIntakeFollowUp(fileOf(withConsent(consentOf(flags)), docs), NOT_PART2, policy, {
          asOf,
        });
        if (f.channel === 'email' || f.channel === 'text') expect(optedIn(flags, f.channel)).toBe(true);
        if (f.outcome === 'ask_contact_channel') {
          expect(f.channel).toBeNull();
          expect(f.reasons.map((r) => r.code)).toContain('intake.follow_up.channel_consent_missing');
        }
      }),
    );
  });

  it('adding consent never removes a reminder already allowed', () => {
    fc.assert(
      fc.property(policyArb, flagsArb, flagsArb, asOfArb, (policy, a, extra, asOf) => {
        // b has every consent a has, and maybe more.
        const b = {
          email: a.email || extra.email,
          sms: a.sms || extra.sms,
          recorded: a.recorded || extra.recorded,
          acknowledged: a.acknowledged || extra.acknowledged,
        };
        const before = planIntakeReminders(fileOf(withConsent(consentOf(a)), PACKET), NOT_PART2, policy, {
          asOf,
        });
        const after = planIntakeReminders(fileOf(withConsent(consentOf(b)), PACKET), NOT_PART2, policy, {
          asOf,
        });
        const times = new Set(after.filter((r) => r.status === 'planned').map((r) => r.at));
        for (const r of before.filter((x) => x.status === 'planned')) {
          expect(times.has(r.at)).toBe(true);
          // A reminder on its own cadence channel keeps it.
          if (r.channel === r.cadenceChannel) {
            expect(after.find((x) => x.at === r.at)?.channel).toBe(r.channel);
          }
        }
      }),
    );
  });
});

describe('channel consent recorded after asOf (it was not given yet)', () => {
  const BOTH_LATER = {
    email: { optedIn: true, unsecuredRiskAcknowledged: true },
    sms: { optedIn: true, unsecuredRiskAcknowledged: true },
    recordedAt: '2026-03-05T10:00:00-05:00',
  };

  it('asks for a channel instead of emailing the packet on 2026-03-04 when consent is recorded on 03-05', () => {
    const f = evaluateIntakeFollowUp(
      fileOf(withConsent(BOTH_LATER), PACKET.slice(1)),
      NOT_PART2,
      {},
      {
        asOf: '2026-03-04T12:00:00-05:00',
      },
    );
    expect(f.outcome).toBe('ask_contact_channel');
    expect(f.channel).toBeNull();
    expect(f.reasons).toContainEqual(
      expect.objectContaining({
        code: 'intake.follow_up.channel_consent_missing',
        facts: expect.objectContaining({ consentRecorded: false, consentRecordedAfterAsOf: true }),
      }),
    );
    // From the moment it is recorded, the packet goes by email.
    const after = evaluateIntakeFollowUp(
      fileOf(withConsent(BOTH_LATER), PACKET.slice(1)),
      NOT_PART2,
      {},
      {
        asOf: '2026-03-05T10:00:00-05:00',
      },
    );
    expect([after.outcome, after.channel]).toEqual(['send_packet', 'email']);
  });

  it('plans no reminder on 2026-03-03 on a consent recorded on 03-05: every step is held', () => {
    const p = planIntakeReminders(
      fileOf(withConsent(BOTH_LATER), PACKET),
      NOT_PART2,
      {},
      {
        asOf: '2026-03-03T12:00:00-05:00',
      },
    );
    expect(p.length).toBeGreaterThan(0);
    expect(p.every((r) => r.status === 'held' && r.channel === null)).toBe(true);
    expect(p[0]?.reasons[0]?.facts).toMatchObject({ consentRecordedAfterAsOf: true });
  });

  it('a consent counts exactly when it was recorded at or before asOf (property)', () => {
    fc.assert(
      fc.property(policyArb, asOfArb, fc.integer({ min: -72, max: 72 }), (policy, asOf, hours) => {
        const recordedAt = new Date(Date.parse(asOf) + hours * 3_600_000).toISOString();
        const consent = { ...BOTH_LATER, recordedAt };
        const withDate = planIntakeReminders(fileOf(withConsent(consent), PACKET), NOT_PART2, policy, {
          asOf,
        });
        const none = planIntakeReminders(fileOf(withConsent(undefined), PACKET), NOT_PART2, policy, { asOf });
        const given = planIntakeReminders(
          fileOf(withConsent({ email: BOTH_LATER.email, sms: BOTH_LATER.sms }), PACKET),
          NOT_PART2,
          policy,
          { asOf },
        );
        const strip = (xs: typeof none) => xs.map((r) => [r.at, r.status, r.channel]);
        expect(strip(withDate)).toEqual(strip(hours <= 0 ? given : none));
      }),
    );
  });
});
