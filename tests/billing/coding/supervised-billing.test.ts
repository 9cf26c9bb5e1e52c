import { describe, expect, it } from 'vitest';
import {
  COMMERCIAL_PAYER_PROFILE_EXAMPLE,
  evaluateSupervisedBilling,
  MEDICARE_PAYER_PROFILE_EXAMPLE,
} from '../../../src/billing/index.js';
import { ValidationError } from '../../../src/core/index.js';

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

  it('rejects an unknown licensure', () => {
    expect(() =>
      evaluateSupervisedBilling(allowsSupervision, {
        clinicianId: 'assoc-kim',
        licensure: 'student' as never,
      }),
    ).toThrow(ValidationError);
  });
});
