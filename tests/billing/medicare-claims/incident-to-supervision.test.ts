import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateMedicareIncidentToSupervision } from '../../../src/billing/index.js';
import { MEDICARE_INCIDENT_TO_GENERAL_SUPERVISION_FROM } from '../../../src/billing/medicare-claims/incident-to-supervision.js';
import { compareDates } from '../../../src/core/index.js';
import { dateArb } from '../../credentialing/credentials/credential-fixtures.js';
import { subjectOf, thrown } from '../../validation-subject.js';

// 42 CFR 410.26(b)(5) as amended by the CY 2024 physician fee schedule rule: behavioral health services
// furnished incident to a practitioner's service may be under general supervision from 2024-01-01; any other
// service, and any service before, needs direct supervision (410.26(a)(2)).
describe('evaluateMedicareIncidentToSupervision (42 CFR 410.26(b)(5), CY 2024 PFS)', () => {
  it('meets the rule for psychotherapy on 2024-01-02 under general supervision', () => {
    const d = evaluateMedicareIncidentToSupervision({
      serviceDate: '2024-01-02',
      service: 'behavioral_health',
      supervision: 'general',
      supervisingPractitioner: 'physician',
    });
    expect(d).toEqual({
      outcome: 'supervision_met',
      requiredSupervision: 'general',
      reasons: [
        {
          code: 'billing.incident_to.supervision_met',
          severity: 'info',
          message:
            "The general supervision given by a physician meets Medicare's incident-to rule for this service on this date (general supervision needed).",
          facts: {
            serviceDate: '2024-01-02',
            service: 'behavioral_health',
            supervision: 'general',
            supervisingPractitioner: 'physician',
            requiredSupervision: 'general',
            generalSupervisionFrom: '2024-01-01',
          },
        },
      ],
    });
  });

  it('refuses psychotherapy on 2023-12-29 under general supervision: direct supervision was needed before 2024', () => {
    const d = evaluateMedicareIncidentToSupervision({
      serviceDate: '2023-12-29',
      service: 'behavioral_health',
      supervision: 'general',
      supervisingPractitioner: 'physician',
    });
    expect(d.outcome).toBe('refused');
    expect(d.requiredSupervision).toBe('direct');
    expect(d.reasons[0]?.code).toBe('billing.incident_to.direct_supervision_required');
    expect(d.reasons[0]?.message).toContain('only for dates of service from 2024-01-01');
  });

  it('takes 2024-01-01 itself as the first day general supervision is enough', () => {
    expect(MEDICARE_INCIDENT_TO_GENERAL_SUPERVISION_FROM).toBe('2024-01-01');
    const on = (serviceDate: string) =>
      evaluateMedicareIncidentToSupervision({
        serviceDate,
        service: 'behavioral_health',
        supervision: 'general',
        supervisingPractitioner: 'physician',
      }).outcome;
    expect(on('2023-12-31')).toBe('refused');
    expect(on('2024-01-01')).toBe('supervision_met');
  });

  it('meets the rule under direct supervision on 2023-12-29 as on 2026-03-02', () => {
    for (const serviceDate of ['2023-12-29', '2026-03-02']) {
      const d = evaluateMedicareIncidentToSupervision({
        serviceDate,
        service: 'behavioral_health',
        supervision: 'direct',
        supervisingPractitioner: 'physician',
      });
      expect(d.outcome).toBe('supervision_met');
    }
  });

  it('still refuses a service that is not behavioral health on 2026-03-02 under general supervision', () => {
    const d = evaluateMedicareIncidentToSupervision({
      serviceDate: '2026-03-02',
      service: 'other',
      supervision: 'general',
      supervisingPractitioner: 'physician',
    });
    expect(d.outcome).toBe('refused');
    expect(d.requiredSupervision).toBe('direct');
    expect(d.reasons[0]?.message).toContain('behavioral health services only');
  });

  it('holds a session whose supervision is not recorded, saying which supervision it needs', () => {
    const d = evaluateMedicareIncidentToSupervision({
      serviceDate: '2024-06-03',
      service: 'behavioral_health',
    });
    expect(d.outcome).toBe('undecided');
    expect(d.reasons[0]?.code).toBe('billing.incident_to.supervision_unknown');
    expect(d.reasons[0]?.message).toContain('needs general supervision');
  });

  it('never lets general supervision pass before 2024 or for another service, and direct always passes', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.constantFrom('behavioral_health', 'other' as const),
        fc.constantFrom('direct', 'general' as const),
        (serviceDate, service, supervision) => {
          const d = evaluateMedicareIncidentToSupervision({
            serviceDate,
            service,
            supervision,
            supervisingPractitioner: 'physician',
          });
          const generalOk = service === 'behavioral_health' && compareDates(serviceDate, '2024-01-01') >= 0;
          expect(d.outcome).toBe(supervision === 'direct' || generalOk ? 'supervision_met' : 'refused');
          expect(d.requiredSupervision).toBe(generalOk ? 'general' : 'direct');
        },
      ),
    );
  });

  it('lists every problem of a bad query by path without echoing it', () => {
    const call = () =>
      evaluateMedicareIncidentToSupervision({
        serviceDate: '2024-13-01',
        service: 'massage',
        supervision: 'remote',
        secret: 'Jane Doe',
      } as never);
    const e = thrown(call);
    expect(subjectOf(call)).toContain('Medicare incident-to query');
    expect(e.issues.map((i) => i.at).sort()).toEqual([
      '$.query',
      '$.query.service',
      '$.query.serviceDate',
      '$.query.supervision',
    ]);
    expect(e.message).not.toContain('Jane Doe');
    expect(e.message).not.toContain('massage');
  });
});
