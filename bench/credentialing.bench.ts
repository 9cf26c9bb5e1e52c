// The full deadline calendar for 2,000 clinicians with 15 payers each (issue 7: under 200 ms).
import { bench, describe } from 'vitest';
import { addDays } from '../src/core/index.js';
import { fromEpochDay, toEpochDay } from '../src/core/internal.js';
import { buildCredentialingCalendar, evaluateServiceJurisdiction } from '../src/credentialing/index.js';

const AS_OF = '2026-11-22';
const STATES = ['CA', 'NV', 'AZ', 'TX', 'NY', 'FL', 'WA', 'OR'] as const;
const PAYERS = Array.from({ length: 15 }, (_, i) => `payer-${i}`);
const base = toEpochDay(AS_OF);
// A deterministic spread of dates, so deadlines fall before, inside and beyond the horizon.
const spread = (i: number, span: number, from: number) => fromEpochDay(base + from + ((i * 7919) % span));

const clinicians = Array.from({ length: 2000 }, (_, i) => ({
  clinicianId: `clin-${i}`,
  individualNpi: '1234567893',
  caqh: { providerId: String(10_000_000 + i), lastAttestedOn: spread(i, 130, -130) },
  licenses: [0, 1].map((k) => ({
    state: STATES[(i + k) % STATES.length],
    type: 'LPC',
    number: `LPC-${i}-${k}`,
    level: 'independent',
    status: 'active',
    issuedOn: '2020-01-01',
    expiresOn: spread(i + k * 31, 730, -30),
  })),
  malpractice: [
    {
      carrier: 'CPH',
      policyNumber: `P-${i}`,
      effectiveOn: '2026-01-01',
      expiresOn: spread(i, 365, 0),
      perClaimLimitCents: 100_000_000,
      aggregateLimitCents: 300_000_000,
    },
  ],
}));

const enrollments = clinicians.flatMap((c, i) =>
  PAYERS.map((payerId, p) => {
    const n = i * 15 + p;
    if (n % 10 === 0) {
      return { clinicianId: c.clinicianId, payerId, status: 'submitted', submittedOn: spread(n, 90, -90) };
    }
    const credentialedOn = spread(n, 1095, -1095);
    return {
      clinicianId: c.clinicianId,
      payerId,
      status: 'approved',
      effectiveOn: addDays(credentialedOn, 15),
      credentialedOn,
    };
  }),
);

describe('credentialing', () => {
  bench(
    'buildCredentialingCalendar: 2,000 clinicians × 15 payers',
    () => {
      buildCredentialingCalendar({ clinicians, enrollments }, { asOf: AS_OF });
    },
    { iterations: 20, warmupIterations: 3 },
  );

  bench('evaluateServiceJurisdiction: one booking check', () => {
    evaluateServiceJurisdiction(clinicians[7] as never, {
      clientState: 'NV',
      serviceDate: AS_OF,
      modality: 'telehealth',
    });
  });
});
