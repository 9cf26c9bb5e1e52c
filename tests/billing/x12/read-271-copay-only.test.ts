// read271 with a copay and no coinsurance line: the coinsurance is not stated, so it stays unknown (null),
// never 0 %; only an EB01 A of 0 % says there is none [sources: x12-271]. The estimate built on such benefits is
// undecided wherever coinsurance would take part of the allowed amount. Response date 2026-01-05, plan from
// 2026-01-01, as in the other 271 tests.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimatePatientShare } from '../../../src/billing/index.js';
import { read271 } from '../../../src/billing/x12/index.js';
import { person271 as person } from './x12-builders.js';

const read = (lines: string[], copayBeforeDeductible = false) => {
  const [answer] = read271(person(lines), { clientIds: { 'T-1': 'client-lane' }, copayBeforeDeductible });
  if (answer === undefined) throw new Error('no answer');
  return answer;
};
const plan = 'EB*1*IND*30^MH^A6^A8*PR*GOLD PPO';
const copay25 = 'EB*B*IND*A6*PR**27*25*****Y';
// A $500 deductible, $300 of it remaining (EB06 29): $200 met.
const deductible = ['EB*C*IND*30*PR**23*500*****Y', 'EB*C*IND*30*PR**29*300*****Y'];
const figures = (answer: ReturnType<typeof read>) =>
  answer.reasons.find((r) => r.code === 'x12.271.figure_not_stated')?.facts.figures;

describe('read271: a copay without a coinsurance', () => {
  it('the $25 copay is read, the coinsurance left unknown (null) and said so, never 0 %', () => {
    const answer = read([plan, copay25, ...deductible]);
    expect(answer.outcome).toBe('benefits_found');
    expect(answer.inNetwork).toMatchObject({ copayCents: 2_500, coinsuranceBasisPoints: null });
    expect(figures(answer)).toContain('coinsurance');
  });

  it('an EB01 A of 0 % says there is none: 0, and no figure is missing for it', () => {
    const answer = read([plan, copay25, 'EB*A*IND*A6*PR****0****Y', ...deductible]);
    expect(answer.inNetwork).toMatchObject({ copayCents: 2_500, coinsuranceBasisPoints: 0 });
    expect(figures(answer) ?? []).not.toContain('coinsurance');
  });

  it('a coinsurance of 20 % beside the copay is read as 2,000 basis points', () => {
    const answer = read([plan, copay25, 'EB*A*IND*A6*PR****0.2****Y', ...deductible]);
    expect(answer.inNetwork).toMatchObject({ copayCents: 2_500, coinsuranceBasisPoints: 2_000 });
  });
});

describe('estimatePatientShare on a copay with the coinsurance unknown', () => {
  const benefits = () => {
    const b = read([plan, copay25, ...deductible]).inNetwork;
    if (b === null || b === undefined) throw new Error('no benefits');
    // The payer said on the phone: no visit limit, a $3,000 out-of-pocket maximum, nothing of it met.
    return { ...b, noVisitLimit: true, outOfPocketMaximumCents: 300_000, outOfPocketMetCents: 0 };
  };

  it('a $120 session on 2026-03-02 with $300 of deductible left: the coinsurance cannot matter, estimated ($120)', () => {
    // Copay $25, then the deductible takes the other $95: nothing is left for coinsurance.
    expect(
      estimatePatientShare(benefits(), { allowedCents: 12_000, dateOfService: '2026-03-02' }),
    ).toMatchObject({
      outcome: 'estimated',
      clientShareCents: 12_000,
    });
  });

  it('with the deductible met, a $120 session leaves $95 for coinsurance: undecided, with why', () => {
    const met = { ...benefits(), deductibleMetCents: 50_000 };
    const d = estimatePatientShare(met, { allowedCents: 12_000, dateOfService: '2026-03-02' });
    expect(d.outcome).toBe('undecided');
    expect(d.clientShareCents).toBeNull();
    expect(d.reasons.map((r) => [r.code, r.facts])).toContainEqual([
      'billing.estimate.coinsurance_unknown',
      { copayCents: 2_500, amountLeftCents: 9_500 },
    ]);
  });

  it('a copay-only plan (the copay instead of the deductible): the copay is the share, estimated ($25)', () => {
    const b = { ...benefits(), copayBeforeDeductible: true };
    expect(estimatePatientShare(b, { allowedCents: 12_000, dateOfService: '2026-03-02' })).toMatchObject({
      outcome: 'estimated',
      clientShareCents: 2_500,
    });
  });

  it('property: with the coinsurance unknown, an estimate is made only when every rate would give it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000 }),
        fc.integer({ min: 0, max: 60_000 }),
        fc.integer({ min: 0, max: 60_000 }),
        fc.integer({ min: 1, max: 40_000 }),
        fc.boolean(),
        fc.constantFrom<'copay_first' | 'deductible_first'>('copay_first', 'deductible_first'),
        (copayCents, deductibleCents, metCents, allowedCents, copayBeforeDeductible, costSharingOrder) => {
          const b = {
            ...benefits(),
            copayCents,
            copayBeforeDeductible,
            costSharingOrder,
            deductibleCents,
            deductibleMetCents: Math.min(metCents, deductibleCents),
            outOfPocketMaximumCents: 300_000,
            outOfPocketMetCents: 0,
          };
          const request = { allowedCents, dateOfService: '2026-03-02' };
          const unknown = estimatePatientShare(b, request);
          const at = (coinsuranceBasisPoints: number) =>
            estimatePatientShare({ ...b, coinsuranceBasisPoints }, request).clientShareCents;
          if (unknown.outcome === 'estimated') {
            for (const rate of [0, 1, 2_000, 5_000, 10_000]) expect(at(rate)).toBe(unknown.clientShareCents);
          } else {
            expect(unknown.reasons.map((r) => r.code)).toContain('billing.estimate.coinsurance_unknown');
            expect(at(0)).not.toBe(at(10_000));
          }
        },
      ),
    );
  });
});
