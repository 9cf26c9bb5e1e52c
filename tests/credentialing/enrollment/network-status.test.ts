import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareDates, ValidationError } from '../../../src/core/index.js';
import {
  evaluatePayerNetworkStatus,
  getMedicareEffectiveDate,
  type PayerEnrollmentInput,
} from '../../../src/credentialing/index.js';
import { subjectOf } from '../../validation-subject.js';
import { dateArb, enrollment } from '../credentials/credential-fixtures.js';

const query = { clinicianId: 'clin-ana', payerId: 'aetna', serviceDate: '2026-04-01' };
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

  it('keeps a plan’s clinician in network the day after a missed 36-month recredentialing, with a warning', () => {
    const e = [enrollment({ effectiveOn: '2023-01-01', credentialedOn: '2022-12-15' })];
    const onTime = evaluatePayerNetworkStatus(e, { ...query, serviceDate: '2025-12-15' });
    expect(onTime).toMatchObject({ outcome: 'in_network' });
    expect(codes(onTime)).toEqual(['credentialing.network.in_network']);
    const d = evaluatePayerNetworkStatus(e, { ...query, serviceDate: '2025-12-16' });
    expect(d.outcome).toBe('in_network');
    expect(d.reasons.find((r) => r.severity === 'warning')).toMatchObject({
      code: 'credentialing.network.recredentialing_overdue',
      facts: { recredentialingDueOn: '2025-12-15', lateLineOn: '2026-01-14', pastLateLine: false },
    });
  });

  it('says when the plan is past the 30-day line and must credential again, still in network', () => {
    const e = [enrollment({ effectiveOn: '2023-01-01', credentialedOn: '2022-12-15' })];
    const line = evaluatePayerNetworkStatus(e, { ...query, serviceDate: '2026-01-14' });
    expect(line.reasons[0]?.facts).toMatchObject({ pastLateLine: false });
    const past = evaluatePayerNetworkStatus(e, { ...query, serviceDate: '2026-01-15' });
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
      { clinicianId: 'clin-ana', payerId: 'medicare', status: 'approved', effectiveOn: '2022-01-03' },
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

  it('warns after the Medicare revalidation date (posted or estimated) and stays in network', () => {
    const payerPolicy = { payerId: 'medicare', program: 'medicare' } as const;
    const base = {
      clinicianId: 'clin-ana',
      payerId: 'medicare',
      status: 'approved',
      effectiveOn: '2020-06-15',
      credentialedOn: '2020-07-01',
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
    expect(
      evaluatePayerNetworkStatus([posted], { ...q, serviceDate: '2025-10-01' }, { payerPolicy }).reasons[1]
        ?.facts,
    ).toMatchObject({ revalidationDueOn: '2025-09-30', revalidationDueOnPosted: true });
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
    } as PayerEnrollmentInput;
    const q = { ...query, payerId: 'medicare' };
    expect(
      codes(evaluatePayerNetworkStatus([posted], { ...q, serviceDate: '2025-04-30' }, { payerPolicy })),
    ).toEqual(['credentialing.network.in_network']);
    // The estimate (2025-07-31) would stay silent until August; the posted date governs from May 1.
    const d = evaluatePayerNetworkStatus([posted], { ...q, serviceDate: '2025-05-01' }, { payerPolicy });
    expect(d.outcome).toBe('in_network');
    expect(d.reasons[0]).toMatchObject({
      code: 'credentialing.network.revalidation_overdue',
      facts: { revalidationDueOn: '2025-04-30', revalidationDueOnPosted: true },
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
        ['$[1].groupNpi', 'core.npi.check_digit'],
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
  it('a lapse never turns an in-network answer into out of network by itself', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: -400, max: 3000 }),
        fc.integer({ min: 0, max: 4000 }),
        fc.constantFrom('commercial', 'medicare', 'medicaid'),
        fc.integer({ min: 1, max: 120 }),
        fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
        (
          effectiveOn,
          credentialedOffset,
          serviceOffset,
          program,
          months,
          revalidationMonths,
          postedOffset,
        ) => {
          const serviceDate = addDays(effectiveOn, serviceOffset);
          const e = {
            clinicianId: 'c',
            payerId: 'p',
            status: 'approved',
            effectiveOn,
            credentialedOn: addDays(effectiveOn, credentialedOffset),
            ...(postedOffset === undefined ? {} : { revalidationDueOn: addDays(effectiveOn, postedOffset) }),
          } as PayerEnrollmentInput;
          const payerPolicy = {
            payerId: 'p',
            program,
            recredentialingMonths: months,
            ...(revalidationMonths === undefined ? {} : { revalidationMonths }),
          };
          const q = { clinicianId: 'c', payerId: 'p', serviceDate };
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
          expect(d.outcome).toBe(fresh.outcome);
          expect(d.reasons.every((r) => r.severity !== 'error')).toBe(true);
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
      expect(d.reasons[0]).toMatchObject({
        code: 'credentialing.network.application_pending',
        severity: 'error',
        message: `The application is ${status.replace('_', ' ')}, not approved.`,
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
        facts: { ...base, status: 'approved', effectiveOn: '2026-03-01' },
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
          recredentialingDueOn: '2029-03-01',
          cycleMonths: 36,
        },
      }),
    ]);
  });

  it('words a missed recredentialing by the 30-day line: may still recredential by it, must credential again past it', () => {
    const e = [enrollment({ effectiveOn: '2023-01-01', credentialedOn: '2022-12-15' })];
    const within = evaluatePayerNetworkStatus(e, { ...query, serviceDate: '2026-01-14' });
    expect(within.reasons[0]?.message).toContain('may still recredential by 2026-01-14');
    expect(within.reasons[0]?.facts.pastLateLine).toBe(false);
    const past = evaluatePayerNetworkStatus(e, { ...query, serviceDate: '2026-01-15' });
    expect(past.reasons[0]?.message).toContain(
      'Past 2026-01-14 the plan must credential the clinician again',
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
    } as PayerEnrollmentInput;
    const estimated = evaluatePayerNetworkStatus([e], { ...query, serviceDate: '2025-08-01' }, medicare);
    expect(estimated.reasons[0]?.message).toContain('2025-07-31 (estimated; check the posted date)');
    const posted = evaluatePayerNetworkStatus(
      [{ ...e, revalidationDueOn: '2025-07-31' } as PayerEnrollmentInput],
      { ...query, serviceDate: '2025-08-01' },
      medicare,
    );
    expect(posted.reasons[0]?.message).toContain('Revalidation was due by 2025-07-31 and none is recorded.');
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
      expect((error as ValidationError).issues.map((i) => i.at)).toEqual(['$[1].status']);
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
