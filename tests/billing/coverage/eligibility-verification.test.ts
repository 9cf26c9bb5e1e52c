import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMERCIAL_PAYER_PROFILE_EXAMPLE,
  type EligibilityVerificationRecord,
  evaluateEligibilityFreshness,
  listEligibilityReverifications,
} from '../../../src/billing/index.js';
import { addDays, ValidationError } from '../../../src/core/index.js';
import { fromEpochDay, toEpochDay } from '../../../src/core/internal.js';

const commercial = COMMERCIAL_PAYER_PROFILE_EXAMPLE.eligibilityReverification; // 30 days, plan year
const medicaid = { maxAgeDays: null, everyCalendarMonth: true, atNewPlanYear: false };
const record = (over: Partial<Record<keyof EligibilityVerificationRecord, string | null>> = {}) =>
  ({
    clientId: 'cl-ava',
    payerId: 'aetna-ppo',
    lastVerifiedOn: '2026-02-16',
    planYearStartsOn: '2026-01-01',
    planEndsOn: null,
    coverageChangedOn: null,
    ...over,
  }) as EligibilityVerificationRecord;
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('evaluateEligibilityFreshness', () => {
  it('requires a verification before the first session (a practice convention)', () => {
    const d = evaluateEligibilityFreshness(record({ lastVerifiedOn: null }), commercial, {
      asOf: '2026-03-02',
    });
    expect(d).toMatchObject({
      outcome: 'reverify',
      clientId: 'cl-ava',
      payerId: 'aetna-ppo',
      reverifyBy: null,
    });
    expect(codes(d)).toEqual(['billing.eligibility.never_verified']);
  });

  it('keeps a two-week-old verification fresh and says until when', () => {
    const d = evaluateEligibilityFreshness(record(), commercial, { asOf: '2026-03-02' });
    expect(d).toEqual({
      outcome: 'fresh',
      clientId: 'cl-ava',
      payerId: 'aetna-ppo',
      serviceDate: '2026-03-02',
      reverifyBy: '2026-03-18',
      reasons: [],
    });
  });

  it('asks again when the verification is older than the payer allows on the day of the session', () => {
    const d = evaluateEligibilityFreshness(record(), commercial, {
      asOf: '2026-03-02',
      serviceDate: '2026-03-19',
    });
    expect(codes(d)).toEqual(['billing.eligibility.verification_stale']);
    expect(d.reasons[0]?.facts).toMatchObject({ ageDays: 31, maxAgeDays: 30 });
  });

  it('asks again at a new plan year, even a day after verifying', () => {
    const d = evaluateEligibilityFreshness(record({ lastVerifiedOn: '2025-12-31' }), commercial, {
      asOf: '2026-01-01',
    });
    expect(d).toMatchObject({ outcome: 'reverify', reverifyBy: '2025-12-31' });
    expect(codes(d)).toEqual(['billing.eligibility.new_plan_year']);
  });

  it('follows a July plan year across the year end and a leap day anchor', () => {
    const july = record({ planYearStartsOn: '2024-07-01', lastVerifiedOn: '2026-06-20' });
    expect(codes(evaluateEligibilityFreshness(july, commercial, { asOf: '2026-07-01' }))).toEqual([
      'billing.eligibility.new_plan_year',
    ]);
    const leap = record({ planYearStartsOn: '2024-02-29', lastVerifiedOn: '2026-02-27' });
    expect(evaluateEligibilityFreshness(leap, commercial, { asOf: '2026-02-27' }).reverifyBy).toBe(
      '2026-02-27',
    );
    expect(codes(evaluateEligibilityFreshness(leap, commercial, { asOf: '2026-02-28' }))).toEqual([
      'billing.eligibility.new_plan_year',
    ]);
  });

  it('asks Medicaid-style payers again every calendar month', () => {
    const d = evaluateEligibilityFreshness(record({ lastVerifiedOn: '2026-02-27' }), medicaid, {
      asOf: '2026-03-01',
    });
    expect(codes(d)).toEqual(['billing.eligibility.new_month']);
    expect(d.reverifyBy).toBe('2026-02-28');
  });

  it('asks again after a coverage change and after the plan period ends', () => {
    const changed = evaluateEligibilityFreshness(record({ coverageChangedOn: '2026-02-20' }), commercial, {
      asOf: '2026-03-02',
    });
    expect(codes(changed)).toEqual(['billing.eligibility.coverage_changed']);
    expect(changed.reverifyBy).toBe('2026-02-19');
    const ended = evaluateEligibilityFreshness(record({ planEndsOn: '2026-02-28' }), commercial, {
      asOf: '2026-03-02',
    });
    expect(codes(ended)).toEqual(['billing.eligibility.plan_period_ended']);
  });

  it('cannot decide when the verification is dated after asOf', () => {
    const d = evaluateEligibilityFreshness(record({ lastVerifiedOn: '2026-03-05' }), commercial, {
      asOf: '2026-03-02',
    });
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual(['billing.eligibility.verified_after_as_of']);
  });

  it('is fresh up to reverifyBy and not the day after (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toEpochDay('2024-01-01'), max: toEpochDay('2028-12-31') }),
        fc.integer({ min: 1, max: 120 }),
        fc.boolean(),
        fc.boolean(),
        (day, maxAgeDays, everyCalendarMonth, atNewPlanYear) => {
          const verified = fromEpochDay(day);
          const cadence = { maxAgeDays, everyCalendarMonth, atNewPlanYear };
          const r = record({ lastVerifiedOn: verified, planYearStartsOn: '2023-04-15' });
          const at = evaluateEligibilityFreshness(r, cadence, { asOf: verified });
          expect(at.outcome).toBe('fresh');
          const until = at.reverifyBy as string;
          expect(
            evaluateEligibilityFreshness(r, cadence, { asOf: verified, serviceDate: until }).outcome,
          ).toBe('fresh');
          expect(
            evaluateEligibilityFreshness(r, cadence, { asOf: verified, serviceDate: addDays(until, 1) })
              .outcome,
          ).toBe('reverify');
        },
      ),
    );
  });

  it('rejects a service date before asOf and bad records, by path', () => {
    expect(() =>
      evaluateEligibilityFreshness(record(), commercial, { asOf: '2026-03-02', serviceDate: '2026-03-01' }),
    ).toThrow(/serviceDate: must not be before asOf \[billing.eligibility.service_date_before_as_of\]/);
    let error: unknown;
    try {
      evaluateEligibilityFreshness(
        record({ lastVerifiedOn: '2026-13-01' }),
        { ...commercial, maxAgeDays: 0 },
        {
          asOf: '2026-03-02',
        },
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).not.toContain('2026-13-01');
  });
});

