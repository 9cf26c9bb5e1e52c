import { describe, expect, it } from 'vitest';
import {
  APPOINTMENT_REMINDER_TEMPLATE,
  INTAKE_FORMS_REMINDER_TEMPLATE,
  isSecureReplyChannel,
  ReplyChannel,
  ReplyConsent,
  ReplyContext,
  renderReplyTemplate,
} from '../../../src/boundaries/index.js';
import { ChannelConsent, ContactChannel, ValidationError } from '../../../src/core/index.js';

describe('reply channel and consent', () => {
  it('are core’s channel and consent under their reply names: one consent for replies and reminders', () => {
    expect(ReplyChannel).toBe(ContactChannel);
    expect(ReplyConsent).toBe(ChannelConsent);
    expect(ReplyContext.parse({ channel: 'sms' }).consent).toEqual({
      optedIn: false,
      unsecuredRiskAcknowledged: false,
    });
  });

  it('keeps isSecureReplyChannel: the portal and secure email only, and a ValidationError otherwise', () => {
    expect(ReplyChannel.options.filter((c) => isSecureReplyChannel(c))).toEqual(['portal', 'secure_email']);
    expect(() => isSecureReplyChannel('fax' as never)).toThrow(ValidationError);
  });

  it('refuses even a date, time and place reminder on plain text for a client who opted in without accepting its risk', () => {
    const d = renderReplyTemplate(
      APPOINTMENT_REMINDER_TEMPLATE,
      { date: '2026-12-01', time: '15:00', location: 'Suite 200' },
      { channel: 'sms', consent: { optedIn: true } },
    );
    expect(d).toMatchObject({ outcome: 'refused', text: null });
    expect(d.reasons.map((r) => [r.code, r.facts])).toEqual([
      [
        'boundaries.template.channel_not_consented',
        { templateId: 'appointment_reminder', channel: 'sms', optedIn: true, riskAcknowledged: false },
      ],
    ]);
  });

  it('drafts reminders with logistics only: no clinical placeholder or text', () => {
    for (const t of [APPOINTMENT_REMINDER_TEMPLATE, INTAKE_FORMS_REMINDER_TEMPLATE]) {
      expect(t.clinicalText).toBe(false);
      expect(Object.values(t.placeholders).map((p) => [p.type, p.clinical])).toEqual(
        Object.values(t.placeholders).map((p) => [p.type, false]),
      );
      expect(
        Object.values(t.placeholders).every((p) => ['date', 'time', 'text', 'url'].includes(p.type)),
      ).toBe(true);
      expect(t.channels).toEqual(expect.arrayContaining(['sms', 'email']));
    }
  });
});
