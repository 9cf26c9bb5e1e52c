import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, compareDates } from '../../../src/core/index.js';
import {
  evaluatePayerNetworkStatus,
  MEDICARE_OPT_OUT_EARLY_TERMINATION_DAYS,
  type PayerNetworkDecision,
} from '../../../src/credentialing/index.js';
import { CLAIMS_SUBMITTED, dateArb, enrollment } from '../credentials/credential-fixtures.js';

const codes = (d: PayerNetworkDecision) => d.reasons.map((r) => r.code);
const medicare = { payerPolicy: { payerId: 'medicare', program: 'medicare' } } as const;
// An LCSW enrolled with Medicare since 2022-01-03 (reactivated when an opt-out ends properly).
const enrolled = [
  enrollment({
    payerId: 'medicare',
    effectiveOn: '2022-01-03',
    credentialedOn: '2022-01-03',
    ...CLAIMS_SUBMITTED,
  }),
];
// Enrolled again during the opt-out (a new application): what bills Medicare after a cancellation.
const reEnrolled = (effectiveOn: string) => [
  ...enrolled,
  enrollment({ payerId: 'medicare', effectiveOn, credentialedOn: effectiveOn, ...CLAIMS_SUBMITTED }),
];
const check = (
  serviceDate: string,
  medicareOptOut: {
    effectiveOn: string;
    endsOn?: string;
    firstOptOut?: boolean;
    endNoticeReceivedOn?: string;
  },
  records = enrolled,
) =>
  evaluatePayerNetworkStatus(
    records,
    {
      clinicianId: 'clin-ana',
      payerId: 'medicare',
      serviceDate,
      licenseType: 'LCSW',
      medicareOptOut,
      emergencyOrUrgentCare: false,
    },
    medicare,
  );

describe('evaluatePayerNetworkStatus: how a Medicare opt-out ends (42 CFR 405.445)', () => {
  it('ends a first opt-out terminated early within 90 days of 2025-01-01: billable from 2025-04-01, not 2025-03-31', () => {
    expect(MEDICARE_OPT_OUT_EARLY_TERMINATION_DAYS).toBe(90);
    const early = { effectiveOn: '2025-01-01', endsOn: '2025-04-01', firstOptOut: true };
    expect(check('2025-03-31', early).outcome).toBe('out_of_network');
    expect(check('2025-04-01', early).outcome).toBe('in_network');
  });

  it('holds an end on day 91 as undecided: neither an early termination nor a cancellation', () => {
    const d = check('2025-04-02', { effectiveOn: '2025-01-01', endsOn: '2025-04-02', firstOptOut: true });
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual(['credentialing.medicare.opt_out_end_unconfirmed']);
    expect(d.reasons[0]).toMatchObject({
      severity: 'warning',
      facts: { optOutEndsOn: '2025-04-02', earlyTerminationBy: '2025-04-01', outcomeOtherwise: 'in_network' },
    });
  });

  it('holds an early end when the clinician had opted out before, or when that is not recorded', () => {
    const renewed = check('2025-03-20', {
      effectiveOn: '2025-01-01',
      endsOn: '2025-03-15',
      firstOptOut: false,
    });
    expect(renewed.outcome).toBe('undecided');
    expect(renewed.reasons[0]?.message).toContain('had');
    const unknown = check('2025-03-20', { effectiveOn: '2025-01-01', endsOn: '2025-03-15' });
    expect(unknown.outcome).toBe('undecided');
    expect(unknown.reasons[0]?.facts).toMatchObject({ firstOptOut: null });
    expect(unknown.reasons[0]?.message).toContain('not recorded');
  });

  it('ends a cancellation at the start of a period (2027-01-01), and holds one dated a day either side', () => {
    expect(
      check('2027-01-01', { effectiveOn: '2025-01-01', endsOn: '2027-01-01' }, reEnrolled('2026-12-01'))
        .outcome,
    ).toBe('in_network');
    expect(check('2027-01-01', { effectiveOn: '2025-01-01', endsOn: '2026-12-31' }).outcome).toBe(
      'undecided',
    );
    expect(check('2027-01-02', { effectiveOn: '2025-01-01', endsOn: '2027-01-02' }).outcome).toBe(
      'undecided',
    );
    // Before the recorded end the opt-out stands as before.
    expect(check('2026-12-30', { effectiveOn: '2025-01-01', endsOn: '2026-12-31' }).outcome).toBe(
      'out_of_network',
    );
  });

  it('steps from a leap day to February 28: effective 2024-02-29, cancelled from 2026-02-28', () => {
    expect(
      check('2026-02-28', { effectiveOn: '2024-02-29', endsOn: '2026-02-28' }, reEnrolled('2026-02-01'))
        .outcome,
    ).toBe('in_network');
    expect(check('2026-03-01', { effectiveOn: '2024-02-29', endsOn: '2026-03-01' }).outcome).toBe(
      'undecided',
    );
  });

  it('keeps a failing answer failing, with the reason added', () => {
    const d = check('2025-07-01', { effectiveOn: '2025-01-01', endsOn: '2025-06-15' }, []);
    expect(d.outcome).toBe('out_of_network');
    expect(codes(d)).toEqual([
      'credentialing.network.not_enrolled',
      'credentialing.medicare.opt_out_end_unconfirmed',
    ]);
  });

  it('trusts only a proper end: from any other, never billable (property)', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 1, max: 2200 }),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.integer({ min: 0, max: 800 }),
        (effectiveOn, length, firstOptOut, after) => {
          const endsOn = addDays(effectiveOn, length);
          const optOut = {
            effectiveOn,
            endsOn,
            ...(firstOptOut === undefined ? {} : { firstOptOut }),
          };
          const serviceDate = addDays(endsOn, after);
          // Enrolled long before: the enrollment alone would be billable.
          const d = check(serviceDate, optOut, [
            enrollment({
              payerId: 'medicare',
              effectiveOn: '2015-01-05',
              credentialedOn: '2015-01-05',
              revalidationDueOn: '2040-12-31',
              lastClaimSubmittedOn: serviceDate,
            }),
          ]);
          const cancelled = [1, 2, 3, 4].some((n) => addMonths(effectiveOn, 24 * n) === endsOn);
          const early =
            firstOptOut === true &&
            compareDates(endsOn, addDays(effectiveOn, MEDICARE_OPT_OUT_EARLY_TERMINATION_DAYS)) <= 0;
          if (early) {
            expect(d.outcome).toBe('in_network');
          } else if (cancelled) {
            // Cancelling does not enroll again: the 2015 enrollment is not reactivated.
            expect(d.outcome).toBe('out_of_network');
            expect(codes(d)).toEqual(['credentialing.medicare.opt_out_cancelled_not_enrolled']);
          } else {
            expect(d.outcome).toBe('undecided');
            expect(codes(d)).toEqual(['credentialing.medicare.opt_out_end_unconfirmed']);
          }
        },
      ),
    );
  });
});

