import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  APPOINTMENT_REMINDER_TEMPLATE,
  CRISIS_RESOURCES_TEMPLATE,
  DEFAULT_REPLY_TEMPLATES,
  INTAKE_FORMS_REMINDER_TEMPLATE,
  isSecureReplyChannel,
  ReplyChannel,
  ReplyTemplate,
  type ReplyTemplateInput,
  renderReplyTemplate,
} from '../../../src/boundaries/index.js';
import { ValidationError } from '../../../src/core/index.js';

const SMS_OPTED_IN = { channel: 'sms', consent: { optedIn: true } } as const;

function thrown(template: unknown): ValidationError {
  try {
    renderReplyTemplate(template as ReplyTemplateInput, {}, SMS_OPTED_IN);
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('renderReplyTemplate', () => {
  it('renders an appointment reminder with date, time and place', () => {
    expect(
      renderReplyTemplate(
        APPOINTMENT_REMINDER_TEMPLATE,
        { date: '2026-12-01', time: '15:00', location: 'Suite 200' },
        SMS_OPTED_IN,
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
      SMS_OPTED_IN,
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
      { channel: 'email' },
    );
    expect(ok.text).toBe(
      'Your balance is $123.45. Pay at https://pay.example.com/x or call +15555550123 by 2026-12-01T17:00:00-05:00.',
    );
    const bad = renderReplyTemplate(
      template,
      { amount: 1.5, link: 'http://insecure.example.com', phone: '555', due: 'soon' },
      { channel: 'email' },
    );
    expect(bad.reasons.map((r) => r.facts.placeholder)).toEqual(['amount', 'due', 'link', 'phone']);
  });

  it('refuses a channel the template is not approved for', () => {
    const template = { ...INTAKE_FORMS_REMINDER_TEMPLATE, channels: ['portal' as const] };
    const decision = renderReplyTemplate(
      template,
      { date: '2026-12-01', link: 'https://x.example' },
      SMS_OPTED_IN,
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
    expect(renderReplyTemplate(template, { medication: 'sertraline' }, SMS_OPTED_IN).reasons[0]?.code).toBe(
      'boundaries.template.clinical_placeholder_on_channel',
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
      SMS_OPTED_IN,
    );
    expect(decision.reasons.map((r) => r.code)).toEqual(['boundaries.template.invalid_value']);
  });

  it('sends the crisis resources (988 and 911) on every channel, with no values needed', () => {
    for (const channel of ReplyChannel.options) {
      const decision = renderReplyTemplate(CRISIS_RESOURCES_TEMPLATE, {}, { channel });
      expect(decision.outcome).toBe('rendered');
      expect(decision.text).toContain('988');
      expect(decision.text).toContain('911');
    }
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
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => !s.includes('{{') && !s.includes('}}')),
        (day, minute, location) => {
          const date = day.toISOString().slice(0, 10);
          const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
          const decision = renderReplyTemplate(
            APPOINTMENT_REMINDER_TEMPLATE,
            { date, time, location },
            SMS_OPTED_IN,
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
    const error = thrown({
      id: 'broken',
      body: 'Hi {{name}, see you {{date}} at }} {{ 9bad }} {{time',
      placeholders: { name: { type: 'client_name' }, date: { type: 'date' } },
      channels: ['sms'],
    });
    expect(error.issues.map((i) => `${i.at} ${i.code}`)).toEqual([
      '$.body boundaries.template.unbalanced_placeholder',
      '$.body boundaries.template.unbalanced_placeholder',
      '$.body boundaries.template.unbalanced_placeholder',
      '$.body boundaries.template.unbalanced_placeholder',
      '$.placeholders.name boundaries.template.unused_placeholder',
    ]);
    expect(error.message).not.toContain('Hi ');
  });

  it('rejects undeclared and unused placeholders, unknown types and empty channel lists', () => {
    const error = thrown({
      id: 'x',
      body: 'See you {{when}}.',
      placeholders: { date: { type: 'date' }, other: { type: 'colour' } },
      channels: [],
    });
    expect(error.issues.map((i) => `${i.at} ${i.code}`)).toEqual([
      '$.placeholders.other.type invalid_value',
      '$.channels too_small',
    ]);
    const second = thrown({
      id: 'x',
      body: 'See you {{when}}.',
      placeholders: { date: { type: 'date' } },
      channels: ['sms'],
    });
    expect(second.issues.map((i) => `${i.at} ${i.code}`)).toEqual([
      '$.body boundaries.template.undeclared_placeholder',
      '$.placeholders.date boundaries.template.unused_placeholder',
    ]);
  });
});
