import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APPOINTMENT_REMINDER_TEMPLATE,
  CRISIS_RESOURCES_TEMPLATE,
  DEFAULT_REPLY_TEMPLATES,
  evaluateReplyDraft,
  INTAKE_FORMS_REMINDER_TEMPLATE,
  isSecureReplyChannel,
  ReplyChannel,
  ReplyTemplate,
  type ReplyTemplateInput,
  renderReplyTemplate,
} from '../../../src/boundaries/index.js';
import { thrown } from '../../validation-subject.js';

/** Opted in to text and told of its risk: the client may be reached by text. */
const SMS_CONSENTED = {
  channel: 'sms',
  consent: { optedIn: true, unsecuredRiskAcknowledged: true },
} as const;
/** Opted in to text without accepting its risk: nothing may go by plain text. */
const SMS_OPTED_IN = { channel: 'sms', consent: { optedIn: true } } as const;
const EMAIL_CONSENTED = {
  channel: 'email',
  consent: { optedIn: true, unsecuredRiskAcknowledged: true },
} as const;

const thrownFor = (template: unknown) =>
  thrown(() => renderReplyTemplate(template as ReplyTemplateInput, {}, SMS_OPTED_IN));

describe('renderReplyTemplate', () => {
  it('renders an appointment reminder with date, time and place', () => {
    expect(
      renderReplyTemplate(
        APPOINTMENT_REMINDER_TEMPLATE,
        { date: '2026-12-01', time: '15:00', location: 'Suite 200' },
        SMS_CONSENTED,
      ),
    ).toEqual({
      outcome: 'rendered',
      text: 'Reminder: you have an appointment on 2026-12-01 at 15:00, Suite 200.',
      reasons: [],
    });
  });

  it('refuses a missing value, an unknown value and a value of the wrong type, naming each placeholder', () => {
    const decision = renderReplyTemplate(
      APPOINTMENT_REMINDER_TEMPLATE,
      { date: 'next Tuesday', time: '15:00', diagnosis: 'F41.1' },
      SMS_CONSENTED,
    );
    expect(decision.outcome).toBe('refused');
    expect(decision.text).toBeNull();
    expect(decision.reasons.map((r) => [r.code, r.facts.placeholder])).toEqual([
      ['boundaries.template.invalid_value', 'date'],
      ['boundaries.template.missing_value', 'location'],
      ['boundaries.template.unknown_value', 'diagnosis'],
    ]);
    expect(JSON.stringify(decision)).not.toContain('F41.1');
    expect(JSON.stringify(decision)).not.toContain('next Tuesday');
  });

  it('checks money, phone and link values by type', () => {
    const template: ReplyTemplateInput = {
      id: 'balance_due',
      body: 'Your balance is {{amount}}. Pay at {{link}} or call {{phone}} by {{due}}.',
      placeholders: {
        amount: { type: 'money_cents' },
        link: { type: 'url' },
        phone: { type: 'phone' },
        due: { type: 'instant' },
      },
      channels: ['email'],
    };
    const ok = renderReplyTemplate(
      template,
      {
        amount: 12_345,
        link: 'https://pay.example.com/x',
        phone: '+15555550123',
        due: '2026-12-01T17:00:00-05:00',
      },
      EMAIL_CONSENTED,
    );
    expect(ok.text).toBe(
      'Your balance is $123.45. Pay at https://pay.example.com/x or call +15555550123 by 2026-12-01T17:00:00-05:00.',
    );
    const bad = renderReplyTemplate(
      template,
      { amount: 1.5, link: 'http://insecure.example.com', phone: '555', due: 'soon' },
      EMAIL_CONSENTED,
    );
    expect(bad.reasons.map((r) => r.facts.placeholder)).toEqual(['amount', 'due', 'link', 'phone']);
  });

  it('refuses a channel the template is not approved for', () => {
    const template = { ...INTAKE_FORMS_REMINDER_TEMPLATE, channels: ['portal' as const] };
    const decision = renderReplyTemplate(
      template,
      { date: '2026-12-01', link: 'https://x.example' },
      SMS_CONSENTED,
    );
    expect(decision.reasons.map((r) => r.code)).toEqual(['boundaries.template.channel_not_allowed']);
  });

  it('refuses clinical placeholders on SMS unless the client accepted the risk', () => {
    const template: ReplyTemplateInput = {
      id: 'refill_ready',
      body: 'Your {{medication}} refill is ready.',
      placeholders: { medication: { type: 'text', clinical: true } },
      channels: ['sms', 'portal'],
    };
    expect(
      renderReplyTemplate(template, { medication: 'sertraline' }, SMS_OPTED_IN).reasons.map((r) => r.code),
    ).toEqual(
      expect.arrayContaining([
        'boundaries.template.channel_not_consented',
        'boundaries.template.clinical_placeholder_on_channel',
      ]),
    );
    expect(
      renderReplyTemplate(
        template,
        { medication: 'sertraline' },
        { channel: 'sms', consent: { optedIn: true, unsecuredRiskAcknowledged: true } },
      ).outcome,
    ).toBe('rendered');
    expect(
      renderReplyTemplate(
        template,
        { medication: 'sertraline' },
        { channel: 'portal', consent: { optedIn: true } },
      ).outcome,
    ).toBe('rendered');
  });

  it('refuses a text value that would inject a placeholder', () => {
    const decision = renderReplyTemplate(
      APPOINTMENT_REMINDER_TEMPLATE,
      { date: '2026-12-01', time: '09:00', location: '{{date}}' },
      SMS_CONSENTED,
    );
    expect(decision.reasons.map((r) => r.code)).toEqual(['boundaries.template.invalid_value']);
  });

  it('refuses a reminder on a channel the client may not be reached on, however plain its text', () => {
    const values = { date: '2026-12-01', time: '15:00', location: 'Suite 200' };
    const consents = [
      { channel: 'sms' as const },
      { channel: 'email' as const, consent: { optedIn: false } },
      SMS_OPTED_IN,
      { channel: 'portal' as const, consent: { optedIn: false, unsecuredRiskAcknowledged: true } },
    ];
    for (const context of consents) {
      const d = renderReplyTemplate(APPOINTMENT_REMINDER_TEMPLATE, values, context);
      expect(d.outcome).toBe('refused');
      expect(d.text).toBeNull();
      expect(d.reasons.map((r) => r.code)).toEqual(['boundaries.template.channel_not_consented']);
    }
    // The portal needs only the opt-in: it is secure.
    const portal = renderReplyTemplate(APPOINTMENT_REMINDER_TEMPLATE, values, {
      channel: 'portal',
      consent: { optedIn: true },
    });
    expect(portal.outcome).toBe('rendered');
  });

  it('reads the rendered text as a draft: a program named in the location is clinical detail', () => {
    const values = { date: '2026-12-01', time: '15:00', location: 'Methadone Clinic, 12 Main St' };
    const sms = renderReplyTemplate(APPOINTMENT_REMINDER_TEMPLATE, values, SMS_OPTED_IN);
    expect(sms.outcome).toBe('refused');
    expect(sms.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining([
        'boundaries.template.channel_not_consented',
        'boundaries.reply.clinical_detail_on_unconsented_channel',
      ]),
    );
    expect(JSON.stringify(sms)).not.toContain('Main St');
    // The same words as a draft on that channel are blocked the same way.
    const draft = evaluateReplyDraft(
      'Reminder: you have an appointment on 2026-12-01 at 15:00, Methadone Clinic, 12 Main St.',
      SMS_OPTED_IN,
    );
    expect(draft.reasons.map((r) => r.code)).toContain(
      'boundaries.reply.clinical_detail_on_unconsented_channel',
    );
    // Medication guidance in a value is refused whatever the channel, as in a draft.
    const advice = renderReplyTemplate(
      APPOINTMENT_REMINDER_TEMPLATE,
      { ...values, location: 'Suite 200; double your dose before you come' },
      { channel: 'portal', consent: { optedIn: true } },
    );
    expect(advice.outcome).toBe('refused');
    expect(advice.reasons.map((r) => r.code)).toContain('boundaries.reply.medication_guidance');
  });

  it('renders only what the draft check approves, and only on a channel the client may be reached on (property)', () => {
    const locations = [
      'Suite 200',
      'Room 4, 12 Main St',
      'Methadone Clinic, 12 Main St',
      'Eating Disorders Unit, Suite 200',
      'the substance use program, Floor 2',
      'Bring your sertraline list; Suite 200',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...ReplyChannel.options),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(...locations),
        (channel, optedIn, unsecuredRiskAcknowledged, location) => {
          const context = { channel, consent: { optedIn, unsecuredRiskAcknowledged } };
          const d = renderReplyTemplate(
            APPOINTMENT_REMINDER_TEMPLATE,
            { date: '2026-12-01', time: '15:00', location },
            context,
          );
          const reachable = optedIn && (isSecureReplyChannel(channel) || unsecuredRiskAcknowledged);
          if (!reachable) expect(d.outcome).toBe('refused');
          if (d.outcome === 'rendered') {
            expect(evaluateReplyDraft(d.text as string, context).outcome).toBe('approved');
          } else if (reachable) {
            // Refused on a reachable channel only by the draft check, with the draft's own reasons.
            const draft = evaluateReplyDraft(
              `Reminder: you have an appointment on 2026-12-01 at 15:00, ${location}.`,
              context,
            );
            expect(d.reasons).toEqual(draft.reasons);
          }
        },
      ),
    );
  });

  it('sends the crisis resources (988 and 911) on every channel, with no values needed', () => {
    for (const channel of ReplyChannel.options) {
      const decision = renderReplyTemplate(CRISIS_RESOURCES_TEMPLATE, {}, { channel });
      expect(decision.outcome).toBe('rendered');
      expect(decision.text).toContain('988');
      expect(decision.text).toContain('911');
    }
  });

  it('marks only the crisis resources as safety resources, and rejects a safety template with placeholders', () => {
    expect(DEFAULT_REPLY_TEMPLATES.filter((t) => t.safetyResources).map((t) => t.id)).toEqual([
      'crisis_resources',
    ]);
    const error = thrownFor({
      id: 'call_us',
      body: 'Call {{phone}} now.',
      placeholders: { phone: { type: 'phone' } },
      channels: ['sms'],
      safetyResources: true,
    });
    expect(error.issues.map((i) => `${i.at} ${i.code}`)).toEqual([
      '$.template.placeholders boundaries.template.safety_template_with_placeholders',
    ]);
  });

  it('ships valid built-in templates, in id order', () => {
    for (const template of DEFAULT_REPLY_TEMPLATES)
      expect(ReplyTemplate.safeParse(template).success).toBe(true);
    const ids = DEFAULT_REPLY_TEMPLATES.map((t) => t.id);
    expect(ids).toEqual([...ids].sort());
  });

  it('property: a rendered reminder contains each value and no braces', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: 0, max: 1439 }),
        // Room numbers below 900: the draft check reads "911" (and its transpositions) as a crisis mention.
        fc
          .tuple(fc.constantFrom('Suite', 'Room', 'Floor', 'Building'), fc.integer({ min: 1, max: 899 }))
          .map(([kind, n]) => `${kind} ${n}`),
        (day, minute, location) => {
          const date = day.toISOString().slice(0, 10);
          const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
          const decision = renderReplyTemplate(
            APPOINTMENT_REMINDER_TEMPLATE,
            { date, time, location },
            SMS_CONSENTED,
          );
          expect(decision.outcome).toBe('rendered');
          expect(decision.text).toContain(date);
          expect(decision.text).toContain(time);
          expect(decision.text).toContain(location);
        },
      ),
    );
  });
});

