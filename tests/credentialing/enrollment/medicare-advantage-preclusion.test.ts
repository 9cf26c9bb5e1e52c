// CMS's preclusion list and Medicare Advantage plans: 42 CFR 422.222 (and 423.120(c)(6) for Part D). A plan pays
// nothing a precluded clinician furnishes from the date its notice to enrollees has run; without that date, a date
// of service from the listing is undecided, never in network.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { addDays, ValidationError } from '../../../src/core/index.js';
import {
  ClinicianCredentials,
  evaluatePayerNetworkStatus,
  type MedicareAdvantagePreclusion,
} from '../../../src/credentialing/index.js';
import { thrown } from '../../validation-subject.js';
import { CLAIMS_SUBMITTED, dateArb, enrollment } from '../credentials/credential-fixtures.js';

type Preclusion = z.input<typeof MedicareAdvantagePreclusion>;
type Program = 'medicare' | 'medicare_advantage' | 'medicaid' | 'commercial';
const options = (payerId: string, program: Program, revalidationMonths?: null) => ({
  payerPolicy: { payerId, program, ...(revalidationMonths === null ? { revalidationMonths } : {}) },
});
const rec = (payerId: string) => [
  enrollment({ payerId, effectiveOn: '2024-01-02', credentialedOn: '2024-01-02', ...CLAIMS_SUBMITTED }),
];
const q = (payerId: string, serviceDate: string, medicareAdvantagePreclusion?: Preclusion) => ({
  clinicianId: 'clin-ana',
  payerId,
  serviceDate,
  licenseType: 'LCSW' as const,
  ...(medicareAdvantagePreclusion === undefined ? {} : { medicareAdvantagePreclusion }),
});
const listed = {
  listedOn: '2026-04-01',
  planDenials: [{ payerId: 'humana-ma', paymentDeniedFrom: '2026-05-04' }],
};
const ma = (date: string, preclusion: Preclusion = listed, payerId = 'humana-ma') =>
  evaluatePayerNetworkStatus(
    rec(payerId),
    q(payerId, date, preclusion),
    options(payerId, 'medicare_advantage'),
  );