describe('listEligibilityReverifications', () => {
  it('lists lapsed and soon-lapsing verifications for the work queue, never-verified first', () => {
    const records = [
      record({ clientId: 'cl-fresh', lastVerifiedOn: '2026-03-01' }),
      record({ clientId: 'cl-soon', lastVerifiedOn: '2026-02-05' }),
      record({ clientId: 'cl-stale', lastVerifiedOn: '2026-01-10' }),
      record({ clientId: 'cl-new', lastVerifiedOn: null }),
      record({
        clientId: 'cl-other',
        payerId: 'no-profile',
        lastVerifiedOn: '2025-01-10',
        planEndsOn: '2026-12-31',
      }),
    ];
    const list = listEligibilityReverifications(records, { 'aetna-ppo': commercial }, { asOf: '2026-03-02' });
    expect(list.map((d) => [d.clientId, d.outcome, d.reverifyBy])).toEqual([
      ['cl-new', 'reverify', null],
      ['cl-stale', 'reverify', '2026-02-09'],
      ['cl-soon', 'reverify', '2026-03-07'],
    ]);
    expect(codes(list[2] as (typeof list)[number])).toEqual(['billing.eligibility.verification_stale']);
  });

  it('gives the same list whatever the input order (property)', () => {
    const records = ['a', 'b', 'c', 'd', 'e'].map((c, i) =>
      record({ clientId: `cl-${c}`, lastVerifiedOn: i === 0 ? null : `2026-01-0${i}` }),
    );
    fc.assert(
      fc.property(fc.shuffledSubarray(records, { minLength: records.length }), (shuffled) => {
        expect(
          listEligibilityReverifications(shuffled, { 'aetna-ppo': commercial }, { asOf: '2026-03-02' }),
        ).toEqual(
          listEligibilityReverifications(records, { 'aetna-ppo': commercial }, { asOf: '2026-03-02' }),
        );
      }),
    );
  });
});

