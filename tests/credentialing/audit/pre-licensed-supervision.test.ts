import { describe, expect, it } from 'vitest';
import {
  COMMERCIAL_PAYER_PROFILE_EXAMPLE,
  evaluateSupervisedBilling,
  MEDICARE_PAYER_PROFILE_EXAMPLE,
} from '../../../src/billing/index.js';
import { ValidationError } from '../../../src/core/index.js';
import {
  type ClinicianCredentialsInput,
  evaluatePayerNetworkStatus,
  evaluateServiceJurisdiction,
} from '../../../src/credentialing/index.js';
import { clinician, enrollment, license } from '../credentials/credential-fixtures.js';

// An outside tester's cases for pre-licensed clinicians, written from the public rules before reading the code:
// - a state's associate or intern license authorizes practice only under a supervisor the board recognizes, in
//   that state, while the supervision lasts; the supervisor needs an independent license there (the boards'
//   rules; the library models it as a supervision arrangement and the supervisor's own record);
// - Medicare enrolls clinicians who are licensed to practice independently: marriage and family therapists and
//   mental health counselors after 2 years or 3,000 hours of supervised experience (42 CFR 410.53, 410.54); an
//   associate's session is paid, if at all, incident to a supervisor's service, with general supervision for
//   behavioral health from 2024-01-01 (42 CFR 410.26(b)(5) as amended by the CY 2024 physician fee schedule);
// - whether a commercial plan credentials associates or pays their sessions under the supervisor is the
//   contract's: a payer that has not said is never read as "yes".
const supervisor: ClinicianCredentialsInput = clinician({
  clinicianId: 'clin-ana' as never,
  licenses: [
    license({
      state: 'CA',
      type: 'LMFT',
      number: 'LMFT 100',
      issuedOn: '2024-07-01',
      expiresOn: '2028-01-31',
    }),
  ],
});
const associate = (over: Partial<ClinicianCredentialsInput> = {}) =>
  clinician({
    clinicianId: 'clin-ben' as never,
    licenses: [
      license({
        state: 'CA',
        type: 'associate',
        number: 'AMFT 9001',
        level: 'supervised',
        issuedOn: '2025-01-06',
        expiresOn: '2028-06-30',
      }),
    ],
    supervision: [
      { supervisorId: 'clin-ana' as never, state: 'CA', startsOn: '2025-01-06', endsOn: '2026-12-31' },
    ],
    ...over,
  });
const session = (serviceDate: string, clientState = 'CA') =>
  ({ clientState, serviceDate, modality: 'in_person' }) as never;
const judge = (
  who: ClinicianCredentialsInput,
  serviceDate: string,
  clientState = 'CA',
  supervisors: ClinicianCredentialsInput[] = [supervisor],
) => evaluateServiceJurisdiction(who, session(serviceDate, clientState), { supervisors });
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('an associate practises only under a supervision that covers the state and the date', () => {
  it('allows a California associate’s session on Sunday 2026-05-31 under a licensed California supervisor', () => {
    const d = judge(associate(), '2026-05-31');
    expect(d.outcome).toBe('allowed');
    expect(d.authorizedBy).toEqual({ kind: 'license', state: 'CA', reference: 'AMFT 9001' });
    expect(codes(d)).toContain('credentialing.supervision.supervised');
  });

  it('allows the supervision’s last day, 2026-12-31, and not New Year’s Day 2027-01-01', () => {
    expect(judge(associate(), '2026-12-31').outcome).toBe('allowed');
    const after = judge(associate(), '2027-01-01');
    expect(after.outcome).toBe('refused');
    expect(codes(after)).toContain('credentialing.supervision.missing');
  });

  it('does not allow a session on Friday 2026-02-27 under a supervision that starts Monday 2026-03-02', () => {
    const later = associate({
      supervision: [{ supervisorId: 'clin-ana' as never, state: 'CA', startsOn: '2026-03-02' }],
    });
    expect(judge(later, '2026-02-27').outcome).toBe('refused');
    expect(judge(later, '2026-03-02').outcome).toBe('allowed');
  });

  it('keeps a supervision that ends on leap day 2028-02-29 through that day only', () => {
    const leap = associate({
      supervision: [
        { supervisorId: 'clin-ana' as never, state: 'CA', startsOn: '2027-01-01', endsOn: '2028-02-29' },
      ],
    });
    const ana = clinician({
      clinicianId: 'clin-ana' as never,
      licenses: [
        license({ state: 'CA', number: 'LMFT 100', issuedOn: '2026-01-01', expiresOn: '2029-12-31' }),
      ],
    });
    expect(judge(leap, '2028-02-29', 'CA', [ana]).outcome).toBe('allowed');
    expect(judge(leap, '2028-03-01', 'CA', [ana]).outcome).toBe('refused');
  });

  it('is undecided, never allowed on the associate’s word, when the supervisor’s record is not given', () => {
    const d = judge(associate(), '2026-05-31', 'CA', []);
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toContain('credentialing.supervision.supervisor_unverified');
  });

  it('does not allow a session once the supervisor’s own license has expired (2026-06-30 → Wed 2026-07-01)', () => {
    const lapsed = clinician({
      clinicianId: 'clin-ana' as never,
      licenses: [
        license({ state: 'CA', number: 'LMFT 100', issuedOn: '2024-07-01', expiresOn: '2026-06-30' }),
      ],
    });
    expect(judge(associate(), '2026-06-30', 'CA', [lapsed]).outcome).toBe('allowed');
    const d = judge(associate(), '2026-07-01', 'CA', [lapsed]);
    expect(d.outcome).not.toBe('allowed');
    expect(codes(d)).toContain('credentialing.supervision.supervisor_not_licensed');
  });

  it('does not let a supervisor licensed only in Nevada supervise a California associate', () => {
    const nevada = clinician({
      clinicianId: 'clin-ana' as never,
      licenses: [license({ state: 'NV', number: 'MFT-77', issuedOn: '2024-07-01', expiresOn: '2028-01-31' })],
    });
    expect(judge(associate(), '2026-05-31', 'CA', [nevada]).outcome).not.toBe('allowed');
  });

  it('does not let another associate supervise', () => {
    const peer = clinician({
      clinicianId: 'clin-ana' as never,
      licenses: [
        license({
          state: 'CA',
          type: 'associate',
          number: 'AMFT 9002',
          level: 'supervised',
          issuedOn: '2025-01-06',
          expiresOn: '2028-06-30',
        }),
      ],
    });
    expect(judge(associate(), '2026-05-31', 'CA', [peer]).outcome).not.toBe('allowed');
  });

  it('refuses a telehealth session to a client located in Nevada: the associate license and supervision are California’s', () => {
    const d = evaluateServiceJurisdiction(
      associate(),
      { clientState: 'NV', serviceDate: '2026-05-31', modality: 'telehealth' },
      { supervisors: [supervisor] },
    );
    expect(d.outcome).toBe('refused');
  });
});

