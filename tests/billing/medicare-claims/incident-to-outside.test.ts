import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMERCIAL_PAYER_PROFILE_EXAMPLE,
  evaluateMedicareIncidentToSupervision,
  evaluateSupervisedBilling,
  MEDICARE_PAYER_PROFILE_EXAMPLE,
} from '../../../src/billing/index.js';
import { addDays } from '../../../src/core/index.js';
import { evaluatePayerNetworkStatus } from '../../../src/credentialing/index.js';

// An outside tester's cases for a pre-licensed clinician's Medicare session billed incident to a supervisor,
// written from the public rules before reading the code:
// - 42 CFR 410.26(b)(5) as amended by the CY 2024 physician fee schedule rule: behavioral health services by
//   auxiliary personnel may be furnished under general supervision (410.32(b)(3)(i)) from 2024-01-01; any other
//   incident-to service needs direct supervision (410.26(a)(2), 410.32(b)(3)(ii));
// - only the supervising practitioner bills Medicare for the incident-to service, under their own enrollment;
// - a pre-licensed clinician (LPC-A, AMFT) cannot enroll and bill Medicare in their own name (410.53, 410.54).
const medicareAllowing = { ...MEDICARE_PAYER_PROFILE_EXAMPLE, preLicensedMayBillUnderSupervisor: true };
const associate = { clinicianId: 'assoc-kim', licensure: 'pre_licensed', supervisorId: 'dr-lee' } as const;
const session = (
  serviceDate: string,
  supervision?: 'direct' | 'general',
  service = 'behavioral_health' as const,
) => ({
  serviceDate,
  service,
  ...(supervision === undefined ? {} : { supervision }),
  supervisingPractitioner: 'clinical_psychologist' as const,
});

describe('a pre-licensed clinician’s Medicare session billed under the supervisor (42 CFR 410.26, CY 2024 PFS)', () => {
  it('bills psychotherapy of Monday 2024-01-01 under the supervisor with general supervision (the first day it is enough)', () => {
    const d = evaluateSupervisedBilling(medicareAllowing, associate, session('2024-01-01', 'general'));
    expect([d.outcome, d.billingClinicianId]).toEqual(['bill_under_supervisor', 'dr-lee']);
  });

  it('refuses psychotherapy of Sunday 2023-12-31 with general supervision: direct was required then', () => {
    const d = evaluateSupervisedBilling(medicareAllowing, associate, session('2023-12-31', 'general'));
    expect(d.outcome).toBe('not_billable');
    expect(d.reasons.map((r) => r.code)).toEqual(['billing.incident_to.direct_supervision_required']);
  });

  it('bills the same 2023-12-31 session under direct supervision', () => {
    expect(
      evaluateSupervisedBilling(medicareAllowing, associate, session('2023-12-31', 'direct')).outcome,
    ).toBe('bill_under_supervisor');
  });

  it('bills a leap-day 2028-02-29 session under general supervision', () => {
    expect(
      evaluateSupervisedBilling(medicareAllowing, associate, session('2028-02-29', 'general')).outcome,
    ).toBe('bill_under_supervisor');
  });

  it('refuses a service that is not behavioral health on 2026-12-31 under general supervision', () => {
    const d = evaluateSupervisedBilling(
      medicareAllowing,
      associate,
      session('2026-12-31', 'general', 'other' as never),
    );
    expect(d.outcome).toBe('not_billable');
  });

  it('holds a session whose supervision is not recorded, saying general was needed on 2026-03-02', () => {
    const d = evaluateSupervisedBilling(medicareAllowing, associate, session('2026-03-02'));
    expect(d.outcome).toBe('undecided');
    expect(d.reasons[0]?.facts).toMatchObject({ requiredSupervision: 'general' });
  });

  it('holds a Medicare session given without its date, service and supervision: never bills by default', () => {
    expect(evaluateSupervisedBilling(medicareAllowing, associate).outcome).toBe('undecided');
  });

  it('holds a pre-licensed clinician with no supervisor on record', () => {
    const d = evaluateSupervisedBilling(
      medicareAllowing,
      { clinicianId: 'assoc-kim', licensure: 'pre_licensed' },
      session('2026-03-02', 'general'),
    );
    expect([d.outcome, d.billingClinicianId]).toEqual(['undecided', null]);
  });

  it('bills an independently licensed clinician in their own name, whatever the supervision', () => {
    const d = evaluateSupervisedBilling(
      medicareAllowing,
      { clinicianId: 'dr-lee', licensure: 'independently_licensed' },
      session('2023-12-31', 'general'),
    );
    expect([d.outcome, d.billingClinicianId]).toEqual(['bill_as_rendering', 'dr-lee']);
  });

  it('leaves a commercial plan to its contract: its flag decides, not Medicare’s supervision rule', () => {
    const plan = { ...COMMERCIAL_PAYER_PROFILE_EXAMPLE, preLicensedMayBillUnderSupervisor: true };
    expect(evaluateSupervisedBilling(plan, associate, session('2023-12-31', 'general')).outcome).toBe(
      'bill_under_supervisor',
    );
  });

  it('property: general supervision never passes before 2024-01-01, and direct always does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2000, max: 2000 }),
        fc.constantFrom('behavioral_health', 'other'),
        (n, service) => {
          const serviceDate = addDays('2024-01-01', n);
          const general = evaluateMedicareIncidentToSupervision({
            serviceDate,
            service,
            supervision: 'general',
            supervisingPractitioner: 'physician',
          });
          const direct = evaluateMedicareIncidentToSupervision({
            serviceDate,
            service,
            supervision: 'direct',
            supervisingPractitioner: 'physician',
          });
          expect(general.outcome).toBe(
            n >= 0 && service === 'behavioral_health' ? 'supervision_met' : 'refused',
          );
          expect(direct.outcome).toBe('supervision_met');
        },
      ),
    );
  });
});

