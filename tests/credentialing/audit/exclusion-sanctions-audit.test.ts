import { describe, expect, it } from 'vitest';
import {
  evaluateExclusionScreening,
  evaluatePayerNetworkStatus,
  type PayerNetworkDecision,
} from '../../../src/credentialing/index.js';
import { CLAIMS_SUBMITTED, enrollment } from '../credentials/credential-fixtures.js';

// An outside tester's cases from the public rules, written before reading the code.
// - 42 U.S.C. 1320a-7 and 42 CFR 1001.1901: while an OIG exclusion stands, no Federal health care program
//   (Medicare, Medicare Advantage, Medicaid) pays for items or services the excluded person furnishes; a commercial
//   plan is not a Federal health care program.
// - 42 CFR 1001.3001-1001.3005: an exclusion does not end by itself when its term runs out; the person stays
//   excluded until OIG grants reinstatement, effective on the date of OIG's notice.
// - 42 CFR 455.436(c)(2): the LEIE and SAM are checked at least monthly (OIG updates the LEIE monthly), and a
//   state Medicaid program's own list too; a list never checked is not a clean check.
// - 42 CFR 455.416(c): a provider terminated for cause by another state's Medicaid is terminated by every state.
// - 42 CFR 422.222: a Medicare Advantage plan pays nothing a clinician on CMS's preclusion list furnishes; the
//   preclusion list does not bar fee-for-service Medicare.
type Program = 'medicare' | 'medicare_advantage' | 'medicaid' | 'commercial';
const codes = (d: PayerNetworkDecision) => d.reasons.map((r) => r.code);
const screened = { leieScreenedOn: '2026-12-01', samScreenedOn: '2026-12-01' };
const check = (program: Program, serviceDate: string, extra: Record<string, unknown> = {}) =>
  evaluatePayerNetworkStatus(
    [
      enrollment({
        payerId: 'payer',
        effectiveOn: '2021-01-04',
        credentialedOn: '2025-06-02',
        ...CLAIMS_SUBMITTED,
      }),
    ],
    { clinicianId: 'clin-ana', payerId: 'payer', serviceDate, licenseType: 'LCSW', ...extra },
    { payerPolicy: { payerId: 'payer', program } },
  );

describe('an OIG exclusion at claim time (42 CFR 1001.1901)', () => {
  const excluded = { oigExclusions: [{ effectiveOn: '2026-02-19' }] };

  it('pays Medicare for 2026-02-18, the day before the exclusion takes effect, and nothing from 2026-02-19', () => {
    expect(check('medicare', '2026-02-18', excluded).outcome).toBe('in_network');
    const d = check('medicare', '2026-02-19', excluded);
    expect(d.outcome).toBe('out_of_network');
    expect(codes(d)).toContain('credentialing.exclusion.oig_excluded');
  });

  it('bars Medicare Advantage and Medicaid alike, and leaves a commercial plan to its own contract', () => {
    expect(check('medicare_advantage', '2026-03-02', excluded).outcome).toBe('out_of_network');
    expect(check('medicaid', '2026-03-02', { ...excluded, licenseType: undefined }).outcome).toBe(
      'out_of_network',
    );
    expect(check('commercial', '2026-03-02', excluded).outcome).toBe('in_network');
  });

  it('does not end by itself when a 5-year term effective 2021-03-01 runs out: still excluded on 2026-09-01', () => {
    const d = check('medicare', '2026-09-01', { oigExclusions: [{ effectiveOn: '2021-03-01' }] });
    expect(d.outcome).toBe('out_of_network');
    expect(d.reasons.find((r) => r.code === 'credentialing.exclusion.oig_excluded')?.facts).toMatchObject({
      excludedOn: '2021-03-01',
      reinstatedOn: null,
    });
  });

  it('pays again from the day of OIG’s reinstatement notice (2026-10-15), not the day before', () => {
    const x = { oigExclusions: [{ effectiveOn: '2021-03-01', reinstatedOn: '2026-10-15' }] };
    expect(check('medicare', '2026-10-14', x).outcome).toBe('out_of_network');
    expect(check('medicare', '2026-10-15', x).outcome).toBe('in_network');
  });

  it('bars a date under a second exclusion after an earlier reinstatement', () => {
    const x = {
      oigExclusions: [
        { effectiveOn: '2019-01-17', reinstatedOn: '2021-05-01' },
        { effectiveOn: '2026-06-18' },
      ],
    };
    expect(check('medicare', '2024-06-03', x).outcome).toBe('in_network');
    expect(check('medicare', '2026-06-18', x).outcome).toBe('out_of_network');
  });

  it('an exclusion found wins over a current screening and over an undecided answer', () => {
    const d = check('medicare', '2026-12-07', { ...excluded, exclusionScreening: screened });
    expect(d.outcome).toBe('out_of_network');
    const unsure = check('medicare', '2023-06-01', {
      oigExclusions: [{ effectiveOn: '2023-01-01' }],
      licenseType: undefined,
    });
    expect(unsure.outcome).toBe('out_of_network');
  });

  it('rejects a reinstatement recorded on or before the exclusion’s effective date', () => {
    expect(() =>
      check('medicare', '2026-03-02', {
        oigExclusions: [{ effectiveOn: '2026-02-19', reinstatedOn: '2026-02-19' }],
      }),
    ).toThrow(/reinstatedOn/);
  });
});

