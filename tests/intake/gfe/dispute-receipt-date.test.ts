// The dispute window runs 120 calendar days from the day the client received the initial bill
// (45 CFR 149.620(b)(2)). Counted from the bill's own date it may close too early: with the receipt date
// unknown, the library never tells the client the window has closed on that guess.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/index.js';
import { evaluateGoodFaithEstimateDispute } from '../../../src/intake/index.js';

// A bill dated 2026-05-01, $400 over dr-lee's estimate.
const dated = (receiptDateUnknown?: boolean) => ({
  expected: [{ providerRef: 'dr-lee', cents: 200_000 }],
  billed: [{ providerRef: 'dr-lee', cents: 240_000 }],
  billReceivedOn: '2026-05-01',
  ...(receiptDateUnknown === undefined ? {} : { receiptDateUnknown }),
});

describe('evaluateGoodFaithEstimateDispute: the receipt date unknown', () => {
  it('day 120 from the bill’s date (2026-08-29): eligible either way', () => {
    expect(evaluateGoodFaithEstimateDispute(dated(true), { asOf: '2026-08-29' }).outcome).toBe('eligible');
  });

  it('day 121 (2026-08-30): undecided with the receipt unknown (it was not_eligible), not_eligible when known', () => {
    const unknown = evaluateGoodFaithEstimateDispute(dated(true), { asOf: '2026-08-30' });
    expect(unknown).toMatchObject({
      outcome: 'undecided',
      eligibleProviderRefs: [],
      windowClosesOn: '2026-08-29',
    });
    expect(unknown.reasons.map((r) => r.code)).toContain('intake.gfe_dispute.receipt_date_unknown');
    expect(unknown.reasons.map((r) => r.code)).not.toContain('intake.gfe_dispute.window_closed');
    for (const known of [dated(false), dated()]) {
      const d = evaluateGoodFaithEstimateDispute(known, { asOf: '2026-08-30' });
      expect(d.outcome).toBe('not_eligible');
      expect(d.reasons.map((r) => r.code)).toContain('intake.gfe_dispute.window_closed');
    }
  });

  it('property: with the receipt date unknown the answer is never not_eligible on the window alone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 100_000 }), (days, over) => {
        const facts = { ...dated(true), billed: [{ providerRef: 'dr-lee', cents: 200_000 + over }] };
        const d = evaluateGoodFaithEstimateDispute(facts, { asOf: addDays('2026-05-01', days) });
        if (days > 120) expect(d.outcome).toBe('undecided');
        else expect(d.outcome).toBe(over >= 40_000 ? 'eligible' : 'not_eligible');
      }),
    );
  });
});
