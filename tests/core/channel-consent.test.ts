import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ChannelConsent,
  ClientChannelConsent,
  ContactChannel,
  canCarryClinicalDetail,
  canUseChannel,
  hasChannelOptIn,
  isSecureContactChannel,
  ValidationError,
} from '../../src/core/index.js';
import { channelConsentFacts } from '../../src/core/internal.js';
import { thrown } from '../validation-subject.js';

const consentArb = fc.record(
  {
    portal: fc.record({ optedIn: fc.boolean(), unsecuredRiskAcknowledged: fc.boolean() }),
    secure_email: fc.record({ optedIn: fc.boolean(), unsecuredRiskAcknowledged: fc.boolean() }),
    sms: fc.record({ optedIn: fc.boolean(), unsecuredRiskAcknowledged: fc.boolean() }),
    email: fc.record({ optedIn: fc.boolean(), unsecuredRiskAcknowledged: fc.boolean() }),
  },
  { requiredKeys: [] },
);

describe('ClientChannelConsent', () => {
  it('records nothing by default: an entry left out, or a field left out, is no consent', () => {
    expect(ChannelConsent.parse({})).toEqual({ optedIn: false, unsecuredRiskAcknowledged: false });
    expect(ClientChannelConsent.parse({ sms: {} })).toEqual({
      sms: { optedIn: false, unsecuredRiskAcknowledged: false },
    });
  });

  it('rejects an unknown channel and never echoes its name', () => {
    const result = ClientChannelConsent.safeParse({ fax: { optedIn: true } });
    expect(result.success).toBe(false);
    expect(() => hasChannelOptIn({ fax: { optedIn: true } } as never, 'sms')).toThrow(ValidationError);
    try {
      hasChannelOptIn({ fax: { optedIn: true } } as never, 'sms');
    } catch (e) {
      expect(String((e as Error).message)).not.toContain('fax');
    }
  });
});

describe('hasChannelOptIn', () => {
  it('is true only for the channel a client opted in to (a client who opted in to email has not to text)', () => {
    const emailOnly = { email: { optedIn: true }, recordedAt: '2026-11-02T10:00:00-05:00' };
    expect(hasChannelOptIn(emailOnly, 'email')).toBe(true);
    expect(hasChannelOptIn(emailOnly, 'sms')).toBe(false);
    expect(hasChannelOptIn(emailOnly, 'portal')).toBe(false);
  });

  it('reads no consent record as no consent on any channel', () => {
    for (const channel of ContactChannel.options) expect(hasChannelOptIn(undefined, channel)).toBe(false);
  });

  it('throws a ValidationError for a channel that is not one', () => {
    expect(() => hasChannelOptIn(undefined, 'pager' as never)).toThrow(ValidationError);
  });
});

describe('canCarryClinicalDetail', () => {
  it('lists a bad consent beside a bad channel, each under its parameter’s name (as canUseChannel does)', () => {
    const at = (call: () => unknown) => thrown(call).issues.map((i) => `${i.code}@${i.at}`);
    expect(at(() => canCarryClinicalDetail({ optedIn: 'yes' } as never, 'fax' as never))).toEqual([
      'invalid_type@$.consent.optedIn',
      'invalid_value@$.channel',
    ]);
    expect(at(() => canUseChannel({ sms: { optedIn: 'yes' } } as never, 'fax' as never))).toEqual([
      'invalid_type@$.consent.sms.optedIn',
      'invalid_value@$.channel',
    ]);
    expect(at(() => hasChannelOptIn(undefined, 'fax' as never))).toEqual(['invalid_value@$.channel']);
  });

  it('allows clinical detail on plain text only when the client accepted its risk', () => {
    expect(canCarryClinicalDetail({ optedIn: true }, 'sms')).toBe(false);
    expect(canCarryClinicalDetail({ optedIn: true, unsecuredRiskAcknowledged: true }, 'sms')).toBe(true);
    expect(canCarryClinicalDetail({ optedIn: true }, 'portal')).toBe(true);
    expect(canCarryClinicalDetail({ optedIn: false, unsecuredRiskAcknowledged: true }, 'portal')).toBe(false);
    expect(canCarryClinicalDetail(undefined, 'secure_email')).toBe(false);
  });

  it('is optedIn && (secure || riskAcknowledged), for every consent and channel (property)', () => {
    fc.assert(
      fc.property(
        fc.record({ optedIn: fc.boolean(), unsecuredRiskAcknowledged: fc.boolean() }),
        fc.constantFrom(...ContactChannel.options),
        (consent, channel) => {
          expect(canCarryClinicalDetail(consent, channel)).toBe(
            consent.optedIn && (isSecureContactChannel(channel) || consent.unsecuredRiskAcknowledged),
          );
        },
      ),
    );
  });
});

describe('canUseChannel', () => {
  it('uses a secure channel on opt-in, a plain one only when its risk was also accepted', () => {
    expect(canUseChannel({ portal: { optedIn: true } }, 'portal')).toBe(true);
    expect(canUseChannel({ secure_email: { optedIn: true } }, 'secure_email')).toBe(true);
    expect(canUseChannel({ sms: { optedIn: true } }, 'sms')).toBe(false);
    expect(canUseChannel({ sms: { optedIn: true, unsecuredRiskAcknowledged: true } }, 'sms')).toBe(true);
    expect(canUseChannel({ email: { optedIn: false, unsecuredRiskAcknowledged: true } }, 'email')).toBe(
      false,
    );
    expect(canUseChannel(undefined, 'portal')).toBe(false);
  });

  it('refuses an unknown channel or a consent with unknown keys, naming neither', () => {
    expect(() => canUseChannel({}, 'fax' as 'sms')).toThrow(ValidationError);
    expect(() => canUseChannel({ sms: { optedIn: true, phone: '555' } } as never, 'sms')).toThrow(
      ValidationError,
    );
  });
});

describe('channel consent (properties)', () => {
  it('a channel is used exactly when opted in and, if plain, its risk accepted', () => {
    fc.assert(
      fc.property(consentArb, fc.constantFrom(...ContactChannel.options), (consent, channel) => {
        const entry = consent[channel];
        const expected =
          entry?.optedIn === true && (isSecureContactChannel(channel) || entry.unsecuredRiskAcknowledged);
        expect(canUseChannel(consent, channel)).toBe(expected);
        if (canUseChannel(consent, channel)) expect(hasChannelOptIn(consent, channel)).toBe(true);
      }),
    );
  });

  it('clinical detail is never allowed on a channel without opt-in, and opt-in is what the record says', () => {
    fc.assert(
      fc.property(consentArb, fc.constantFrom(...ContactChannel.options), (consent, channel) => {
        const optedIn = hasChannelOptIn(consent, channel);
        expect(optedIn).toBe(consent[channel]?.optedIn === true);
        if (!optedIn) expect(canCarryClinicalDetail(consent[channel], channel)).toBe(false);
      }),
    );
  });

  it('facts say whether a record exists and never carry more than flags', () => {
    expect(channelConsentFacts(undefined, 'sms')).toEqual({
      channel: 'sms',
      consentRecorded: false,
      optedIn: false,
      riskAcknowledged: false,
      secure: false,
    });
    expect(channelConsentFacts(ClientChannelConsent.parse({ portal: { optedIn: true } }), 'portal')).toEqual({
      channel: 'portal',
      consentRecorded: true,
      optedIn: true,
      riskAcknowledged: false,
      secure: true,
    });
  });
});
