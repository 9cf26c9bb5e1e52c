// bill41 checked the monthly behavioral health integration codes against CMS's "Behavioral Health Integration
// Services" booklet (MLN909432) and CPT's time rule (a unit of time is attained when its midpoint is passed)
// [sources: cms-mln-bhi, ama-cpt]: the thresholds bill40 chose are right. 99492 (first 70 minutes of the first
// calendar month) from 36, 99493 (first 60 of a later month) from 31, +99494 (each further 30) from 16 past
// them; 99484 and G0323 need at least 20 minutes (a floor, no midpoint). All per calendar month.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEDICARE_PAYER_PROFILE_EXAMPLE, selectCareManagementCodes } from '../../../src/billing/index.js';
import { claim, line, scrubOnlyClaimOfDay } from '../claims/claim-fixtures.js';

type Kind = Parameters<typeof selectCareManagementCodes>[0]['kind'];
const lines = (kind: Kind, minutes: number) =>
  selectCareManagementCodes({ kind, minutes }).lines.map((l) => `${l.code}x${l.units}`);

describe('selectCareManagementCodes: the booklet’s table, row by row', () => {
  it('March 2026, a first month of collaborative care: <36 none, 36–85 99492, 86–115 +99494, 116 and more +99494 ×2', () => {
    const first = (m: number) => lines('collaborative_care_first_month', m);
    expect(first(35)).toEqual([]);
    expect([first(36), first(85)]).toEqual([['99492x1'], ['99492x1']]);
    expect([first(86), first(115)]).toEqual([
      ['99492x1', '99494x1'],
      ['99492x1', '99494x1'],
    ]);
    expect([first(116), first(145), first(146)]).toEqual([
      ['99492x1', '99494x2'],
      ['99492x1', '99494x2'],
      ['99492x1', '99494x3'],
    ]);
  });

  it('April 2026, a later month: <31 none, 31–75 99493, 76–105 +99494, 106 and more +99494 ×2', () => {
    const later = (m: number) => lines('collaborative_care_later_month', m);
    expect(later(30)).toEqual([]);
    expect([later(31), later(75)]).toEqual([['99493x1'], ['99493x1']]);
    expect([later(76), later(105)]).toEqual([
      ['99493x1', '99494x1'],
      ['99493x1', '99494x1'],
    ]);
    expect(later(106)).toEqual(['99493x1', '99494x2']);
  });

  it('general BHI is one unit a month from 20 minutes, however long: no add-on code exists for it', () => {
    expect(lines('general_bhi', 19)).toEqual([]);
    expect([lines('general_bhi', 20), lines('general_bhi', 300)]).toEqual([['99484x1'], ['99484x1']]);
    expect([
      lines('general_bhi_psychologist_or_social_worker', 19),
      lines('general_bhi_psychologist_or_social_worker', 20),
    ]).toEqual([[], ['G0323x1']]);
  });

  it('property: collaborative care units are the time blocks whose midpoint is passed (70 or 60, then 30 each)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: 0, max: 3_000 }), (firstMonth, minutes) => {
        const typical = firstMonth ? 70 : 60;
        const d = selectCareManagementCodes({
          kind: firstMonth ? 'collaborative_care_first_month' : 'collaborative_care_later_month',
          minutes,
        });
        // Block 0 is the primary's typical time; block k ≥ 1 the k-th further 30 minutes.
        let blocks = 0;
        if (minutes > typical / 2) blocks = 1;
        for (let k = 1; minutes - typical > 30 * (k - 1) + 15; k += 1) blocks += 1;
        expect(d.lines.reduce((n, l) => n + l.units, 0)).toBe(blocks);
        expect(d.outcome).toBe(blocks > 0 ? 'billable' : 'not_billable');
        expect(d.lines.slice(1).every((l) => l.code === '99494')).toBe(true);
      }),
    );
  });
});

describe('evaluateClaimScrub: collaborative care is billed per calendar month', () => {
  const scrub = (rows: { procedureCode: string; serviceDate: string }[]) =>
    scrubOnlyClaimOfDay(
      claim({
        payerId: MEDICARE_PAYER_PROFILE_EXAMPLE.payerId,
        lines: rows.map((r, i) => line({ lineId: String(i + 1), ...r })),
      }),
      MEDICARE_PAYER_PROFILE_EXAMPLE,
      { asOf: '2026-05-04' },
    ).reasons.map((r) => (r.code === 'billing.scrub.code_set_rule' ? String(r.facts.rule) : r.code));

  it('99492 and 99493 in March 2026: a month is the first or a later one, never both', () => {
    expect(
      scrub([
        { procedureCode: '99492', serviceDate: '2026-03-05' },
        { procedureCode: '99493', serviceDate: '2026-03-26' },
      ]),
    ).toContain('billing.scrub.codes_not_billable_together');
  });

  it('99493 in March and again in April 2026: two months, neither a duplicate', () => {
    const reasons = scrub([
      { procedureCode: '99493', serviceDate: '2026-03-10' },
      { procedureCode: '99493', serviceDate: '2026-04-07' },
    ]);
    expect(reasons).not.toContain('billing.codes.duplicate_code');
    expect(reasons).not.toContain('billing.scrub.codes_not_billable_together');
  });

  it('+99494 in April 2026 with its 99493 only in March: the add-on has no primary in its month', () => {
    expect(
      scrub([
        { procedureCode: '99493', serviceDate: '2026-03-10' },
        { procedureCode: '99494', serviceDate: '2026-04-07' },
      ]),
    ).toContain('billing.scrub.add_on_without_primary');
  });
});