describe('isSecureReplyChannel', () => {
  it('treats the portal and encrypted email as secure, SMS and plain email as not', () => {
    expect(ReplyChannel.options.filter(isSecureReplyChannel)).toEqual(['portal', 'secure_email']);
  });
});

describe('bad input', () => {
  it('names every unbalanced or malformed placeholder, without echoing the template', () => {
    const error = thrownFor({
      id: 'broken',
      body: 'Hi {{name}, see you {{date}} at }} {{ 9bad }} {{time',
      placeholders: { name: { type: 'client_name' }, date: { type: 'date' } },
      channels: ['sms'],
    });
    expect(error.issues.map((i) => `${i.at} ${i.code}`)).toEqual([
      '$.template.body boundaries.template.unbalanced_placeholder',
      '$.template.body boundaries.template.unbalanced_placeholder',
      '$.template.body boundaries.template.unbalanced_placeholder',
      '$.template.body boundaries.template.unbalanced_placeholder',
      '$.template.placeholders.name boundaries.template.unused_placeholder',
    ]);
    expect(error.message).not.toContain('Hi ');
  });

  it('rejects undeclared and unused placeholders, unknown types and empty channel lists', () => {
    const error = thrownFor({
      id: 'x',
      body: 'See you {{when}}.',
      placeholders: { date: { type: 'date' }, other: { type: 'colour' } },
      channels: [],
    });
    expect(error.issues.map((i) => `${i.at} ${i.code}`)).toEqual([
      '$.template.placeholders.other.type invalid_value',
      '$.template.channels too_small',
    ]);
    const second = thrownFor({
      id: 'x',
      body: 'See you {{when}}.',
      placeholders: { date: { type: 'date' } },
      channels: ['sms'],
    });
    expect(second.issues.map((i) => `${i.at} ${i.code}`)).toEqual([
      '$.template.body boundaries.template.undeclared_placeholder',
      '$.template.placeholders.date boundaries.template.unused_placeholder',
    ]);
  });
});
