import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstant, isWithinLocalHours, ValidationError } from '../../../src/core/index.js';
import { toEpochMs } from '../../../src/core/internal.js';
import { SchedulingAppointment } from '../../../src/scheduling/appointments/appointment.js';
import { SchedulingClient } from '../../../src/scheduling/appointments/client-profile.js';
import {
  ListRemindersDueOptions,
  listRemindersDue,
  planReminders,
  ReminderPolicy,
  remindersDueFromValidated,
} from '../../../src/scheduling/reminders/reminder-schedule.js';
import { session } from '../scheduling-fixtures.js';

// Opted in to text reminders (the consent tests below vary this).
const client = {
  id: 'c-1',
  zone: 'America/New_York',
  locationState: 'NY' as const,
  channelConsent: { sms: { optedIn: true, unsecuredRiskAcknowledged: true } },
};
const tuesday0730 = session('a-1', '2026-03-10T07:30:00-04:00', '2026-03-10T08:20:00-04:00');
const tuesday1400 = session('a-2', '2026-03-10T14:00:00-04:00', '2026-03-10T14:50:00-04:00', {
  clientIds: ['c-2'],
});

describe('planReminders', () => {
  it('sends 48 h and 24 h before a 14:00 session', () => {
    expect(
      planReminders(tuesday1400, { ...client, id: 'c-2' }).map((r) => [r.hoursBefore, r.sendAt]),
    ).toEqual([
      [48, '2026-03-08T14:00:00-04:00'],
      [24, '2026-03-09T14:00:00-04:00'],
    ]);
  });

  it('moves a reminder out of the client’s quiet hours, in the client’s zone', () => {
    const r = planReminders(tuesday0730, client);
    expect(r.map((x) => x.sendAt)).toEqual(['2026-03-08T08:00:00-04:00', '2026-03-09T08:00:00-04:00']);
    expect(r[0]?.reasons[0]?.code).toBe('scheduling.reminder.deferred_quiet_hours');
    // In Los Angeles 04:30 is quiet too; 08:00 there is 11:00 in New York.
    expect(planReminders(tuesday0730, { ...client, zone: 'America/Los_Angeles' })[1]?.sendAt).toBe(
      '2026-03-09T08:00:00-07:00',
    );
  });

  it('keeps a reminder out of quiet hours whose end New York shows twice (fall-back, 2026-11-01)', () => {
    // Quiet to 01:30; 24 h before a Monday 01:00 EST session is Sunday 01:00 EST, the second 01:00: it
    // waits to the second 01:30 (it went at 01:00, inside the quiet hours, with a deferral to itself).
    const monday = session('a-9', '2026-11-02T01:00:00-05:00', '2026-11-02T01:50:00-05:00');
    // By the portal: a text would wait for the 08:00 opening of the TCPA window.
    const [r] = planReminders(
      monday,
      {
        ...client,
        quietHours: { start: '21:00', end: '01:30' },
        channelConsent: { portal: { optedIn: true } },
      },
      { hoursBefore: [24] },
    );
    expect(r?.sendAt).toBe('2026-11-01T01:30:00-05:00');
    expect(r?.reasons[0]).toMatchObject({
      code: 'scheduling.reminder.deferred_quiet_hours',
      facts: { from: '2026-11-01T01:00:00-05:00', to: '2026-11-01T01:30:00-05:00' },
    });
  });

  it('suppresses a reminder that could only go out after the session starts', () => {
    const r = planReminders(
      tuesday0730,
      { ...client, quietHours: { start: '00:00', end: '12:00' } },
      { hoursBefore: [2] },
    );
    expect(r[0]).toMatchObject({ status: 'suppressed', sendAt: null });
    expect(r[0]?.reasons.map((x) => x.code)).toEqual([
      'scheduling.reminder.deferred_quiet_hours',
      'scheduling.reminder.too_late',
    ]);
  });

  it('sends nothing to a client who asked not to be contacted, or for a cancelled session', () => {
    expect(
      planReminders(tuesday1400, { ...client, id: 'c-2', doNotContact: true })[0]?.reasons[0]?.code,
    ).toBe('scheduling.reminder.do_not_contact');
    const cancelled = {
      ...tuesday1400,
      status: { state: 'cancelled' as const, by: 'client' as const, at: '2026-03-01T00:00:00Z' },
    };
    expect(planReminders(cancelled, { ...client, id: 'c-2' })[1]?.reasons[0]?.code).toBe(
      'scheduling.reminder.not_scheduled',
    );
  });

  it('rejects a bad policy', () => {
    expect(() => planReminders(tuesday1400, { ...client, id: 'c-2' }, { hoursBefore: [] })).toThrow(
      ValidationError,
    );
  });
});

