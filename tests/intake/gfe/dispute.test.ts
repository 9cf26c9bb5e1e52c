import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import { evaluateGoodFaithEstimateDispute, GoodFaithEstimate } from '../../../src/intake/index.js';
import { GFE_DISPUTE_THRESHOLD_CENTS, getExpectedChargesByProvider } from '../../../src/intake/internal.js';

const facts = (expected: number, billed: number) => ({
  expected: [{ providerRef: 'dr-lee', cents: expected }],
  billed: [{ providerRef: 'dr-lee', cents: billed }],
  billReceivedOn: '2026-05-01',
});
const JUNE_1 = { asOf: '2026-06-01' } as const;

describe('evaluateGoodFaithEstimateDispute', () => {
  it('is not eligible when the bill is $399.99 over the estimate', () => {
    const d = evaluateGoodFaithEstimateDispute(facts(200_000, 239_999), JUNE_1);
    expect(d.outcome).toBe('not_eligible');
    expect(d.reasons[0]).toMatchObject({
      code: 'intake.gfe_dispute.below_threshold',
      facts: { overCents: 39_999 },
    });
  });

  it('is eligible when the bill is exactly $400.00 over the estimate', () => {
    const d = evaluateGoodFaithEstimateDispute(facts(200_000, 240_000), JUNE_1);
    expect(d).toMatchObject({
      outcome: 'eligible',
      eligibleProviderRefs: ['dr-lee'],
      windowClosesOn: '2026-08-29',
    });
    expect(d.reasons[0]?.message).toBe('Billed $400.00 over the estimate.');
  });

  it('keeps the window open through day 120 after the bill and closes it on day 121', () => {
    expect(evaluateGoodFaithEstimateDispute(facts(200_000, 240_000), { asOf: '2026-08-29' }).outcome).toBe(
      'eligible',
    );
    const late = evaluateGoodFaithEstimateDispute(facts(200_000, 240_000), { asOf: '2026-08-30' });
    expect(late.outcome).toBe('not_eligible');
    expect(late.reasons[0]?.code).toBe('intake.gfe_dispute.window_closed');
  });

  it('lists dr-lee as eligible on day 120 (2026-08-29) and no provider on day 121 (2026-08-30)', () => {
    const day120 = evaluateGoodFaithEstimateDispute(facts(200_000, 240_000), { asOf: '2026-08-29' });
    expect(day120.eligibleProviderRefs).toEqual(['dr-lee']);
    expect(day120.reasons.map((r) => r.code)).toEqual(['intake.gfe_dispute.eligible']);
    const day121 = evaluateGoodFaithEstimateDispute(facts(200_000, 240_000), { asOf: '2026-08-30' });
    expect(day121).toMatchObject({ outcome: 'not_eligible', eligibleProviderRefs: [] });
    expect(day121.reasons.map((r) => r.code).sort()).toEqual([
      'intake.gfe_dispute.over_threshold_not_open',
      'intake.gfe_dispute.window_closed',
    ]);
    expect(day121.reasons.find((r) => r.code === 'intake.gfe_dispute.over_threshold_not_open')).toMatchObject(
      {
        facts: { providerRef: 'dr-lee', overCents: 40_000 },
      },
    );
  });

  it('lists no provider as eligible while the bill is dated after asOf', () => {
    const d = evaluateGoodFaithEstimateDispute(facts(200_000, 300_000), { asOf: '2026-04-30' });
    expect(d).toMatchObject({ outcome: 'undecided', eligibleProviderRefs: [] });
    expect(d.reasons.map((r) => r.code)).not.toContain('intake.gfe_dispute.eligible');
  });

  it('lists providers as eligible, with an eligible reason each, only when the answer is eligible', () => {
    const provider = fc.record({
      ref: fc.constantFrom('dr-lee', 'dr-kim', 'lab-1'),
      expected: fc.integer({ min: 0, max: 500_000 }),
      billed: fc.integer({ min: 0, max: 500_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(provider, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: -10, max: 200 }),
        (lines, day) => {
          const asOf = new Date(Date.UTC(2026, 4, 1 + day)).toISOString().slice(0, 10);
          const d = evaluateGoodFaithEstimateDispute(
            {
              expected: lines.map((l) => ({ providerRef: l.ref, cents: l.expected })),
              billed: lines.map((l) => ({ providerRef: l.ref, cents: l.billed })),
              billReceivedOn: '2026-05-01',
            },
            { asOf },
          );
          const eligibleReasons = d.reasons
            .filter((r) => r.code === 'intake.gfe_dispute.eligible')
            .map((r) => r.facts?.providerRef);
          expect([...eligibleReasons].sort()).toEqual([...d.eligibleProviderRefs].sort());
          if (d.outcome !== 'eligible') expect(d.eligibleProviderRefs).toEqual([]);
          if (day > 120 || day < 0) expect(d.outcome).not.toBe('eligible');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('compares each provider separately: $300 over for two providers is not $600 over for one', () => {
    const d = evaluateGoodFaithEstimateDispute(
      {
        expected: [
          { providerRef: 'dr-lee', cents: 100_000 },
          { providerRef: 'lab-1', cents: 50_000 },
        ],
        billed: [
          { providerRef: 'dr-lee', cents: 130_000 },
          { providerRef: 'lab-1', cents: 80_000 },
        ],
        billReceivedOn: '2026-05-01',
      },
      { asOf: '2026-05-20' },
    );
    expect(d.outcome).toBe('not_eligible');
  });

  it('cannot decide for a provider the estimate never listed, and routes it to a person', () => {
    const d = evaluateGoodFaithEstimateDispute(
      {
        expected: [{ providerRef: 'dr-lee', cents: 100_000 }],
        billed: [{ providerRef: 'dr-other', cents: 90_000 }],
        billReceivedOn: '2026-05-01',
      },
      { asOf: '2026-05-20' },
    );
    expect(d.outcome).toBe('undecided');
    expect(d.reasons[0]?.code).toBe('intake.gfe_dispute.provider_not_on_estimate');
  });

  it('rejects negative or fractional cents without echoing them', () => {
    try {
      evaluateGoodFaithEstimateDispute(facts(-5, 100.5), JUNE_1);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.at)).toEqual([
        '$.facts.expected[0].cents',
        '$.facts.billed[0].cents',
      ]);
      expect((e as ValidationError).message).not.toContain('100.5');
    }
  });

  it('is eligible exactly when some provider is billed at least $400 over, inside the window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: -50_000, max: 100_000 }),
        fc.integer({ min: 0, max: 200 }),
        (e, over, day) => {
          const asOf = new Date(Date.UTC(2026, 4, 1 + day)).toISOString().slice(0, 10);
          const d = evaluateGoodFaithEstimateDispute(facts(e, Math.max(0, e + over)), { asOf });
          const overCents = Math.max(0, e + over) - e;
          expect(d.outcome === 'eligible').toBe(overCents >= GFE_DISPUTE_THRESHOLD_CENTS && day <= 120);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('getExpectedChargesByProvider', () => {
  it('multiplies each charge by its quantity and sums per provider', () => {
    const gfe = GoodFaithEstimate.parse({
      id: 'gfe-1',
      clientId: 'c-1',
      items: [
        { providerRef: 'dr-lee', expectedChargeCents: 15_000, quantity: 1 },
        { providerRef: 'dr-lee', expectedChargeCents: 13_000, quantity: 40 },
        { providerRef: 'lab-1', expectedChargeCents: 5_000 },
      ],
    });
    expect(getExpectedChargesByProvider(gfe)).toEqual([
      { providerRef: 'dr-lee', cents: 535_000 },
      { providerRef: 'lab-1', cents: 5_000 },
    ]);
  });
});
