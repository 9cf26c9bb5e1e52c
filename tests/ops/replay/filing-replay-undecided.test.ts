// The what-if replay of timely filing counts an undecided claim at risk on its side: a proposal that leaves
// claims undecided (a deadline that cannot be worked out) never reads as fewer claims at risk.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Claim } from '../../../src/billing/claims/claim.js';
import type { FilingWindows } from '../../../src/billing/coverage/payer-profile.js';
import { toEpochDay } from '../../../src/core/internal.js';
import { type FilingRules, replayFiling } from '../../../src/ops/replay/filing-replay.js';
import { claim, line } from '../../billing/claims/claim-fixtures.js';

const windows = (initialDays: number): FilingWindows => ({
  initial: { amount: initialDays, unit: 'days' },
  corrected: { amount: 365, unit: 'days' },
  appeal: { amount: 120, unit: 'days' },
  // A Medicaid-like secondary extension: 6 months from the primary payer's remittance.
  secondaryFromPrimaryRemittance: { amount: 6, unit: 'months' },
});
const rules = (initialDays: number): FilingRules => ({
  payers: new Map([['medicaid-ny', windows(initialDays)]]),
  thresholds: { highRiskDays: 30, mediumRiskDays: 60 },
});
// A secondary claim for a session on 2026-01-05, its primary payer's remittance date not recorded, unfiled.
const secondary = Claim.parse(
  claim({
    payerId: 'medicaid-ny',
    coverage: 'secondary',
    lines: [line({ serviceDate: '2026-01-05' })],
  }),
);
const today = toEpochDay('2026-03-20');

describe('replayFiling: undecided claims are counted on each side, never as saved', () => {
  it('90 days to file → 60 days, on 2026-03-20: high risk (deadline 2026-04-05) becomes undecided; still at risk', () => {
    const r = replayFiling([secondary], rules(90), rules(60), today);
    expect(r.changes[0]?.before).toMatchObject({ outcome: 'on_time', risk: 'high', deadline: '2026-04-05' });
    expect(r.changes[0]?.after).toMatchObject({ outcome: 'undecided', deadline: null });
    // It read 1 → 0, as if the shorter window had saved the claim.
    expect(r.totals).toMatchObject({
      atRiskBefore: 1,
      atRiskAfter: 1,
      undecidedBefore: 0,
      undecidedAfter: 1,
    });
  });

  it('neighbour: 60 → 90 days, the other way: undecided before, high risk after; at risk on both sides', () => {
    const r = replayFiling([secondary], rules(60), rules(90), today);
    expect(r.totals).toMatchObject({
      atRiskBefore: 1,
      atRiskAfter: 1,
      undecidedBefore: 1,
      undecidedAfter: 0,
    });
  });

  it('property: every undecided claim counts at risk on its side', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 500 }),
        (before, after, offset) => {
          const day = toEpochDay('2026-01-05') + offset;
          const r = replayFiling([secondary], rules(before), rules(after), day);
          const t = r.totals;
          expect(t.atRiskBefore).toBeGreaterThanOrEqual(t.undecidedBefore);
          expect(t.atRiskAfter).toBeGreaterThanOrEqual(t.undecidedAfter);
          // Undecided on one side only: the at-risk count cannot fall on the undecided side.
          if (t.undecidedAfter === 1) expect(t.atRiskAfter).toBe(1);
          if (t.undecidedBefore === 1) expect(t.atRiskBefore).toBe(1);
        },
      ),
    );
  });
});
