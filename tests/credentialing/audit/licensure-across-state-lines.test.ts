import { describe, expect, it } from 'vitest';
import type { ClinicianCredentialsInput, CompactAuthorization } from '../../../src/credentialing/index.js';
import { evaluateServiceJurisdiction } from '../../../src/credentialing/index.js';
import { apit, clinician, license } from '../credentials/credential-fixtures.js';

// An outside tester's cases for practice across state lines, written from the compacts' public texts before
// reading the code:
// - the session happens where the client is physically located at its time (HHS telehealth licensure guidance;
//   the Counseling Compact's preamble: "the practice of professional counseling occurs in the state where the
//   client is located at the time of the counseling services");
// - PSYPACT art. II (Home State; Receiving State = where the client is located), art. IV (telepsychology under
//   the APIT: a full and unrestricted license in a Home State that is a Compact State, not delegable), art. V
//   (temporary in-person practice under the TAP: at most 30 calendar days within a calendar year per state);
//   APIT and TAP renew every year;
// - Counseling Compact §4 (a privilege to practice in one remote state, in person or by telehealth, on an
//   unencumbered home-state license at the highest level; "valid until the expiration date of the Home State
//   license"); the commission issued the first privileges on 2025-09-30 (Arizona and Minnesota), other states
//   phasing in: a privilege dated before that cannot be right;
// - a license authorizes practice through its expiry date; a late renewal leaves the days between its expiry and
//   the board's new record unlicensed.
type Policy = NonNullable<NonNullable<Parameters<typeof evaluateServiceJurisdiction>[2]>['policy']>;
const PSYPACT: Policy = {
  psypactMemberStates: [
    { state: 'AZ', from: '2020-07-01' },
    { state: 'CO', from: '2020-07-01' },
    { state: 'UT', from: '2020-07-01' },
    { state: 'NV', from: '2026-07-01' },
  ],
};
const ruth = (over: Partial<ClinicianCredentialsInput> = {}) =>
  clinician({
    clinicianId: 'clin-ruth' as never,
    licenses: [
      license({
        state: 'AZ',
        type: 'psychologist',
        number: 'PSY-4410',
        issuedOn: '2024-07-01',
        expiresOn: '2027-06-30',
      }),
    ],
    compactAuthorizations: [apit()],
    ...over,
  });
const tele = (clientState: string, serviceDate: string, clinicianLocationState?: string) =>
  ({
    clientState,
    serviceDate,
    modality: 'telehealth',
    ...(clinicianLocationState === undefined ? {} : { clinicianLocationState }),
  }) as never;
const inPerson = (clientState: string, serviceDate: string, inPersonDatesInState?: string[]) =>
  ({
    clientState,
    serviceDate,
    modality: 'in_person',
    ...(inPersonDatesInState === undefined ? {} : { inPersonDatesInState }),
  }) as never;
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);
const tap = (over: Partial<CompactAuthorization> = {}): CompactAuthorization =>
  ({ ...apit(), kind: 'psypact_tap', ...over }) as CompactAuthorization;