describe('the monthly checks of the LEIE, SAM and the state list (42 CFR 455.436(c)(2))', () => {
  it('a check on 2026-01-31 covers Medicare through 2026-02-28; 2026-03-01 is held, never passed', () => {
    const s = { exclusionScreening: { leieScreenedOn: '2026-01-31', samScreenedOn: '2026-01-31' } };
    expect(check('medicare', '2026-02-28', s).outcome).toBe('in_network');
    const d = check('medicare', '2026-03-01', s);
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toContain('credentialing.exclusion.screening_overdue');
  });

  it('SAM never checked holds a Medicare date; a commercial date is not held', () => {
    const s = { exclusionScreening: { leieScreenedOn: '2026-12-01' } };
    expect(check('medicare', '2026-12-07', s).outcome).toBe('undecided');
    expect(check('commercial', '2026-12-07', s).outcome).toBe('in_network');
  });

  it('Medicaid also needs a state list: LEIE and SAM alone hold the date', () => {
    const d = check('medicaid', '2026-12-07', { licenseType: undefined, exclusionScreening: screened });
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toContain('credentialing.exclusion.screening_unknown');
  });

  it('evaluateExclusionScreening names a state list due for a Medicaid biller in NY and NJ', () => {
    const d = evaluateExclusionScreening(
      { ...screened, stateMedicaid: [{ state: 'NY', screenedOn: '2026-12-01' }] },
      { asOf: '2026-12-07', billsMedicaid: true, medicaidStates: ['NJ'] },
    );
    expect(d.outcome).toBe('undecided');
    expect(d.sources.filter((x) => x.status === 'unknown').map((x) => x.state)).toEqual(['NJ']);
  });
});

describe('state Medicaid terminations and the Medicare preclusion list', () => {
  it('a for-cause termination by NY Medicaid on 2026-04-01 bars every state’s Medicaid from then (455.416(c))', () => {
    const t = { forCauseTerminations: [{ program: 'medicaid', state: 'NY', terminatedOn: '2026-04-01' }] };
    expect(check('medicaid', '2026-03-31', { ...t, licenseType: undefined }).outcome).toBe('in_network');
    expect(check('medicaid', '2026-04-01', { ...t, licenseType: undefined }).outcome).toBe('out_of_network');
    expect(check('commercial', '2026-04-01', t).outcome).toBe('in_network');
  });

  it('the preclusion list bars a Medicare Advantage plan from its payment-denial date, not fee-for-service Medicare', () => {
    const p = {
      medicareAdvantagePreclusion: {
        listedOn: '2026-05-01',
        planDenials: [{ payerId: 'payer', paymentDeniedFrom: '2026-07-30' }],
      },
    };
    expect(check('medicare_advantage', '2026-07-29', p).outcome).toBe('in_network');
    expect(check('medicare_advantage', '2026-07-30', p).outcome).toBe('out_of_network');
    expect(check('medicare', '2026-07-30', p).outcome).toBe('in_network');
  });
});