describe('the billing clinician’s own Medicare enrollment (42 CFR 424.520(d), 424.521(a))', () => {
  // Billed under the supervisor, the claim's rendering and billing clinician is the supervisor: it is their
  // enrollment that is asked, on the date of service.
  const medicare = { payerPolicy: { payerId: 'medicare', program: 'medicare' } } as const;
  const supervisor = {
    clinicianId: 'dr-lee',
    payerId: 'medicare',
    status: 'approved',
    submittedOn: '2024-03-01',
    effectiveOn: '2024-03-01',
    credentialedOn: '2024-03-01',
  } as const;
  const asked = (clinicianId: string, serviceDate: string, licenseType: 'psychologist' | 'associate') =>
    evaluatePayerNetworkStatus(
      [supervisor],
      { clinicianId, payerId: 'medicare', serviceDate, licenseType },
      medicare,
    ).outcome;

  it('is retro-billable for a supervised session on 2024-01-31, 30 days before the supervisor’s effective date', () => {
    expect(asked('dr-lee', '2024-01-31', 'psychologist')).toBe('retro_billable');
  });

  it('is out of network on 2024-01-30, 31 days before it: billed under the supervisor, still not payable', () => {
    expect(asked('dr-lee', '2024-01-30', 'psychologist')).toBe('out_of_network');
  });

  it('never bills the associate in their own name with Medicare', () => {
    const own = evaluatePayerNetworkStatus(
      [{ ...supervisor, clinicianId: 'assoc-kim' }],
      { clinicianId: 'assoc-kim', payerId: 'medicare', serviceDate: '2026-03-02', licenseType: 'associate' },
      medicare,
    );
    expect(own.outcome).toBe('out_of_network');
    expect(own.reasons.map((r) => r.code)).toContain('credentialing.medicare.associate_not_enrollable');
  });

  it('keeps the supervision rule and the enrollment separate: a met supervision does not make the date payable', () => {
    const billing = evaluateSupervisedBilling(medicareAllowing, associate, session('2024-01-30', 'general'));
    expect(billing.outcome).toBe('bill_under_supervisor');
    expect(asked(billing.billingClinicianId ?? 'none', '2024-01-30', 'psychologist')).toBe('out_of_network');
  });
});
