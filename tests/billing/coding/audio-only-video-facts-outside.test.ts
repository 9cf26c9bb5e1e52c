// Outside-tester cases for Medicare's audio-only telehealth, written from the rule before the code: for a
// patient at home, a two-way real-time audio-only link counts as telehealth when the distant-site practitioner
// is technically capable of video and the patient is not capable of, or does not consent to, video
// (42 CFR 410.78(a)(3), first for mental-health services, kept and widened by the CY2024–2026 physician fee
// schedule rules) [sources: cfr-42-410.78, cms-pfs-2025-final-rule]; modifier 93 (FQ at RHCs and FQHCs) marks
// the service as audio-only [sources: mac-fcso-telehealth-modifiers]. A fact not recorded is never assumed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeTelehealthSession, type PayerProfile } from '../../../src/billing/index.js';
import { COMMERCIAL, claim, line, MEDICARE, scrubOnlyClaimOfDay } from '../claims/claim-fixtures.js';

const FQHC: PayerProfile = { ...MEDICARE, telehealth: { ...MEDICARE.telehealth, audioOnlyModifier: 'FQ' } };
const codes = (reasons: readonly { code: string }[]) => reasons.map((r) => r.code);
const audioAtHome = (facts: object = {}) => ({
  modality: 'audio_only' as const,
  clientAtHome: true,
  ...facts,
});
const CAN = { clinicianVideoCapable: true };

describe('Medicare audio-only at home: the practitioner could use video, the client could not or would not', () => {
  it('1. practitioner video-capable, client not capable of video: POS 10 with 93', () => {
    expect(codeTelehealthSession(MEDICARE, audioAtHome({ ...CAN, clientVideo: 'not_capable' }))).toEqual({
      outcome: 'coded',
      placeOfService: '10',
      modifiers: ['93'],
      reasons: [],
    });
  });
  it('2. practitioner video-capable, client does not consent to video: coded 93', () => {
    const d = codeTelehealthSession(MEDICARE, audioAtHome({ ...CAN, clientVideo: 'not_consenting' }));
    expect(d.outcome).toBe('coded');
    expect(d.modifiers).toEqual(['93']);
  });
  it('3. the client could and would use video: not payable as audio-only telehealth', () => {
    const d = codeTelehealthSession(MEDICARE, audioAtHome({ ...CAN, clientVideo: 'capable_and_consenting' }));
    expect(d.outcome).toBe('not_payable');
    expect(codes(d.reasons)).toEqual(['billing.telehealth.audio_only_video_not_declined']);
  });
  it('4. the practitioner could not use video: not payable, whatever the client', () => {
    const d = codeTelehealthSession(
      MEDICARE,
      audioAtHome({ clinicianVideoCapable: false, clientVideo: 'not_capable' }),
    );
    expect(d.outcome).toBe('not_payable');
    expect(codes(d.reasons)).toEqual(['billing.telehealth.audio_only_clinician_without_video']);
  });
  it('5. the client’s side not recorded: undecided, the proposal (POS 10, 93) kept for a biller', () => {
    const d = codeTelehealthSession(MEDICARE, audioAtHome(CAN));
    expect(d).toMatchObject({ outcome: 'undecided', placeOfService: '10', modifiers: ['93'] });
    expect(codes(d.reasons)).toEqual(['billing.telehealth.audio_only_video_facts_unknown']);
    expect(d.reasons[0]?.facts).toMatchObject({ missing: ['clientVideo'] });
  });
  it('6. neither side recorded (the call most hosts make today): undecided, both named', () => {
    const d = codeTelehealthSession(MEDICARE, audioAtHome());
    expect(d.outcome).toBe('undecided');
    expect(d.reasons[0]?.facts).toMatchObject({ missing: ['clinicianVideoCapable', 'clientVideo'] });
  });
  it('7. the practitioner’s side not recorded, the client not capable: undecided', () => {
    const d = codeTelehealthSession(MEDICARE, audioAtHome({ clientVideo: 'not_capable' }));
    expect(d.outcome).toBe('undecided');
    expect(d.reasons[0]?.facts).toMatchObject({ missing: ['clinicianVideoCapable'] });
  });
  it('8. a known fact that fails decides, even with the other unknown: not payable', () => {
    const d = codeTelehealthSession(MEDICARE, audioAtHome({ clinicianVideoCapable: false }));
    expect(d.outcome).toBe('not_payable');
    expect(codes(d.reasons)).toEqual(['billing.telehealth.audio_only_clinician_without_video']);
  });
  it('9. away from home: not payable (not at home) whatever the video facts', () => {
    const d = codeTelehealthSession(MEDICARE, {
      modality: 'audio_only',
      clientAtHome: false,
      ...CAN,
      clientVideo: 'not_capable',
    });
    expect(codes(d.reasons)).toEqual(['billing.telehealth.audio_only_not_at_home']);
  });
  it('10. an FQHC’s Medicare audio-only visit with the facts recorded: FQ', () => {
    const d = codeTelehealthSession(FQHC, audioAtHome({ ...CAN, clientVideo: 'not_consenting' }));
    expect(d.modifiers).toEqual(['FQ']);
  });
});

