import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { addDays, compareDates } from '../../../src/core/index.js';
import {
  evaluatePayerNetworkStatus,
  ForCauseTermination,
  MEDICAID_TERMINATION_RULE_FROM,
  type PayerNetworkDecision,
} from '../../../src/credentialing/index.js';
import { thrown } from '../../validation-subject.js';
import { CLAIMS_SUBMITTED, dateArb, enrollment } from '../credentials/credential-fixtures.js';

type Program = 'medicare' | 'medicare_advantage' | 'medicaid' | 'commercial';
type Termination = z.input<typeof ForCauseTermination>;

const codes = (d: PayerNetworkDecision) => d.reasons.map((r) => r.code);
const policyOf = (payerId: string, program: Program) => ({ payerPolicy: { payerId, program } });
// An LCSW enrolled with the payer since 2021-01-04.
const rec = (payerId: string) => [
  enrollment({ payerId, effectiveOn: '2021-01-04', credentialedOn: '2024-01-02', ...CLAIMS_SUBMITTED }),
];
const check = (payerId: string, program: Program, serviceDate: string, forCauseTerminations: Termination[]) =>
  evaluatePayerNetworkStatus(
    rec(payerId),
    { clinicianId: 'clin-ana', payerId, serviceDate, licenseType: 'LCSW', forCauseTerminations },
    policyOf(payerId, program),
  );