describe('listRemindersDue', () => {
  const clients = [client, { ...client, id: 'c-2' }];
  it('lists what to send now, latest reminder only, skipping the sent and the started', () => {
    const r = listRemindersDue(
      [tuesday1400, tuesday0730, { id: 'bad' }],
      [...clients, { id: 'c-x' }],
      {},
      {
        asOf: '2026-03-09T14:05:00-04:00',
        sent: [{ appointmentId: 'a-1', clientId: 'c-1', hoursBefore: 24 }],
        clinicianZones: { 'dr-lee': 'America/New_York' },
      },
    );
    expect(r.due.map((d) => [d.appointmentId, d.hoursBefore])).toEqual([['a-2', 24]]);
    expect(r.due[0]?.reasons[0]).toMatchObject({
      code: 'scheduling.reminder.superseded',
      facts: { supersededHoursBefore: [48] },
    });
    expect(r.invalidAppointments.map((i) => i.index)).toEqual([2]);
    expect(r.invalidClients.map((i) => i.index)).toEqual([2]);
  });

  it('orders by send time and skips sessions whose client is unknown or that already started', () => {
    const r = listRemindersDue(
      [
        tuesday1400,
        tuesday0730,
        session('a-3', '2026-03-08T09:00:00-04:00', '2026-03-08T09:50:00-04:00', { clientIds: ['c-9'] }),
      ],
      clients,
      { hoursBefore: [48] },
      {
        asOf: '2026-03-08T14:00:00-04:00',
      },
    );
    expect(r.due.map((d) => d.appointmentId)).toEqual(['a-1', 'a-2']);
  });

  it('sends one reminder for a session listed twice, and reports the repeat by index', () => {
    const r = listRemindersDue(
      [tuesday1400, tuesday0730, tuesday1400],
      clients,
      { hoursBefore: [48] },
      {
        asOf: '2026-03-08T14:00:00-04:00',
      },
    );
    expect(r.due.map((d) => d.appointmentId)).toEqual(['a-1', 'a-2']);
    expect(r.invalidAppointments).toMatchObject([
      { index: 2, issues: [{ at: '$[2].id', code: 'scheduling.appointment.duplicate_id' }] },
    ]);
  });

  it('lists the same reminders from records already validated (a data file’s), without checking them again', () => {
    const options = {
      asOf: '2026-03-09T14:05:00-04:00',
      sent: [{ appointmentId: 'a-1', clientId: 'c-1', hoursBefore: 24 }],
    };
    const fromValidated = remindersDueFromValidated(
      [tuesday1400, tuesday0730].map((a) => SchedulingAppointment.parse(a)),
      new Map(clients.map((c) => [c.id, SchedulingClient.parse(c)])),
      ReminderPolicy.parse({}),
      ListRemindersDueOptions.parse(options),
    );
    expect(fromValidated.due).toEqual(listRemindersDue([tuesday1400, tuesday0730], clients, {}, options).due);
    expect(fromValidated.held).toEqual([]);
    expect(fromValidated.due.map((d) => [d.appointmentId, d.hoursBefore])).toEqual([['a-2', 24]]);
  });
});

