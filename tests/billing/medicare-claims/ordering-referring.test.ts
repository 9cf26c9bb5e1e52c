import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateMedicareOrderingPractitioner } from '../../../src/billing/index.js';
import {
  OrderingMedicareStanding,
  OrderingPractitionerType,
} from '../../../src/billing/medicare-claims/ordering-referring.js';
import { dateArb } from '../../credentialing/credentials/credential-fixtures.js';
import { subjectOf, thrown } from '../../validation-subject.js';

// 42 CFR 424.507: a Medicare claim for an ordered or referred service is paid only when the ordering or
// referring practitioner is of an eligible type and enrolled in Medicare (approved) or validly opted out.
describe('evaluateMedicareOrderingPractitioner (42 CFR 424.507)', () => {
  it('passes a lithium level ordered on 2026-03-04 by a psychiatrist enrolled in Medicare', () => {
    const d = evaluateMedicareOrderingPractitioner({
      serviceDate: '2026-03-04',
      ordererType: 'physician',
      ordererStanding: 'approved',
    });
    expect(d).toEqual({
      outcome: 'eligible',
      reasons: [
        {
          code: 'billing.ordering.eligible',
          severity: 'info',
          message:
            'The ordering or referring physician is enrolled in Medicare on the date of service and of a type that may order or refer.',
          facts: { serviceDate: '2026-03-04', ordererType: 'physician', ordererStanding: 'approved' },
        },
      ],
    });
  });

  it('passes a lab ordered by a psychiatric nurse practitioner who validly opted out (424.507(a)(1)(ii))', () => {
    const d = evaluateMedicareOrderingPractitioner({
      serviceDate: '2026-03-04',
      ordererType: 'nurse_practitioner',
      ordererStanding: 'opted_out',
    });
    expect(d.outcome).toBe('eligible');
    expect(d.reasons[0]?.message).toContain('validly opted out of Medicare');
  });

  it('refuses a lab ordered by a psychiatrist not enrolled in Medicare', () => {
    const d = evaluateMedicareOrderingPractitioner({
      serviceDate: '2026-03-04',
      ordererType: 'physician',
      ordererStanding: 'not_enrolled',
    });
    expect(d.outcome).toBe('refused');
    expect(d.reasons.map((r) => r.code)).toEqual(['billing.ordering.not_enrolled']);
  });

  it('refuses a referral made by a pre-licensed associate, enrolled or not', () => {
    const d = evaluateMedicareOrderingPractitioner({
      serviceDate: '2026-03-04',
      ordererType: 'associate',
      ordererStanding: 'not_enrolled',
    });
    expect(d.outcome).toBe('refused');
    expect(d.reasons.map((r) => r.code)).toEqual([
      'billing.ordering.type_not_eligible',
      'billing.ordering.not_enrolled',
    ]);
  });

  it('holds psychological testing referred by an enrolled psychiatrist whose PECOS standing was not checked', () => {
    const d = evaluateMedicareOrderingPractitioner({ serviceDate: '2026-03-04', ordererType: 'physician' });
    expect(d.outcome).toBe('undecided');
    expect(d.reasons.map((r) => r.code)).toEqual(['billing.ordering.enrollment_unknown']);
  });

  it('holds a referral by an enrolled mental health counselor: their place on the ordering list is not confirmed', () => {
    const d = evaluateMedicareOrderingPractitioner({
      serviceDate: '2026-03-04',
      ordererType: 'mental_health_counselor',
      ordererStanding: 'approved',
    });
    expect(d.outcome).toBe('undecided');
    expect(d.reasons.map((r) => r.code)).toEqual(['billing.ordering.type_unknown']);
  });

  it('refuses a registered nurse as orderer even with the standing unknown, and says both', () => {
    const d = evaluateMedicareOrderingPractitioner({
      serviceDate: '2026-03-04',
      ordererType: 'registered_nurse',
    });
    expect(d.outcome).toBe('refused');
    expect(d.reasons.map((r) => r.code)).toEqual([
      'billing.ordering.type_not_eligible',
      'billing.ordering.enrollment_unknown',
    ]);
  });

  it('is eligible only for an eligible type that is approved or opted out, and never without a reason', () => {
    const eligibleTypes = new Set([
      'physician',
      'physician_assistant',
      'nurse_practitioner',
      'clinical_nurse_specialist',
      'certified_nurse_midwife',
      'clinical_psychologist',
      'clinical_social_worker',
    ]);
    fc.assert(
      fc.property(
        dateArb,
        fc.option(fc.constantFrom(...OrderingPractitionerType.options), { nil: undefined }),
        fc.option(fc.constantFrom(...OrderingMedicareStanding.options), { nil: undefined }),
        (serviceDate, ordererType, ordererStanding) => {
          const d = evaluateMedicareOrderingPractitioner({
            serviceDate,
            ...(ordererType === undefined ? {} : { ordererType }),
            ...(ordererStanding === undefined ? {} : { ordererStanding }),
          });
          const eligible =
            ordererType !== undefined &&
            eligibleTypes.has(ordererType) &&
            (ordererStanding === 'approved' || ordererStanding === 'opted_out');
          expect(d.outcome === 'eligible').toBe(eligible);
          expect(d.reasons.length).toBeGreaterThan(0);
          if (ordererStanding === 'not_enrolled') expect(d.outcome).toBe('refused');
        },
      ),
    );
  });

  it('lists every problem of a bad query by path without echoing it', () => {
    const call = () =>
      evaluateMedicareOrderingPractitioner({
        serviceDate: '2026-02-30',
        ordererType: 'Dr. Jane Doe',
        ordererStanding: 'pending',
      } as never);
    const e = thrown(call);
    expect(subjectOf(call)).toContain('Medicare ordering query');
    expect(e.issues.map((i) => i.at).sort()).toEqual([
      '$.query.ordererStanding',
      '$.query.ordererType',
      '$.query.serviceDate',
    ]);
    expect(e.message).not.toContain('Jane');
  });
});