describe('payers other than Medicare, and the profile setting', () => {
  it('11. a commercial plan without the setting: audio-only coded 93 with no video facts', () => {
    expect(codeTelehealthSession(COMMERCIAL, audioAtHome()).outcome).toBe('coded');
  });
  it('12. a commercial plan that follows Medicare (audioOnlyRequiresVideoDeclined: true): undecided without the facts', () => {
    const strict = {
      ...COMMERCIAL,
      telehealth: { ...COMMERCIAL.telehealth, audioOnlyRequiresVideoDeclined: true },
    };
    expect(codeTelehealthSession(strict, audioAtHome()).outcome).toBe('undecided');
  });
  it('13. a Medicare profile with the setting turned off: coded without the facts', () => {
    const off = {
      ...MEDICARE,
      telehealth: { ...MEDICARE.telehealth, audioOnlyRequiresVideoDeclined: false },
    };
    expect(codeTelehealthSession(off, audioAtHome()).outcome).toBe('coded');
  });
  it('14. video sessions never ask the audio-only facts', () => {
    expect(codeTelehealthSession(MEDICARE, { modality: 'video', clientAtHome: true }).outcome).toBe('coded');
  });
});

describe('the scrubber, a Medicare audio-only line of 2026-03-02 at home with 93 (POS 10)', () => {
  const audioLine = (facts: object = {}) =>
    claim({
      payerId: MEDICARE.payerId,
      lines: [
        line({
          modality: 'audio_only',
          clientAtHome: true,
          placeOfService: '10',
          modifiers: ['93'],
          ...facts,
        }),
      ],
    });
  it('15. the video facts not on the line: ready with a warning asking for them, never refused on a guess', () => {
    const d = scrubOnlyClaimOfDay(audioLine(), MEDICARE, { asOf: '2026-03-05' });
    expect(d.outcome).toBe('ready_with_warnings');
    expect(codes(d.reasons)).toEqual(['billing.scrub.audio_only_video_facts_unknown']);
  });
  it('16. the facts recorded and met: ready', () => {
    const d = scrubOnlyClaimOfDay(audioLine({ ...CAN, clientVideo: 'not_consenting' }), MEDICARE, {
      asOf: '2026-03-05',
    });
    expect(d.outcome).toBe('ready');
  });
  it('17. the client could and would use video: refused', () => {
    const d = scrubOnlyClaimOfDay(audioLine({ ...CAN, clientVideo: 'capable_and_consenting' }), MEDICARE, {
      asOf: '2026-03-05',
    });
    expect(d.outcome).toBe('refused');
    expect(codes(d.reasons)).toEqual(['billing.scrub.audio_only_conditions_not_met']);
  });
});

describe('property: Medicare audio-only at home is coded only when both facts are recorded and met', () => {
  it('coded ⇔ practitioner video-capable and the client not capable or not consenting; never coded on an unknown', () => {
    const clinician = fc.constantFrom(true, false, undefined);
    const client = fc.constantFrom('not_capable', 'not_consenting', 'capable_and_consenting', undefined);
    fc.assert(
      fc.property(clinician, client, (capable, clientVideo) => {
        const d = codeTelehealthSession(
          MEDICARE,
          audioAtHome({
            ...(capable === undefined ? {} : { clinicianVideoCapable: capable }),
            ...(clientVideo === undefined ? {} : { clientVideo }),
          }),
        );
        const met = capable === true && (clientVideo === 'not_capable' || clientVideo === 'not_consenting');
        expect(d.outcome === 'coded').toBe(met);
        if (!met) expect(d.reasons.length).toBeGreaterThan(0);
      }),
    );
  });
});