describe('evaluatePayerNetworkStatus: a termination for cause by Medicare or another state’s Medicaid (42 CFR 455.416(c))', () => {
  const revoked: Termination[] = [{ program: 'medicare', terminatedOn: '2026-03-01' }];

  it('is out of network with New York Medicaid from the day Medicare’s revocation took effect, in network the day before', () => {
    expect(check('ny-medicaid', 'medicaid', '2026-02-28', revoked).outcome).toBe('in_network');
    const d = check('ny-medicaid', 'medicaid', '2026-03-01', revoked);
    expect(d).toMatchObject({ outcome: 'out_of_network', effectiveOn: '2021-01-04' });
    expect(codes(d)).toEqual(['credentialing.medicaid.terminated_for_cause']);
    expect(d.reasons[0]).toMatchObject({
      severity: 'error',
      facts: { terminatedBy: 'medicare', terminatedOn: '2026-03-01', outcomeOtherwise: 'in_network' },
    });
  });

  it('reads another state’s Medicaid or CHIP termination the same way, and a Medicaid managed care plan as Medicaid', () => {
    const nj: Termination[] = [{ program: 'medicaid', state: 'NJ', terminatedOn: '2025-11-17' }];
    const chip: Termination[] = [{ program: 'chip', state: 'PA', terminatedOn: '2025-11-17' }];
    for (const t of [nj, chip]) {
      expect(check('fidelis-mmc', 'medicaid', '2025-11-16', t).outcome).toBe('in_network');
      expect(codes(check('fidelis-mmc', 'medicaid', '2025-11-17', t))).toEqual([
        'credentialing.medicaid.terminated_for_cause',
      ]);
    }
    expect(check('fidelis-mmc', 'medicaid', '2025-11-17', nj).reasons[0]?.message).toContain("NJ's Medicaid");
  });

  it('applies from 2011-01-01: a termination dated 2010-12-31 leaves the state to decide (undecided), one of 2011-01-01 bars payment', () => {
    expect(MEDICAID_TERMINATION_RULE_FROM).toBe('2011-01-01');
    const before = check('ny-medicaid', 'medicaid', '2026-04-01', [
      { program: 'medicare', terminatedOn: '2010-12-31' },
    ]);
    expect(before.outcome).toBe('undecided');
    expect(codes(before)).toEqual(['credentialing.medicaid.termination_before_2011']);
    const on = check('ny-medicaid', 'medicaid', '2026-04-01', [
      { program: 'medicare', terminatedOn: '2011-01-01' },
    ]);
    expect(on.outcome).toBe('out_of_network');
  });

  it('is undecided with no termination date recorded, and ends on reinstatement', () => {
    const undated = check('ny-medicaid', 'medicaid', '2026-04-01', [{ program: 'medicaid', state: 'NJ' }]);
    expect(undated.outcome).toBe('undecided');
    expect(codes(undated)).toEqual(['credentialing.medicaid.termination_date_unknown']);
    expect(undated.reasons[0]?.facts).toMatchObject({ terminatedOn: null, terminatedInState: 'NJ' });
    const reinstated: Termination[] = [
      { program: 'medicare', terminatedOn: '2020-03-01', reinstatedOn: '2026-03-01' },
    ];
    expect(check('ny-medicaid', 'medicaid', '2026-02-28', reinstated).outcome).toBe('out_of_network');
    expect(check('ny-medicaid', 'medicaid', '2026-03-01', reinstated).outcome).toBe('in_network');
    // Reinstated by the date, the undated termination no longer weighs.
    expect(
      check('ny-medicaid', 'medicaid', '2026-03-01', [{ program: 'medicare', reinstatedOn: '2026-03-01' }])
        .outcome,
    ).toBe('in_network');
  });

  it('names the worst termination: one in effect over an undated one', () => {
    const d = check('ny-medicaid', 'medicaid', '2026-04-01', [
      { program: 'medicaid', state: 'NJ' },
      { program: 'medicare', terminatedOn: '2026-03-01' },
    ]);
    expect(d.outcome).toBe('out_of_network');
    expect(codes(d)).toEqual(['credentialing.medicaid.terminated_for_cause']);
  });

  it('keeps a failing answer’s own reasons, and an undated termination keeps the failing outcome', () => {
    const ended = [
      enrollment({
        payerId: 'ny-medicaid',
        status: 'terminated',
        effectiveOn: '2021-01-04',
        terminatedOn: '2026-03-15',
      }),
    ];
    const q = { clinicianId: 'clin-ana', payerId: 'ny-medicaid', serviceDate: '2026-04-01' };
    const d = evaluatePayerNetworkStatus(
      ended,
      { ...q, forCauseTerminations: revoked },
      policyOf('ny-medicaid', 'medicaid'),
    );
    expect(codes(d)).toEqual([
      'credentialing.medicaid.terminated_for_cause',
      'credentialing.network.terminated',
    ]);
    const u = evaluatePayerNetworkStatus(
      ended,
      { ...q, forCauseTerminations: [{ program: 'medicare' }] },
      policyOf('ny-medicaid', 'medicaid'),
    );
    expect(u.outcome).toBe('out_of_network');
    expect(codes(u)).toEqual([
      'credentialing.network.terminated',
      'credentialing.medicaid.termination_date_unknown',
    ]);
  });

  it('keeps an OIG exclusion’s reason first beside it', () => {
    const d = evaluatePayerNetworkStatus(
      rec('ny-medicaid'),
      {
        clinicianId: 'clin-ana',
        payerId: 'ny-medicaid',
        serviceDate: '2026-04-01',
        forCauseTerminations: revoked,
        oigExclusions: [{ effectiveOn: '2026-03-20' }],
      },
      policyOf('ny-medicaid', 'medicaid'),
    );
    expect(codes(d)).toEqual([
      'credentialing.exclusion.oig_excluded',
      'credentialing.medicaid.terminated_for_cause',
    ]);
  });

  it('is never billable by Medicaid (nor by Medicare fee-for-service for its own revocation) while one stands, undecided at best while undated, and ignored by other programs (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Program>('medicare', 'medicare_advantage', 'medicaid', 'commercial'),
        fc.constantFrom('medicare', 'medicaid', 'chip' as const),
        fc.option(fc.oneof(dateArb, fc.constantFrom('2008-06-30', '2010-12-31', '2011-01-01')), {
          nil: undefined,
        }),
        fc.option(fc.integer({ min: 1, max: 3000 }), { nil: undefined }),
        dateArb,
        fc.constantFrom('approved', 'submitted', 'terminated'),
        (program, by, terminatedOn, length, serviceDate, status) => {
          const payerId = `payer-${program}`;
          const recs = [
            enrollment({
              payerId,
              status,
              effectiveOn: '2005-01-03',
              credentialedOn: '2005-01-03',
              submittedOn: '2005-01-03',
              ...(status === 'terminated' ? { terminatedOn: '2029-01-01' } : {}),
            }),
          ];
          const reinstatedOn =
            terminatedOn === undefined || length === undefined ? undefined : addDays(terminatedOn, length);
          const t: Termination = {
            program: by,
            ...(terminatedOn === undefined ? {} : { terminatedOn }),
            ...(reinstatedOn === undefined ? {} : { reinstatedOn }),
          };
          const base = {
            clinicianId: 'clin-ana',
            payerId,
            serviceDate,
            licenseType: 'psychologist' as const,
          };
          const options = policyOf(payerId, program);
          const withIt = evaluatePayerNetworkStatus(recs, { ...base, forCauseTerminations: [t] }, options);
          const without = evaluatePayerNetworkStatus(recs, base, options);
          const reinstated = reinstatedOn !== undefined && compareDates(serviceDate, reinstatedOn) >= 0;
          const inEffect = terminatedOn === undefined || compareDates(serviceDate, terminatedOn) >= 0;
          // Medicaid reads every one; Medicare fee-for-service reads its own revocations (42 CFR 424.535).
          const revocation = program === 'medicare' && by === 'medicare';
          if ((program !== 'medicaid' && !revocation) || reinstated || !inEffect) {
            expect(withIt).toEqual(without);
            return;
          }
          // Never billable, never better than without it.
          expect(['in_network', 'retro_billable']).not.toContain(withIt.outcome);
          if (revocation) {
            expect(withIt.outcome).toBe(
              terminatedOn !== undefined || without.outcome === 'out_of_network'
                ? 'out_of_network'
                : 'undecided',
            );
            if (terminatedOn !== undefined) expect(codes(withIt)).toContain('credentialing.medicare.revoked');
            return;
          }
          if (terminatedOn !== undefined && compareDates(terminatedOn, MEDICAID_TERMINATION_RULE_FROM) >= 0) {
            expect(withIt.outcome).toBe('out_of_network');
            expect(codes(withIt)).toContain('credentialing.medicaid.terminated_for_cause');
          } else if (without.outcome === 'out_of_network') {
            expect(withIt.outcome).toBe('out_of_network');
          } else {
            expect(withIt.outcome).toBe('undecided');
          }
        },
      ),
    );
  });

  it('rejects a reinstatement on or before the termination, at its path, and an unknown program', () => {
    const error = thrown(() =>
      evaluatePayerNetworkStatus(
        rec('ny-medicaid'),
        {
          clinicianId: 'clin-ana',
          payerId: 'ny-medicaid',
          serviceDate: '2026-04-01',
          forCauseTerminations: [
            { program: 'medicare', terminatedOn: '2026-03-01', reinstatedOn: '2026-03-01' },
            { program: 'tricare' as never, state: 'ZZ' as never },
          ],
        },
        policyOf('ny-medicaid', 'medicaid'),
      ),
    );
    expect(error.issues.map((i) => [i.at, i.code])).toEqual([
      [
        '$.query.forCauseTerminations[0].reinstatedOn',
        'credentialing.termination.reinstated_before_terminated',
      ],
      ['$.query.forCauseTerminations[1].program', 'invalid_value'],
      ['$.query.forCauseTerminations[1].state', 'invalid_value'],
    ]);
    expect(JSON.stringify(error.issues)).not.toContain('tricare');
    expect(JSON.stringify(error.issues)).not.toContain('ZZ');
  });

  it('is a record of the clinician’s credentials', () => {
    expect(ForCauseTermination.parse({ program: 'medicaid', state: 'NJ' })).toEqual({
      program: 'medicaid',
      state: 'NJ',
    });
  });
});