describe('evaluatePayerNetworkStatus: Medicare after a cancelled opt-out (42 CFR 405.445; cancelling does not enroll again)', () => {
  const cancelled = { effectiveOn: '2025-01-01', endsOn: '2027-01-01' };

  it('does not reactivate the 2022 enrollment: 2027-01-01 is out of network with the reason, 2026-12-31 still opted out', () => {
    const d = check('2027-01-01', cancelled);
    expect(d).toMatchObject({ outcome: 'out_of_network', effectiveOn: null });
    expect(codes(d)).toEqual(['credentialing.medicare.opt_out_cancelled_not_enrolled']);
    expect(d.reasons[0]).toMatchObject({
      severity: 'error',
      facts: {
        optOutEffectiveOn: '2025-01-01',
        optOutEndsOn: '2027-01-01',
        enrollmentsBeforeOptOut: ['2022-01-03'],
      },
    });
    expect(d.reasons[0]?.message).toBe(
      "The clinician's Medicare opt-out from 2025-01-01 was cancelled from 2027-01-01, and cancelling does not enroll them in Medicare again: the enrollment effective 2022-01-03, from before the opt-out, does not cover this date. Enroll in Medicare (a new application) before billing it.",
    );
    expect(codes(check('2026-12-31', cancelled))).toContain('credentialing.medicare.opted_out');
  });

  it('counts an enrollment effective on the opt-out’s own first day (2025-01-01) as made since, one a day earlier not', () => {
    expect(check('2027-01-01', cancelled, reEnrolled('2025-01-01')).outcome).toBe('in_network');
    const d = check('2027-01-01', cancelled, [
      enrollment({ payerId: 'medicare', effectiveOn: '2024-12-31', credentialedOn: '2024-12-31' }),
    ]);
    expect(d.outcome).toBe('out_of_network');
    expect(d.reasons[0]?.facts).toMatchObject({ enrollmentsBeforeOptOut: ['2024-12-31'] });
  });

  it('keeps the answer of the enrollments made since, with every reason, when they are not billable', () => {
    const d = check('2027-02-01', cancelled, [
      ...enrolled,
      enrollment({
        payerId: 'medicare',
        status: 'terminated',
        effectiveOn: '2026-12-01',
        terminatedOn: '2027-01-15',
      }),
    ]);
    expect(d).toMatchObject({ outcome: 'out_of_network', effectiveOn: '2026-12-01' });
    expect(codes(d)).toEqual([
      'credentialing.medicare.opt_out_cancelled_not_enrolled',
      'credentialing.network.terminated',
    ]);
  });

  it('bills from the cancellation under an enrollment made since (effective 2026-12-01)', () => {
    const d = check('2027-01-01', cancelled, reEnrolled('2026-12-01'));
    expect(d).toMatchObject({ outcome: 'in_network', effectiveOn: '2026-12-01' });
    expect(codes(d)).not.toContain('credentialing.medicare.opt_out_cancelled_not_enrolled');
  });

  it('holds a new application filed 2027-01-10 inside its window, with the reason beside it', () => {
    const d = check('2027-01-05', cancelled, [
      ...enrolled,
      enrollment({ payerId: 'medicare', status: 'submitted', submittedOn: '2027-01-10' }),
    ]);
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toContain('credentialing.medicare.opt_out_cancelled_not_enrolled');
    expect(codes(d)).toContain('credentialing.network.pending_may_become_billable');
  });

  it('reactivates the enrollment after an early termination of a first opt-out (2025-03-15), unlike a cancellation', () => {
    expect(
      check('2025-03-15', { effectiveOn: '2025-01-01', endsOn: '2025-03-15', firstOptOut: true }).outcome,
    ).toBe('in_network');
  });

  it('leaves a Medicare Advantage plan and Medicaid as they were', () => {
    for (const [payerId, program] of [
      ['humana-ma', 'medicare_advantage'],
      ['ny-medicaid', 'medicaid'],
    ] as const) {
      const d = evaluatePayerNetworkStatus(
        [enrollment({ payerId, effectiveOn: '2022-01-03', credentialedOn: '2025-06-02' })],
        {
          clinicianId: 'clin-ana',
          payerId,
          serviceDate: '2027-02-01',
          licenseType: 'LCSW',
          medicareOptOut: cancelled,
        },
        { payerPolicy: { payerId, program } },
      );
      expect(d.outcome).toBe('in_network');
    }
  });

  it('after a cancellation, Medicare fee-for-service is billable only under an enrollment effective on or after the opt-out (property)', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 900 }),
        fc.option(fc.integer({ min: -400, max: 1200 }), { nil: undefined }),
        (effectiveOn, periods, after, newOffset) => {
          const endsOn = addMonths(effectiveOn, 24 * periods);
          const serviceDate = addDays(endsOn, after);
          const records = [
            enrollment({
              payerId: 'medicare',
              effectiveOn: '2015-01-05',
              credentialedOn: '2015-01-05',
              revalidationDueOn: '2045-12-31',
              lastClaimSubmittedOn: serviceDate,
            }),
            ...(newOffset === undefined
              ? []
              : [
                  enrollment({
                    payerId: 'medicare',
                    effectiveOn: addDays(effectiveOn, newOffset),
                    credentialedOn: addDays(effectiveOn, newOffset),
                    revalidationDueOn: '2045-12-31',
                    lastClaimSubmittedOn: serviceDate,
                  }),
                ]),
          ];
          const d = check(serviceDate, { effectiveOn, endsOn }, records);
          const since =
            newOffset !== undefined &&
            newOffset >= 0 &&
            compareDates(addDays(effectiveOn, newOffset), serviceDate) <= 0;
          if (since) expect(d.outcome).toBe('in_network');
          else {
            expect(['in_network', 'retro_billable']).not.toContain(d.outcome);
            expect(codes(d)).toContain('credentialing.medicare.opt_out_cancelled_not_enrolled');
          }
        },
      ),
    );
  });
});

