import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateAmountInControversy,
  MEDICARE_AMOUNT_IN_CONTROVERSY_THRESHOLDS,
} from '../../../src/billing/claims/appeal-amount-in-controversy.js';
import { ValidationError } from '../../../src/core/index.js';

// CY2026 thresholds: $200 ALJ hearing, $1,960 judicial review (90 FR 55869; [fr-2025-21879]),
// for requests filed on or after 2026-01-01 (42 CFR 405.1006; [cfr-42-405.1006]).
describe('evaluateAmountInControversy', () => {
  it('meets the CY2026 ALJ threshold at exactly $200.00, filed 2026-08-03', () => {
    const d = evaluateAmountInControversy({
      forum: 'alj_hearing',
      amountInControversyCents: 20_000,
      requestedOn: '2026-08-03',
    });
    expect([d.outcome, d.thresholdCents]).toEqual(['met', 20_000]);
    expect(d.reasons[0]?.code).toBe('billing.appeal.amount_in_controversy_met');
  });

  it('refuses an ALJ hearing request one cent short ($199.99) in 2026 and names aggregation', () => {
    const d = evaluateAmountInControversy({
      forum: 'alj_hearing',
      amountInControversyCents: 19_999,
      requestedOn: '2026-12-31',
    });
    expect(d.outcome).toBe('not_met');
    expect(d.reasons[0]).toMatchObject({
      code: 'billing.appeal.amount_in_controversy_below',
      facts: { thresholdCents: 20_000, year: 2026 },
    });
  });

  it('holds judicial review to $1,960 in 2026: $1,959.99 short, $1,960.00 met', () => {
    const at = (cents: number) =>
      evaluateAmountInControversy({
        forum: 'judicial_review',
        amountInControversyCents: cents,
        requestedOn: '2026-01-01',
      }).outcome;
    expect([at(195_999), at(196_000)]).toEqual(['not_met', 'met']);
  });

  it('is undecided for a request filed 2027-01-04 until that year’s figures are given, never using 2026’s', () => {
    const c = { forum: 'alj_hearing', amountInControversyCents: 20_000, requestedOn: '2027-01-04' } as const;
    const d = evaluateAmountInControversy(c);
    expect([d.outcome, d.thresholdCents]).toEqual(['undecided', null]);
    expect(d.reasons[0]?.code).toBe('billing.appeal.amount_in_controversy_unknown_year');
    const given = evaluateAmountInControversy(c, {
      thresholds: [{ year: 2027, aljHearingCents: 21_000, judicialReviewCents: 200_000 }],
    });
    expect([given.outcome, given.thresholdCents]).toEqual(['not_met', 21_000]);
  });

  it('is undecided for a 2025 request (the library lists no 2025 figures)', () => {
    expect(
      evaluateAmountInControversy({
        forum: 'judicial_review',
        amountInControversyCents: 500_000,
        requestedOn: '2025-12-31',
      }).outcome,
    ).toBe('undecided');
  });

  it('lists every bad field by path and echoes no value', () => {
    let error: unknown;
    try {
      evaluateAmountInControversy({
        forum: 'council' as 'alj_hearing',
        amountInControversyCents: -5,
        requestedOn: '2026-02-30',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const paths = (error as ValidationError).issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['input.forum', 'input.amountInControversyCents', 'input.requestedOn']),
    );
    expect(JSON.stringify((error as ValidationError).issues)).not.toContain('council');
  });

  it('is met exactly when the amount is at least the year’s threshold (property)', () => {
    const row = MEDICARE_AMOUNT_IN_CONTROVERSY_THRESHOLDS[0];
    if (row === undefined) throw new Error('the table lists CY2026');
    fc.assert(
      fc.property(
        fc.constantFrom('alj_hearing' as const, 'judicial_review' as const),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 365 }),
        (forum, cents, dayOfYear) => {
          const requestedOn = new Date(Date.UTC(2026, 0, dayOfYear)).toISOString().slice(0, 10);
          const d = evaluateAmountInControversy({ forum, amountInControversyCents: cents, requestedOn });
          const threshold = forum === 'alj_hearing' ? row.aljHearingCents : row.judicialReviewCents;
          expect(d.outcome).toBe(cents >= threshold ? 'met' : 'not_met');
          expect(d.thresholdCents).toBe(threshold);
        },
      ),
    );
  });
});