describe('evaluatePayerNetworkStatus: a revocation of Medicare billing privileges (42 CFR 424.535)', () => {
  const revokedFrom = (terminatedOn?: string, reinstatedOn?: string): Termination[] => [
    {
      program: 'medicare',
      ...(terminatedOn === undefined ? {} : { terminatedOn }),
      ...(reinstatedOn === undefined ? {} : { reinstatedOn }),
    },
  ];

  it('refuses Medicare fee-for-service from the revocation (2026-03-01), whatever the enrollment says', () => {
    expect(check('medicare', 'medicare', '2026-02-28', revokedFrom('2026-03-01')).outcome).toBe('in_network');
    const d = check('medicare', 'medicare', '2026-03-01', revokedFrom('2026-03-01'));
    expect(d.outcome).toBe('out_of_network');
    expect(codes(d)).toEqual(['credentialing.medicare.revoked']);
    expect(d.reasons[0]).toMatchObject({
      severity: 'error',
      facts: {
        clinicianId: 'clin-ana',
        payerId: 'medicare',
        serviceDate: '2026-03-01',
        revokedOn: '2026-03-01',
        reinstatedOn: null,
        effectiveOn: '2021-01-04',
        outcomeOtherwise: 'in_network',
      },
    });
    expect(d.reasons[0]?.message).toBe(
      "The clinician's Medicare billing privileges were revoked from 2026-03-01, not reinstated: Medicare pays nothing they furnish on this date, and they may enroll again only after the re-enrollment bar. Do not bill it; take it to the compliance officer.",
    );
    expect(d.effectiveOn).toBe('2021-01-04');
  });

  it('names the reinstatement in the reason while the revocation still stands (2028-01-10)', () => {
    const d = check('medicare', 'medicare', '2028-01-10', revokedFrom('2026-03-01', '2029-03-01'));
    expect(d.reasons[0]?.message).toContain('revoked from 2026-03-01 until 2029-03-01:');
    expect(d.reasons[0]?.facts).toMatchObject({ reinstatedOn: '2029-03-01' });
  });

  it('names the dated revocation over an undated one, whatever the order', () => {
    for (const list of [
      [...revokedFrom(), ...revokedFrom('2026-03-01')],
      [...revokedFrom('2026-03-01'), ...revokedFrom()],
    ]) {
      const d = check('medicare', 'medicare', '2026-04-01', list);
      expect(d.outcome).toBe('out_of_network');
      expect(codes(d)).toEqual(['credentialing.medicare.revoked']);
    }
  });

  it('keeps a failing answer’s reasons beside an undated revocation', () => {
    const d = evaluatePayerNetworkStatus(
      [],
      {
        clinicianId: 'clin-ana',
        payerId: 'medicare',
        serviceDate: '2026-04-01',
        forCauseTerminations: revokedFrom(),
      },
      policyOf('medicare', 'medicare'),
    );
    expect(d.outcome).toBe('out_of_network');
    expect(codes(d)).toEqual([
      'credentialing.network.not_enrolled',
      'credentialing.medicare.revocation_date_unknown',
    ]);
  });

  it('counts a revocation before 2011 too (the 2011 date is Medicaid’s rule, not Medicare’s)', () => {
    expect(check('medicare', 'medicare', '2012-05-01', revokedFrom('2009-06-01')).outcome).toBe(
      'out_of_network',
    );
  });

  it('bills again from the day Medicare enrolled the clinician again after the bar (reinstated 2029-03-01)', () => {
    expect(check('medicare', 'medicare', '2029-02-28', revokedFrom('2026-03-01', '2029-03-01')).outcome).toBe(
      'out_of_network',
    );
    expect(check('medicare', 'medicare', '2029-03-01', revokedFrom('2026-03-01', '2029-03-01')).outcome).toBe(
      'in_network',
    );
  });

  it('holds a billable date as undecided when the revocation’s date is not recorded', () => {
    const d = check('medicare', 'medicare', '2026-04-01', revokedFrom());
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual(['credentialing.medicare.revocation_date_unknown']);
    expect(d.reasons[0]).toMatchObject({
      severity: 'warning',
      facts: {
        clinicianId: 'clin-ana',
        payerId: 'medicare',
        serviceDate: '2026-04-01',
        revokedOn: null,
        reinstatedOn: null,
        outcomeOtherwise: 'in_network',
      },
    });
    expect(d.reasons[0]?.message).toBe(
      "A revocation of the clinician's Medicare billing privileges is recorded without its effective date: whether Medicare pays this date of service is not known. Record the date from CMS's revocation letter before billing.",
    );
  });

  it('ignores a state Medicaid termination, and leaves a Medicare Advantage plan to the preclusion list', () => {
    expect(
      check('medicare', 'medicare', '2026-04-01', [
        { program: 'medicaid', state: 'NJ', terminatedOn: '2026-03-01' },
      ]).outcome,
    ).toBe('in_network');
    expect(check('humana-ma', 'medicare_advantage', '2026-04-01', revokedFrom('2026-03-01')).outcome).toBe(
      'in_network',
    );
  });
});
