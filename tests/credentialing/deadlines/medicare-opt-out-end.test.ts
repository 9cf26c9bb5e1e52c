// A Medicare opt-out recorded as ending on a date that is not a proper end (42 CFR 405.445: a cancellation at the
// start of a 2-year period, or an early termination of a first opt-out within 90 days): the calendar asks now to
// confirm how it ended, the network check meanwhile holding Medicare dates from then as undecided.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, compareDates } from '../../../src/core/index.js';
import {
  buildCredentialingCalendar,
  type CredentialingDeadline,
  evaluatePayerNetworkStatus,
} from '../../../src/credentialing/index.js';
import {
  clinician as bareClinician,
  dateArb,
  enrollment,
  malpracticePolicy,
} from '../credentials/credential-fixtures.js';

type OptOut = { effectiveOn: string; endsOn?: string; firstOptOut?: boolean };
const LONG_POLICY = malpracticePolicy('P-LONG', '2010-01-01', '2045-12-31');
const optedOut = (medicareOptOut: OptOut) =>
  bareClinician({ clinicianId: 'c1', malpractice: [LONG_POLICY], medicareOptOut });
const endChecks = (asOf: string, optOut: OptOut): CredentialingDeadline[] =>
  buildCredentialingCalendar({ clinicians: [optedOut(optOut)] }, { asOf }).deadlines.filter(
    (d) => d.kind === 'medicare_opt_out_end_unconfirmed',
  );

describe('the calendar asks to confirm how a Medicare opt-out ended: examples', () => {
  it('an opt-out of 2025-01-01 recorded as ending 2025-06-15 (inside the first period, past 90 days): a warning due asOf', () => {
    const [d, ...rest] = endChecks('2026-12-06', { effectiveOn: '2025-01-01', endsOn: '2025-06-15' });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      id: 'c1/medicare_opt_out_end_unconfirmed/2025-01-01/2025-06-15',
      dueOn: '2026-12-06',
      daysLeft: 0,
      owner: 'credentialing_staff',
      payerId: null,
      severity: 'warning',
      alerts: [],
    });
    expect(d?.reasons.map((r) => r.code)).toEqual([
      'credentialing.deadline.medicare_opt_out_end_unconfirmed',
    ]);
    expect(d?.reasons[0]?.facts).toMatchObject({
      optOutEffectiveOn: '2025-01-01',
      endsOn: '2025-06-15',
      earlyTerminationBy: '2025-04-01',
      firstOptOut: null,
    });
    expect(d?.needed).toContain('Confirm how the Medicare opt-out ended');
  });

  it('an end within 90 days (2025-03-15) with firstOptOut not recorded asks for firstOptOut', () => {
    const [d] = endChecks('2025-05-01', { effectiveOn: '2025-01-01', endsOn: '2025-03-15' });
    expect(d?.reasons[0]?.message).toContain('first opt-out is not recorded');
    expect(d?.needed).toContain('`firstOptOut`');
    expect(d?.needed).toContain('2025-04-01');
  });

  it('an early end (2025-03-15) of a clinician who had opted out before is not an early termination', () => {
    const [d] = endChecks('2025-05-01', {
      effectiveOn: '2025-01-01',
      endsOn: '2025-03-15',
      firstOptOut: false,
    });
    expect(d?.reasons[0]?.facts).toMatchObject({ firstOptOut: false });
    expect(d?.needed).toContain('Confirm how the Medicare opt-out ended');
  });

  it('is listed before the recorded end too: the record is what is wrong (asOf 2025-05-01, end 2025-06-15)', () => {
    expect(endChecks('2025-05-01', { effectiveOn: '2025-01-01', endsOn: '2025-06-15' })).toHaveLength(1);
  });

  it('a proper end asks nothing: a cancellation from 2027-01-01, a first opt-out terminated from 2025-04-01', () => {
    expect(endChecks('2027-03-01', { effectiveOn: '2025-01-01', endsOn: '2027-01-01' })).toEqual([]);
    expect(
      endChecks('2025-05-01', { effectiveOn: '2025-01-01', endsOn: '2025-04-01', firstOptOut: true }),
    ).toEqual([]);
    // A standing opt-out has its renewal deadline instead.
    expect(endChecks('2026-10-01', { effectiveOn: '2025-01-01' })).toEqual([]);
  });
});

// Proper per 42 CFR 405.445, computed apart from the library: a whole number of 2-year steps, or within 90 days
// for a first opt-out.
const properEnd = (o: Required<Pick<OptOut, 'effectiveOn' | 'endsOn'>> & OptOut): boolean =>
  [1, 2, 3, 4, 5, 6].some((k) => addMonths(o.effectiveOn, 24 * k) === o.endsOn) ||
  (o.firstOptOut === true && compareDates(o.endsOn, addDays(o.effectiveOn, 90)) <= 0);

describe('the calendar asks to confirm how a Medicare opt-out ended: properties', () => {
  const optOutArb = fc
    .record({
      effectiveOn: dateArb,
      // Often a 2-year step or inside the 90 days, so every branch is drawn.
      end: fc.oneof(
        fc.integer({ min: 1, max: 2200 }).map((n) => ({ days: n })),
        fc.integer({ min: 1, max: 4 }).map((k) => ({ periods: k })),
        fc.integer({ min: 1, max: 95 }).map((n) => ({ days: n })),
      ),
      firstOptOut: fc.constantFrom(true, false, undefined),
    })
    .map(({ effectiveOn, end, firstOptOut }) => {
      const endsOn =
        'periods' in end ? addMonths(effectiveOn, 24 * end.periods) : addDays(effectiveOn, end.days);
      return firstOptOut === undefined ? { effectiveOn, endsOn } : { effectiveOn, endsOn, firstOptOut };
    });

  it('lists one warning due asOf exactly when the recorded end is not a proper one', () => {
    fc.assert(
      fc.property(optOutArb, dateArb, (o, asOf) => {
        const found = endChecks(asOf, o);
        expect(found).toHaveLength(properEnd(o) ? 0 : 1);
        if (found[0] !== undefined) {
          expect(found[0]).toMatchObject({ dueOn: asOf, severity: 'warning', owner: 'credentialing_staff' });
        }
      }),
    );
  });

  it('is listed exactly when the network check holds the recorded end day as undecided for that reason', () => {
    const enrolled = [
      enrollment({ payerId: 'medicare', effectiveOn: '2019-01-02', credentialedOn: '2019-01-02' }),
    ];
    fc.assert(
      fc.property(optOutArb, (o) => {
        const network = evaluatePayerNetworkStatus(
          enrolled,
          {
            clinicianId: 'clin-ana',
            payerId: 'medicare',
            serviceDate: o.endsOn,
            licenseType: 'LCSW',
            medicareOptOut: o,
            emergencyOrUrgentCare: false,
          },
          { payerPolicy: { payerId: 'medicare', program: 'medicare' } },
        );
        const held = network.reasons.some((r) => r.code === 'credentialing.medicare.opt_out_end_unconfirmed');
        expect(endChecks(o.endsOn, o).length === 1).toBe(held);
      }),
    );
  });
});