describe('the preclusion list and a Medicare Advantage plan: examples', () => {
  it('listed 2026-04-01, plan denies from 2026-05-04: in network through 2026-05-03, out of network from 2026-05-04', () => {
    expect(ma('2026-03-31').outcome).toBe('in_network');
    // In the plan's notice period the plan still pays.
    expect(ma('2026-04-01').outcome).toBe('in_network');
    expect(ma('2026-05-03').outcome).toBe('in_network');
    const d = ma('2026-05-04');
    expect(d.outcome).toBe('out_of_network');
    expect(d.reasons.map((r) => r.code)).toEqual(['credentialing.medicare_advantage.precluded']);
    expect(d.reasons[0]?.facts).toMatchObject({
      listedOn: '2026-04-01',
      paymentDeniedFrom: '2026-05-04',
      removedOn: null,
      outcomeOtherwise: 'in_network',
    });
  });

  it('with no date recorded for the plan, a date from the listing is undecided with a reason, the day before in network', () => {
    const other = { listedOn: '2026-04-01' };
    expect(ma('2026-03-31', other).outcome).toBe('in_network');
    const d = ma('2026-04-01', other);
    expect(d.outcome).toBe('undecided');
    expect(d.reasons.map((r) => r.code)).toEqual([
      'credentialing.medicare_advantage.preclusion_date_unknown',
    ]);
    expect(d.reasons[0]?.facts).toMatchObject({ paymentDeniedFrom: null, outcomeOtherwise: 'in_network' });
    // Another plan's date is not this plan's.
    expect(ma('2026-06-01', listed, 'aetna-ma').outcome).toBe('undecided');
  });

  it('a removal (2026-09-01, the first day off the list) ends it: 2026-08-31 out of network, 2026-09-01 in network', () => {
    const removed = { ...listed, removedOn: '2026-09-01' };
    expect(ma('2026-08-31', removed).outcome).toBe('out_of_network');
    expect(ma('2026-09-01', removed).outcome).toBe('in_network');
  });

  it('the older Medicare Advantage set-up (program medicare, no revalidation cycle) reads it too', () => {
    const d = evaluatePayerNetworkStatus(
      rec('humana-ma'),
      q('humana-ma', '2026-05-04', listed),
      options('humana-ma', 'medicare', null),
    );
    expect(d.outcome).toBe('out_of_network');
  });

  it('fee-for-service Medicare, Medicaid and commercial payers ignore it', () => {
    for (const program of ['medicare', 'medicaid', 'commercial'] as const) {
      const payerId = `payer-${program}`;
      const preclusion = {
        listedOn: '2026-04-01',
        planDenials: [{ payerId, paymentDeniedFrom: '2026-05-04' }],
      };
      expect(
        evaluatePayerNetworkStatus(
          rec(payerId),
          q(payerId, '2026-06-01', preclusion),
          options(payerId, program),
        ).outcome,
      ).toBe('in_network');
    }
  });

  it('a failing answer stays failing, with the preclusion named among its reasons', () => {
    const d = evaluatePayerNetworkStatus(
      [enrollment({ payerId: 'humana-ma', effectiveOn: '2026-07-01', credentialedOn: '2026-07-01' })],
      q('humana-ma', '2026-06-01', { listedOn: '2026-04-01' }),
      options('humana-ma', 'medicare_advantage'),
    );
    expect(d.outcome).toBe('out_of_network');
    // Errors first: the failing answer's own reason, then the preclusion's warning.
    expect(d.reasons.map((r) => r.code)).toEqual([
      'credentialing.network.before_effective_date',
      'credentialing.medicare_advantage.preclusion_date_unknown',
    ]);
  });

  it('rejects a removal on or before the listing, a plan date before it, and two dates for one plan, values not echoed', () => {
    const problems = ClinicianCredentials.safeParse({
      clinicianId: 'c1',
      individualNpi: '1234567893',
      medicareAdvantagePreclusion: {
        listedOn: '2026-04-01',
        removedOn: '2026-04-01',
        planDenials: [
          { payerId: 'humana-ma', paymentDeniedFrom: '2026-03-31' },
          { payerId: 'humana-ma', paymentDeniedFrom: '2026-05-04' },
        ],
      },
    });
    expect(problems.success).toBe(false);
    const issues = problems.error?.issues.map((i) => [
      i.path.join('.'),
      (i as { params?: { code?: string } }).params?.code,
    ]);
    expect(issues).toEqual([
      ['medicareAdvantagePreclusion.removedOn', 'credentialing.preclusion.removed_before_listed'],
      [
        'medicareAdvantagePreclusion.planDenials.0.paymentDeniedFrom',
        'credentialing.preclusion.denial_before_listed',
      ],
      ['medicareAdvantagePreclusion.planDenials.1.payerId', 'credentialing.preclusion.duplicate_plan'],
    ]);
    const viaCheck = thrown(() => ma('2026-05-04', { listedOn: '2026-04-01', removedOn: '2026-03-01' }));
    expect(viaCheck).toBeInstanceOf(ValidationError);
    expect(JSON.stringify(viaCheck.issues)).not.toContain('2026-03-01');
    expect(viaCheck.issues.map((i) => i.at)).toEqual(['$.query.medicareAdvantagePreclusion.removedOn']);
  });
});

describe('the preclusion list and a Medicare Advantage plan: properties', () => {
  it('never in network or retro billable while listed from the plan’s date or with no plan date; unchanged when not listed', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 900 }), { nil: undefined }),
        fc.integer({ min: -200, max: 1200 }),
        (listedOn, notice, length, offset) => {
          const preclusion = {
            listedOn,
            ...(length === undefined ? {} : { removedOn: addDays(listedOn, length) }),
            planDenials:
              notice === undefined
                ? []
                : [{ payerId: 'humana-ma', paymentDeniedFrom: addDays(listedOn, notice) }],
          };
          const date = addDays(listedOn, offset);
          const with_ = ma(date, preclusion);
          const without = evaluatePayerNetworkStatus(
            rec('humana-ma'),
            q('humana-ma', date),
            options('humana-ma', 'medicare_advantage'),
          );
          const onList = offset >= 0 && (length === undefined || offset < length);
          if (!onList || (notice !== undefined && offset < notice)) {
            expect(with_).toEqual(without);
          } else {
            expect(['in_network', 'retro_billable']).not.toContain(with_.outcome);
            expect(with_.reasons.some((r) => r.code.startsWith('credentialing.medicare_advantage.'))).toBe(
              true,
            );
          }
        },
      ),
    );
  });
});
