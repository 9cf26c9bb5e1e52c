// Outside-tester cases for place of service and telehealth modifiers, from the public rules: POS 02 is
// telehealth with the client not at home, POS 10 at home, 11 the office [sources: cms-pos-codes]; Medicare
// from 2024 pays POS 10 at the non-facility rate and no longer asks modifier 95 on professional claims
// [sources: mac-ngs-telehealth-2024, cms-mcpm-ch12-190]; audio-only behavioral-health services carry 93
// (FQ at an RHC/FQHC) and Medicare pays them only with the client at home [sources: cfr-42-410.78,
// mac-fcso-telehealth-modifiers]; many commercial plans still ask 95.
import { describe, expect, it } from 'vitest';
import {
  COMMERCIAL_PAYER_PROFILE_EXAMPLE,
  codeTelehealthSession,
  MEDICARE_PAYER_PROFILE_EXAMPLE,
  type PayerProfile,
} from '../../../src/billing/index.js';
import { claim, line, scrubOnlyClaimOfDay } from '../claims/claim-fixtures.js';

const MEDICARE = MEDICARE_PAYER_PROFILE_EXAMPLE;
const COMMERCIAL = COMMERCIAL_PAYER_PROFILE_EXAMPLE;
// A Medicare profile for an FQHC's mental-health visits: audio-only is marked FQ, not 93.
const FQHC: PayerProfile = {
  ...MEDICARE,
  telehealth: { ...MEDICARE.telehealth, audioOnlyModifier: 'FQ' },
};

describe('codeTelehealthSession, a session on 2026-03-02', () => {
  it.each([
    ['Medicare video at home', MEDICARE, 'video', true, '10', []],
    ['Medicare video at a clinic', MEDICARE, 'video', false, '02', []],
    ['Medicare audio-only at home', MEDICARE, 'audio_only', true, '10', ['93']],
    ['FQHC audio-only at home', FQHC, 'audio_only', true, '10', ['FQ']],
    ['commercial video at home', COMMERCIAL, 'video', true, '10', ['95']],
    ['commercial video at school', COMMERCIAL, 'video', false, '02', ['95']],
    ['commercial audio-only at home', COMMERCIAL, 'audio_only', true, '10', ['93']],
    ['Medicare in person', MEDICARE, 'in_person', false, '11', []],
    ['commercial in person', COMMERCIAL, 'in_person', true, '11', []],
  ] as const)('%s → POS %s, modifiers %j', (_name, profile, modality, clientAtHome, pos, modifiers) => {
    // Audio-only with the video facts 42 CFR 410.78(a)(3) asks (bill35): the clinician could use video, the
    // client could not.
    const video = { clinicianVideoCapable: true, clientVideo: 'not_capable' } as const;
    expect(codeTelehealthSession(profile, { modality, clientAtHome, ...video })).toEqual({
      outcome: 'coded',
      placeOfService: pos,
      modifiers,
      reasons: [],
    });
  });

  it('Medicare audio-only with the client away from home is not payable (42 CFR 410.78(a)(3))', () => {
    const d = codeTelehealthSession(MEDICARE, { modality: 'audio_only', clientAtHome: false });
    expect(d.outcome).toBe('not_payable');
    expect(d.reasons.map((r) => r.code)).toEqual(['billing.telehealth.audio_only_not_at_home']);
  });
});

describe('evaluateClaimScrub: place of service and modifiers on a 90834 line of 2026-03-02', () => {
  const scrub = (profile: PayerProfile, over: Parameters<typeof line>[0]) =>
    scrubOnlyClaimOfDay(claim({ payerId: profile.payerId, lines: [line(over)] }), profile, {
      asOf: '2026-03-05',
    }).reasons.map((r) => r.code);

  it('Medicare video at home billed POS 10 without modifier is clean', () => {
    expect(scrub(MEDICARE, { modality: 'video', clientAtHome: true, placeOfService: '10' })).toEqual([]);
  });
  it('Medicare video at home billed POS 02 is a place-of-service mismatch (10 since 2024)', () => {
    expect(scrub(MEDICARE, { modality: 'video', clientAtHome: true, placeOfService: '02' })).toEqual([
      'billing.scrub.place_of_service_mismatch',
    ]);
  });
  it('Medicare video with a 95 it no longer asks is flagged as unexpected', () => {
    expect(
      scrub(MEDICARE, { modality: 'video', clientAtHome: true, placeOfService: '10', modifiers: ['95'] }),
    ).toEqual(['billing.scrub.telehealth_modifier_unexpected']);
  });
  it('commercial video at home without 95 is missing its modifier', () => {
    expect(scrub(COMMERCIAL, { modality: 'video', clientAtHome: true, placeOfService: '10' })).toEqual([
      'billing.scrub.telehealth_modifier_missing',
    ]);
  });
  it('Medicare audio-only at home with 93 is clean; with 95 instead it is both missing 93 and unexpected 95', () => {
    expect(
      scrub(MEDICARE, {
        modality: 'audio_only',
        clientAtHome: true,
        placeOfService: '10',
        modifiers: ['93'],
        clinicianVideoCapable: true,
        clientVideo: 'not_capable',
      }),
    ).toEqual([]);
    expect(
      scrub(MEDICARE, {
        modality: 'audio_only',
        clientAtHome: true,
        placeOfService: '10',
        modifiers: ['95'],
        clinicianVideoCapable: true,
        clientVideo: 'not_capable',
      }),
    ).toEqual(['billing.scrub.telehealth_modifier_missing', 'billing.scrub.telehealth_modifier_unexpected']);
  });
  it('an office session billed POS 10 is a mismatch; a video session billed POS 11 is too', () => {
    expect(scrub(COMMERCIAL, { placeOfService: '10' })).toEqual(['billing.scrub.place_of_service_mismatch']);
    expect(
      scrub(COMMERCIAL, { modality: 'video', clientAtHome: true, placeOfService: '11', modifiers: ['95'] }),
    ).toEqual(['billing.scrub.place_of_service_mismatch']);
  });
  it('where the client was left out: POS 02 vs 10 depends on it, so the scrubber asks', () => {
    expect(scrub(COMMERCIAL, { modality: 'video', placeOfService: '10', modifiers: ['95'] })).toEqual([
      'billing.scrub.client_location_unknown',
    ]);
  });
});
