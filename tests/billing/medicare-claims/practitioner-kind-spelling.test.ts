// Billing's Medicare rules take practitioner kinds in core's one spelling (PractitionerKind): a marriage and
// family therapist is `marriage_and_family_therapist` for who ordered a service and for who supervised one.
import { describe, expect, it } from 'vitest';
import { ClaimOrderingProvider } from '../../../src/billing/claims/ordering-provider.js';
import {
  evaluateMedicareIncidentToSupervision,
  evaluateMedicareOrderingPractitioner,
} from '../../../src/billing/index.js';
import { IncidentToSupervisingPractitioner } from '../../../src/billing/medicare-claims/incident-to-supervision.js';
import { OrderingPractitionerType } from '../../../src/billing/medicare-claims/ordering-referring.js';
import { PractitionerKind, safeValidate } from '../../../src/core/index.js';
import { thrown } from '../../validation-subject.js';

const RENAMED_ISSUE = {
  code: 'core.practitioner_kind.renamed',
  message: 'is a renamed practitioner kind: write "marriage_and_family_therapist"',
};

describe('practitioner kinds in billing', () => {
  it("spells every ordering and supervising kind as core's PractitionerKind", () => {
    for (const kind of [...OrderingPractitionerType.options, ...IncidentToSupervisingPractitioner.options])
      expect(PractitionerKind.options).toContain(kind);
  });

  it('leaves a referral by a marriage and family therapist on 2026-03-04 undecided (not on CMS list, not confirmed)', () => {
    const d = evaluateMedicareOrderingPractitioner({
      serviceDate: '2026-03-04',
      ordererType: 'marriage_and_family_therapist',
      ordererStanding: 'approved',
    });
    expect(d.outcome).toBe('undecided');
    expect(d.reasons.map((r) => r.code)).toEqual(['billing.ordering.type_unknown']);
  });

  it('rejects the renamed marriage_family_therapist as an orderer, saying what to write', () => {
    const error = thrown(() =>
      evaluateMedicareOrderingPractitioner({
        serviceDate: '2026-03-04',
        ordererType: 'marriage_family_therapist' as never,
      }),
    );
    expect(error.issues).toContainEqual({
      path: ['query', 'ordererType'],
      at: '$.query.ordererType',
      ...RENAMED_ISSUE,
    });
  });

  it("rejects it on a claim's ordering provider too", () => {
    const result = safeValidate(
      ClaimOrderingProvider,
      { npi: '1234567893', lastName: 'RIVERA', type: 'marriage_family_therapist' },
      'ordering provider',
    );
    expect(result.success ? [] : result.error.issues.map((i) => [i.at, i.code])).toContainEqual([
      '$.type',
      'core.practitioner_kind.renamed',
    ]);
  });

  it('refuses general supervision by a marriage and family therapist on 2024-02-05 (not an incident-to supervisor)', () => {
    const d = evaluateMedicareIncidentToSupervision({
      serviceDate: '2024-02-05',
      service: 'behavioral_health',
      supervision: 'general',
      supervisingPractitioner: 'marriage_and_family_therapist',
    });
    expect(d.outcome).toBe('refused');
    expect(d.reasons.map((r) => r.code)).toContain('billing.incident_to.supervisor_not_eligible');
  });

  it('rejects the renamed spelling as a supervisor, saying what to write', () => {
    const error = thrown(() =>
      evaluateMedicareIncidentToSupervision({
        serviceDate: '2024-02-05',
        service: 'behavioral_health',
        supervision: 'direct',
        supervisingPractitioner: 'marriage_family_therapist' as never,
      }),
    );
    expect(error.issues).toContainEqual({
      path: ['query', 'supervisingPractitioner'],
      at: '$.query.supervisingPractitioner',
      ...RENAMED_ISSUE,
    });
  });
});
