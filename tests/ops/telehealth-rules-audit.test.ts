import { describe, expect, it } from 'vitest';
import {
  codeTelehealthSession,
  MEDICARE_PAYER_PROFILE_EXAMPLE,
  selectServiceCodes,
} from '../../src/billing/index.js';
import { evaluateServiceJurisdiction, type JurisdictionPolicyInput } from '../../src/credentialing/index.js';
import { evaluateMedicareTelehealthInPerson } from '../../src/scheduling/index.js';
import { apit, clinician, license } from '../credentialing/credentials/credential-fixtures.js';

// An outside tester's cases (ops33), each from a public rule, run against the library as it stands.
// Sources: session-length bands [sources: lcd-l35101]; Medicare mental-health telehealth at home and its
// in-person visit [sources: usc-42-1395m, cfr-42-410.78, hhs-telehealth-policy-updates]; audio-only
// [sources: cfr-42-410.78]; PSYPACT APIT and TAP and the Counseling Compact privilege [sources: psypact,
// counseling-compact].

const medicareHome = {
  payerClasses: ['medicare' as const],
  modality: 'telehealth' as const,
  inPersonDates: [] as string[],
  telehealthDates: [] as string[],
};
const inPerson = (session: object) =>
  evaluateMedicareTelehealthInPerson({ ...medicareHome, ...session } as never, {});

describe('audit: session length as booked vs billed (CPT time bands, LCD L35101)', () => {
  it.each([
    [15, null],
    [16, '90832'],
    [37, '90832'],
    [38, '90834'],
    [52, '90834'],
    [53, '90837'],
    [90, '90837'],
  ])('bills %i face-to-face minutes of psychotherapy as %s', (minutes, code) => {
    const d = selectServiceCodes({ kind: 'individual_psychotherapy', faceToFaceMinutes: minutes });
    expect(d.lines.map((l) => l.code)).toEqual(code === null ? [] : [code]);
    if (code === null) expect(d.reasons.map((r) => r.code)).toEqual(['billing.codes.under_16_minutes']);
  });
});

describe('audit: Medicare mental-health telehealth at home, the in-person visit (SSA 1834(m)(7), 42 CFR 410.78)', () => {
  it('does not check the visit for a session on 2027-12-31, while the flexibilities run', () => {
    expect(inPerson({ sessionDate: '2027-12-31' }).outcome).toBe('not_applicable');
  });

  it('accepts a visit exactly 6 months before the first telehealth session (2027-07-03 for 2028-01-03)', () => {
    expect(inPerson({ sessionDate: '2028-01-03', inPersonDates: ['2027-07-03'] }).outcome).toBe('satisfied');
  });

  it('needs a visit when the last one was a day more than 6 months before (2027-07-02)', () => {
    expect(inPerson({ sessionDate: '2028-01-03', inPersonDates: ['2027-07-02'] }).outcome).toBe(
      'in_person_needed',
    );
  });

  it('does not apply with the client at a clinic (not at home), nor to substance use disorder treatment', () => {
    expect(inPerson({ sessionDate: '2028-01-03', clientAtHome: false }).outcome).toBe('not_applicable');
    expect(inPerson({ sessionDate: '2028-01-03', substanceUseDisorderTreatment: true }).outcome).toBe(
      'not_applicable',
    );
  });

  it('needs a visit within 12 months before each later session', () => {
    const later = { telehealthDates: ['2028-01-05'], inPersonDates: ['2027-10-01'] };
    expect(inPerson({ ...later, sessionDate: '2028-09-01' }).outcome).toBe('satisfied');
    expect(inPerson({ ...later, sessionDate: '2028-11-01' }).outcome).toBe('in_person_needed');
  });

  it('is undecided when coverage is not recorded, and does not apply to commercial coverage', () => {
    expect(inPerson({ sessionDate: '2028-01-03', payerClasses: [] }).outcome).toBe('undecided');
    expect(inPerson({ sessionDate: '2028-01-03', payerClasses: ['commercial'] }).outcome).toBe(
      'not_applicable',
    );
  });
});

