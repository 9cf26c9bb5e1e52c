import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMERCIAL_PAYER_PROFILE_EXAMPLE,
  evaluateSupervisedBilling,
  MEDICARE_PAYER_PROFILE_EXAMPLE,
} from '../../../src/billing/index.js';
import { PayerKind } from '../../../src/billing/internal.js';
import {
  type IncidentToSupervisingPractitioner,
  IncidentToSupervisingPractitioner as IncidentToSupervisingPractitionerSchema,
} from '../../../src/billing/medicare-claims/incident-to-supervision.js';
import { ValidationError } from '../../../src/core/index.js';
import {
  type ClinicianCredentialsInput,
  evaluatePayerNetworkStatus,
  evaluateServiceJurisdiction,
} from '../../../src/credentialing/index.js';
import { clinician, dateArb, enrollment, license } from '../credentials/credential-fixtures.js';

const IncidentToSupervisingPractitionerValues = IncidentToSupervisingPractitionerSchema.options;

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
      lastClaimSubmittedOn: '2026-02-16',
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

  it('bills Medicare incident to a clinical psychologist on Tue 2024-01-02 with general supervision of behavioral health, where the profile allows it', () => {
    const d = evaluateSupervisedBilling(
      { ...MEDICARE_PAYER_PROFILE_EXAMPLE, preLicensedMayBillUnderSupervisor: true },
      { clinicianId: 'clin-ben', licensure: 'pre_licensed', supervisorId: 'clin-psy' },
      {
        serviceDate: '2024-01-02',
        service: 'behavioral_health',
        supervision: 'general',
        supervisingPractitioner: 'clinical_psychologist',
      },
    );
    expect([d.outcome, d.billingClinicianId]).toEqual(['bill_under_supervisor', 'clin-psy']);
  });
});

