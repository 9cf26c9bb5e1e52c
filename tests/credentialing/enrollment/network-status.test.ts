import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, compareDates, ValidationError } from '../../../src/core/index.js';
import {
  EnrollmentStatus,
  evaluatePayerNetworkStatus,
  getMedicareEffectiveDate,
  MEDICARE_MFT_MHC_BENEFIT_START,
  type PayerEnrollmentInput,
} from '../../../src/credentialing/index.js';
import { subjectOf, thrown } from '../../validation-subject.js';
import { dateArb, enrollment } from '../credentials/credential-fixtures.js';
import { medicareOptOutArb, optOutStandsOn } from './medicare-opt-out-fixtures.js';

const query = { clinicianId: 'clin-ana', payerId: 'aetna', serviceDate: '2026-04-01' };
/** License types whose profession Medicare paid before 2024 (not marriage and family therapy or counseling). */
/** (LMSW, clinical in some states only, has its own rule.) */
const OTHER_LICENSES = ['LCSW', 'LICSW', 'psychologist', 'psychiatrist', 'psychiatric_np'] as const;
/** Titles that name no profession: Medicare before 2024 cannot decide on them. */
const UNNAMED_LICENSES = ['associate', 'other'] as const;
const otherLicenseArb = fc.constantFrom(...OTHER_LICENSES);
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('evaluatePayerNetworkStatus', () => {
  it('is in network from the effective date', () => {
    const d = evaluatePayerNetworkStatus([enrollment()], { ...query, serviceDate: '2026-03-01' });
    expect(d).toMatchObject({ outcome: 'in_network', effectiveOn: '2026-03-01' });
    expect(codes(d)).toEqual(['credentialing.network.in_network']);
  });

  it('is out of network the day before the effective date (approval is not the effective date)', () => {
    const d = evaluatePayerNetworkStatus([enrollment({ approvedOn: '2026-02-10' })], {
      ...query,
      serviceDate: '2026-02-28',
    });
    expect(d.outcome).toBe('out_of_network');
    expect(codes(d)).toEqual(['credentialing.network.before_effective_date']);
  });

  it('allows Medicare retro billing up to 30 days before the effective date', () => {
    const payerPolicy = { payerId: 'medicare', program: 'medicare' } as const;
    const e = [enrollment({ payerId: 'medicare', effectiveOn: '2026-03-31' })];
    const q = { ...query, payerId: 'medicare' };
    expect(evaluatePayerNetworkStatus(e, { ...q, serviceDate: '2026-03-01' }, { payerPolicy }).outcome).toBe(
      'retro_billable',
    );
    expect(evaluatePayerNetworkStatus(e, { ...q, serviceDate: '2026-02-28' }, { payerPolicy }).outcome).toBe(
      'out_of_network',
    );
  });

  it('is out of network on and after the termination date', () => {
    const e = [enrollment({ status: 'terminated', terminatedOn: '2026-06-01' })];
    expect(evaluatePayerNetworkStatus(e, { ...query, serviceDate: '2026-05-31' }).outcome).toBe('in_network');
    const d = evaluatePayerNetworkStatus(e, { ...query, serviceDate: '2026-06-01' });
    expect(codes(d)).toEqual(['credentialing.network.terminated']);
  });

  it('keeps a plan’s clinician in network the day after a missed 36-month recredentialing (counted to the month), with a warning', () => {
    const e = [enrollment({ effectiveOn: '2023-01-01', credentialedOn: '2022-12-15' })];
    const onTime = evaluatePayerNetworkStatus(e, { ...query, serviceDate: '2025-12-31' });
    expect(onTime).toMatchObject({ outcome: 'in_network' });
    expect(codes(onTime)).toEqual(['credentialing.network.in_network']);
    const d = evaluatePayerNetworkStatus(e, { ...query, serviceDate: '2026-01-01' });
    expect(d.outcome).toBe('in_network');
    expect(d.reasons.find((r) => r.severity === 'warning')).toMatchObject({
      code: 'credentialing.network.recredentialing_overdue',
      facts: { recredentialingDueOn: '2025-12-31', lateLineOn: '2026-01-30', pastLateLine: false },
    });
  });

  it('says when the plan is past the 30-day line and must credential again, still in network', () => {
    const e = [enrollment({ effectiveOn: '2023-01-01', credentialedOn: '2022-12-15' })];
    const line = evaluatePayerNetworkStatus(e, { ...query, serviceDate: '2026-01-30' });
    expect(line.reasons[0]?.facts).toMatchObject({ pastLateLine: false });
    const past = evaluatePayerNetworkStatus(e, { ...query, serviceDate: '2026-01-31' });
    expect(past.outcome).toBe('in_network');
    expect(past.reasons[0]).toMatchObject({
      code: 'credentialing.network.recredentialing_overdue',
      facts: { pastLateLine: true },
    });
    expect(past.reasons[0]?.message).toMatch(/credential the clinician again from the start/);
  });

  it('counts a cycle that starts on February 29 to February 28 three years later', () => {
    const e = [enrollment({ effectiveOn: '2024-03-01', credentialedOn: '2024-02-29' })];
    expect(codes(evaluatePayerNetworkStatus(e, { ...query, serviceDate: '2027-02-28' }))).toEqual([
      'credentialing.network.in_network',
    ]);
    expect(codes(evaluatePayerNetworkStatus(e, { ...query, serviceDate: '2027-03-01' }))).toContain(
      'credentialing.network.recredentialing_overdue',
    );
  });

  it('keeps an approved Medicare enrollment effective 2022-01-03 in network on 2025-02-10: revalidated, not recredentialed', () => {
    const payerPolicy = { payerId: 'medicare', program: 'medicare' } as const;
    const e = [
      {
        clinicianId: 'clin-ana',
        payerId: 'medicare',
        status: 'approved',
        effectiveOn: '2022-01-03',
        lastClaimSubmittedOn: '2025-01-20',
      },
    ] as PayerEnrollmentInput[];
    const q = { ...query, payerId: 'medicare', serviceDate: '2025-02-10' };
    const d = evaluatePayerNetworkStatus(e, q, { payerPolicy });
    expect(d.outcome).toBe('in_network');
    expect(codes(d)).toEqual([
      'credentialing.network.credentialing_date_assumed',
      'credentialing.network.in_network',
    ]);
    expect(d.reasons[1]?.facts).toMatchObject({
      revalidationDueOn: '2027-01-31',
      revalidationDueOnPosted: false,
      revalidationMonths: 60,
    });
    expect(d.reasons[1]?.facts).not.toHaveProperty('getRecredentialingDueDate');
  });

  it('warns after an estimated Medicare revalidation date and stays in network; a posted one passed holds the date (42 CFR 424.540(a)(3))', () => {
    const payerPolicy = { payerId: 'medicare', program: 'medicare' } as const;
    const base = {
      clinicianId: 'clin-ana',
      payerId: 'medicare',
      status: 'approved',
      effectiveOn: '2020-06-15',
      credentialedOn: '2020-07-01',
      lastClaimSubmittedOn: '2025-07-15',
    } as PayerEnrollmentInput;
    const q = { ...query, payerId: 'medicare' };
    // Estimated: the last day of the month five years on.
    expect(
      codes(evaluatePayerNetworkStatus([base], { ...q, serviceDate: '2025-07-31' }, { payerPolicy })),
    ).toEqual(['credentialing.network.in_network']);
    const late = evaluatePayerNetworkStatus([base], { ...q, serviceDate: '2025-08-01' }, { payerPolicy });
    expect(late.outcome).toBe('in_network');
    expect(late.reasons[0]).toMatchObject({
      code: 'credentialing.network.revalidation_overdue',
      severity: 'warning',
      facts: { revalidationDueOn: '2025-07-31', revalidationDueOnPosted: false },
    });
    // CMS posted a later date: that date governs.
    const posted = { ...base, revalidationDueOn: '2025-09-30' } as PayerEnrollmentInput;
    expect(
      codes(evaluatePayerNetworkStatus([posted], { ...q, serviceDate: '2025-08-01' }, { payerPolicy })),
    ).toEqual(['credentialing.network.in_network']);
    const lapsed = evaluatePayerNetworkStatus([posted], { ...q, serviceDate: '2025-10-01' }, { payerPolicy });
    expect(lapsed.outcome).toBe('undecided');
    expect(lapsed.reasons).toMatchObject([
      {
        code: 'credentialing.medicare.revalidation_lapsed',
        severity: 'error',
        facts: {
          revalidationDueOn: '2025-09-30',
          revalidationWindowOpensOn: '2025-02-28',
          credentialedOn: '2020-07-01',
          outcomeOtherwise: 'in_network',
        },
      },
    ]);
    // Revalidated inside the window (from 2025-02-28): the posted date no longer holds it.
    const revalidated = { ...posted, credentialedOn: '2025-02-28' } as PayerEnrollmentInput;
    const done = evaluatePayerNetworkStatus(
      [revalidated],
      { ...q, serviceDate: '2025-10-01' },
      { payerPolicy },
    );
    expect(done.outcome).toBe('in_network');
    const early = { ...posted, credentialedOn: '2025-02-27' } as PayerEnrollmentInput;
    expect(
      evaluatePayerNetworkStatus([early], { ...q, serviceDate: '2025-10-01' }, { payerPolicy }).outcome,
    ).toBe('undecided');
  });

  it('holds to a posted Medicare revalidation date earlier than the 5-year estimate', () => {
    const payerPolicy = { payerId: 'medicare', program: 'medicare' } as const;
    const posted = {
      clinicianId: 'clin-ana',
      payerId: 'medicare',
      status: 'approved',
      effectiveOn: '2020-06-15',
      credentialedOn: '2020-07-01',
      revalidationDueOn: '2025-04-30',
      lastClaimSubmittedOn: '2025-04-01',
    } as PayerEnrollmentInput;
    const q = { ...query, payerId: 'medicare' };
    expect(
      codes(evaluatePayerNetworkStatus([posted], { ...q, serviceDate: '2025-04-30' }, { payerPolicy })),
    ).toEqual(['credentialing.network.in_network']);
    // The estimate (2025-07-31) would stay silent until August; the posted date governs from May 1.
    const d = evaluatePayerNetworkStatus([posted], { ...q, serviceDate: '2025-05-01' }, { payerPolicy });
    expect(d.outcome).toBe('undecided');
    expect(d.reasons[0]).toMatchObject({
      code: 'credentialing.medicare.revalidation_lapsed',
      facts: { revalidationDueOn: '2025-04-30' },
    });
  });

  it('puts a Medicare Advantage plan given revalidationMonths: null back on the recredentialing cycle', () => {
    const payerPolicy = { payerId: 'ma-plan', program: 'medicare', revalidationMonths: null } as const;
    const e = [enrollment({ payerId: 'ma-plan', effectiveOn: '2022-01-03', credentialedOn: '2022-01-03' })];
    const d = evaluatePayerNetworkStatus(
      e,
      { ...query, payerId: 'ma-plan', serviceDate: '2025-02-10' },
      { payerPolicy },
    );
    expect(d.outcome).toBe('in_network');
    expect(codes(d)).toContain('credentialing.network.recredentialing_overdue');
  });

  it('revalidates a state Medicaid payer given revalidationMonths: 60', () => {
    const payerPolicy = { payerId: 'state-medicaid', program: 'medicaid', revalidationMonths: 60 } as const;
    const e = [
      enrollment({ payerId: 'state-medicaid', effectiveOn: '2022-01-03', credentialedOn: '2022-01-03' }),
    ];
    const d = evaluatePayerNetworkStatus(
      e,
      { ...query, payerId: 'state-medicaid', serviceDate: '2025-02-10' },
      { payerPolicy },
    );
    expect(codes(d)).toEqual(['credentialing.network.in_network']);
  });

  it('counts the cycle from the effective date when no credentialing date is recorded, and says so', () => {
    const e = [enrollment({ credentialedOn: undefined })] as PayerEnrollmentInput[];
    const d = evaluatePayerNetworkStatus(e, query);
    expect(codes(d)).toEqual([
      'credentialing.network.credentialing_date_assumed',
      'credentialing.network.in_network',
    ]);
  });

  it('cannot decide when approved without an effective date', () => {
    const d = evaluatePayerNetworkStatus(
      [enrollment({ effectiveOn: undefined, credentialedOn: undefined })] as PayerEnrollmentInput[],
      query,
    );
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual(['credentialing.network.effective_date_unknown']);
  });

  it('is out of network with no enrollment, a pending one or a denied one', () => {
    expect(codes(evaluatePayerNetworkStatus([], query))).toEqual(['credentialing.network.not_enrolled']);
    expect(codes(evaluatePayerNetworkStatus([enrollment({ payerId: 'cigna' })], query))).toEqual([
      'credentialing.network.not_enrolled',
    ]);
    expect(codes(evaluatePayerNetworkStatus([enrollment({ status: 'in_review' })], query))).toEqual([
      'credentialing.network.application_pending',
    ]);
    expect(codes(evaluatePayerNetworkStatus([enrollment({ status: 'denied' })], query))).toEqual([
      'credentialing.network.denied',
    ]);
  });

  it('uses the re-enrollment after a termination, and explains both when neither covers the date', () => {
    const old = enrollment({
      status: 'terminated',
      effectiveOn: '2023-01-01',
      credentialedOn: '2023-01-01',
      terminatedOn: '2025-01-01',
    });
    const again = enrollment({ status: 'approved', effectiveOn: '2026-03-01', credentialedOn: '2026-02-10' });
    expect(evaluatePayerNetworkStatus([old, again], query).outcome).toBe('in_network');
    const gap = evaluatePayerNetworkStatus([again, old], { ...query, serviceDate: '2025-06-01' });
    expect(gap.outcome).toBe('out_of_network');
    expect(codes(gap).sort()).toEqual([
      'credentialing.network.before_effective_date',
      'credentialing.network.terminated',
    ]);
  });

  it('rejects an NPI with a wrong check digit on a record of that clinician and payer, by its index', () => {
    const records = [
      enrollment({ payerId: 'cigna', groupNpi: 'not checked' }),
      enrollment({ groupNpi: '1234567890' }),
    ];
    try {
      evaluatePayerNetworkStatus(records, query);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => [i.at, i.code])).toEqual([
        ['$.enrollments[1].groupNpi', 'core.npi.check_digit'],
      ]);
      expect((e as ValidationError).message).not.toContain('1234567890');
    }
    expect(() => evaluatePayerNetworkStatus([], { ...query, clinicianId: ' bad id' })).toThrow(/clinicianId/);
  });

  it('ignores other clinicians’ and payers’ records, valid or not', () => {
    const d = evaluatePayerNetworkStatus(
      [{ clinicianId: 'clin-ben', status: 'lost' }, 42, null, enrollment()] as never[],
      query,
    );
    expect(d.outcome).toBe('in_network');
  });

  it('is never in network before the effective date or on/after termination', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined }),
        fc.option(fc.integer({ min: -400, max: 1200 }), { nil: undefined }),
        dateArb,
        fc.integer({ min: 0, max: 90 }),
        (effectiveOn, termAfter, credentialedOffset, serviceDate, retro) => {
          const terminatedOn = termAfter === undefined ? undefined : addDays(effectiveOn, termAfter);
          const e = {
            clinicianId: 'c',
            payerId: 'p',
            status: terminatedOn === undefined ? 'approved' : 'terminated',
            effectiveOn,
            ...(terminatedOn === undefined ? {} : { terminatedOn }),
            ...(credentialedOffset === undefined
              ? {}
              : { credentialedOn: addDays(effectiveOn, credentialedOffset) }),
          } as PayerEnrollmentInput;
          const d = evaluatePayerNetworkStatus(
            [e],
            { clinicianId: 'c', payerId: 'p', serviceDate },
            {
              payerPolicy: { payerId: 'p', retroBillingDays: retro },
            },
          );
          if (d.outcome === 'in_network') {
            expect(compareDates(effectiveOn, serviceDate)).toBeLessThanOrEqual(0);
            if (terminatedOn !== undefined) expect(compareDates(serviceDate, terminatedOn)).toBeLessThan(0);
          }
          if (d.outcome === 'retro_billable') {
            expect(compareDates(serviceDate, effectiveOn)).toBeLessThan(0);
            expect(compareDates(addDays(effectiveOn, -retro), serviceDate)).toBeLessThanOrEqual(0);
          }
          if (
            compareDates(serviceDate, effectiveOn) < 0 ||
            (terminatedOn !== undefined && serviceDate >= terminatedOn)
          ) {
            expect(d.outcome).not.toBe('in_network');
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('evaluatePayerNetworkStatus: renewal dates', () => {
  it('a lapse never turns an in-network answer into out of network by itself (at most undecided: Medicare’s posted date)', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: -400, max: 3000 }),
        fc.integer({ min: 0, max: 4000 }),
        fc.constantFrom('commercial', 'medicare', 'medicaid'),
        fc.integer({ min: 1, max: 120 }),
        fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
        otherLicenseArb,
        (
          effectiveOn,
          credentialedOffset,
          serviceOffset,
          program,
          months,
          revalidationMonths,
          postedOffset,
          licenseType,
        ) => {
          const serviceDate = addDays(effectiveOn, serviceOffset);
          const e = {
            clinicianId: 'c',
            payerId: 'p',
            status: 'approved',
            effectiveOn,
            credentialedOn: addDays(effectiveOn, credentialedOffset),
            lastClaimSubmittedOn: serviceDate,
            ...(postedOffset === undefined ? {} : { revalidationDueOn: addDays(effectiveOn, postedOffset) }),
          } as PayerEnrollmentInput;
          const payerPolicy = {
            payerId: 'p',
            program,
            recredentialingMonths: months,
            ...(revalidationMonths === undefined ? {} : { revalidationMonths }),
          };
          // A license Medicare paid before 2024: renewal dates are the only thing under test.
          const q = { clinicianId: 'c', payerId: 'p', serviceDate, licenseType };
          const d = evaluatePayerNetworkStatus([e], q, { payerPolicy });
          // The same enrollment freshly (re)credentialed on the date of service: no lapse possible.
          const fresh = evaluatePayerNetworkStatus(
            [
              {
                ...e,
                credentialedOn: serviceDate,
                revalidationDueOn: addDays(serviceDate, 1),
              } as PayerEnrollmentInput,
            ],
            q,
            { payerPolicy },
          );
          expect(fresh.outcome).toBe('in_network');
          // Medicare fee-for-service past a posted revalidation date with none since its window opened is held.
          const lapsed =
            program === 'medicare' &&
            e.revalidationDueOn !== undefined &&
            serviceDate > e.revalidationDueOn &&
            (e.credentialedOn ?? '') < addMonths(e.revalidationDueOn, -7);
          expect(d.outcome).toBe(lapsed ? 'undecided' : fresh.outcome);
          expect(codes(d).includes('credentialing.medicare.revalidation_lapsed')).toBe(lapsed);
          if (!lapsed) expect(d.reasons.every((r) => r.severity !== 'error')).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('getMedicareEffectiveDate', () => {
  it('is the later of the filing date and the first service date (42 CFR 424.520(d))', () => {
    expect(getMedicareEffectiveDate('2026-03-10', '2026-04-01')).toBe('2026-04-01');
    expect(getMedicareEffectiveDate('2026-05-10', '2026-04-01')).toBe('2026-05-10');
  });

  it('lists both dates when both are not real dates', () => {
    try {
      getMedicareEffectiveDate('2026-02-30', '2026-13-01');
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => i.at)).toEqual(['$.filedOn', '$.firstServiceOn']);
    }
  });
});

describe('evaluatePayerNetworkStatus: every argument checked at once', () => {
  it('lists a bad service date and a bad payer policy together, each under its parameter name', () => {
    try {
      evaluatePayerNetworkStatus(
        [],
        { clinicianId: 'clin-ana', payerId: 'aetna', serviceDate: '2026-02-30' },
        { payerPolicy: { payerId: 'aetna', program: 'medicar' as 'medicare' } },
      );
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => i.at)).toEqual([
        '$.query.serviceDate',
        '$.options.payerPolicy.program',
      ]);
      expect((error as ValidationError).subject).toBe('network status query and network status options');
    }
  });

  it('lists the bad records of the query’s clinician and payer beside a bad date of service', () => {
    try {
      evaluatePayerNetworkStatus(
        [enrollment({ status: 'lost' as never }), enrollment({ payerId: 'cigna', status: 'lost' as never })],
        { clinicianId: 'clin-ana', payerId: 'aetna', serviceDate: '2026-02-30' },
      );
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues.map((i) => i.at)).toEqual([
        '$.enrollments[0].status',
        '$.query.serviceDate',
      ]);
      expect((error as ValidationError).subject).toBe('enrollments and network status query');
    }
  });
});

