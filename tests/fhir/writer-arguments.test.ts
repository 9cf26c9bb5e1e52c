// The writers list every problem at once: an id FHIR cannot carry beside what the schema finds, and a
// claim written before the services it bills.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { toFhirAppointment, toFhirClaim, toFhirCoverage } from '../../src/fhir/index.js';
import { ANXIETY_CLAIM } from './claim-fixtures.js';

function problems(call: () => unknown): string[] {
  try {
    call();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((i) => `${i.at} ${i.code}`);
    throw error;
  }
  return [];
}

describe('writers: FHIR ids listed beside the schema’s problems', () => {
  it('toFhirAppointment lists an id with `_` beside the appointment’s missing fields', () => {
    const found = problems(() => toFhirAppointment({ id: 'a_b' } as never));
    expect(found).toContain('$.id fhir.id.invalid');
    expect(found).toContain('$.start invalid_type');
    expect(problems(() => toFhirAppointment({ id: 'a_b', clientIds: ['c_1', 'c-2'] } as never))).toContain(
      '$.clientIds[0] fhir.id.invalid',
    );
  });

  it('toFhirCoverage lists an id with `_` beside an unknown status', () => {
    const found = problems(() => toFhirCoverage({ id: 'a_b', status: 'x' } as never));
    expect(found[found.length - 1]).toBe('$.id fhir.id.invalid');
    expect(found).toContain('$.status invalid_value');
  });

  it('toFhirClaim lists ids, the billing NPI and the date by argument, beside the schema’s problems', () => {
    const { billingNpi: _b, ...noBilling } = ANXIETY_CLAIM;
    const found = problems(() =>
      toFhirClaim({ ...noBilling, claimId: 'clm_1', lines: [] }, { asOf: '2026-03-03', coverageId: 'cov_1' }),
    );
    expect(found).toEqual([
      '$.claim.lines too_small',
      '$.claim.claimId fhir.id.invalid',
      '$.options.coverageId fhir.id.invalid',
      '$.claim.billingNpi fhir.claim.billing_npi_missing',
    ]);
  });

  it('lists an id the schema also refuses only once', () => {
    const long = 'x'.repeat(200);
    expect(
      problems(() => toFhirCoverage({ id: long, status: 'x' } as never)).filter((p) => p.startsWith('$.id')),
    ).toHaveLength(1);
  });

  it('never echoes an id it refuses', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{3,8}_[a-z]{3,8}$/), (id) => {
        try {
          toFhirCoverage({ id, status: 'x' } as never);
        } catch (error) {
          expect(JSON.stringify(error) + String(error)).not.toContain(id);
        }
      }),
    );
  });
});

describe('toFhirClaim: written on or after every date of service', () => {
  it('refuses a claim created 2026-02-01 for a session on 2026-03-02, at the options’ date', () => {
    expect(problems(() => toFhirClaim(ANXIETY_CLAIM, { asOf: '2026-02-01', coverageId: 'cov-1' }))).toEqual([
      '$.options.asOf fhir.claim.created_before_service',
    ]);
  });

  it('writes a claim created on the day of service or later', () => {
    expect(toFhirClaim(ANXIETY_CLAIM, { asOf: '2026-03-02', coverageId: 'cov-1' }).created).toBe(
      '2026-03-02',
    );
    expect(toFhirClaim(ANXIETY_CLAIM, { asOf: '2027-01-04', coverageId: 'cov-1' }).created).toBe(
      '2027-01-04',
    );
  });

  it('writes exactly when asOf is on or after the latest line’s date of service', () => {
    const day = fc.integer({ min: 0, max: 60 }).map((d) => {
      const date = new Date(Date.UTC(2026, 1, 20) + d * 86_400_000);
      return date.toISOString().slice(0, 10);
    });
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 4 }), day, (dates, asOf) => {
        const line = ANXIETY_CLAIM.lines[0]!;
        const claim = {
          ...ANXIETY_CLAIM,
          lines: dates.map((serviceDate, i) => ({ ...line, lineId: String(i + 1), serviceDate })),
        };
        const found = problems(() => toFhirClaim(claim, { asOf, coverageId: 'cov-1' }));
        const latest = [...dates].sort().at(-1) as string;
        expect(found).toEqual(asOf < latest ? ['$.options.asOf fhir.claim.created_before_service'] : []);
      }),
    );
  });
});
