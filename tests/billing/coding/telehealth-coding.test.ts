import { describe, expect, it } from 'vitest';
import {
  COMMERCIAL_PAYER_PROFILE_EXAMPLE,
  codeTelehealthSession,
  MEDICARE_PAYER_PROFILE_EXAMPLE,
} from '../../../src/billing/index.js';
import { ValidationError } from '../../../src/core/index.js';

// POS 02/10/11 [cms-pos-codes]; modifiers 95/93/FQ/GT [mac-fcso-telehealth-modifiers]; Medicare from 2024
// [mac-ngs-telehealth-2024].
describe('codeTelehealthSession', () => {
  it('codes an office session as POS 11 without modifiers', () => {
    expect(
      codeTelehealthSession(MEDICARE_PAYER_PROFILE_EXAMPLE, { modality: 'in_person', clientAtHome: false }),
    ).toEqual({
      outcome: 'coded',
      placeOfService: '11',
      modifiers: [],
      reasons: [],
    });
  });

  it('codes commercial video at home as POS 10 with modifier 95, elsewhere as POS 02', () => {
    expect(
      codeTelehealthSession(COMMERCIAL_PAYER_PROFILE_EXAMPLE, { modality: 'video', clientAtHome: true }),
    ).toMatchObject({
      placeOfService: '10',
      modifiers: ['95'],
    });
    expect(
      codeTelehealthSession(COMMERCIAL_PAYER_PROFILE_EXAMPLE, { modality: 'video', clientAtHome: false })
        .placeOfService,
    ).toBe('02');
  });

  it('codes Medicare video without modifier and audio-only with 93', () => {
    expect(
      codeTelehealthSession(MEDICARE_PAYER_PROFILE_EXAMPLE, { modality: 'video', clientAtHome: true })
        .modifiers,
    ).toEqual([]);
    expect(
      codeTelehealthSession(MEDICARE_PAYER_PROFILE_EXAMPLE, {
        modality: 'audio_only',
        clientAtHome: true,
        clinicianVideoCapable: true,
        clientVideo: 'not_consenting',
      }),
    ).toMatchObject({ outcome: 'coded', placeOfService: '10', modifiers: ['93'] });
  });

  it('supports payers with no modifiers at all', () => {
    const bare = {
      ...COMMERCIAL_PAYER_PROFILE_EXAMPLE,
      telehealth: {
        ...COMMERCIAL_PAYER_PROFILE_EXAMPLE.telehealth,
        videoModifier: null,
        audioOnlyModifier: null,
      },
    };
    expect(codeTelehealthSession(bare, { modality: 'audio_only', clientAtHome: false }).modifiers).toEqual(
      [],
    );
  });

  it('refuses audio-only for a payer that does not pay for it', () => {
    const videoOnly = {
      ...COMMERCIAL_PAYER_PROFILE_EXAMPLE,
      telehealth: { ...COMMERCIAL_PAYER_PROFILE_EXAMPLE.telehealth, audioOnlyAllowed: false },
    };
    expect(codeTelehealthSession(videoOnly, { modality: 'audio_only', clientAtHome: true })).toMatchObject({
      outcome: 'not_payable',
      placeOfService: null,
      reasons: [{ code: 'billing.telehealth.audio_only_not_covered' }],
    });
  });

  it('refuses Medicare audio-only with the client away from home: not covered there', () => {
    expect(
      codeTelehealthSession(MEDICARE_PAYER_PROFILE_EXAMPLE, { modality: 'audio_only', clientAtHome: false }),
    ).toEqual({
      outcome: 'not_payable',
      placeOfService: null,
      modifiers: [],
      reasons: [
        expect.objectContaining({
          code: 'billing.telehealth.audio_only_not_at_home',
          severity: 'error',
          facts: { payerId: 'medicare-example', payerKind: 'medicare', clientAtHome: false },
        }),
      ],
    });
    // Video away from home is still coded (POS 02).
    expect(
      codeTelehealthSession(MEDICARE_PAYER_PROFILE_EXAMPLE, { modality: 'video', clientAtHome: false }),
    ).toMatchObject({ outcome: 'coded', placeOfService: '02' });
  });

  it('applies the at-home rule to any Medicare profile that leaves the setting out, and to others that set it', () => {
    const { audioOnlyRequiresClientAtHome: _, ...bare } = MEDICARE_PAYER_PROFILE_EXAMPLE.telehealth;
    const medicare = { ...MEDICARE_PAYER_PROFILE_EXAMPLE, telehealth: bare };
    expect(codeTelehealthSession(medicare, { modality: 'audio_only', clientAtHome: false }).outcome).toBe(
      'not_payable',
    );
    const homeOnly = {
      ...COMMERCIAL_PAYER_PROFILE_EXAMPLE,
      telehealth: { ...COMMERCIAL_PAYER_PROFILE_EXAMPLE.telehealth, audioOnlyRequiresClientAtHome: true },
    };
    expect(codeTelehealthSession(homeOnly, { modality: 'audio_only', clientAtHome: false }).outcome).toBe(
      'not_payable',
    );
    // A commercial plan without the setting pays audio-only wherever the client is.
    expect(
      codeTelehealthSession(COMMERCIAL_PAYER_PROFILE_EXAMPLE, {
        modality: 'audio_only',
        clientAtHome: false,
      }),
    ).toMatchObject({ outcome: 'coded', placeOfService: '02', modifiers: ['93'] });
    // A practice may switch the rule off for Medicare explicitly (e.g. under a waiver).
    const waived = {
      ...MEDICARE_PAYER_PROFILE_EXAMPLE,
      telehealth: { ...MEDICARE_PAYER_PROFILE_EXAMPLE.telehealth, audioOnlyRequiresClientAtHome: false },
    };
    const videoDeclined = { clinicianVideoCapable: true, clientVideo: 'not_capable' } as const;
    expect(
      codeTelehealthSession(waived, { modality: 'audio_only', clientAtHome: false, ...videoDeclined })
        .outcome,
    ).toBe('coded');
  });

  it('rejects an unknown modality', () => {
    expect(() =>
      codeTelehealthSession(MEDICARE_PAYER_PROFILE_EXAMPLE, {
        modality: 'carrier_pigeon' as never,
        clientAtHome: true,
      }),
    ).toThrow(ValidationError);
  });
});