describe('evaluatePayerNetworkStatus: a payer policy decides only its own payer', () => {
  const mismatchAt = (call: () => unknown) => {
    try {
      call();
    } catch (error) {
      return (error as ValidationError).issues.map((i) => `${i.code}@${i.at}`);
    }
    return [];
  };

  it('refuses Medicare’s policy for an Aetna question (its 30-day window would make 2025-01-10 billable)', () => {
    expect(
      mismatchAt(() =>
        evaluatePayerNetworkStatus(
          [enrollment({ effectiveOn: '2025-02-01' })],
          { clinicianId: 'clin-ana', payerId: 'aetna', serviceDate: '2025-01-10' },
          { payerPolicy: { payerId: 'medicare', program: 'medicare' } },
        ),
      ),
    ).toEqual(['credentialing.policy.payer_mismatch@$.options.payerPolicy.payerId']);
  });

  it('refuses a commercial policy for a Medicare question rather than skip the program check', () => {
    expect(
      mismatchAt(() =>
        evaluatePayerNetworkStatus(
          [enrollment({ payerId: 'medicare', effectiveOn: '2025-02-01' })],
          { clinicianId: 'clin-ana', payerId: 'medicare', serviceDate: '2025-01-10' },
          { payerPolicy: { payerId: 'aetna', program: 'commercial' } },
        ),
      ),
    ).toEqual(['credentialing.policy.payer_mismatch@$.options.payerPolicy.payerId']);
  });

  it('always refuses a policy of another payer, and never one of the query’s payer', () => {
    const payerArb = fc.constantFrom('aetna', 'medicare', 'cigna', 'noridian', 'humana-ma');
    fc.assert(
      fc.property(payerArb, payerArb, dateArb, (queryPayer, policyPayer, serviceDate) => {
        const issues = mismatchAt(() =>
          evaluatePayerNetworkStatus(
            [enrollment({ payerId: queryPayer, effectiveOn: '2025-02-01' })],
            { clinicianId: 'clin-ana', payerId: queryPayer, serviceDate },
            { payerPolicy: { payerId: policyPayer, program: 'medicare' } },
          ),
        );
        expect(issues).toEqual(
          queryPayer === policyPayer
            ? []
            : ['credentialing.policy.payer_mismatch@$.options.payerPolicy.payerId'],
        );
      }),
    );
  });
});