describe('reminders and quiet hours (property)', () => {
  it('a planned reminder is never in the client’s quiet hours and always before the session', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) }),
        fc.constantFrom(
          'America/New_York',
          'America/Los_Angeles',
          'Asia/Kolkata',
          'Australia/Lord_Howe',
          'Europe/London',
        ),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 1, max: 14 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 96 }), { minLength: 1, maxLength: 3 }),
        (ms, zone, quietStart, quietLength, hoursBefore) => {
          const start = Math.floor(ms / 60_000) * 60_000;
          const quietHours = {
            start: `${String(quietStart).padStart(2, '0')}:00`,
            end: `${String((quietStart + quietLength) % 24).padStart(2, '0')}:00`,
          };
          const appointment = session(
            'a-p',
            formatInstant(start, zone),
            formatInstant(start + 50 * 60_000, zone),
          );
          for (const r of planReminders(appointment, { ...client, zone, quietHours }, { hoursBefore })) {
            if (r.status !== 'planned' || r.sendAt === null) continue;
            expect(isWithinLocalHours(r.sendAt, quietHours, zone)).toBe(false);
            expect(toEpochMs(r.sendAt)).toBeLessThan(start);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('reminders and channel consent', () => {
  const base = { id: 'c-2', zone: 'America/New_York', locationState: 'NY' as const };
  const EMAIL_ONLY = {
    email: { optedIn: true, unsecuredRiskAcknowledged: true },
    recordedAt: '2026-02-20T10:00:00-05:00',
  };

  it('sends a client who opted in to email only no text: both reminders go by email', () => {
    const r = planReminders(tuesday1400, { ...base, channelConsent: EMAIL_ONLY });
    expect(r.map((x) => [x.status, x.channel, x.sendAt])).toEqual([
      ['planned', 'email', '2026-03-08T14:00:00-04:00'],
      ['planned', 'email', '2026-03-09T14:00:00-04:00'],
    ]);
  });

  it('prefers the first of the policy’s channels the client opted in to (the portal before text)', () => {
    const consent = { sms: { optedIn: true, unsecuredRiskAcknowledged: true }, portal: { optedIn: true } };
    expect(planReminders(tuesday1400, { ...base, channelConsent: consent })[0]?.channel).toBe('portal');
    expect(
      planReminders(tuesday1400, { ...base, channelConsent: consent }, { channels: ['sms', 'portal'] })[0]
        ?.channel,
    ).toBe('sms');
  });

  it('holds the reminders of a client with no consent record, with the reason, and keeps their time', () => {
    const r = planReminders(tuesday1400, base, {}, { clinicianZone: 'America/New_York' });
    expect(r.map((x) => [x.status, x.channel, x.sendAt])).toEqual([
      ['held', null, '2026-03-08T14:00:00-04:00'],
      ['held', null, '2026-03-09T14:00:00-04:00'],
    ]);
    expect(r[0]?.reasons).toEqual([
      {
        code: 'scheduling.reminder.channel_consent_missing',
        severity: 'warning',
        message: 'No channel consent is recorded for the client: ask the client how they want reminders.',
        facts: {
          channels: ['portal', 'secure_email', 'sms', 'email'],
          consentRecorded: false,
          optedIn: [],
          allowed: [],
        },
      },
    ]);
  });

  it('holds a reminder when the policy’s only channel is text and the client opted in to email only', () => {
    const r = planReminders(tuesday1400, { ...base, channelConsent: EMAIL_ONLY }, { channels: ['sms'] });
    expect(r[0]).toMatchObject({ status: 'held', channel: null });
    expect(r[0]?.reasons[0]?.facts).toEqual({
      channels: ['sms'],
      consentRecorded: true,
      optedIn: ['email'],
      allowed: ['email'],
    });
  });

  it('holds the reminders of a client who opted in to text without accepting its risk; the portal needs no acceptance', () => {
    const r = planReminders(tuesday1400, { ...base, channelConsent: { sms: { optedIn: true } } });
    expect(r.map((x) => [x.status, x.channel])).toEqual([
      ['held', null],
      ['held', null],
    ]);
    expect(r[0]?.reasons[0]?.facts).toMatchObject({ optedIn: ['sms'], allowed: [] });
    const portal = planReminders(tuesday1400, {
      ...base,
      channelConsent: { sms: { optedIn: true }, portal: { optedIn: true } },
    });
    expect(portal.map((x) => x.channel)).toEqual(['portal', 'portal']);
    const accepted = planReminders(tuesday1400, {
      ...base,
      channelConsent: { sms: { optedIn: true, unsecuredRiskAcknowledged: true } },
    });
    expect(accepted.map((x) => [x.status, x.channel])).toEqual([
      ['planned', 'sms'],
      ['planned', 'sms'],
    ]);
  });

  it('suppresses before it holds: a client who asked not to be contacted is not asked about channels', () => {
    expect(planReminders(tuesday1400, { ...base, doNotContact: true })[0]).toMatchObject({
      status: 'suppressed',
      reasons: [{ code: 'scheduling.reminder.do_not_contact' }],
    });
  });

  it('lists the held reminders apart from the ones to send, latest only', () => {
    const r = listRemindersDue(
      [tuesday1400, tuesday0730],
      [client, base],
      {},
      { asOf: '2026-03-09T14:05:00-04:00', clinicianZones: { 'dr-lee': 'America/New_York' } },
    );
    expect(r.due.map((d) => [d.appointmentId, d.clientId, d.hoursBefore, d.channel])).toEqual([
      ['a-1', 'c-1', 24, 'sms'],
    ]);
    expect(r.held.map((d) => [d.appointmentId, d.clientId, d.hoursBefore, d.status])).toEqual([
      ['a-2', 'c-2', 24, 'held'],
    ]);
    expect(r.held[0]?.reasons.map((x) => x.code)).toEqual([
      'scheduling.reminder.channel_consent_missing',
      'scheduling.reminder.superseded',
    ]);
  });

  it('rejects a policy that repeats a channel or lists none', () => {
    expect(() => planReminders(tuesday1400, base, { channels: ['sms', 'sms'] })).toThrow(ValidationError);
    expect(() => planReminders(tuesday1400, base, { channels: [] })).toThrow(ValidationError);
  });
});

describe('reminders and channel consent (properties)', () => {
  const channelArb = fc.constantFrom(
    'portal' as const,
    'secure_email' as const,
    'sms' as const,
    'email' as const,
  );
  const flagsArb = fc.record({
    recorded: fc.boolean(),
    portal: fc.boolean(),
    secure_email: fc.boolean(),
    sms: fc.boolean(),
    email: fc.boolean(),
    acknowledged: fc.boolean(),
  });
  type Flags = {
    recorded: boolean;
    portal: boolean;
    secure_email: boolean;
    sms: boolean;
    email: boolean;
    acknowledged: boolean;
  };
  const consentOf = (f: Flags) =>
    f.recorded
      ? {
          portal: { optedIn: f.portal },
          secure_email: { optedIn: f.secure_email },
          sms: { optedIn: f.sms, unsecuredRiskAcknowledged: f.acknowledged },
          email: { optedIn: f.email, unsecuredRiskAcknowledged: f.acknowledged },
        }
      : undefined;
  // A channel the client may be reached on: opted in, and a plain one's risk accepted.
  const reachable = (f: Flags, c: 'portal' | 'secure_email' | 'sms' | 'email') =>
    f.recorded && f[c] && (c === 'portal' || c === 'secure_email' || f.acknowledged);
  const clientOf = (f: Flags) => {
    const consent = consentOf(f);
    return consent === undefined
      ? { id: 'c-2', zone: 'America/New_York', locationState: 'NY' as const }
      : { id: 'c-2', zone: 'America/New_York', locationState: 'NY' as const, channelConsent: consent };
  };
  const policyArb = fc.record({
    hoursBefore: fc.uniqueArray(fc.integer({ min: 1, max: 96 }), { minLength: 1, maxLength: 3 }),
    channels: fc.uniqueArray(channelArb, { minLength: 1, maxLength: 4 }),
  });

  it('no planned reminder ever uses a channel without opt-in (and, if plain, its risk accepted), whatever the policy', () => {
    fc.assert(
      fc.property(policyArb, flagsArb, (policy, flags) => {
        for (const r of planReminders(tuesday1400, clientOf(flags), policy)) {
          if (r.status === 'planned') {
            expect(r.channel).not.toBeNull();
            expect(reachable(flags, r.channel as 'portal' | 'secure_email' | 'sms' | 'email')).toBe(true);
            expect(policy.channels).toContain(r.channel);
          } else expect(r.channel).toBeNull();
          if (r.status === 'held') {
            expect(policy.channels.some((c) => reachable(flags, c))).toBe(false);
          }
        }
      }),
    );
  });

  it('adding consent never removes a reminder already allowed', () => {
    fc.assert(
      fc.property(policyArb, flagsArb, flagsArb, (policy, a, extra) => {
        const b: Flags = {
          recorded: a.recorded || extra.recorded,
          portal: a.portal || extra.portal,
          secure_email: a.secure_email || extra.secure_email,
          sms: a.sms || extra.sms,
          email: a.email || extra.email,
          acknowledged: a.acknowledged || extra.acknowledged,
        };
        const before = planReminders(tuesday1400, clientOf(a), policy);
        const after = planReminders(tuesday1400, clientOf(b), policy);
        before.forEach((r, i) => {
          if (r.status !== 'planned') return;
          expect(after[i]).toMatchObject({ status: 'planned', sendAt: r.sendAt, hoursBefore: r.hoursBefore });
          // It may move only to a channel the policy prefers.
          const rank = (c: string | null) => policy.channels.indexOf(c as (typeof policy.channels)[number]);
          expect(rank(after[i]?.channel ?? null)).toBeLessThanOrEqual(rank(r.channel));
        });
      }),
    );
  });
});

describe('reminders and a channel consent recorded later', () => {
  // A 14:00 session on Tuesday 2026-03-10: reminders at 14:00 on the 8th and the 9th.
  const later = (recordedAt: string) => ({
    ...client,
    id: 'c-2',
    channelConsent: { sms: { optedIn: true, unsecuredRiskAcknowledged: true }, recordedAt },
  });

  it('holds the 48 h reminder sent before the consent was recorded, and plans the 24 h one after it', () => {
    const r = planReminders(tuesday1400, later('2026-03-08T20:00:00-04:00'));
    expect(r.map((x) => [x.hoursBefore, x.status, x.channel])).toEqual([
      [48, 'held', null],
      [24, 'planned', 'sms'],
    ]);
    expect(r[0]?.reasons[0]).toMatchObject({
      code: 'scheduling.reminder.channel_consent_missing',
      facts: { consentRecorded: false, consentRecordedAfterSend: true },
    });
  });

  it('lists no reminder as due on a consent recorded after asOf', () => {
    const due = listRemindersDue(
      [tuesday1400],
      [later('2026-03-08T14:30:00-04:00')],
      {},
      {
        asOf: '2026-03-08T14:05:00-04:00',
      },
    );
    expect(due.due).toEqual([]);
    expect(due.held.map((x) => x.hoursBefore)).toEqual([48]);
  });

  it('plans a reminder exactly when the consent was recorded by its send time (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -80 * 60, max: 80 * 60 }), (minutes) => {
        // Minutes from the 48 h reminder's time (14:00 on the 8th).
        const at = Date.parse('2026-03-08T18:00:00Z') + minutes * 60_000;
        const r = planReminders(tuesday1400, later(new Date(at).toISOString()));
        for (const x of r) {
          const sendMs = toEpochMs(x.sendAt as string);
          expect(x.status).toBe(at <= sendMs ? 'planned' : 'held');
        }
      }),
    );
  });
});
