import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMERCIAL_PAYER_PROFILE_EXAMPLE,
  evaluateMedicareIncidentToSupervision,
  evaluateSupervisedBilling,
  MEDICARE_PAYER_PROFILE_EXAMPLE,
} from '../../../src/billing/index.js';
import { PayerKind } from '../../../src/billing/internal.js';
import { IncidentToSupervisingPractitioner } from '../../../src/billing/medicare-claims/incident-to-supervision.js';
import { ValidationError } from '../../../src/core/index.js';
import { dateArb } from '../../credentialing/credentials/credential-fixtures.js';
import { subjectOf, thrown } from '../../validation-subject.js';

const allowsSupervision = { ...COMMERCIAL_PAYER_PROFILE_EXAMPLE, preLicensedMayBillUnderSupervisor: true };

describe('evaluateSupervisedBilling', () => {
  it('bills a licensed clinician under their own name', () => {
    expect(
      evaluateSupervisedBilling(MEDICARE_PAYER_PROFILE_EXAMPLE, {
        clinicianId: 'dr-lee',
        licensure: 'independently_licensed',
      }),
    ).toEqual({ outcome: 'bill_as_rendering', billingClinicianId: 'dr-lee', reasons: [] });
  });

  it('bills an associate under the supervisor where the payer allows it', () => {
    expect(
      evaluateSupervisedBilling(allowsSupervision, {
        clinicianId: 'assoc-kim',
        licensure: 'pre_licensed',
        supervisorId: 'dr-lee',
      }),
    ).toMatchObject({
      outcome: 'bill_under_supervisor',
      billingClinicianId: 'dr-lee',
      reasons: [{ code: 'billing.supervision.billed_under_supervisor', severity: 'info' }],
    });
  });

  it('refuses an associate for a payer that does not allow supervised billing', () => {
    expect(
      evaluateSupervisedBilling(MEDICARE_PAYER_PROFILE_EXAMPLE, {
        clinicianId: 'assoc-kim',
        licensure: 'pre_licensed',
        supervisorId: 'dr-lee',
      }),
    ).toMatchObject({ outcome: 'not_billable', reasons: [{ code: 'billing.supervision.not_allowed' }] });
  });

  it('cannot decide without a supervisor on record', () => {
    expect(
      evaluateSupervisedBilling(allowsSupervision, { clinicianId: 'assoc-kim', licensure: 'pre_licensed' }),
    ).toMatchObject({ outcome: 'undecided', reasons: [{ code: 'billing.supervision.supervisor_missing' }] });
  });

  it('rejects a session with an impossible date or an unknown service', () => {
    expect(() =>
      evaluateSupervisedBilling(
        allowsSupervision,
        { clinicianId: 'assoc-kim', licensure: 'pre_licensed' },
        { serviceDate: '2024-02-30', service: 'therapy' as never },
      ),
    ).toThrow(ValidationError);
  });

  it('lists a bad session beside a bad clinician, each under its parameter, echoing neither', () => {
    const call = () =>
      evaluateSupervisedBilling(
        allowsSupervision,
        { clinicianId: 'assoc-kim', licensure: 'student' as never },
        { serviceDate: '2024-02-30', service: 'therapy' as never },
      );
    const error = thrown(call);
    expect(error.issues.map((i) => i.at).sort()).toEqual([
      '$.clinician.licensure',
      '$.session.service',
      '$.session.serviceDate',
    ]);
    expect(subjectOf(call)).toContain('supervised session');
    expect(error.message).not.toContain('therapy');
    expect(error.message).not.toContain('student');
  });

  it('rejects an unknown licensure', () => {
    expect(() =>
      evaluateSupervisedBilling(allowsSupervision, {
        clinicianId: 'assoc-kim',
        licensure: 'student' as never,
      }),
    ).toThrow(ValidationError);
  });
});