describe('evaluatePayerNetworkStatus: each answer’s reason, words and facts', () => {
  const base = { clinicianId: 'clin-ana', payerId: 'aetna', serviceDate: '2026-04-01' };
  const medicare = { payerPolicy: { payerId: 'aetna', program: 'medicare' } } as const;

  it('says no enrollment as an error with the query’s facts', () => {
    expect(evaluatePayerNetworkStatus([], query).reasons).toEqual([
      expect.objectContaining({
        code: 'credentialing.network.not_enrolled',
        severity: 'error',
        message: 'No enrollment with this payer is on record.',
        facts: base,
      }),
    ]);
  });

  it('names a pending application’s stage in words, and a denial, as errors', () => {
    const stages = [
      'not_started',
      'gathering_documents',
      'submitted',
      'in_review',
      'info_requested',
    ] as const;
    for (const status of stages) {
      const d = evaluatePayerNetworkStatus([enrollment({ status })], query);
      const filed = status !== 'not_started' && status !== 'gathering_documents';
      expect(d.reasons[0]).toMatchObject({
        code: 'credentialing.network.application_pending',
        severity: 'error',
        message: `The application is ${status.replace('_', ' ')}, ${filed ? '' : 'not filed and '}not approved.`,
        facts: { ...base, status, effectiveOn: '2026-03-01' },
      });
    }
    expect(evaluatePayerNetworkStatus([enrollment({ status: 'in_review' })], query).reasons[0]?.message).toBe(
      'The application is in review, not approved.',
    );
    expect(evaluatePayerNetworkStatus([enrollment({ status: 'denied' })], query).reasons[0]).toMatchObject({
      severity: 'error',
      facts: { status: 'denied' },
    });
  });

  it('warns that an approval without an effective date is undecided, and gives the termination date', () => {
    const unknown = evaluatePayerNetworkStatus(
      [enrollment({ effectiveOn: undefined })] as PayerEnrollmentInput[],
      query,
    );
    expect(unknown).toMatchObject({ outcome: 'undecided', effectiveOn: null });
    expect(unknown.reasons[0]).toMatchObject({
      severity: 'warning',
      facts: { status: 'approved', effectiveOn: null },
    });
    const ended = evaluatePayerNetworkStatus(
      [enrollment({ status: 'terminated', terminatedOn: '2026-04-01' })],
      query,
    );
    expect(ended.reasons[0]).toMatchObject({ severity: 'error', facts: { terminatedOn: '2026-04-01' } });
  });

  it('gives the retro window’s first day: 2026-03-02 for Medicare effective 2026-04-01, billable that day, not the day before', () => {
    const e = [enrollment({ effectiveOn: '2026-04-01', credentialedOn: '2026-03-15' })];
    const retro = evaluatePayerNetworkStatus(e, { ...query, serviceDate: '2026-03-02' }, medicare);
    expect(retro).toMatchObject({ outcome: 'retro_billable', effectiveOn: '2026-04-01' });
    expect(retro.reasons).toEqual([
      expect.objectContaining({
        code: 'credentialing.network.retro_billing_window',
        severity: 'warning',
        facts: expect.objectContaining({ retroBillingDays: 30, retroFrom: '2026-03-02' }),
      }),
    ]);
    const before = evaluatePayerNetworkStatus(e, { ...query, serviceDate: '2026-03-01' }, medicare);
    expect(before.reasons[0]).toMatchObject({
      code: 'credentialing.network.before_effective_date',
      severity: 'error',
      message: 'The date of service is before the effective date.',
      facts: { retroBillingDays: 30, retroFrom: '2026-03-02' },
    });
  });

  it('gives no retro window to a commercial plan: the day before its effective date is out of network', () => {
    const d = evaluatePayerNetworkStatus([enrollment()], { ...query, serviceDate: '2026-02-28' });
    expect(d.reasons[0]?.facts).toMatchObject({ retroBillingDays: 0, retroFrom: '2026-03-01' });
  });

  it('says in network with the cycle’s dates, and that the cycle start was assumed as information', () => {
    const d = evaluatePayerNetworkStatus(
      [enrollment({ credentialedOn: undefined })] as PayerEnrollmentInput[],
      query,
    );
    expect(d.reasons).toEqual([
      expect.objectContaining({
        code: 'credentialing.network.credentialing_date_assumed',
        severity: 'info',
        facts: { ...base, status: 'approved', effectiveOn: '2026-03-01', cycleStartsOn: '2026-03-01' },
      }),
      expect.objectContaining({
        code: 'credentialing.network.in_network',
        severity: 'info',
        message: 'In network with the payer on the date of service.',
        facts: {
          ...base,
          status: 'approved',
          effectiveOn: '2026-03-01',
          credentialedOn: '2026-03-01',
          recredentialingDueOn: '2029-03-31',
          cycleMonths: 36,
        },
      }),
    ]);
  });

  it('counts a cycle with no credentialing date from an approval before the effective date, and says which date it took', () => {
    const fromEffective = evaluatePayerNetworkStatus(
      [enrollment({ credentialedOn: undefined })] as PayerEnrollmentInput[],
      query,
    );
    expect(fromEffective.reasons[0]?.message).toBe(
      'No credentialing date is recorded; the renewal cycle is counted from the effective date.',
    );
    const fromApproval = evaluatePayerNetworkStatus(
      [enrollment({ credentialedOn: undefined, approvedOn: '2026-02-10' })] as PayerEnrollmentInput[],
      query,
    );
    expect(fromApproval.reasons.map((r) => [r.code, r.message, r.facts.cycleStartsOn ?? null])).toEqual([
      [
        'credentialing.network.credentialing_date_assumed',
        'No credentialing date is recorded; the renewal cycle is counted from the approval date 2026-02-10, earlier than the effective date.',
        '2026-02-10',
      ],
      ['credentialing.network.in_network', 'In network with the payer on the date of service.', null],
    ]);
    expect(fromApproval.reasons[1]?.facts).toMatchObject({
      credentialedOn: '2026-02-10',
      recredentialingDueOn: '2029-02-28',
    });
  });

  it('words a missed recredentialing by the 30-day line: may still recredential by it, must credential again past it', () => {
    const e = [enrollment({ effectiveOn: '2023-01-01', credentialedOn: '2022-12-15' })];
    const within = evaluatePayerNetworkStatus(e, { ...query, serviceDate: '2026-01-30' });
    expect(within.reasons[0]?.message).toContain('may still recredential by 2026-01-30');
    expect(within.reasons[0]?.facts.pastLateLine).toBe(false);
    const past = evaluatePayerNetworkStatus(e, { ...query, serviceDate: '2026-01-31' });
    expect(past.reasons[0]?.message).toContain(
      'Past 2026-01-30 the plan must credential the clinician again',
    );
    expect(past.reasons[0]?.facts.pastLateLine).toBe(true);
  });

  it('says an overdue Medicare revalidation date is an estimate unless CMS posted it', () => {
    const e = {
      clinicianId: 'clin-ana',
      payerId: 'aetna',
      status: 'approved',
      effectiveOn: '2020-06-15',
      credentialedOn: '2020-07-01',
      lastClaimSubmittedOn: '2025-07-01',
    } as PayerEnrollmentInput;
    const estimated = evaluatePayerNetworkStatus([e], { ...query, serviceDate: '2025-08-01' }, medicare);
    expect(estimated.reasons[0]?.message).toContain('2025-07-31 (estimated; check the posted date)');
    const posted = evaluatePayerNetworkStatus(
      [{ ...e, revalidationDueOn: '2025-07-31' } as PayerEnrollmentInput],
      { ...query, serviceDate: '2025-08-01' },
      medicare,
    );
    expect(posted.reasons[0]?.message).toContain(
      'Revalidation was due by 2025-07-31, the date CMS posted, and none is recorded since 2024-12-31',
    );
  });

  it('answers from the earlier of two enrollments in force, whatever order they come in', () => {
    const first = enrollment({ effectiveOn: '2026-01-01', credentialedOn: '2026-01-01' });
    const second = enrollment({ effectiveOn: '2026-03-01', credentialedOn: '2026-03-01' });
    for (const list of [
      [first, second],
      [second, first],
    ]) {
      const d = evaluatePayerNetworkStatus(list, query);
      expect([d.outcome, d.effectiveOn, d.reasons.length]).toEqual(['in_network', '2026-01-01', 1]);
    }
  });

  it('ranks retro billing over an undecided record, and an undecided one over a refusal, explaining every record when none passes', () => {
    const noDate = enrollment({ effectiveOn: undefined }) as PayerEnrollmentInput;
    const retro = enrollment({ effectiveOn: '2026-04-15', credentialedOn: '2026-04-01' });
    const ended = enrollment({ status: 'terminated', effectiveOn: '2025-01-01', terminatedOn: '2026-01-01' });
    const d1 = evaluatePayerNetworkStatus([noDate, retro], query, medicare);
    expect([d1.outcome, codes(d1)]).toEqual([
      'retro_billable',
      ['credentialing.network.retro_billing_window'],
    ]);
    const d2 = evaluatePayerNetworkStatus([ended, noDate], query);
    expect(d2.outcome).toBe('undecided');
    expect(codes(d2)).toEqual([
      'credentialing.network.terminated',
      'credentialing.network.effective_date_unknown',
    ]);
  });

  it('names what was invalid: the query, the options, the records, and the Medicare dates', () => {
    expect([
      subjectOf(() => evaluatePayerNetworkStatus([], { ...query, serviceDate: '2026-02-30' })),
      subjectOf(() => evaluatePayerNetworkStatus([], query, { payerPolicy: { payerId: '' } })),
      subjectOf(() => evaluatePayerNetworkStatus('x' as never, query)),
      subjectOf(() => getMedicareEffectiveDate('2026-02-30', '2026-03-01')),
      subjectOf(() => getMedicareEffectiveDate('2026-03-01', '2026-02-30')),
    ]).toEqual([
      'network status query',
      'network status options',
      'enrollments',
      'filing date',
      'first service date',
    ]);
  });
});

describe('evaluatePayerNetworkStatus: which records count', () => {
  it('reads no record of another clinician with the same payer, nor of the same clinician with another payer', () => {
    const ben = enrollment({
      clinicianId: 'clin-ben',
      effectiveOn: '2025-01-01',
      credentialedOn: '2025-01-01',
    });
    const cigna = enrollment({ payerId: 'cigna', effectiveOn: '2025-01-01', credentialedOn: '2025-01-01' });
    const d = evaluatePayerNetworkStatus([ben, cigna], { ...query, serviceDate: '2026-02-01' });
    expect(codes(d)).toEqual(['credentialing.network.not_enrolled']);
    const badBen = { ...ben, groupNpi: 'x' } as PayerEnrollmentInput;
    expect(evaluatePayerNetworkStatus([badBen], query).outcome).toBe('out_of_network');
  });

  it('reports an invalid record of the clinician and payer under "enrollments", at its index', () => {
    try {
      evaluatePayerNetworkStatus([null, enrollment({ status: 'lost' as never })] as never[], query);
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).subject).toBe('enrollments');
      expect((error as ValidationError).issues.map((i) => i.at)).toEqual(['$.enrollments[1].status']);
    }
  });

  it('explains an undecided answer with the refused record too, whichever comes first', () => {
    const noDate = enrollment({ effectiveOn: undefined, submittedOn: '2026-01-10' }) as PayerEnrollmentInput;
    const pending = enrollment({ status: 'in_review', effectiveOn: undefined }) as PayerEnrollmentInput;
    for (const list of [
      [noDate, pending],
      [pending, noDate],
    ]) {
      const d = evaluatePayerNetworkStatus(list, query);
      expect([d.outcome, codes(d)]).toEqual([
        'undecided',
        ['credentialing.network.application_pending', 'credentialing.network.effective_date_unknown'],
      ]);
    }
  });

  it('says a denial and a retro window in words', () => {
    expect(evaluatePayerNetworkStatus([enrollment({ status: 'denied' })], query).reasons[0]?.message).toBe(
      'The payer denied the application.',
    );
    const retro = evaluatePayerNetworkStatus(
      [enrollment({ effectiveOn: '2026-04-15', credentialedOn: '2026-04-01' })],
      query,
      { payerPolicy: { payerId: 'aetna', program: 'medicare' } },
    );
    expect(retro.reasons[0]?.message).toBe(
      'The date of service is before the effective date but within the 30-day retroactive billing window.',
    );
  });
});