describe('audit: Medicare audio-only mental health (42 CFR 410.78(a)(3))', () => {
  it('codes audio-only with the client at home (POS 10, modifier 93) and refuses it elsewhere', () => {
    const home = codeTelehealthSession(MEDICARE_PAYER_PROFILE_EXAMPLE, {
      modality: 'audio_only',
      clientAtHome: true,
      // The clinician could use video; the client could not (recorded since bill35, 410.78(a)(3)).
      clinicianVideoCapable: true,
      clientVideo: 'not_capable',
    });
    expect(home).toMatchObject({ outcome: 'coded', placeOfService: '10' });
    expect(home.outcome === 'coded' && home.modifiers.some((m) => m === '93' || m === 'FQ')).toBe(true);
    const away = codeTelehealthSession(MEDICARE_PAYER_PROFILE_EXAMPLE, {
      modality: 'audio_only',
      clientAtHome: false,
    });
    expect(away.reasons.map((r) => r.code)).toEqual(['billing.telehealth.audio_only_not_at_home']);
  });
});

const PSYPACT: JurisdictionPolicyInput = {
  psypactMemberStates: [
    { state: 'AZ', from: '2020-07-01' },
    { state: 'CO', from: '2020-07-01' },
    { state: 'NV', from: '2020-07-01' },
  ],
};

describe('audit: PSYPACT (APIT telepsychology, TAP 30 days a calendar year)', () => {
  const psychologist = clinician({
    licenses: [license({ state: 'AZ', type: 'psychologist', number: 'PSY-4410', expiresOn: '2027-06-30' })],
    compactAuthorizations: [apit({ expiresOn: '2027-09-30' })],
  });
  const telehealth = { clientState: 'CO', serviceDate: '2026-12-07', modality: 'telehealth' } as const;

  it('allows telepsychology into Colorado from the Arizona home state, and not from Nevada', () => {
    const home = { ...telehealth, clinicianLocationState: 'AZ' as const };
    expect(evaluateServiceJurisdiction(psychologist, home, { policy: PSYPACT }).outcome).toBe('allowed');
    const away = evaluateServiceJurisdiction(
      psychologist,
      { ...telehealth, clinicianLocationState: 'NV' },
      { policy: PSYPACT },
    );
    expect(away.outcome).toBe('refused');
  });

  it('does not let APIT cover an in-person session', () => {
    const d = evaluateServiceJurisdiction(
      psychologist,
      { ...telehealth, modality: 'in_person', clientState: 'CO' },
      { policy: PSYPACT },
    );
    expect(d.outcome).not.toBe('allowed');
  });

  it('refuses the 31st in-person day of 2026 under TAP, and allows 2027-01-04 (a new calendar year)', () => {
    const tap = clinician({
      licenses: [license({ state: 'AZ', type: 'psychologist', number: 'PSY-4410', expiresOn: '2027-06-30' })],
      compactAuthorizations: [
        {
          kind: 'psypact_tap',
          homeState: 'AZ',
          status: 'active',
          issuedOn: '2026-01-01',
          expiresOn: '2027-06-30',
        },
      ],
    });
    const days2026 = Array.from({ length: 30 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);
    const q = { clientState: 'NV', modality: 'in_person', inPersonDatesInState: days2026 } as const;
    expect(
      evaluateServiceJurisdiction(tap, { ...q, serviceDate: '2026-12-07' }, { policy: PSYPACT }).outcome,
    ).toBe('refused');
    expect(
      evaluateServiceJurisdiction(tap, { ...q, serviceDate: '2027-01-04' }, { policy: PSYPACT }).outcome,
    ).toBe('allowed');
  });
});

describe('audit: Counseling Compact privilege to practice', () => {
  const counselor = clinician({
    licenses: [license({ state: 'AZ', type: 'LPC', number: 'LPC-1', expiresOn: '2027-12-31' })],
    compactAuthorizations: [
      {
        kind: 'counseling_privilege',
        homeState: 'AZ',
        remoteState: 'MN',
        status: 'active',
        issuedOn: '2025-09-30',
        expiresOn: '2027-09-29',
      },
    ],
  });
  it('allows a session in Minnesota, in person or by telehealth, under an active privilege, and none in Colorado', () => {
    for (const modality of ['in_person', 'telehealth'] as const) {
      const q = {
        clientState: 'MN',
        serviceDate: '2026-12-07',
        modality,
        clinicianLocationState: 'AZ',
      } as const;
      expect(evaluateServiceJurisdiction(counselor, q).outcome).toBe('allowed');
    }
    const co = {
      clientState: 'CO',
      serviceDate: '2026-12-07',
      modality: 'telehealth',
      clinicianLocationState: 'AZ',
    } as const;
    expect(evaluateServiceJurisdiction(counselor, co).outcome).toBe('refused');
  });
});