describe('evaluateEligibilityFreshness: a plan year whose first day is unknown', () => {
  const yearly = { maxAgeDays: null, everyCalendarMonth: false, atNewPlanYear: true };
  const unknown = record({ lastVerifiedOn: '2025-12-20', planYearStartsOn: null });

  it('is undecided for a session on 2026-01-02 after a verification on 2025-12-20: a plan year may have started on January 1', () => {
    const d = evaluateEligibilityFreshness(unknown, yearly, {
      asOf: '2025-12-22',
      serviceDate: '2026-01-02',
    });
    expect(d).toMatchObject({ outcome: 'undecided', reverifyBy: '2025-12-31' });
    expect(d.reasons).toEqual([
      expect.objectContaining({
        code: 'billing.eligibility.plan_year_start_unknown',
        severity: 'warning',
        facts: { lastVerifiedOn: '2025-12-20', serviceDate: '2026-01-02' },
      }),
    ]);
    // The same calendar year stays fresh, and a known January plan year says reverify.
    expect(
      evaluateEligibilityFreshness(unknown, yearly, { asOf: '2025-12-22', serviceDate: '2025-12-31' })
        .outcome,
    ).toBe('fresh');
    const known = record({ lastVerifiedOn: '2025-12-20', planYearStartsOn: '2025-01-01' });
    expect(
      evaluateEligibilityFreshness(known, yearly, { asOf: '2025-12-22', serviceDate: '2026-01-02' }).outcome,
    ).toBe('reverify');
  });

  it('says reverify when another reason already requires it, and adds the unknown plan year', () => {
    const d = evaluateEligibilityFreshness(unknown, commercial, {
      asOf: '2025-12-22',
      serviceDate: '2026-02-02',
    });
    expect(d.outcome).toBe('reverify');
    expect(codes(d)).toEqual([
      'billing.eligibility.verification_stale',
      'billing.eligibility.plan_year_start_unknown',
    ]);
  });

  it('property: with the plan year unknown, a session in a later calendar year is never fresh', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20_000, max: 22_000 }),
        fc.integer({ min: 0, max: 800 }),
        fc.constantFrom(null, 30, 400),
        (verified, lag, maxAgeDays) => {
          const lastVerifiedOn = fromEpochDay(verified);
          const serviceDate = fromEpochDay(verified + lag);
          const d = evaluateEligibilityFreshness(
            record({ lastVerifiedOn, planYearStartsOn: null }),
            { maxAgeDays, everyCalendarMonth: false, atNewPlanYear: true },
            { asOf: lastVerifiedOn, serviceDate },
          );
          const crosses = serviceDate.slice(0, 4) > lastVerifiedOn.slice(0, 4);
          expect(codes(d).includes('billing.eligibility.plan_year_start_unknown')).toBe(crosses);
          if (crosses) expect(d.outcome).not.toBe('fresh');
          expect(d.reverifyBy !== null && d.reverifyBy <= `${lastVerifiedOn.slice(0, 4)}-12-31`).toBe(true);
        },
      ),
    );
  });
});