describe('evaluatePayerNetworkStatus: Medicare pays marriage and family therapists and mental health counselors from 2024-01-01', () => {
  const medicare = { payerPolicy: { payerId: 'medicare', program: 'medicare' } } as const;
  const approved = (effectiveOn: string, over: Partial<PayerEnrollmentInput> = {}) =>
    ({
      clinicianId: 'clin-ana',
      payerId: 'medicare',
      status: 'approved',
      effectiveOn,
      ...over,
    }) as PayerEnrollmentInput;
  const on = (serviceDate: string, licenseType?: (typeof LICENSES)[number]) => ({
    clinicianId: 'clin-ana',
    payerId: 'medicare',
    serviceDate,
    ...(licenseType === undefined ? {} : { licenseType }),
  });

  it('starts the benefit on 2024-01-01', () => {
    expect(MEDICARE_MFT_MHC_BENEFIT_START).toBe('2024-01-01');
  });

  it('refuses an LMFT effective 2024-01-01 on 2023-12-15 though it is inside the 30-day retro window', () => {
    const e = [approved('2024-01-01')];
    // An LCSW with the same record is retro billable: only the profession differs.
    expect(evaluatePayerNetworkStatus(e, on('2023-12-15', 'LCSW'), medicare).outcome).toBe('retro_billable');
    const d = evaluatePayerNetworkStatus(e, on('2023-12-15', 'LMFT'), medicare);
    expect(d).toEqual({
      outcome: 'out_of_network',
      effectiveOn: '2024-01-01',
      reasons: [
        {
          code: 'credentialing.medicare.mft_mhc_before_2024',
          severity: 'error',
          message:
            'Medicare pays marriage and family therapists and mental health counselors only for dates of service from 2024-01-01, whatever the enrollment’s effective date or retroactive window.',
          facts: {
            clinicianId: 'clin-ana',
            payerId: 'medicare',
            serviceDate: '2023-12-15',
            licenseType: 'LMFT',
            profession: 'marriage_and_family_therapy',
            benefitStartsOn: '2024-01-01',
            effectiveOn: '2024-01-01',
          },
        },
      ],
    });
    expect(evaluatePayerNetworkStatus(e, on('2023-12-31', 'LMFT'), medicare).outcome).toBe('out_of_network');
    expect(evaluatePayerNetworkStatus(e, on('2024-01-01', 'LMFT'), medicare).outcome).toBe('in_network');
  });

  it('refuses an LPC recorded as effective 2023-10-01 in November 2023, pays 2024-01-02, and warns of the record both times', () => {
    const e = [approved('2023-10-01', { credentialedOn: '2023-10-01' })];
    const november = evaluatePayerNetworkStatus(e, on('2023-11-15', 'LPC'), medicare);
    expect([november.outcome, codes(november)]).toEqual([
      'out_of_network',
      ['credentialing.medicare.mft_mhc_before_2024', 'credentialing.medicare.mft_mhc_effective_before_2024'],
    ]);
    const january = evaluatePayerNetworkStatus(e, on('2024-01-02', 'LPC'), medicare);
    expect([january.outcome, codes(january)]).toEqual([
      'in_network',
      ['credentialing.medicare.mft_mhc_effective_before_2024', 'credentialing.network.in_network'],
    ]);
    expect(january.reasons[0]).toEqual({
      code: 'credentialing.medicare.mft_mhc_effective_before_2024',
      severity: 'warning',
      message:
        'The enrollment is recorded as effective 2023-10-01, before Medicare covered marriage and family therapists and mental health counselors (2024-01-01): correct the record from the payer’s notice.',
      facts: {
        clinicianId: 'clin-ana',
        payerId: 'medicare',
        serviceDate: '2024-01-02',
        licenseType: 'LPC',
        profession: 'counseling',
        benefitStartsOn: '2024-01-01',
        effectiveOn: '2023-10-01',
        status: 'approved',
      },
    });
  });

  it('leaves an LCSW with the same record and dates as it was: in network in November 2023 and January 2024', () => {
    const e = [approved('2023-10-01', { credentialedOn: '2023-10-01' })];
    for (const date of ['2023-11-15', '2024-01-02']) {
      const d = evaluatePayerNetworkStatus(e, on(date, 'LCSW'), medicare);
      expect([d.outcome, codes(d)]).toEqual(['in_network', ['credentialing.network.in_network']]);
      expect(d).toEqual(evaluatePayerNetworkStatus(e, on(date, 'psychologist'), medicare));
    }
  });

  it('treats LPCC, LMHC and LCPC as mental health counselors', () => {
    const e = [approved('2023-06-01')];
    for (const licenseType of ['LPCC', 'LMHC', 'LCPC'] as const) {
      const d = evaluatePayerNetworkStatus(e, on('2023-12-15', licenseType), medicare);
      expect(d.outcome).toBe('out_of_network');
      expect(d.reasons[0]?.facts).toMatchObject({ licenseType, profession: 'counseling' });
    }
  });

  it('cannot decide a billable Medicare date of service in December 2023 without the license type, and says what to give', () => {
    const e = [approved('2024-01-01')];
    const d = evaluatePayerNetworkStatus(e, on('2023-12-15'), medicare);
    expect(d).toEqual({
      outcome: 'undecided',
      effectiveOn: '2024-01-01',
      reasons: [
        {
          code: 'credentialing.medicare.license_type_unknown',
          severity: 'warning',
          message:
            'Medicare pays marriage and family therapists and mental health counselors only from 2024-01-01: give the clinician’s license type to decide a date of service before it.',
          facts: {
            clinicianId: 'clin-ana',
            payerId: 'medicare',
            serviceDate: '2023-12-15',
            licenseType: null,
            profession: null,
            benefitStartsOn: '2024-01-01',
            effectiveOn: '2024-01-01',
            outcomeOtherwise: 'retro_billable',
          },
        },
      ],
    });
    const inForce = evaluatePayerNetworkStatus([approved('2023-06-01')], on('2023-12-31'), medicare);
    expect([inForce.outcome, inForce.reasons[0]?.facts.outcomeOtherwise]).toEqual([
      'undecided',
      'in_network',
    ]);
  });

  it('changes nothing for an unknown license from 2024-01-01, nor when the answer is already no or undecided', () => {
    const e = [approved('2023-06-01', { credentialedOn: '2023-06-01' })];
    expect(evaluatePayerNetworkStatus(e, on('2024-01-01'), medicare)).toEqual(
      evaluatePayerNetworkStatus(e, on('2024-01-01', 'LCSW'), medicare),
    );
    const before = evaluatePayerNetworkStatus([approved('2023-12-01')], on('2023-10-01'), medicare);
    expect([before.outcome, codes(before)]).toEqual([
      'out_of_network',
      ['credentialing.network.before_effective_date'],
    ]);
    const noDate = evaluatePayerNetworkStatus(
      [approved('2023-01-01', { effectiveOn: undefined })],
      on('2023-10-01'),
      medicare,
    );
    expect([noDate.outcome, codes(noDate)]).toEqual([
      'undecided',
      ['credentialing.network.effective_date_unknown'],
    ]);
  });

  it('keeps the reasons of an answer that was already no, beside the benefit’s', () => {
    // Filed after the date of service plus the retro window: not billable even once approved.
    const pending = approved('2023-06-01', { status: 'in_review', submittedOn: '2024-02-01' });
    const d = evaluatePayerNetworkStatus([pending], on('2023-12-15', 'LMFT'), medicare);
    expect([d.outcome, codes(d)]).toEqual([
      'out_of_network',
      [
        'credentialing.medicare.mft_mhc_before_2024',
        'credentialing.network.application_pending',
        'credentialing.medicare.mft_mhc_effective_before_2024',
      ],
    ]);
  });

  it('orders the benefit’s reasons with the others: errors first, then warnings by code', () => {
    const noDate = approved('2023-01-01', { effectiveOn: undefined });
    const pending = approved('2023-06-01', { status: 'submitted', submittedOn: '2024-02-01' });
    const d = evaluatePayerNetworkStatus([noDate, pending], on('2023-12-15', 'LMFT'), medicare);
    expect(codes(d)).toEqual([
      'credentialing.medicare.mft_mhc_before_2024',
      'credentialing.network.application_pending',
      'credentialing.medicare.mft_mhc_effective_before_2024',
      'credentialing.network.effective_date_unknown',
    ]);
    const ended = approved('2023-10-01', { status: 'terminated', terminatedOn: '2024-01-15' });
    const after = evaluatePayerNetworkStatus([ended], on('2024-02-01', 'LMFT'), medicare);
    expect([after.outcome, codes(after)]).toEqual([
      'out_of_network',
      ['credentialing.network.terminated', 'credentialing.medicare.mft_mhc_effective_before_2024'],
    ]);
  });

  it('applies to a Medicare Advantage plan given program medicare, and not to a commercial payer', () => {
    const e = [approved('2023-06-01', { payerId: 'mapd', credentialedOn: '2023-06-01' })];
    const q = { ...on('2023-12-15', 'LMFT'), payerId: 'mapd' };
    const advantage = {
      payerPolicy: { payerId: 'mapd', program: 'medicare', revalidationMonths: null, retroBillingDays: 0 },
    } as const;
    expect(evaluatePayerNetworkStatus(e, q, advantage).outcome).toBe('out_of_network');
    const commercial = evaluatePayerNetworkStatus(e, q, { payerPolicy: { payerId: 'mapd' } });
    expect([commercial.outcome, codes(commercial)]).toEqual([
      'in_network',
      ['credentialing.network.in_network'],
    ]);
    const { licenseType: _, ...unknown } = q;
    expect(evaluatePayerNetworkStatus(e, unknown, { payerPolicy: { payerId: 'mapd' } })).toEqual(commercial);
  });

  it('does not call an effective date of 2024-01-01 a data problem, nor any date of another profession', () => {
    const onStart = evaluatePayerNetworkStatus([approved('2024-01-01')], on('2024-02-01', 'LMFT'), medicare);
    expect(codes(onStart)).not.toContain('credentialing.medicare.mft_mhc_effective_before_2024');
    const social = evaluatePayerNetworkStatus([approved('2023-12-31')], on('2024-02-01', 'LCSW'), medicare);
    expect(codes(social)).not.toContain('credentialing.medicare.mft_mhc_effective_before_2024');
    const dayBefore = evaluatePayerNetworkStatus(
      [approved('2023-12-31')],
      on('2024-02-01', 'LMFT'),
      medicare,
    );
    expect(codes(dayBefore)).toContain('credentialing.medicare.mft_mhc_effective_before_2024');
    const pendingNoDate = approved('2023-01-01', { status: 'submitted', effectiveOn: undefined });
    const none = evaluatePayerNetworkStatus([pendingNoDate], on('2024-02-01', 'LMFT'), medicare);
    expect(codes(none)).toEqual(['credentialing.network.filing_date_unknown']);
  });

  it('rejects a license type it does not know and an unknown query key, without echoing them', () => {
    for (const bad of [
      { ...on('2023-12-15'), licenseType: 'LMFT-secret' },
      { ...on('2023-12-15'), profession: 'secret-value' },
    ]) {
      try {
        evaluatePayerNetworkStatus([], bad as never, medicare);
        expect.unreachable();
      } catch (error) {
        expect((error as ValidationError).subject).toBe('network status query');
        expect(JSON.stringify((error as ValidationError).issues)).not.toContain('secret');
        expect((error as Error).message).not.toContain('secret');
      }
    }
  });

  // Enrollment records of every shape: any status, any dates between 2020 and 2030.
  const recordArb = fc
    .tuple(
      fc.constantFrom(...EnrollmentStatus.options),
      fc.option(dateArb, { nil: undefined }),
      fc.option(fc.integer({ min: 1, max: 2000 }), { nil: undefined }),
    )
    .map(([status, effectiveOn, termAfter]) => {
      const from = effectiveOn ?? '2020-01-01';
      const terminatedOn =
        status === 'terminated'
          ? addDays(from, termAfter ?? 30)
          : status === 'approved' && termAfter !== undefined && effectiveOn !== undefined
            ? addDays(effectiveOn, termAfter)
            : undefined;
      return {
        clinicianId: 'c',
        payerId: 'p',
        status,
        ...(effectiveOn === undefined ? {} : { effectiveOn }),
        ...(terminatedOn === undefined ? {} : { terminatedOn }),
      } as PayerEnrollmentInput;
    });
  // A Medicare fee-for-service policy (a revalidation cycle) allows at most 30 days (42 CFR 424.521(a)(1); the
  // disaster's 90 days are set per enrollment); a plan on a recredentialing cycle (`null`) keeps its contract's.
  const policyArb = fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }).chain((revalidationMonths) =>
    fc.record({
      retroBillingDays: fc.integer({ min: 0, max: revalidationMonths === null ? 90 : 30 }),
      revalidationMonths: fc.constant(revalidationMonths),
    }),
  );
  const before2024Arb = fc.integer({ min: 0, max: 1460 }).map((n) => addDays('2023-12-31', -n));

  it('never finds a marriage and family therapist or counselor billable with Medicare before 2024-01-01', () => {
    fc.assert(
      fc.property(
        fc.array(recordArb, { maxLength: 3 }),
        before2024Arb,
        fc.constantFrom('LMFT', 'LPC', 'LPCC', 'LMHC', 'LCPC', 'LCMHC', 'LPCMH'),
        policyArb,
        (records, serviceDate, licenseType, p) => {
          const d = evaluatePayerNetworkStatus(
            records,
            { clinicianId: 'c', payerId: 'p', serviceDate, licenseType },
            { payerPolicy: { payerId: 'p', program: 'medicare', ...p } },
          );
          expect(d.outcome).toBe('out_of_network');
          expect(codes(d)[0]).toBe('credentialing.medicare.mft_mhc_before_2024');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never finds an unknown license billable with Medicare before 2024-01-01, and is undecided where another profession would be', () => {
    fc.assert(
      fc.property(
        fc.array(recordArb, { maxLength: 3 }),
        before2024Arb,
        policyArb,
        fc.option(fc.constantFrom(...UNNAMED_LICENSES), { nil: undefined }),
        (records, serviceDate, p, unnamed) => {
          const q = { clinicianId: 'c', payerId: 'p', serviceDate };
          const options = { payerPolicy: { payerId: 'p', program: 'medicare', ...p } } as const;
          const d = evaluatePayerNetworkStatus(
            records,
            unnamed === undefined ? q : { ...q, licenseType: unnamed },
            options,
          );
          const social = evaluatePayerNetworkStatus(records, { ...q, licenseType: 'LCSW' }, options);
          expect(['in_network', 'retro_billable']).not.toContain(d.outcome);
          if (unnamed === 'associate') {
            // Medicare never enrolls a pre-licensed associate.
            expect([d.outcome, codes(d)[0]]).toEqual([
              'out_of_network',
              'credentialing.medicare.associate_not_enrollable',
            ]);
          } else if (social.outcome === 'in_network' || social.outcome === 'retro_billable') {
            expect([d.outcome, codes(d)]).toEqual([
              'undecided',
              ['credentialing.medicare.license_type_unknown'],
            ]);
          } else {
            expect(d).toEqual(social);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('decides every other profession, any license from 2024-01-01 and any payer not Medicare as before', () => {
    fc.assert(
      fc.property(
        fc.array(recordArb, { maxLength: 3 }),
        dateArb,
        fc.option(fc.constantFrom(...LICENSES), { nil: undefined }),
        policyArb,
        fc.boolean(),
        (records, serviceDate, licenseType, p, isMedicare) => {
          const mftOrMhc =
            licenseType === undefined || !(OTHER_LICENSES as readonly string[]).includes(licenseType);
          const unnamed = (UNNAMED_LICENSES as readonly string[]).includes(licenseType ?? '');
          fc.pre(!isMedicare || !mftOrMhc || serviceDate >= '2024-01-01');
          // Medicare never enrolls an associate; and Medicare fee-for-service holds a filed application
          // from its filing date even with no retro window, where a plan with none refuses it.
          fc.pre(!isMedicare || licenseType !== 'associate');
          // Nor does it pay an LMSW whose license is not confirmed clinical (its own tests below).
          fc.pre(!isMedicare || licenseType !== 'LMSW');
          // (The pending rule has its own tests below.)
          const filed = records.some((r) => ['submitted', 'in_review', 'info_requested'].includes(r.status));
          fc.pre(!isMedicare || p.revalidationMonths === null || !filed);
          const q = { clinicianId: 'c', payerId: 'p', serviceDate };
          // A claim submitted on the date of service: deactivation for no claims is tested on its own.
          records = records.map((r) => ({ ...r, lastClaimSubmittedOn: serviceDate }));
          // The program sets only defaults, so the same numbers under a commercial program decide as before.
          const before = evaluatePayerNetworkStatus(records, q, {
            payerPolicy: { payerId: 'p', program: 'commercial', ...p },
          });
          const program = isMedicare ? 'medicare' : 'commercial';
          const d = evaluatePayerNetworkStatus(
            records,
            { ...q, ...(licenseType === undefined ? {} : { licenseType }) },
            { payerPolicy: { payerId: 'p', program, ...p } },
          );
          const warnings = d.reasons.filter(
            (r) => r.code === 'credentialing.medicare.mft_mhc_effective_before_2024',
          );
          expect({ ...d, reasons: d.reasons.filter((r) => !warnings.includes(r)) }).toEqual(before);
          // The data warning is the only addition, and only for these professions under Medicare.
          if (warnings.length > 0)
            expect(isMedicare && mftOrMhc && !unnamed && licenseType !== undefined).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

const LICENSES = [
  ...OTHER_LICENSES,
  ...UNNAMED_LICENSES,
  'LMSW',
  'LMFT',
  'LPC',
  'LPCC',
  'LMHC',
  'LCPC',
  'LCMHC',
  'LPCMH',
] as const;

describe('evaluatePayerNetworkStatus: titles that name no profession, and a payer named Medicare with no policy', () => {
  const medicare = { payerPolicy: { payerId: 'medicare', program: 'medicare' } } as const;
  const approved = (effectiveOn: string) =>
    [{ clinicianId: 'c1', payerId: 'medicare', status: 'approved', effectiveOn }] as PayerEnrollmentInput[];
  const q = (serviceDate: string, licenseType?: (typeof LICENSES)[number]) => ({
    clinicianId: 'c1',
    payerId: 'medicare',
    serviceDate,
    ...(licenseType === undefined ? {} : { licenseType }),
  });

  it('cannot decide Medicare on 2023-12-31 for a license entered as `other`', () => {
    for (const licenseType of ['other'] as const) {
      for (const effectiveOn of ['2024-01-01', '2023-06-01']) {
        const d = evaluatePayerNetworkStatus(approved(effectiveOn), q('2023-12-31', licenseType), medicare);
        expect([d.outcome, codes(d)]).toEqual(['undecided', ['credentialing.medicare.license_type_unknown']]);
        expect(d.reasons[0]?.facts).toMatchObject({ licenseType, profession: null });
        expect(d.reasons[0]?.message).toContain(`license type ${licenseType}`);
      }
    }
  });

  it('decides `other` from 2024-01-01 as before: in network', () => {
    const d = evaluatePayerNetworkStatus(approved('2023-06-01'), q('2024-01-01', 'other'), medicare);
    expect(d.outcome).toBe('in_network');
  });

  it('reads LCMHC (New Hampshire) and LPCMH (Delaware) as mental health counselors', () => {
    for (const licenseType of ['LCMHC', 'LPCMH'] as const) {
      const d = evaluatePayerNetworkStatus(approved('2024-01-01'), q('2023-12-15', licenseType), medicare);
      expect(d.outcome).toBe('out_of_network');
      expect(d.reasons[0]?.facts).toMatchObject({ profession: 'counseling' });
    }
  });

  it('does not guess a payer named Medicare commercial without its policy: an LMFT in 2023 is undecided', () => {
    for (const payerId of ['medicare', 'MEDICARE', 'noridian-medicare']) {
      const d = evaluatePayerNetworkStatus(
        [{ clinicianId: 'c1', payerId, status: 'approved', effectiveOn: '2023-06-01' }],
        { clinicianId: 'c1', payerId, serviceDate: '2023-12-01', licenseType: 'LMFT' },
      );
      expect(d).toEqual({
        outcome: 'undecided',
        effectiveOn: null,
        reasons: [
          expect.objectContaining({
            code: 'credentialing.network.payer_program_unknown',
            severity: 'warning',
            facts: { clinicianId: 'c1', payerId, serviceDate: '2023-12-01' },
          }),
        ],
      });
      expect(d.reasons[0]?.message).toContain(payerId);
    }
    // With its policy, the same question is decided.
    const decided = evaluatePayerNetworkStatus(
      [{ clinicianId: 'c1', payerId: 'medicare', status: 'approved', effectiveOn: '2023-06-01' }],
      { clinicianId: 'c1', payerId: 'medicare', serviceDate: '2023-12-01', licenseType: 'LMFT' },
      medicare,
    );
    expect(decided.outcome).toBe('out_of_network');
  });

  it('still decides a payer whose id does not name Medicare without a policy (commercial defaults)', () => {
    const d = evaluatePayerNetworkStatus(
      [{ clinicianId: 'c1', payerId: 'aetna', status: 'approved', effectiveOn: '2023-06-01' }],
      { clinicianId: 'c1', payerId: 'aetna', serviceDate: '2023-12-01', licenseType: 'LMFT' },
    );
    expect(d.outcome).toBe('in_network');
  });

  it('is undecided for every payer id naming Medicare without a policy, whatever the records', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('medicare', 'Medicare-FFS', 'novitas_medicare', 'MEDICARE'),
        fc.array(dateArb, { maxLength: 3 }),
        dateArb,
        (payerId, effectiveDates, serviceDate) => {
          const d = evaluatePayerNetworkStatus(
            effectiveDates.map((effectiveOn) => ({
              clinicianId: 'c',
              payerId,
              status: 'approved',
              effectiveOn,
            })),
            { clinicianId: 'c', payerId, serviceDate },
          );
          expect(d.outcome).toBe('undecided');
          expect(codes(d)).toEqual(['credentialing.network.payer_program_unknown']);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('evaluatePayerNetworkStatus: a filed application the payer has not decided', () => {
  const ffs = { payerPolicy: { payerId: 'medicare', program: 'medicare' } } as const;
  const filed = (submittedOn: string | undefined, status = 'submitted', payerId = 'medicare') =>
    [
      {
        clinicianId: 'c1',
        payerId,
        status,
        ...(submittedOn === undefined ? {} : { submittedOn }),
      },
    ] as PayerEnrollmentInput[];
  const q = (serviceDate: string, payerId = 'medicare') => ({
    clinicianId: 'c1',
    payerId,
    serviceDate,
    licenseType: 'LCSW' as const,
  });

  it('holds a Medicare date of service after the filing date (2026-01-10): approval makes the filing date effective', () => {
    const d = evaluatePayerNetworkStatus(filed('2026-01-10'), q('2026-01-20'), ffs);
    expect(d).toEqual({
      outcome: 'undecided',
      effectiveOn: null,
      reasons: [
        {
          code: 'credentialing.network.pending_may_become_billable',
          severity: 'warning',
          message:
            'The application was filed on 2026-01-10 and is submitted: if Medicare approves it, the effective date is the filing date (or the first day at the location), billable from 30 days before it. Hold the claim until Medicare decides.',
          facts: {
            clinicianId: 'c1',
            payerId: 'medicare',
            serviceDate: '2026-01-20',
            status: 'submitted',
            effectiveOn: null,
            submittedOn: '2026-01-10',
            retroBillingDays: 30,
            windowFrom: '2025-12-11',
            medicareFeeForService: true,
          },
        },
      ],
    });
  });

  it('holds Medicare from 30 days before filing (2025-12-11) and refuses the day before it', () => {
    for (const status of ['submitted', 'in_review', 'info_requested']) {
      expect(evaluatePayerNetworkStatus(filed('2026-01-10', status), q('2025-12-11'), ffs).outcome).toBe(
        'undecided',
      );
      const before = evaluatePayerNetworkStatus(filed('2026-01-10', status), q('2025-12-10'), ffs);
      expect([before.outcome, codes(before)]).toEqual([
        'out_of_network',
        ['credentialing.network.application_pending'],
      ]);
      expect(before.reasons[0]?.facts).toMatchObject({ windowFrom: '2025-12-11', submittedOn: '2026-01-10' });
      expect(before.reasons[0]?.message).toBe(
        `The application is ${status.replace('_', ' ')}, not approved; even if approved, the earliest billable date is 2025-12-11.`,
      );
    }
    // 90 days when a declared disaster prevented this enrollment: recorded on it, not guessed, never payer-wide.
    const flagged = filed('2026-01-10').map((e) => ({ ...e, disasterPrecludedEnrollment: true }));
    expect(evaluatePayerNetworkStatus(flagged, q('2025-10-12'), ffs).outcome).toBe('undecided');
    expect(evaluatePayerNetworkStatus(flagged, q('2025-10-11'), ffs).outcome).toBe('out_of_network');
    expect(() =>
      evaluatePayerNetworkStatus(filed('2026-01-10'), q('2025-10-12'), {
        payerPolicy: { payerId: 'medicare', program: 'medicare', retroBillingDays: 90 },
      }),
    ).toThrow(/retro_window_exceeds_rule/);
  });

  it('cannot place a Medicare date of service when the filing date is not recorded', () => {
    const d = evaluatePayerNetworkStatus(filed(undefined, 'in_review'), q('2026-01-20'), ffs);
    expect([d.outcome, codes(d)]).toEqual(['undecided', ['credentialing.network.filing_date_unknown']]);
    expect(d.reasons[0]).toMatchObject({
      severity: 'warning',
      message:
        'The application is in review but its filing date is not recorded: once approved, dates from 30 days before the effective date may be billable. Record the filing date, and hold the claim until the payer decides.',
      facts: {
        status: 'in_review',
        retroBillingDays: 30,
        medicareFeeForService: true,
        serviceDate: '2026-01-20',
      },
    });
  });

  it('does not hold an application not yet filed (not started, gathering documents)', () => {
    for (const status of ['not_started', 'gathering_documents']) {
      const d = evaluatePayerNetworkStatus(filed(undefined, status), q('2026-01-20'), ffs);
      expect([d.outcome, codes(d)]).toEqual([
        'out_of_network',
        ['credentialing.network.application_pending'],
      ]);
    }
  });

  it('refuses a commercial, Medicaid or Medicare Advantage pending application with no retro window, and holds it with one', () => {
    for (const program of ['commercial', 'medicaid', 'medicare_advantage'] as const) {
      const none = evaluatePayerNetworkStatus(filed('2026-01-10', 'submitted', 'p'), q('2026-01-20', 'p'), {
        payerPolicy: { payerId: 'p', program },
      });
      expect([none.outcome, codes(none)]).toEqual([
        'out_of_network',
        ['credentialing.network.application_pending'],
      ]);
      const retro = { payerPolicy: { payerId: 'p', program, retroBillingDays: 60 } };
      const held = evaluatePayerNetworkStatus(
        filed('2026-01-10', 'submitted', 'p'),
        q('2026-01-20', 'p'),
        retro,
      );
      expect([held.outcome, codes(held)]).toEqual([
        'undecided',
        ['credentialing.network.pending_may_become_billable'],
      ]);
      expect(held.reasons[0]?.facts).toMatchObject({
        windowFrom: '2025-11-11',
        medicareFeeForService: false,
      });
      expect(held.reasons[0]?.message).toBe(
        "The application was filed on 2026-01-10 and is submitted: the payer's policy allows 60 days of retroactive billing, so the date may become billable once approved. Hold the claim until the payer decides.",
      );
      expect(none.reasons[0]?.facts).toMatchObject({ retroBillingDays: 0, status: 'submitted' });
      expect(
        evaluatePayerNetworkStatus(filed('2026-01-10', 'submitted', 'p'), q('2025-11-10', 'p'), retro)
          .outcome,
      ).toBe('out_of_network');
    }
  });

  it('never finds a pending application billable, and holds exactly the dates an approval could reach', () => {
    fc.assert(
      fc.property(
        dateArb,
        dateArb,
        fc.constantFrom('submitted', 'in_review', 'info_requested'),
        fc
          .constantFrom('medicare', 'medicare_advantage', 'medicaid', 'commercial')
          // Medicare fee-for-service: at most 30 policy-wide (42 CFR 424.521(a)(1)); other programs: the contract's.
          .chain((program) =>
            fc.tuple(fc.constant(program), fc.integer({ min: 0, max: program === 'medicare' ? 30 : 90 })),
          ),
        (submittedOn, serviceDate, status, [program, retroBillingDays]) => {
          const policy = { payerId: 'p', program, retroBillingDays } as const;
          const d = evaluatePayerNetworkStatus(filed(submittedOn, status, 'p'), q(serviceDate, 'p'), {
            payerPolicy: policy,
          });
          expect(['in_network', 'retro_billable']).not.toContain(d.outcome);
          const reachable =
            (program === 'medicare' || retroBillingDays > 0) &&
            compareDates(serviceDate, addDays(submittedOn, -retroBillingDays)) >= 0;
          expect(d.outcome).toBe(reachable ? 'undecided' : 'out_of_network');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('evaluatePayerNetworkStatus: a Medicare Advantage plan has no fee-for-service retro window', () => {
  const e = [
    { clinicianId: 'c1', payerId: 'ma', status: 'approved', effectiveOn: '2025-03-01' },
  ] as PayerEnrollmentInput[];
  const q = { clinicianId: 'c1', payerId: 'ma', serviceDate: '2025-02-10', licenseType: 'LCSW' } as const;

  it('refuses 2025-02-10 before a 2025-03-01 effective date, however the plan is set up, unless a window is configured', () => {
    for (const payerPolicy of [
      { payerId: 'ma', program: 'medicare_advantage' },
      { payerId: 'ma', program: 'medicare', revalidationMonths: null },
    ] as const) {
      const d = evaluatePayerNetworkStatus(e, q, { payerPolicy });
      expect([d.outcome, codes(d)]).toEqual([
        'out_of_network',
        ['credentialing.network.before_effective_date'],
      ]);
      expect(d.reasons[0]?.facts).toMatchObject({ retroBillingDays: 0 });
      const configured = evaluatePayerNetworkStatus(e, q, {
        payerPolicy: { ...payerPolicy, retroBillingDays: 30 },
      });
      expect(configured.outcome).toBe('retro_billable');
    }
    // Medicare fee-for-service keeps its 30 days.
    const ffs = evaluatePayerNetworkStatus(e, q, { payerPolicy: { payerId: 'ma', program: 'medicare' } });
    expect(ffs.outcome).toBe('retro_billable');
  });

  it('gives a Medicare Advantage plan Medicare’s benefit (no marriage and family therapist before 2024) on a 36-month cycle', () => {
    const before = evaluatePayerNetworkStatus(
      [{ clinicianId: 'c1', payerId: 'ma', status: 'approved', effectiveOn: '2023-06-01' }],
      { ...q, serviceDate: '2023-12-15', licenseType: 'LMFT' },
      { payerPolicy: { payerId: 'ma', program: 'medicare_advantage' } },
    );
    expect(codes(before)[0]).toBe('credentialing.medicare.mft_mhc_before_2024');
    const later = evaluatePayerNetworkStatus(
      [{ clinicianId: 'c1', payerId: 'ma', status: 'approved', effectiveOn: '2022-01-03' }],
      { ...q, serviceDate: '2025-01-20' },
      { payerPolicy: { payerId: 'ma', program: 'medicare_advantage' } },
    );
    expect(later.reasons.find((r) => r.code === 'credentialing.network.in_network')?.facts).toMatchObject({
      recredentialingDueOn: '2025-01-31',
      cycleMonths: 36,
    });
  });
});

describe('evaluatePayerNetworkStatus: a Presidentially declared disaster widens one enrollment’s window (42 CFR 424.521(a)(2))', () => {
  const medicare = { payerPolicy: { payerId: 'medicare', program: 'medicare' } } as const;
  const record = (over: Partial<PayerEnrollmentInput> = {}) =>
    ({
      clinicianId: 'c1',
      payerId: 'medicare',
      status: 'approved',
      submittedOn: '2027-03-31',
      effectiveOn: '2027-03-31',
      ...over,
    }) as PayerEnrollmentInput;
  const q = (serviceDate: string, clinicianId = 'c1') =>
    ({ clinicianId, payerId: 'medicare', serviceDate, licenseType: 'LCSW' }) as const;

  it('bills 2026-12-31, 90 days before 2027-03-31, for the flagged enrollment only, and refuses 2026-12-30', () => {
    const flagged = record({ disasterPrecludedEnrollment: true });
    const d = evaluatePayerNetworkStatus([flagged], q('2026-12-31'), medicare);
    expect(d.outcome).toBe('retro_billable');
    expect(d.reasons[0]?.facts).toMatchObject({ retroBillingDays: 90, retroFrom: '2026-12-31' });
    expect(evaluatePayerNetworkStatus([flagged], q('2026-12-30'), medicare).outcome).toBe('out_of_network');
    // Another clinician of the same payer keeps the 30 days.
    const other = record({ clinicianId: 'c2' });
    expect(evaluatePayerNetworkStatus([flagged, other], q('2026-12-31', 'c2'), medicare).outcome).toBe(
      'out_of_network',
    );
    expect(
      evaluatePayerNetworkStatus([record({ disasterPrecludedEnrollment: false })], q('2027-03-01'), medicare)
        .outcome,
    ).toBe('retro_billable');
  });

  it('holds a pending flagged application’s dates from 90 days before its filing', () => {
    const pending = {
      clinicianId: 'c1',
      payerId: 'medicare',
      status: 'submitted',
      submittedOn: '2027-03-31',
      disasterPrecludedEnrollment: true,
    } as const;
    const d = evaluatePayerNetworkStatus([pending], q('2026-12-31'), medicare);
    expect(d.outcome).toBe('undecided');
    expect(d.reasons[0]?.facts).toMatchObject({ windowFrom: '2026-12-31' });
    expect(evaluatePayerNetworkStatus([pending], q('2026-12-30'), medicare).outcome).toBe('out_of_network');
  });

  it('gives a Medicare Advantage or commercial plan nothing for it: 424.521 is a fee-for-service rule', () => {
    for (const payerPolicy of [
      { payerId: 'medicare', program: 'medicare_advantage' },
      { payerId: 'medicare', program: 'medicare', revalidationMonths: null },
      { payerId: 'medicare', program: 'commercial' },
    ] as const) {
      const d = evaluatePayerNetworkStatus([record({ disasterPrecludedEnrollment: true })], q('2027-03-30'), {
        payerPolicy,
      });
      expect(d.outcome).toBe('out_of_network');
    }
  });

  it('property: a flagged Medicare fee-for-service record is billable exactly from 90 days before its effective date, whatever window (0–30) the policy gives the others', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: -200, max: 200 }),
        fc.integer({ min: 0, max: 30 }),
        (effectiveOn, n, days) => {
          const serviceDate = addDays(effectiveOn, n);
          const d = evaluatePayerNetworkStatus(
            [
              record({
                submittedOn: effectiveOn,
                effectiveOn,
                credentialedOn: serviceDate,
                disasterPrecludedEnrollment: true,
              }),
            ],
            { ...q(serviceDate), licenseType: 'psychologist' },
            { payerPolicy: { payerId: 'medicare', program: 'medicare', retroBillingDays: days } },
          );
          expect(d.outcome).toBe(n >= 0 ? 'in_network' : n >= -90 ? 'retro_billable' : 'out_of_network');
        },
      ),
    );
  });
});

describe('evaluatePayerNetworkStatus: Medicare does not enroll a pre-licensed associate', () => {
  const e = [
    { clinicianId: 'c1', payerId: 'medicare', status: 'approved', effectiveOn: '2025-01-01' },
  ] as PayerEnrollmentInput[];
  const q = {
    clinicianId: 'c1',
    payerId: 'medicare',
    serviceDate: '2025-06-01',
    licenseType: 'associate',
  } as const;

  it('is out of network on 2025-06-01 for an associate, with Medicare and a Medicare Advantage plan; a commercial plan decides as before', () => {
    for (const program of ['medicare', 'medicare_advantage'] as const) {
      const d = evaluatePayerNetworkStatus(e, q, { payerPolicy: { payerId: 'medicare', program } });
      expect(d).toMatchObject({ outcome: 'out_of_network', effectiveOn: '2025-01-01' });
      expect(codes(d)).toEqual(['credentialing.medicare.associate_not_enrollable']);
      expect(d.reasons[0]).toMatchObject({
        severity: 'error',
        facts: { licenseType: 'associate', outcomeOtherwise: 'in_network' },
      });
    }
    expect(
      evaluatePayerNetworkStatus(e, q, { payerPolicy: { payerId: 'medicare', program: 'medicare' } })
        .reasons[0]?.message,
    ).toBe(
      'Medicare pays a clinician under their own state license (marriage and family therapists and mental health counselors with 2 years or 3,000 hours of post-degree supervised experience): a pre-licensed associate cannot bill under their own enrollment.',
    );
    const commercial = evaluatePayerNetworkStatus(e, q, {
      payerPolicy: { payerId: 'medicare', program: 'commercial' },
    });
    expect(commercial.outcome).toBe('in_network');
  });

  it('keeps the reasons of an answer that was already no, and drops those of a retro window', () => {
    const medicare = { payerPolicy: { payerId: 'medicare', program: 'medicare' } } as const;
    const denied = evaluatePayerNetworkStatus(
      [{ ...e[0], status: 'denied' } as PayerEnrollmentInput],
      q,
      medicare,
    );
    expect(codes(denied)).toEqual([
      'credentialing.medicare.associate_not_enrollable',
      'credentialing.network.denied',
    ]);
    const retro = evaluatePayerNetworkStatus(e, { ...q, serviceDate: '2024-12-15' }, medicare);
    expect([retro.outcome, codes(retro)]).toEqual([
      'out_of_network',
      ['credentialing.medicare.associate_not_enrollable'],
    ]);
    expect(retro.reasons[0]?.facts).toMatchObject({ outcomeOtherwise: 'retro_billable' });
    const held = evaluatePayerNetworkStatus(
      [{ clinicianId: 'c1', payerId: 'medicare', status: 'submitted', submittedOn: '2025-05-01' }],
      q,
      medicare,
    );
    expect(codes(held)).toEqual([
      'credentialing.medicare.associate_not_enrollable',
      'credentialing.network.pending_may_become_billable',
    ]);
  });

  it('never finds an associate billable with Medicare, on any record and date', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('approved', 'terminated', 'submitted', 'in_review', 'denied'),
        dateArb,
        dateArb,
        (status, effectiveOn, serviceDate) => {
          const record = {
            clinicianId: 'c1',
            payerId: 'medicare',
            status,
            effectiveOn,
            submittedOn: effectiveOn,
            ...(status === 'terminated' ? { terminatedOn: addDays(effectiveOn, 400) } : {}),
          } as PayerEnrollmentInput;
          const d = evaluatePayerNetworkStatus(
            [record],
            { ...q, serviceDate },
            {
              payerPolicy: { payerId: 'medicare', program: 'medicare' },
            },
          );
          expect(d.outcome).toBe('out_of_network');
          expect(codes(d)).toContain('credentialing.medicare.associate_not_enrollable');
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('evaluatePayerNetworkStatus: Medicare pays clinical social workers, and an LMSW is not always one', () => {
  const approved = (payerId: string) => [
    enrollment({
      payerId,
      effectiveOn: '2024-01-05',
      credentialedOn: '2024-01-05',
      lastClaimSubmittedOn: '2024-12-20',
    }),
  ];
  const lmsw = (payerId: string) => ({
    clinicianId: 'clin-ana',
    payerId,
    serviceDate: '2025-01-10',
    licenseType: 'LMSW' as const,
  });

  it('holds an LMSW approved with Medicare since 2024-01-05 on 2025-01-10 as undecided', () => {
    const d = evaluatePayerNetworkStatus(approved('medicare'), lmsw('medicare'), {
      payerPolicy: { payerId: 'medicare', program: 'medicare' },
    });
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual(['credentialing.medicare.clinical_social_work_unconfirmed']);
    expect(d.reasons[0]?.facts).toMatchObject({ outcomeOtherwise: 'in_network', licenseType: 'LMSW' });
  });

  it('holds the same LMSW with a Medicare Advantage plan, and pays an LCSW with both', () => {
    const ma = { payerPolicy: { payerId: 'humana-ma', program: 'medicare_advantage' } } as const;
    expect(evaluatePayerNetworkStatus(approved('humana-ma'), lmsw('humana-ma'), ma).outcome).toBe(
      'undecided',
    );
    const lcsw = { ...lmsw('humana-ma'), licenseType: 'LCSW' as const };
    expect(evaluatePayerNetworkStatus(approved('humana-ma'), lcsw, ma).outcome).toBe('in_network');
  });

  it('decides an LMSW with a commercial plan as before', () => {
    const d = evaluatePayerNetworkStatus(approved('aetna'), lmsw('aetna'));
    expect(d.outcome).toBe('in_network');
  });

  it('never makes an LMSW billable with Medicare, and keeps a failing answer as it was', () => {
    fc.assert(
      fc.property(
        dateArb,
        dateArb,
        fc.constantFrom('medicare', 'medicare_advantage'),
        (effectiveOn, serviceDate, program) => {
          const payerPolicy = { payerId: 'medicare', program } as const;
          const records = [enrollment({ payerId: 'medicare', effectiveOn, credentialedOn: effectiveOn })];
          const q = { clinicianId: 'clin-ana', payerId: 'medicare', serviceDate };
          const d = evaluatePayerNetworkStatus(records, { ...q, licenseType: 'LMSW' }, { payerPolicy });
          const asLcsw = evaluatePayerNetworkStatus(records, { ...q, licenseType: 'LCSW' }, { payerPolicy });
          expect(['out_of_network', 'undecided']).toContain(d.outcome);
          if (asLcsw.outcome === 'out_of_network' || asLcsw.outcome === 'undecided')
            expect(d).toEqual(asLcsw);
          else expect(codes(d)).toEqual(['credentialing.medicare.clinical_social_work_unconfirmed']);
        },
      ),
    );
  });
});

describe('evaluatePayerNetworkStatus: a Medicare effective date recorded before the filing date', () => {
  const medicare = { payerPolicy: { payerId: 'medicare', program: 'medicare' } } as const;
  const filedLate = enrollment({
    payerId: 'medicare',
    submittedOn: '2026-02-01',
    effectiveOn: '2025-10-01',
    credentialedOn: undefined,
  });
  const q = (serviceDate: string) => ({
    clinicianId: 'clin-ana',
    payerId: 'medicare',
    serviceDate,
    licenseType: 'LCSW' as const,
  });

  it('holds 2025-09-10 as undecided: retro-billable as recorded, but from the 2026-02-01 filing the earliest date is 2026-01-02', () => {
    const d = evaluatePayerNetworkStatus([filedLate], q('2025-09-10'), medicare);
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual(['credentialing.medicare.effective_before_filing']);
    expect(d.reasons[0]?.facts).toMatchObject({
      outcomeAsRecorded: 'retro_billable',
      outcomeFromFilingDate: 'out_of_network',
      billableFromIfFiledOn: '2026-01-02',
    });
  });

  it('keeps an answer both dates agree on, with the data problem beside it', () => {
    const later = evaluatePayerNetworkStatus([filedLate], q('2026-03-02'), medicare);
    expect(later.outcome).toBe('in_network');
    expect(codes(later)).toContain('credentialing.medicare.effective_before_filing');
    const earlier = evaluatePayerNetworkStatus([filedLate], q('2025-08-01'), medicare);
    expect(earlier.outcome).toBe('out_of_network');
    expect(codes(earlier)).toEqual([
      'credentialing.network.before_effective_date',
      'credentialing.medicare.effective_before_filing',
    ]);
  });

  it('leaves a plan’s effective date before filing alone: only Medicare fee-for-service dates from filing', () => {
    const plan = enrollment({ submittedOn: '2026-02-01', effectiveOn: '2025-10-01' });
    const d = evaluatePayerNetworkStatus([plan], { ...q('2025-10-10'), payerId: 'aetna' });
    expect(d.outcome).toBe('in_network');
  });

  it('never answers what the filing date rules out, and agrees with it whenever the two readings agree', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: -500, max: 500 }),
        (effectiveOn, lateBy, offset) => {
          const submittedOn = addDays(effectiveOn, lateBy);
          const serviceDate = addDays(effectiveOn, offset);
          const rec = enrollment({
            payerId: 'medicare',
            effectiveOn,
            submittedOn,
            credentialedOn: effectiveOn,
          });
          const d = evaluatePayerNetworkStatus([rec], q(serviceDate), medicare);
          const fromFiling = evaluatePayerNetworkStatus(
            [{ ...rec, effectiveOn: submittedOn, credentialedOn: effectiveOn }],
            q(serviceDate),
            medicare,
          );
          expect(codes(d)).toContain('credentialing.medicare.effective_before_filing');
          expect([fromFiling.outcome, 'undecided']).toContain(d.outcome);
          // Billable only where the filing date allows it: never before filing minus the 30-day window.
          if (d.outcome === 'in_network' || d.outcome === 'retro_billable')
            expect(compareDates(serviceDate, addDays(submittedOn, -30))).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('evaluatePayerNetworkStatus: a clinician opted out of Medicare (42 CFR 405.425)', () => {
  const medicare = { payerPolicy: { payerId: 'medicare', program: 'medicare' } } as const;
  const ma = { payerPolicy: { payerId: 'humana-ma', program: 'medicare_advantage' } } as const;
  const optOut = { effectiveOn: '2025-01-01' };
  // An LCSW enrolled with Medicare since 2022 who opted out from 2025-01-01 (renewing every 2 years).
  const enrolled = [
    enrollment({
      payerId: 'medicare',
      effectiveOn: '2022-01-03',
      credentialedOn: '2022-01-03',
      lastClaimSubmittedOn: '2024-12-16',
    }),
  ];
  const q = (serviceDate: string, more: object = {}) => ({
    clinicianId: 'clin-ana',
    payerId: 'medicare',
    serviceDate,
    licenseType: 'LCSW' as const,
    medicareOptOut: optOut,
    // Routine care: emergency or urgent care has its own rule (42 CFR 405.440).
    emergencyOrUrgentCare: false,
    ...more,
  });

  it('is in network the day before the opt-out and out of network from its effective date', () => {
    expect(evaluatePayerNetworkStatus(enrolled, q('2024-12-31'), medicare).outcome).toBe('in_network');
    const d = evaluatePayerNetworkStatus(enrolled, q('2025-01-01'), medicare);
    expect(d).toMatchObject({ outcome: 'out_of_network', effectiveOn: '2022-01-03' });
    expect(codes(d)).toEqual(['credentialing.medicare.opted_out']);
    expect(d.reasons[0]).toMatchObject({
      severity: 'error',
      facts: {
        optOutEffectiveOn: '2025-01-01',
        optOutEndsOn: null,
        optOutPeriod: 1,
        optOutPeriodStartsOn: '2025-01-01',
        optOutPeriodEndsOn: '2026-12-31',
        outcomeOtherwise: 'in_network',
      },
    });
    expect(d.reasons[0]?.message).toContain('private contract');
  });

  it('renews by itself: 2027-03-10 is in the second 2-year period, still out of network', () => {
    const d = evaluatePayerNetworkStatus(enrolled, q('2027-03-10'), medicare);
    expect(d.outcome).toBe('out_of_network');
    expect(d.reasons.find((r) => r.code === 'credentialing.medicare.opted_out')?.facts).toMatchObject({
      optOutPeriod: 2,
      optOutPeriodStartsOn: '2027-01-01',
    });
  });

  it('ends on endsOn (a cancellation at the end of a period): in network again from 2027-01-01 once enrolled again', () => {
    const cancelled = { medicareOptOut: { effectiveOn: '2025-01-01', endsOn: '2027-01-01' } };
    // Enrolled again (filed 2026-12-01): cancelling does not enroll, a new enrollment does.
    const again = [
      ...enrolled,
      enrollment({ payerId: 'medicare', effectiveOn: '2026-12-01', credentialedOn: '2026-12-01' }),
    ];
    expect(evaluatePayerNetworkStatus(again, q('2026-12-31', cancelled), medicare).outcome).toBe(
      'out_of_network',
    );
    expect(evaluatePayerNetworkStatus(again, q('2027-01-01', cancelled), medicare).outcome).toBe(
      'in_network',
    );
    // The 2022 enrollment alone is not reactivated by the cancellation.
    const d = evaluatePayerNetworkStatus(enrolled, q('2027-01-01', cancelled), medicare);
    expect(d.outcome).toBe('out_of_network');
    expect(d.reasons.map((r) => r.code)).toEqual(['credentialing.medicare.opt_out_cancelled_not_enrolled']);
  });

  it('closes the 30-day retro window as well', () => {
    const late = [
      enrollment({ payerId: 'medicare', effectiveOn: '2025-01-20', credentialedOn: '2025-01-20' }),
    ];
    const without = evaluatePayerNetworkStatus(
      late,
      { ...q('2025-01-05'), medicareOptOut: undefined },
      medicare,
    );
    expect(without.outcome).toBe('retro_billable');
    const d = evaluatePayerNetworkStatus(late, q('2025-01-05'), medicare);
    expect(d.outcome).toBe('out_of_network');
    expect(d.reasons[0]?.facts).toMatchObject({ outcomeOtherwise: 'retro_billable' });
  });

  it('applies to a Medicare Advantage plan (405.425(a), 405.455), and keeps a failing answer’s reasons', () => {
    const plan = [enrollment({ payerId: 'humana-ma', effectiveOn: '2026-01-01' })];
    const onPlan = { payerId: 'humana-ma' };
    expect(evaluatePayerNetworkStatus(plan, q('2026-03-10', onPlan), ma).outcome).toBe('out_of_network');
    const before = evaluatePayerNetworkStatus(plan, q('2025-12-01', onPlan), ma);
    expect(codes(before)).toEqual([
      'credentialing.medicare.opted_out',
      'credentialing.network.before_effective_date',
    ]);
  });

  it('turns a held pending application into out of network: no approval can make the date billable', () => {
    const pending = [
      enrollment({
        payerId: 'medicare',
        status: 'submitted',
        submittedOn: '2025-03-01',
        effectiveOn: undefined,
      }),
    ];
    const d = evaluatePayerNetworkStatus(pending, q('2025-03-10'), medicare);
    expect(d.outcome).toBe('out_of_network');
    expect(codes(d)).toEqual([
      'credentialing.medicare.opted_out',
      'credentialing.network.pending_may_become_billable',
    ]);
  });

  it('is ignored by Medicaid and commercial payers (property: the same answer without it)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('medicaid', 'commercial'),
        dateArb,
        dateArb,
        (program, effectiveOn, serviceDate) => {
          const recs = [enrollment({ payerId: 'state-medicaid', effectiveOn, credentialedOn: effectiveOn })];
          const options = { payerPolicy: { payerId: 'state-medicaid', program } } as const;
          const base = { clinicianId: 'clin-ana', payerId: 'state-medicaid', serviceDate };
          expect(
            evaluatePayerNetworkStatus(
              recs,
              { ...base, medicareOptOut: { effectiveOn: '2020-01-01' } },
              options,
            ),
          ).toEqual(evaluatePayerNetworkStatus(recs, base, options));
        },
      ),
    );
  });

  it('is never billable while the opt-out stands, and changes nothing outside it (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(medicare, ma),
        dateArb,
        medicareOptOutArb,
        dateArb,
        fc.constantFrom('approved', 'submitted', 'terminated'),
        (options, effectiveOn, medicareOptOut, serviceDate, status) => {
          const payerId = options.payerPolicy.payerId;
          const rec = enrollment({
            payerId,
            status,
            effectiveOn,
            credentialedOn: effectiveOn,
            submittedOn: effectiveOn,
            ...(status === 'terminated' ? { terminatedOn: addDays(effectiveOn, 400) } : {}),
          });
          const base = {
            clinicianId: 'clin-ana',
            payerId,
            serviceDate,
            licenseType: 'psychologist' as const,
          };
          const withOptOut = evaluatePayerNetworkStatus(
            [rec],
            { ...base, medicareOptOut, emergencyOrUrgentCare: false },
            options,
          );
          const without = evaluatePayerNetworkStatus([rec], base, options);
          if (optOutStandsOn(medicareOptOut, serviceDate)) {
            expect(withOptOut.outcome).toBe('out_of_network');
            expect(
              withOptOut.reasons.filter((r) => r.code === 'credentialing.medicare.opted_out'),
            ).toHaveLength(1);
            expect(withOptOut.reasons.every((r) => r.code !== 'credentialing.network.in_network')).toBe(true);
          } else {
            expect(withOptOut).toEqual(without);
          }
        },
      ),
    );
  });

  it('rejects an opt-out that ends before it starts, at its path in the query', () => {
    const error = thrown(() =>
      evaluatePayerNetworkStatus(
        enrolled,
        q('2025-03-10', { medicareOptOut: { effectiveOn: '2025-01-01', endsOn: '2024-12-31' } }),
        medicare,
      ),
    );
    expect(error.issues.map((i) => [i.at, i.code])).toEqual([
      ['$.query.medicareOptOut.endsOn', 'credentialing.opt_out.end_before_start'],
    ]);
  });
});

describe('evaluatePayerNetworkStatus: a clinician excluded by the HHS OIG (42 CFR 1001.1901)', () => {
  const excluded = [{ effectiveOn: '2026-02-19' }];
  const policyOf = (
    payerId: string,
    program: 'medicare' | 'medicare_advantage' | 'medicaid' | 'commercial',
  ) => ({
    payerPolicy: { payerId, program },
  });
  const rec = (payerId: string) => [
    enrollment({
      payerId,
      effectiveOn: '2024-01-02',
      credentialedOn: '2024-01-02',
      lastClaimSubmittedOn: '2026-02-02',
    }),
  ];
  const q = (
    payerId: string,
    serviceDate: string,
    oigExclusions: { effectiveOn: string; reinstatedOn?: string }[],
  ) => ({
    clinicianId: 'clin-ana',
    payerId,
    serviceDate,
    licenseType: 'LCSW' as const,
    oigExclusions,
  });

  it('is out of network with Medicaid from the exclusion’s effective date, in network the day before', () => {
    const medicaid = policyOf('tx-medicaid', 'medicaid');
    expect(
      evaluatePayerNetworkStatus(rec('tx-medicaid'), q('tx-medicaid', '2026-02-18', excluded), medicaid)
        .outcome,
    ).toBe('in_network');
    const d = evaluatePayerNetworkStatus(
      rec('tx-medicaid'),
      q('tx-medicaid', '2026-02-19', excluded),
      medicaid,
    );
    expect(d).toMatchObject({ outcome: 'out_of_network', effectiveOn: '2024-01-02' });
    expect(codes(d)).toEqual(['credentialing.exclusion.oig_excluded']);
    expect(d.reasons[0]).toMatchObject({
      severity: 'error',
      facts: { excludedOn: '2026-02-19', reinstatedOn: null, outcomeOtherwise: 'in_network' },
    });
  });

  it('applies to Medicare and a Medicare Advantage plan, and ends on reinstatement', () => {
    for (const [payerId, program] of [
      ['medicare', 'medicare'],
      ['humana-ma', 'medicare_advantage'],
    ] as const) {
      const options = policyOf(payerId, program);
      expect(
        evaluatePayerNetworkStatus(rec(payerId), q(payerId, '2026-06-01', excluded), options).outcome,
      ).toBe('out_of_network');
      const reinstated = [{ effectiveOn: '2026-02-19', reinstatedOn: '2027-03-01' }];
      expect(
        evaluatePayerNetworkStatus(rec(payerId), q(payerId, '2027-02-28', reinstated), options).outcome,
      ).toBe('out_of_network');
      // Reinstated after a year with no Medicare claim (the last 2026-02-02): fee-for-service may have
      // deactivated the billing privileges meanwhile (42 CFR 424.540(a)(1)); the plan pays.
      const back = evaluatePayerNetworkStatus(rec(payerId), q(payerId, '2027-03-01', reinstated), options);
      expect(back.outcome).toBe(program === 'medicare' ? 'undecided' : 'in_network');
      expect(
        back.reasons.map((r) => r.code).includes('credentialing.medicare.inactivity_deactivation_possible'),
      ).toBe(program === 'medicare');
    }
  });

  it('keeps an opt-out’s reason beside it: both bar payment', () => {
    const d = evaluatePayerNetworkStatus(
      rec('medicare'),
      {
        ...q('medicare', '2026-06-01', excluded),
        medicareOptOut: { effectiveOn: '2025-01-01' },
        emergencyOrUrgentCare: false,
      },
      policyOf('medicare', 'medicare'),
    );
    expect(d.outcome).toBe('out_of_network');
    expect(codes(d)).toEqual(['credentialing.exclusion.oig_excluded', 'credentialing.medicare.opted_out']);
  });

  it('is never billable by a federal program while it stands, ignored by commercial payers, and changes nothing outside it (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('medicare', 'medicare_advantage', 'medicaid', 'commercial'),
        dateArb,
        dateArb,
        fc.option(fc.integer({ min: 1, max: 1500 }), { nil: undefined }),
        dateArb,
        fc.constantFrom('approved', 'submitted', 'terminated'),
        (program, effectiveOn, excludedOn, length, serviceDate, status) => {
          const payerId = `payer-${program}`;
          const options = policyOf(payerId, program);
          const recs = [
            enrollment({
              payerId,
              status,
              effectiveOn,
              credentialedOn: effectiveOn,
              submittedOn: effectiveOn,
              ...(status === 'terminated' ? { terminatedOn: addDays(effectiveOn, 400) } : {}),
            }),
          ];
          const reinstatedOn = length === undefined ? undefined : addDays(excludedOn, length);
          const exclusion =
            reinstatedOn === undefined
              ? { effectiveOn: excludedOn }
              : { effectiveOn: excludedOn, reinstatedOn };
          const base = {
            clinicianId: 'clin-ana',
            payerId,
            serviceDate,
            licenseType: 'psychologist' as const,
          };
          const withIt = evaluatePayerNetworkStatus(recs, { ...base, oigExclusions: [exclusion] }, options);
          const without = evaluatePayerNetworkStatus(recs, base, options);
          const stands =
            compareDates(serviceDate, excludedOn) >= 0 &&
            (reinstatedOn === undefined || compareDates(serviceDate, reinstatedOn) < 0);
          if (stands && program !== 'commercial') {
            expect(withIt.outcome).toBe('out_of_network');
            expect(codes(withIt)).toContain('credentialing.exclusion.oig_excluded');
            expect(codes(withIt)).not.toContain('credentialing.network.in_network');
          } else {
            expect(withIt).toEqual(without);
          }
        },
      ),
    );
  });

  it('rejects a reinstatement on or before the exclusion, at its path in the query', () => {
    const error = thrown(() =>
      evaluatePayerNetworkStatus(
        rec('medicare'),
        q('medicare', '2026-06-01', [{ effectiveOn: '2026-02-19', reinstatedOn: '2026-02-19' }]),
        policyOf('medicare', 'medicare'),
      ),
    );
    expect(error.issues.map((i) => [i.at, i.code])).toEqual([
      ['$.query.oigExclusions[0].reinstatedOn', 'credentialing.exclusion.reinstated_before_effective'],
    ]);
  });
});

describe('evaluatePayerNetworkStatus: a participation that ended, with no effective date recorded', () => {
  const ended = (over: Partial<PayerEnrollmentInput> = {}) =>
    enrollment({
      status: 'terminated',
      effectiveOn: undefined,
      terminatedOn: '2026-06-01',
      history: [
        { status: 'approved', on: '2025-01-10' },
        { status: 'terminated', on: '2026-05-15' },
      ],
      ...over,
    });

  it('is out of network from the termination date, whatever the effective date was', () => {
    const d = evaluatePayerNetworkStatus([ended()], { ...query, serviceDate: '2026-06-01' });
    expect(d).toMatchObject({ outcome: 'out_of_network', effectiveOn: null });
    expect(codes(d)).toEqual(['credentialing.network.terminated']);
    expect(d.reasons[0]?.facts).toMatchObject({ terminatedOn: '2026-06-01' });
  });

  it('stays undecided before the termination date: the effective date is still needed', () => {
    const d = evaluatePayerNetworkStatus([ended()], { ...query, serviceDate: '2026-05-31' });
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual(['credentialing.network.effective_date_unknown']);
  });

  it('answers as a recorded effective date before it would, on and after the termination date (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 800 }), dateArb, (terminatedOn, after, effectiveOn) => {
        fc.pre(compareDates(effectiveOn, terminatedOn) < 0);
        const serviceDate = addDays(terminatedOn, after);
        const unknown = evaluatePayerNetworkStatus([ended({ terminatedOn })], { ...query, serviceDate });
        const known = evaluatePayerNetworkStatus([ended({ terminatedOn, effectiveOn })], {
          ...query,
          serviceDate,
        });
        expect(unknown.outcome).toBe('out_of_network');
        expect(codes(unknown)).toEqual(codes(known));
      }),
    );
  });
});

describe('evaluatePayerNetworkStatus: the words and order of the opt-out and exclusion reasons', () => {
  const medicare = { payerPolicy: { payerId: 'medicare', program: 'medicare' } } as const;
  const q = (serviceDate: string, more: object) => ({
    clinicianId: 'clin-ana',
    payerId: 'medicare',
    serviceDate,
    licenseType: 'LCSW' as const,
    emergencyOrUrgentCare: false,
    ...more,
  });
  const enrolled = [
    enrollment({
      payerId: 'medicare',
      effectiveOn: '2022-01-03',
      credentialedOn: '2022-01-03',
      lastClaimSubmittedOn: '2024-12-16',
    }),
  ];
  // Effective 2025-01-20: 2025-01-05 is inside Medicare's 30-day retro window.
  const late = [enrollment({ payerId: 'medicare', effectiveOn: '2025-01-20', credentialedOn: '2025-01-20' })];

  it('says whether the opt-out renews or until when it runs', () => {
    const renewing = evaluatePayerNetworkStatus(
      enrolled,
      q('2025-03-10', { medicareOptOut: { effectiveOn: '2025-01-01' } }),
      medicare,
    );
    expect(renewing.reasons[0]?.message).toBe(
      'The clinician opted out of Medicare from 2025-01-01 (renewing every 2 years): neither Medicare nor a Medicare Advantage plan pays for this date of service, and no claim may be submitted. See the client only under a private contract signed before the service.',
    );
    const cancelled = evaluatePayerNetworkStatus(
      enrolled,
      q('2025-03-10', { medicareOptOut: { effectiveOn: '2025-01-01', endsOn: '2027-01-01' } }),
      medicare,
    );
    expect(cancelled.reasons[0]?.message).toMatch(
      /^The clinician opted out of Medicare from 2025-01-01 until 2027-01-01: /,
    );
    expect(cancelled.reasons[0]?.facts).toMatchObject({ optOutEndsOn: '2027-01-01' });
  });

  it('says whether the exclusion was reinstated', () => {
    const standing = evaluatePayerNetworkStatus(
      enrolled,
      q('2026-03-10', { oigExclusions: [{ effectiveOn: '2026-02-19' }] }),
      medicare,
    );
    expect(standing.reasons[0]?.message).toBe(
      'The clinician is excluded by the HHS Office of Inspector General from 2026-02-19, not reinstated: no federal health care program pays for services they furnish on this date. Do not bill it; take it to the compliance officer.',
    );
    const reinstated = evaluatePayerNetworkStatus(
      enrolled,
      q('2026-03-10', { oigExclusions: [{ effectiveOn: '2026-02-19', reinstatedOn: '2027-03-01' }] }),
      medicare,
    );
    expect(reinstated.reasons[0]?.message).toMatch(
      /^The clinician is excluded by the HHS Office of Inspector General from 2026-02-19 until 2027-03-01: /,
    );
    expect(reinstated.reasons[0]?.facts).toMatchObject({ reinstatedOn: '2027-03-01' });
  });

  it('drops a retro-billable answer’s reasons: the window is closed, not open', () => {
    const optedOut = evaluatePayerNetworkStatus(
      late,
      q('2025-01-05', { medicareOptOut: { effectiveOn: '2025-01-01' } }),
      medicare,
    );
    expect(codes(optedOut)).toEqual(['credentialing.medicare.opted_out']);
    const excluded = evaluatePayerNetworkStatus(
      late,
      q('2025-01-05', { oigExclusions: [{ effectiveOn: '2025-01-01' }] }),
      medicare,
    );
    expect(codes(excluded)).toEqual(['credentialing.exclusion.oig_excluded']);
    expect(excluded.reasons[0]?.facts).toMatchObject({ outcomeOtherwise: 'retro_billable' });
  });

  it('orders the opt-out among a failing answer’s errors: an LMFT’s 2023 session lists the 2024 benefit first', () => {
    const d = evaluatePayerNetworkStatus(
      [enrollment({ payerId: 'medicare', effectiveOn: '2023-06-01', credentialedOn: '2023-06-01' })],
      { ...q('2023-12-15', { medicareOptOut: { effectiveOn: '2023-10-01' } }), licenseType: 'LMFT' },
      medicare,
    );
    expect(d.outcome).toBe('out_of_network');
    expect(codes(d)).toEqual([
      'credentialing.medicare.mft_mhc_before_2024',
      'credentialing.medicare.opted_out',
      'credentialing.medicare.mft_mhc_effective_before_2024',
    ]);
  });

  it('lists the exclusion first beside every other error, in order (property)', () => {
    fc.assert(
      fc.property(
        dateArb,
        dateArb,
        fc.constantFrom('approved', 'submitted', 'denied'),
        (effectiveOn, serviceDate, status) => {
          const rec = enrollment({
            payerId: 'medicare',
            status,
            effectiveOn,
            credentialedOn: effectiveOn,
            submittedOn: effectiveOn,
          });
          const d = evaluatePayerNetworkStatus(
            [rec],
            { ...q(serviceDate, { oigExclusions: [{ effectiveOn: '2019-01-01' }] }), licenseType: 'LMFT' },
            medicare,
          );
          expect(d.reasons[0]?.code).toBe('credentialing.exclusion.oig_excluded');
          const severities = d.reasons.map((r) => r.severity);
          const rank = { error: 0, warning: 1, info: 2 } as const;
          expect(severities.map((s) => rank[s])).toEqual(
            [...severities.map((s) => rank[s])].sort((a, b) => a - b),
          );
        },
      ),
    );
  });
});