describe('payers and the pre-licensed', () => {
  const q = {
    clinicianId: 'clin-ben',
    payerId: 'medicare',
    serviceDate: '2026-03-02',
    licenseType: 'associate',
  };

  it('never bills an associate in their own name with Medicare, even with an approved record (42 CFR 410.53, 410.54)', () => {
    const e = enrollment({
      clinicianId: 'clin-ben' as never,
      payerId: 'medicare',
      effectiveOn: '2025-01-06',
    });
    const d = evaluatePayerNetworkStatus([e], q as never, {
      payerPolicy: { payerId: 'medicare', program: 'medicare' },
    });
    expect(d.outcome).toBe('out_of_network');
    expect(codes(d)).toEqual(['credentialing.medicare.associate_not_enrollable']);
  });

  it('does not find an associate in network with a commercial plan that has no enrollment for them', () => {
    const d = evaluatePayerNetworkStatus([], { ...q, payerId: 'aetna' } as never, {
      payerPolicy: { payerId: 'aetna' },
    });
    expect(d.outcome).toBe('out_of_network');
    expect(codes(d)).toEqual(['credentialing.network.not_enrolled']);
  });

  it('never reads a payer that has not said whether it pays associates under a supervisor as "yes": the profile is refused by path', () => {
    const { preLicensedMayBillUnderSupervisor: _unsaid, ...silent } = COMMERCIAL_PAYER_PROFILE_EXAMPLE;
    let paths: string[] = [];
    try {
      evaluateSupervisedBilling(silent as never, {
        clinicianId: 'clin-ben',
        licensure: 'pre_licensed',
        supervisorId: 'clin-ana',
      });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      paths = error.issues.map((i) => i.at);
    }
    expect(paths).toEqual(['$.profile.preLicensedMayBillUnderSupervisor']);
  });

  it('does not bill the associate’s session at all with a plan that does not accept it', () => {
    const d = evaluateSupervisedBilling(COMMERCIAL_PAYER_PROFILE_EXAMPLE, {
      clinicianId: 'clin-ben',
      licensure: 'pre_licensed',
      supervisorId: 'clin-ana',
    });
    expect([d.outcome, d.billingClinicianId, codes(d)]).toEqual([
      'not_billable',
      null,
      ['billing.supervision.not_allowed'],
    ]);
  });

  it('bills under the supervisor where the plan’s contract allows it', () => {
    const d = evaluateSupervisedBilling(
      { ...COMMERCIAL_PAYER_PROFILE_EXAMPLE, preLicensedMayBillUnderSupervisor: true },
      { clinicianId: 'clin-ben', licensure: 'pre_licensed', supervisorId: 'clin-ana' },
    );
    expect([d.outcome, d.billingClinicianId]).toEqual(['bill_under_supervisor', 'clin-ana']);
  });

  it('bills Medicare incident to the supervisor on Tue 2024-01-02 with general supervision of behavioral health, where the profile allows it', () => {
    const d = evaluateSupervisedBilling(
      { ...MEDICARE_PAYER_PROFILE_EXAMPLE, preLicensedMayBillUnderSupervisor: true },
      { clinicianId: 'clin-ben', licensure: 'pre_licensed', supervisorId: 'clin-ana' },
      { serviceDate: '2024-01-02', service: 'behavioral_health', supervision: 'general' },
    );
    expect([d.outcome, d.billingClinicianId]).toEqual(['bill_under_supervisor', 'clin-ana']);
  });
});