// Medicare pays a supervised clinician's session under the supervisor incident to the supervisor's service:
// direct supervision, or general supervision of a behavioral health service from 2024-01-01
// (42 CFR 410.26(b)(5), CY 2024 physician fee schedule final rule, 88 FR 78818).
describe('evaluateSupervisedBilling for Medicare: the incident-to supervision rule', () => {
  const medicare = { ...MEDICARE_PAYER_PROFILE_EXAMPLE, preLicensedMayBillUnderSupervisor: true };
  const associate = { clinicianId: 'assoc-kim', licensure: 'pre_licensed', supervisorId: 'dr-lee' } as const;

  it('does not bill under the supervisor a psychotherapy session of 2023-12-29 under general supervision (direct was required)', () => {
    expect(
      evaluateSupervisedBilling(medicare, associate, {
        serviceDate: '2023-12-29',
        service: 'behavioral_health',
        supervision: 'general',
        supervisingPractitioner: 'clinical_psychologist',
      }),
    ).toMatchObject({
      outcome: 'not_billable',
      billingClinicianId: null,
      reasons: [
        {
          code: 'billing.incident_to.direct_supervision_required',
          severity: 'error',
          facts: { serviceDate: '2023-12-29', requiredSupervision: 'direct', supervision: 'general' },
        },
      ],
    });
  });

  it('bills under the supervisor a psychotherapy session of 2024-01-02 under general supervision', () => {
    expect(
      evaluateSupervisedBilling(medicare, associate, {
        serviceDate: '2024-01-02',
        service: 'behavioral_health',
        supervision: 'general',
        supervisingPractitioner: 'clinical_psychologist',
      }),
    ).toMatchObject({
      outcome: 'bill_under_supervisor',
      billingClinicianId: 'dr-lee',
      reasons: [
        { code: 'billing.supervision.billed_under_supervisor' },
        { code: 'billing.incident_to.supervision_met', facts: { requiredSupervision: 'general' } },
      ],
    });
  });

  it('bills a session of 2023-12-29 under direct supervision', () => {
    expect(
      evaluateSupervisedBilling(medicare, associate, {
        serviceDate: '2023-12-29',
        service: 'behavioral_health',
        supervision: 'direct',
        supervisingPractitioner: 'clinical_psychologist',
      }).outcome,
    ).toBe('bill_under_supervisor');
  });

  it('does not bill a service other than behavioral health of 2024-01-02 under general supervision', () => {
    expect(
      evaluateSupervisedBilling(medicare, associate, {
        serviceDate: '2024-01-02',
        service: 'other',
        supervision: 'general',
        supervisingPractitioner: 'clinical_psychologist',
      }),
    ).toMatchObject({
      outcome: 'not_billable',
      reasons: [{ code: 'billing.incident_to.direct_supervision_required' }],
    });
  });

  it('cannot decide a session of 2024-01-02 whose supervision is not recorded, and bills nobody', () => {
    expect(
      evaluateSupervisedBilling(medicare, associate, {
        serviceDate: '2024-01-02',
        service: 'behavioral_health',
      }),
    ).toMatchObject({
      outcome: 'undecided',
      billingClinicianId: null,
      reasons: [
        { code: 'billing.incident_to.supervision_unknown', facts: { supervision: null } },
        { code: 'billing.incident_to.supervisor_unknown', facts: { supervisingPractitioner: null } },
      ],
    });
  });

  it('cannot decide a Medicare session given without its date, service and supervision (before: billed under the supervisor)', () => {
    expect(evaluateSupervisedBilling(medicare, associate)).toMatchObject({
      outcome: 'undecided',
      billingClinicianId: null,
      reasons: [{ code: 'billing.supervision.session_unknown', severity: 'warning' }],
    });
  });

  it('keeps the profile saying no before the incident-to rule: not billable on 2024-01-02 either', () => {
    expect(
      evaluateSupervisedBilling(MEDICARE_PAYER_PROFILE_EXAMPLE, associate, {
        serviceDate: '2024-01-02',
        service: 'behavioral_health',
        supervision: 'direct',
        supervisingPractitioner: 'clinical_psychologist',
      }),
    ).toMatchObject({ outcome: 'not_billable', reasons: [{ code: 'billing.supervision.not_allowed' }] });
  });

  it('leaves a Medicare Advantage plan to its profile: general supervision on 2023-12-29 is billed where it allows it', () => {
    expect(
      evaluateSupervisedBilling({ ...medicare, kind: 'medicare_advantage' }, associate, {
        serviceDate: '2023-12-29',
        service: 'behavioral_health',
        supervision: 'general',
        supervisingPractitioner: 'clinical_psychologist',
      }),
    ).toMatchObject({
      outcome: 'bill_under_supervisor',
      reasons: [{ code: 'billing.supervision.billed_under_supervisor' }],
    });
  });

  const sessionArb = fc.record(
    {
      serviceDate: dateArb,
      service: fc.constantFrom('behavioral_health' as const, 'other' as const),
      supervision: fc.constantFrom('direct' as const, 'general' as const),
      supervisingPractitioner: fc.constantFrom(...IncidentToSupervisingPractitioner.options),
    },
    { requiredKeys: ['serviceDate', 'service'] },
  );

  it('bills a Medicare associate under the supervisor exactly when the incident-to rule is met, and never when the supervision is not recorded', () => {
    fc.assert(
      fc.property(sessionArb, (session) => {
        const decision = evaluateSupervisedBilling(medicare, associate, session);
        const incidentTo = evaluateMedicareIncidentToSupervision(session);
        expect(decision.outcome === 'bill_under_supervisor').toBe(incidentTo.outcome === 'supervision_met');
        const unknown = session.supervision === undefined || session.supervisingPractitioner === undefined;
        // Something missing is never billed: at best undecided, at worst refused by what is known.
        if (unknown) expect(decision.outcome).not.toBe('bill_under_supervisor');
        expect(decision.billingClinicianId).toBe(
          decision.outcome === 'bill_under_supervisor' ? 'dr-lee' : null,
        );
      }),
    );
  });

  it('decides every other payer as before, whatever the session', () => {
    const others = PayerKind.options.filter((k) => k !== 'medicare');
    fc.assert(
      fc.property(fc.constantFrom(...others), fc.boolean(), sessionArb, (kind, allows, session) => {
        const profile = { ...medicare, kind, preLicensedMayBillUnderSupervisor: allows };
        expect(evaluateSupervisedBilling(profile, associate, session)).toEqual(
          evaluateSupervisedBilling(profile, associate),
        );
      }),
    );
  });
});