describe('PSYPACT telepsychology (APIT, art. IV): the client’s state at session time governs', () => {
  it('allows an Arizona psychologist, sitting in Arizona, to see a client located in Colorado on Tue 2026-09-29', () => {
    const d = evaluateServiceJurisdiction(ruth(), tele('CO', '2026-09-29', 'AZ'), { policy: PSYPACT });
    expect(d.outcome).toBe('allowed');
    expect(d.authorizedBy).toEqual({ kind: 'psypact_apit', state: 'CO', reference: 'psypact_apit:AZ' });
  });

  it('allows the APIT’s expiry day Wed 2026-09-30 and refuses Thu 2026-10-01 (annual renewal not recorded)', () => {
    expect(
      evaluateServiceJurisdiction(ruth(), tele('CO', '2026-09-30', 'AZ'), { policy: PSYPACT }).outcome,
    ).toBe('allowed');
    expect(
      evaluateServiceJurisdiction(ruth(), tele('CO', '2026-10-01', 'AZ'), { policy: PSYPACT }).outcome,
    ).toBe('refused');
  });

  it('refuses a Colorado client who is on a trip to California (not a member) at the session, whatever the address on file', () => {
    const d = evaluateServiceJurisdiction(ruth(), tele('CA', '2026-04-14', 'AZ'), { policy: PSYPACT });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('credentialing.jurisdiction.no_authority');
  });

  it('allows a Colorado resident located in Arizona at the session on the Arizona license itself', () => {
    const d = evaluateServiceJurisdiction(ruth({ compactAuthorizations: [] }), tele('AZ', '2026-04-14'), {
      policy: PSYPACT,
    });
    expect(d.authorizedBy?.kind).toBe('license');
  });

  it('refuses the APIT for an in-person session in Colorado: it authorizes telepsychology only', () => {
    expect(
      evaluateServiceJurisdiction(ruth(), inPerson('CO', '2026-04-14'), { policy: PSYPACT }).outcome,
    ).toBe('refused');
  });

  it('refuses telepsychology delivered while the psychologist is in Nevada, where she holds no license', () => {
    const d = evaluateServiceJurisdiction(ruth(), tele('CO', '2026-04-14', 'NV'), { policy: PSYPACT });
    expect(d.outcome).toBe('refused');
    expect(codes(d)).toContain('credentialing.compact.outside_home_state');
  });

  // Art. II: "If the psychologist is licensed in more than one Compact State and is practicing under the [APIT],
  // the Home State is the Compact State where the psychologist is physically present".
  it('takes Colorado as the home state of a psychologist licensed in Arizona and Colorado while she sits in Colorado (art. II "Home State")', () => {
    const both = ruth({
      licenses: [
        license({
          state: 'AZ',
          type: 'psychologist',
          number: 'PSY-4410',
          issuedOn: '2024-07-01',
          expiresOn: '2027-06-30',
        }),
        license({
          state: 'CO',
          type: 'psychologist',
          number: 'PSY-0099',
          issuedOn: '2025-01-01',
          expiresOn: '2027-08-31',
        }),
      ],
    });
    const d = evaluateServiceJurisdiction(both, tele('UT', '2026-04-14', 'CO'), { policy: PSYPACT });
    expect(d.outcome).toBe('allowed');
    expect(d.authorizedBy?.kind).toBe('psypact_apit');
  });

  it('is undecided, never allowed, when the psychologist’s location is not recorded', () => {
    expect(evaluateServiceJurisdiction(ruth(), tele('CO', '2026-04-14'), { policy: PSYPACT }).outcome).toBe(
      'undecided',
    );
  });

  it('refuses a Nevada client on 2026-06-30 and allows on 2026-07-01, the day Nevada joins in the policy', () => {
    expect(
      evaluateServiceJurisdiction(ruth(), tele('NV', '2026-06-30', 'AZ'), { policy: PSYPACT }).outcome,
    ).toBe('refused');
    expect(
      evaluateServiceJurisdiction(ruth(), tele('NV', '2026-07-01', 'AZ'), { policy: PSYPACT }).outcome,
    ).toBe('allowed');
  });

  it('refuses the APIT once the home license is restricted (art. IV: full and unrestricted)', () => {
    const restricted = ruth({
      licenses: [
        license({
          state: 'AZ',
          type: 'psychologist',
          number: 'PSY-4410',
          status: 'restricted',
          issuedOn: '2024-07-01',
          expiresOn: '2027-06-30',
        }),
      ],
    });
    expect(
      evaluateServiceJurisdiction(restricted, tele('CO', '2026-04-14', 'AZ'), { policy: PSYPACT }).outcome,
    ).toBe('refused');
  });

  it('refuses the APIT the day after the home license expires (2026-05-31) though the APIT runs to 2026-09-30', () => {
    const lapsed = ruth({
      licenses: [
        license({
          state: 'AZ',
          type: 'psychologist',
          number: 'PSY-4410',
          issuedOn: '2024-06-01',
          expiresOn: '2026-05-31',
        }),
      ],
    });
    expect(
      evaluateServiceJurisdiction(lapsed, tele('CO', '2026-05-31', 'AZ'), { policy: PSYPACT }).outcome,
    ).toBe('allowed');
    expect(
      evaluateServiceJurisdiction(lapsed, tele('CO', '2026-06-01', 'AZ'), { policy: PSYPACT }).outcome,
    ).toBe('refused');
  });

  it('does not let a supervised psychologist use an APIT (not delegable to supervisees)', () => {
    const supervised = ruth({
      licenses: [
        license({
          state: 'AZ',
          type: 'psychologist',
          number: 'PSY-4410',
          level: 'supervised',
          issuedOn: '2024-07-01',
          expiresOn: '2027-06-30',
        }),
      ],
    });
    expect(
      evaluateServiceJurisdiction(supervised, tele('CO', '2026-04-14', 'AZ'), { policy: PSYPACT }).outcome,
    ).not.toBe('allowed');
  });
});

