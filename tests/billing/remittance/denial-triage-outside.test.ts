// Outside-tester cases (bill34): group codes and CARCs as the X12 835 and CARC list define them
// ([x12-835], [x12-carc]), written before reading the denial table.
import { describe, expect, it } from 'vitest';
import { type TriageDenialOptions, triageDenial } from '../../../src/billing/remittance/denial-triage.js';

type Row = readonly [string, 'CO' | 'PR' | 'OA' | 'PI', string, TriageDenialOptions, Record<string, unknown>];
const commercialInNetwork = {
  payerKind: 'commercial',
  inNetwork: true,
  hasSecondaryCoverage: false,
} as const;
const medicare = {
  payerKind: 'medicare',
  qualifiedMedicareBeneficiary: false,
  hasSecondaryCoverage: false,
} as const;

const rows: readonly Row[] = [
  [
    'CO-45 in network is written off, never the client’s',
    'CO',
    '45',
    commercialInNetwork,
    { action: 'write_off', clientBillable: false },
  ],
  [
    'CO-45 with the network unknown is still never the client’s (CO is the provider’s)',
    'CO',
    '45',
    { hasSecondaryCoverage: false },
    { clientBillable: false },
  ],
  [
    'PR-1 deductible, no secondary: billed to the client',
    'PR',
    '1',
    commercialInNetwork,
    { action: 'bill_client', clientBillable: true, category: 'patient_responsibility' },
  ],
  [
    'PR-2 coinsurance, no secondary: billed to the client',
    'PR',
    '2',
    commercialInNetwork,
    { action: 'bill_client', clientBillable: true },
  ],
  [
    'PR-3 copay with a secondary: to the secondary first',
    'PR',
    '3',
    { ...commercialInNetwork, hasSecondaryCoverage: true },
    { action: 'bill_secondary' },
  ],
  [
    'PR-3 with secondary coverage unknown: undecided, not billed',
    'PR',
    '3',
    { payerKind: 'commercial', inNetwork: true },
    { outcome: 'undecided', clientBillable: false },
  ],
  [
    'CO-29 on Medicare: not appealable, never the client’s',
    'CO',
    '29',
    medicare,
    { clientBillable: false, appealable: false, category: 'timely_filing' },
  ],
  [
    'CO-29 in network commercial: never the client’s',
    'CO',
    '29',
    commercialInNetwork,
    { clientBillable: false, category: 'timely_filing' },
  ],
  [
    'CO-29 with the payer kind unknown: undecided',
    'CO',
    '29',
    { inNetwork: true },
    { outcome: 'undecided', clientBillable: false },
  ],
  [
    'CO-97 bundled: never the client’s, the biller’s',
    'CO',
    '97',
    commercialInNetwork,
    { clientBillable: false, owner: 'biller' },
  ],
  [
    'CO-96 non-covered: never the client’s under CO',
    'CO',
    '96',
    commercialInNetwork,
    { clientBillable: false },
  ],
  [
    'CO-16 missing information: correct and resubmit, never the client’s',
    'CO',
    '16',
    commercialInNetwork,
    { action: 'correct_and_resubmit', clientBillable: false, category: 'missing_information' },
  ],
  [
    'CO-50 medical necessity: a clinician’s, never the client’s',
    'CO',
    '50',
    medicare,
    { clientBillable: false, owner: 'clinician', category: 'medical_necessity' },
  ],
  [
    'PR-50 with an ABN signed before: the client’s',
    'PR',
    '50',
    { ...medicare, waiverSigned: true },
    { clientBillable: true, action: 'bill_client' },
  ],
  [
    'PR-50 without an ABN: not the client’s',
    'PR',
    '50',
    { ...medicare, waiverSigned: false },
    { clientBillable: false },
  ],
  [
    'CO-197 no authorization: appealable, the biller’s, never the client’s',
    'CO',
    '197',
    commercialInNetwork,
    { category: 'authorization', appealable: true, clientBillable: false },
  ],
  [
    'PR-204 not covered by the plan: the client’s',
    'PR',
    '204',
    commercialInNetwork,
    { clientBillable: true, action: 'bill_client' },
  ],
  [
    'CO-242 not by a network provider: never the client’s',
    'CO',
    '242',
    commercialInNetwork,
    { clientBillable: false },
  ],
  ['CO-253 sequestration: never the client’s', 'CO', '253', medicare, { clientBillable: false }],
  [
    'PR-253 sequestration: never the client’s whatever the group',
    'PR',
    '253',
    medicare,
    { clientBillable: false },
  ],
  ['OA-97 other adjustment: never the client’s', 'OA', '97', commercialInNetwork, { clientBillable: false }],
  [
    'PI-45 payer-initiated reduction: disputed by the biller',
    'PI',
    '45',
    commercialInNetwork,
    { action: 'appeal', owner: 'biller', clientBillable: false },
  ],
  [
    'PR-45 on Medicaid: payment in full, never the client’s (42 CFR 447.15)',
    'PR',
    '45',
    { payerKind: 'medicaid', inNetwork: false, hasSecondaryCoverage: false },
    { clientBillable: false },
  ],
];

describe('triageDenial, outside tester: who owes, who works it, what is written off', () => {
  for (const [title, group, carc, options, expected] of rows) {
    it(`${group}-${carc}: ${title}`, () => {
      const d = triageDenial({ group, carc, amountCents: 2_500 }, options);
      expect(d).toMatchObject(expected);
      // Whatever the code: a written-off amount is never also the client's.
      if (d.action === 'write_off') expect(d.clientBillable).toBe(false);
      // Billing the client (or their secondary first) only for an amount that is theirs, and back.
      expect(d.clientBillable).toBe(d.action === 'bill_client' || d.action === 'bill_secondary');
    });
  }
});