describe('evaluatePayerNetworkStatus: when the notice of an opt-out’s end arrived (42 CFR 405.445)', () => {
  it('ends at 2027-01-01 on a cancellation received 2026-12-02, 30 days before; holds one received 2026-12-03', () => {
    const onTime = check(
      '2027-01-04',
      { effectiveOn: '2025-01-01', endsOn: '2027-01-01', endNoticeReceivedOn: '2026-12-02' },
      reEnrolled('2027-01-01'),
    );
    expect(onTime.outcome).toBe('in_network');
    const late = check(
      '2027-01-04',
      { effectiveOn: '2025-01-01', endsOn: '2027-01-01', endNoticeReceivedOn: '2026-12-03' },
      reEnrolled('2027-01-01'),
    );
    expect(late.outcome).toBe('undecided');
    expect(codes(late)).toEqual(['credentialing.medicare.opt_out_end_unconfirmed']);
    expect(late.reasons[0]?.message).toBe(
      "The clinician's Medicare opt-out from 2025-01-01 is recorded as ending 2027-01-01, but the written notice of that end reached the Medicare contractors on 2026-12-03, after 2026-12-02, the last day it could (a cancellation at least 30 days before the period starts, an early termination within 90 days): a late cancellation leaves the opt-out renewing: it may still stand. Confirm the end with the Medicare contractor's notice before billing Medicare.",
    );
    expect(late.reasons[0]?.facts).toMatchObject({
      endNoticeReceivedOn: '2026-12-03',
      noticeDueBy: '2026-12-02',
    });
  });

  it('ends a first opt-out early on a notice received by day 90 (2025-04-01), not on day 91', () => {
    const early = (endNoticeReceivedOn: string) =>
      check('2025-03-20', {
        effectiveOn: '2025-01-01',
        endsOn: '2025-03-16',
        firstOptOut: true,
        endNoticeReceivedOn,
      });
    expect(early('2025-04-01').outcome).toBe('in_network');
    expect(early('2025-04-01').reasons.map((r) => r.code)).not.toContain(
      'credentialing.medicare.opt_out_end_unconfirmed',
    );
    const late = early('2025-04-02');
    expect(late.outcome).toBe('undecided');
    expect(late.reasons[0]?.facts).toMatchObject({ noticeDueBy: '2025-04-01', firstOptOut: true });
  });

  it('says the notice is not known (null) when none is recorded, and the day it was due', () => {
    const d = check('2025-04-02', { effectiveOn: '2025-01-01', endsOn: '2025-04-02', firstOptOut: true });
    expect(d.reasons[0]?.facts).toMatchObject({ endNoticeReceivedOn: null, noticeDueBy: null });
    const unknown = check('2025-03-20', { effectiveOn: '2025-01-01', endsOn: '2025-03-16' });
    expect(unknown.reasons[0]?.facts).toMatchObject({ endNoticeReceivedOn: null, noticeDueBy: '2025-04-01' });
  });

  it('says why an end is not trusted: a renewed clinician’s end on day 90, and any end on day 91', () => {
    const renewed = check('2025-04-01', {
      effectiveOn: '2025-01-01',
      endsOn: '2025-04-01',
      firstOptOut: false,
    });
    expect(renewed.reasons[0]?.message).toBe(
      "The clinician's Medicare opt-out from 2025-01-01 is recorded as ending 2025-04-01, but an early termination is open only to a clinician who had not opted out before, and this clinician had: it may still stand. Confirm the end with the Medicare contractor's notice before billing Medicare.",
    );
    const late = check('2025-04-02', { effectiveOn: '2025-01-01', endsOn: '2025-04-02', firstOptOut: false });
    expect(late.reasons[0]?.message).toBe(
      "The clinician's Medicare opt-out from 2025-01-01 is recorded as ending 2025-04-02, but an opt-out ends only by a cancellation at the end of a 2-year period or an early termination within 90 days of its effective date (by 2025-04-01), and this date is neither: it may still stand. Confirm the end with the Medicare contractor's notice before billing Medicare.",
    );
  });

  it('rejects a notice date recorded without the end it gave notice of', () => {
    expect(() =>
      check('2025-03-20', { effectiveOn: '2025-01-01', endNoticeReceivedOn: '2025-02-01' }),
    ).toThrow(/endNoticeReceivedOn/);
  });

  it('never bills Medicare after an end whose notice arrived after the day it was due (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 60 }), (late, after) => {
        const optOut = {
          effectiveOn: '2025-01-01',
          endsOn: '2027-01-01',
          endNoticeReceivedOn: addDays('2026-12-02', late),
        };
        return check(addDays('2027-01-01', after), optOut, reEnrolled('2027-01-01')).outcome !== 'in_network';
      }),
    );
  });
});