// Second round, from the same public text. What was wrong before it: a payer whose policy is not known could
// not be written down at all (the flag was a required boolean, so a practice had to guess), and an associate's
// Medicare session was billed "incident to" the LMFT who supervised them. Medicare pays services incident to a
// physician's, physician assistant's, nurse practitioner's, clinical nurse specialist's, certified
// nurse-midwife's or clinical psychologist's only (Medicare Benefit Policy Manual ch. 15 §60): the clinical
// social worker, marriage and family therapist and mental health counselor benefits (42 CFR 410.73, 410.53,
// 410.54) do not include services incident to their own.
describe('supervised billing when the payer or the supervisor is not known', () => {
  const ben = { clinicianId: 'clin-ben', licensure: 'pre_licensed', supervisorId: 'clin-ana' } as const;
  const medicare = { ...MEDICARE_PAYER_PROFILE_EXAMPLE, preLicensedMayBillUnderSupervisor: true };
  const psychotherapy = (supervisingPractitioner?: IncidentToSupervisingPractitioner) => ({
    serviceDate: '2026-03-02',
    service: 'behavioral_health' as const,
    supervision: 'general' as const,
    ...(supervisingPractitioner === undefined ? {} : { supervisingPractitioner }),
  });

  it('holds an associate’s session with a plan whose policy is not on file (null): undecided, never billed', () => {
    const d = evaluateSupervisedBilling(
      { ...COMMERCIAL_PAYER_PROFILE_EXAMPLE, preLicensedMayBillUnderSupervisor: null },
      ben,
    );
    expect([d.outcome, d.billingClinicianId, codes(d)]).toEqual([
      'undecided',
      null,
      ['billing.supervision.payer_policy_unknown'],
    ]);
    expect(d.reasons[0]?.facts).toEqual({ payerId: 'commercial-example', clinicianId: 'clin-ben' });
  });

  it('still bills a licensed clinician in their own name with a payer whose supervision policy is not known', () => {
    const d = evaluateSupervisedBilling(
      { ...COMMERCIAL_PAYER_PROFILE_EXAMPLE, preLicensedMayBillUnderSupervisor: null },
      { clinicianId: 'clin-ana', licensure: 'independently_licensed' },
    );
    expect(d).toEqual({ outcome: 'bill_as_rendering', billingClinicianId: 'clin-ana', reasons: [] });
  });

  it('never bills under a supervisor for any payer, session or supervisor when the payer’s policy is null', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PayerKind.options),
        fc.option(fc.constantFrom(...IncidentToSupervisingPractitionerValues), { nil: undefined }),
        fc.boolean(),
        (kind, practitioner, withSupervisor) => {
          const profile = {
            ...COMMERCIAL_PAYER_PROFILE_EXAMPLE,
            kind,
            preLicensedMayBillUnderSupervisor: null,
          };
          const who = withSupervisor ? ben : { clinicianId: 'clin-ben', licensure: 'pre_licensed' as const };
          const d = evaluateSupervisedBilling(profile, who, psychotherapy(practitioner));
          expect(d.outcome).toBe('undecided');
          expect(d.billingClinicianId).toBeNull();
          expect(codes(d)).toEqual(['billing.supervision.payer_policy_unknown']);
        },
      ),
    );
  });

  it('does not bill Medicare incident to an LMFT, an LCSW or a mental health counselor (2026-03-02, general supervision)', () => {
    for (const kind of [
      'marriage_and_family_therapist',
      'clinical_social_worker',
      'mental_health_counselor',
    ] as const) {
      const d = evaluateSupervisedBilling(medicare, ben, { ...psychotherapy(kind), supervision: 'direct' });
      expect([kind, d.outcome, codes(d)]).toEqual([
        kind,
        'not_billable',
        ['billing.incident_to.supervisor_not_eligible'],
      ]);
    }
  });

  it('bills Medicare incident to a physician, PA, NP, CNS, nurse-midwife or clinical psychologist on 2026-03-02', () => {
    for (const kind of [
      'physician',
      'physician_assistant',
      'nurse_practitioner',
      'clinical_nurse_specialist',
      'certified_nurse_midwife',
      'clinical_psychologist',
    ] as const) {
      expect([kind, evaluateSupervisedBilling(medicare, ben, psychotherapy(kind)).outcome]).toEqual([
        kind,
        'bill_under_supervisor',
      ]);
    }
  });

  it('holds a Medicare session whose supervisor’s kind is not recorded: undecided, never billed', () => {
    const d = evaluateSupervisedBilling(medicare, ben, psychotherapy());
    expect([d.outcome, d.billingClinicianId, codes(d)]).toEqual([
      'undecided',
      null,
      ['billing.incident_to.supervisor_unknown'],
    ]);
  });

  it('refuses both ways at once, and lists only what refuses: general supervision on Fri 2023-12-29 by an LMFT', () => {
    const d = evaluateSupervisedBilling(medicare, ben, {
      ...psychotherapy('marriage_and_family_therapist'),
      serviceDate: '2023-12-29',
    });
    expect([d.outcome, codes(d)]).toEqual([
      'not_billable',
      ['billing.incident_to.direct_supervision_required', 'billing.incident_to.supervisor_not_eligible'],
    ]);
  });

  it('lets no missing supervision fact turn into a Medicare bill (property over dates, supervision and supervisor)', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.option(fc.constantFrom('direct' as const, 'general' as const), { nil: undefined }),
        fc.option(fc.constantFrom(...IncidentToSupervisingPractitionerValues), { nil: undefined }),
        (serviceDate, supervision, supervisingPractitioner) => {
          const session = {
            serviceDate,
            service: 'behavioral_health' as const,
            ...(supervision === undefined ? {} : { supervision }),
            ...(supervisingPractitioner === undefined ? {} : { supervisingPractitioner }),
          };
          const d = evaluateSupervisedBilling(medicare, ben, session);
          const eligible =
            supervisingPractitioner !== undefined &&
            !['clinical_social_worker', 'marriage_and_family_therapist', 'mental_health_counselor'].includes(
              supervisingPractitioner,
            );
          const levelOk =
            supervision === 'direct' || (supervision === 'general' && serviceDate >= '2024-01-01');
          expect(d.outcome === 'bill_under_supervisor').toBe(eligible && levelOk);
          if (supervision === undefined || supervisingPractitioner === undefined) {
            expect(d.outcome).not.toBe('bill_under_supervisor');
          }
        },
      ),
    );
  });
});
