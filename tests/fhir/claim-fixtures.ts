// A telehealth psychotherapy claim with an interactive-complexity add-on, shared by the claim tests.
import type { ClaimInput } from '../../src/billing/index.js';

export const ANXIETY_CLAIM: ClaimInput = {
  claimId: 'clm-2026-0301',
  clientId: 'c-ava',
  payerId: 'bcbs-il',
  renderingNpi: '1234567893',
  billingNpi: '1245319599',
  diagnosisCodes: ['F41.1', 'Z63.0'],
  priorAuthorizationNumber: 'PA-77821',
  lines: [
    {
      lineId: '1',
      serviceDate: '2026-03-02',
      procedureCode: '90834',
      modifiers: ['95'],
      placeOfService: '10',
      units: 1,
      chargeCents: 15_000,
      diagnosisPointers: [1, 2],
      modality: 'video',
      clientAtHome: true,
    },
    {
      lineId: '2',
      serviceDate: '2026-03-02',
      procedureCode: '90785',
      placeOfService: '10',
      units: 1,
      chargeCents: 2_500,
      diagnosisPointers: [1],
    },
  ],
};