describe('PSYPACT temporary in-person practice (TAP, art. V): 30 calendar days within a calendar year per state', () => {
  const withTap = ruth({ compactAuthorizations: [tap()] });
  const days = (from: string, n: number) =>
    Array.from({ length: n }, (_, i) => {
      const d = new Date(`${from}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + i);
      return d.toISOString().slice(0, 10);
    });

  it('allows the 30th day in Colorado in 2026 (29 earlier days that year) and refuses a 31st', () => {
    expect(
      evaluateServiceJurisdiction(withTap, inPerson('CO', '2026-03-31', days('2026-03-02', 29)), {
        policy: PSYPACT,
      }).outcome,
    ).toBe('allowed');
    expect(
      evaluateServiceJurisdiction(withTap, inPerson('CO', '2026-04-01', days('2026-03-02', 30)), {
        policy: PSYPACT,
      }).outcome,
    ).toBe('refused');
  });

  it('starts a new count on 2026-01-01: thirty days in December 2025 do not use up the new year', () => {
    const tap2026 = ruth({
      compactAuthorizations: [tap({ issuedOn: '2025-10-01', expiresOn: '2026-09-30' })],
    });
    expect(
      evaluateServiceJurisdiction(tap2026, inPerson('CO', '2026-01-01', days('2025-12-01', 30)), {
        policy: PSYPACT,
      }).outcome,
    ).toBe('allowed');
  });

  it('refuses the TAP for a telehealth session', () => {
    expect(
      evaluateServiceJurisdiction(withTap, tele('CO', '2026-04-14', 'AZ'), { policy: PSYPACT }).outcome,
    ).toBe('refused');
  });
});

describe('Counseling Compact privilege to practice (§4): one remote state, either modality', () => {
  const lpc = (
    privilege: Partial<CompactAuthorization> = {},
    home: Partial<ReturnType<typeof license>> = {},
  ) =>
    clinician({
      licenses: [
        license({
          state: 'AZ',
          type: 'LPC',
          number: 'LPC-2001',
          issuedOn: '2025-01-01',
          expiresOn: '2027-01-31',
          ...home,
        }),
      ],
      compactAuthorizations: [
        {
          kind: 'counseling_privilege',
          homeState: 'AZ',
          remoteState: 'MN',
          status: 'active',
          issuedOn: '2025-10-15',
          expiresOn: '2027-01-31',
          ...privilege,
        } as CompactAuthorization,
      ],
    });

  it('allows an Arizona LPC to see a client located in Minnesota by telehealth and in person on Mon 2026-03-02', () => {
    expect(evaluateServiceJurisdiction(lpc(), tele('MN', '2026-03-02')).outcome).toBe('allowed');
    expect(evaluateServiceJurisdiction(lpc(), inPerson('MN', '2026-03-02')).outcome).toBe('allowed');
  });

  it('refuses the same client while located in Wisconsin: the privilege is for Minnesota alone', () => {
    expect(evaluateServiceJurisdiction(lpc(), tele('WI', '2026-03-02')).outcome).toBe('refused');
  });

  it('is undecided for a privilege dated 2025-09-29, the day before the commission issued any', () => {
    const d = evaluateServiceJurisdiction(lpc({ issuedOn: '2025-09-29' }), tele('MN', '2026-03-02'));
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toContain('credentialing.compact.issued_before_operating');
  });

  it('allows a privilege dated 2025-09-30, the first day privileges were issued', () => {
    expect(
      evaluateServiceJurisdiction(lpc({ issuedOn: '2025-09-30' }), tele('MN', '2026-03-02')).outcome,
    ).toBe('allowed');
  });

  it('ends with the home license: home expiry Sun 2026-05-31, privilege recorded to 2027-01-31, session Mon 2026-06-01 refused', () => {
    const d = evaluateServiceJurisdiction(lpc({}, { expiresOn: '2026-05-31' }), tele('MN', '2026-06-01'));
    expect(d.outcome).toBe('refused');
    expect(
      evaluateServiceJurisdiction(lpc({}, { expiresOn: '2026-05-31' }), tele('MN', '2026-05-31')).outcome,
    ).toBe('allowed');
  });

  it('refuses a privilege on an encumbered (restricted) home license', () => {
    expect(
      evaluateServiceJurisdiction(lpc({}, { status: 'restricted' }), tele('MN', '2026-03-02')).outcome,
    ).toBe('refused');
  });

  it('does not take a marriage and family therapist’s license as the home license of a counseling privilege', () => {
    expect(
      evaluateServiceJurisdiction(lpc({}, { type: 'LMFT', number: 'LMFT-2001' }), tele('MN', '2026-03-02'))
        .outcome,
    ).toBe('refused');
  });
});

describe('a license that expires mid-series, and one renewed late', () => {
  const weekly = (serviceDate: string, l = license({ expiresOn: '2028-02-29' })) =>
    evaluateServiceJurisdiction(clinician({ licenses: [l] }), tele('CA', serviceDate)).outcome;

  it('keeps a Tuesday series through leap day 2028-02-29 (its expiry) and refuses Tue 2028-03-07', () => {
    expect(['2028-02-22', '2028-02-29', '2028-03-07'].map((d) => weekly(d))).toEqual([
      'allowed',
      'allowed',
      'refused',
    ]);
  });

  it('leaves the lapse days unlicensed: expired 2026-12-31, renewed late by a record from Tue 2027-01-12', () => {
    const old = license({ expiresOn: '2026-12-31', renewalFiledOn: '2027-01-05' });
    const renewed = license({ issuedOn: '2027-01-12', expiresOn: '2028-12-31' });
    const series = ['2026-12-29', '2027-01-05', '2027-01-12'].map(
      (d) => evaluateServiceJurisdiction(clinician({ licenses: [old, renewed] }), tele('CA', d)).outcome,
    );
    expect(series).toEqual(['allowed', 'refused', 'allowed']);
  });

  it('holds the gap days of a renewal filed on time and granted late (filed 2026-12-15, record from 2027-01-12)', () => {
    const old = license({ expiresOn: '2026-12-31', renewalFiledOn: '2026-12-15' });
    const renewed = license({ issuedOn: '2027-01-12', expiresOn: '2028-12-31' });
    const d = evaluateServiceJurisdiction(clinician({ licenses: [old, renewed] }), tele('CA', '2027-01-05'));
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toContain('credentialing.license.renewal_pending');
  });
});
