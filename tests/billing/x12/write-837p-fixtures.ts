// The practice, payer, clients and clinicians of the 837P tests (Harbor Counseling Group billing Summit Health
// Plan in April 2026), and a ready telehealth claim of Alex Lane's, for the writer's tests to vary.
import { type ClaimInput, COMMERCIAL_PAYER_PROFILE_EXAMPLE } from '../../../src/billing/index.js';
import type { Write837POptions } from '../../../src/billing/x12/index.js';

export const options: Write837POptions = {
  envelope: {
    asOf: '2026-04-10T09:30:00-07:00',
    controlNumbers: { interchange: 501, group: 501, transaction: 1 },
    sender: { id: 'HARBORCNS' },
    receiver: { id: '60054' },
  },
  submitter: { name: 'HARBOR COUNSELING GROUP', contactName: 'BILLING OFFICE', phone: '5035550100' },
  receiver: { name: 'SUMMIT HEALTH PLAN' },
  billingProvider: {
    name: 'HARBOR COUNSELING GROUP',
    npi: '1245319599',
    taxId: '931234567',
    address: {
      line1: '200 MAIN ST',
      line2: 'SUITE 4',
      city: 'PORTLAND',
      state: 'OR',
      postalCode: '972011234',
    },
    taxonomy: '261QM0801X',
  },
  payers: {
    summit: {
      name: 'SUMMIT HEALTH PLAN',
      id: '60054',
      filingIndicator: 'CI',
      profile: { ...COMMERCIAL_PAYER_PROFILE_EXAMPLE, payerId: 'summit' },
    },
  },
  clients: {
    'client-lane': {
      memberId: 'W123456789',
      lastName: 'LANE',
      firstName: 'ALEX',
      birthDate: '1990-02-14',
      sex: 'F',
      address: { line1: '12 ELM ST', city: 'PORTLAND', state: 'OR', postalCode: '97201' },
    },
    'client-sam': {
      memberId: 'W123456789',
      lastName: 'LANE',
      firstName: 'SAM',
      birthDate: '2012-06-01',
      sex: 'M',
      address: { line1: '12 ELM ST', city: 'PORTLAND', state: 'OR', postalCode: '97201' },
      subscriber: {
        lastName: 'LANE',
        firstName: 'ALEX',
        birthDate: '1990-02-14',
        sex: 'F',
        address: { line1: '12 ELM ST', city: 'PORTLAND', state: 'OR', postalCode: '97201' },
        relationship: '19',
      },
    },
  },
  clinicians: {
    'assoc-kim': { npi: '1234567893', lastName: 'KIM', firstName: 'JORDAN', taxonomy: '101YM0800X' },
    'dr-lee': { npi: '1679576722', lastName: 'LEE', firstName: 'MORGAN' },
  },
  lineBreak: '\n',
};

export function claim(overrides: Partial<ClaimInput> = {}): ClaimInput {
  return {
    claimId: 'c-3001',
    clientId: 'client-lane',
    payerId: 'summit',
    renderingClinicianId: 'assoc-kim',
    supervisingClinicianId: 'dr-lee',
    renderingNpi: '1234567893',
    billingNpi: '1245319599',
    diagnosisCodes: ['F41.1', 'F33.1'],
    priorAuthorizationNumber: 'AUTH5521',
    status: 'ready',
    history: [{ from: 'draft', to: 'ready', on: '2026-04-09' }],
    lines: [
      {
        lineId: '1',
        serviceDate: '2026-04-06',
        procedureCode: '90837',
        modifiers: ['95'],
        placeOfService: '10',
        units: 1,
        chargeCents: 20_000,
        diagnosisPointers: [1, 2],
        modality: 'video',
        clientAtHome: true,
      },
    ],
    ...overrides,
  };
}
