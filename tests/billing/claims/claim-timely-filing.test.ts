import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateClaimTimelyFiling } from '../../../src/billing/claims/claim-timely-filing.js';
import type { ClaimStatus } from '../../../src/billing/claims/status.js';
import type { PayerProfile } from '../../../src/billing/coverage/payer-profile.js';
import { fromEpochDay, toEpochDay } from '../../../src/core/internal.js';
import { COMMERCIAL, claim, line, MEDICARE } from './claim-fixtures.js';

/** A claim for a 90834 on `dos` to `profile`'s payer, walked through the dated moves. */
function walked(profile: PayerProfile, dos: string, moves: [ClaimStatus, string][]) {
  let from: ClaimStatus = 'draft';
  const history = moves.map(([to, on]) => {
    const change = { from, to, on };
    from = to;
    return change;
  });
  return claim({ payerId: profile.payerId, lines: [line({ serviceDate: dos })], status: from, history });
}
const sent: [ClaimStatus, string][] = [
  ['ready', '2025-02-01'],
  ['submitted', '2025-02-01'],
  ['accepted', '2025-02-02'],
];
const routesOf = (d: ReturnType<typeof evaluateClaimTimelyFiling>) =>
  d.routes.map((r) => [r.kind, r.outcome, r.deadline, r.binding]);
const bindingReason = (d: ReturnType<typeof evaluateClaimTimelyFiling>) =>
  d.reasons.find((r) => r.code === 'billing.filing.binding_route');

describe('evaluateClaimTimelyFiling: a denied claim can be appealed or corrected and sent again', () => {
  // A Medicare 90834 on 2025-01-10, denied 2025-03-01: redetermination by 2025-07-04 (120 days + 5 days'
  // mail), a reopening (corrected claim) within a year of the initial determination, by 2026-03-01.
  const denied = walked(MEDICARE, '2025-01-10', [...sent, ['denied', '2025-03-01']]);

  it('both windows open on 2025-03-10: the appeal’s (earlier) deadline binds, the correction’s beside it', () => {
    const d = evaluateClaimTimelyFiling(denied, MEDICARE, { asOf: '2025-03-10' });
    expect(d).toMatchObject({ outcome: 'on_time', kind: 'appeal', deadline: '2025-07-04' });
    expect(routesOf(d)).toEqual([
      ['appeal', 'on_time', '2025-07-04', true],
      ['corrected', 'on_time', '2026-03-01', false],
    ]);
    expect(bindingReason(d)).toMatchObject({
      severity: 'info',
      facts: { binding: 'appeal', rule: 'earliest_open', correctedDeadline: '2026-03-01' },
    });
  });

  it('on 2025-08-01 the appeal window has closed but a correction is still on time until 2026-03-01 (it was expired)', () => {
    const d = evaluateClaimTimelyFiling(denied, MEDICARE, { asOf: '2025-08-01' });
    expect(d).toMatchObject({ outcome: 'on_time', kind: 'corrected', deadline: '2026-03-01', risk: 'low' });
    expect(routesOf(d)).toEqual([
      ['corrected', 'on_time', '2026-03-01', true],
      ['appeal', 'expired', '2025-07-04', false],
    ]);
    expect(bindingReason(d)).toMatchObject({
      severity: 'warning',
      facts: {
        binding: 'corrected',
        rule: 'only_open',
        appealOutcome: 'expired',
        appealDeadline: '2025-07-04',
      },
    });
    // The appeal's own verdict stays with its route.
    expect(d.routes[1]?.reasons[0]?.code).toBe('billing.claim.past_timely_filing');
  });

  it('on 2026-03-10 both have closed: expired, the later (correction) deadline reported', () => {
    const d = evaluateClaimTimelyFiling(denied, MEDICARE, { asOf: '2026-03-10' });
    expect(d).toMatchObject({ outcome: 'expired', kind: 'corrected', deadline: '2026-03-01' });
    expect(d.reasons[0]?.code).toBe('billing.claim.past_timely_filing');
    expect(bindingReason(d)?.facts).toMatchObject({ rule: 'last_closed', binding: 'corrected' });
  });

  it('a commercial payer (60-day appeal, 90-day correction from the decision): the same rule on its own windows', () => {
    const c = walked(COMMERCIAL, '2025-01-10', [...sent, ['denied', '2025-03-01']]);
    expect(routesOf(evaluateClaimTimelyFiling(c, COMMERCIAL, { asOf: '2025-05-15' }))).toEqual([
      ['corrected', 'on_time', '2025-05-30', true],
      ['appeal', 'expired', '2025-04-30', false],
    ]);
  });

  it('a partial payment and a recoupment have both routes too; a correction counts from the first decision', () => {
    const partial = walked(MEDICARE, '2025-01-10', [...sent, ['partially_paid', '2025-03-01']]);
    expect(evaluateClaimTimelyFiling(partial, MEDICARE, { asOf: '2025-08-01' })).toMatchObject({
      kind: 'corrected',
      deadline: '2026-03-01',
    });
    const recouped = walked(MEDICARE, '2025-01-10', [
      ...sent,
      ['paid', '2025-03-01'],
      ['recouped', '2025-09-02'],
    ]);
    expect(routesOf(evaluateClaimTimelyFiling(recouped, MEDICARE, { asOf: '2025-09-10' }))).toEqual([
      ['appeal', 'on_time', '2026-01-05', true],
      ['corrected', 'on_time', '2026-03-01', false],
    ]);
    // A payer that counts a correction from its latest decision: from the recoupment.
    const latest = { ...MEDICARE, filing: { ...MEDICARE.filing, correctedFrom: 'latest_decision' as const } };
    expect(evaluateClaimTimelyFiling(recouped, latest, { asOf: '2025-09-10' }).routes[1]?.deadline).toBe(
      '2026-09-02',
    );
  });

  it('no further appeal level and the correction closed: undecided; the correction still open: it binds', () => {
    // Denied at each level up to the federal court's decision on 2026-09-01: no level after it.
    const court: [ClaimStatus, string][] = [
      ...sent,
      ['denied', '2025-03-20'],
      ['appealed', '2025-04-01'],
      ['denied', '2025-05-01'],
      ['appealed', '2025-06-01'],
      ['denied', '2025-08-01'],
      ['appealed', '2025-09-01'],
      ['denied', '2025-12-01'],
      ['appealed', '2026-01-15'],
      ['denied', '2026-04-01'],
      ['appealed', '2026-05-01'],
      ['denied', '2026-09-01'],
    ];
    const late = evaluateClaimTimelyFiling(walked(MEDICARE, '2025-01-10', court), MEDICARE, {
      asOf: '2026-09-10',
    });
    expect(late).toMatchObject({ outcome: 'undecided', kind: 'appeal' });
    expect(bindingReason(late)?.facts).toMatchObject({ rule: 'undecided', correctedOutcome: 'expired' });
    const open = { ...MEDICARE, filing: { ...MEDICARE.filing, correctedFrom: 'latest_decision' as const } };
    const d = evaluateClaimTimelyFiling(walked(MEDICARE, '2025-01-10', court), open, { asOf: '2026-09-10' });
    expect(d).toMatchObject({ outcome: 'on_time', kind: 'corrected', deadline: '2027-09-01' });
    expect(bindingReason(d)?.facts).toMatchObject({ rule: 'only_open', appealOutcome: 'undecided' });
  });

  it('one clock, no routes: unfiled, filed, under appeal, corrected and sent', () => {
    for (const moves of [
      [],
      sent,
      [...sent, ['denied', '2025-03-01'], ['appealed', '2025-04-01']],
      [...sent, ['denied', '2025-03-01'], ['resubmitted', '2025-04-01']],
    ] as [ClaimStatus, string][][]) {
      const d = evaluateClaimTimelyFiling(walked(MEDICARE, '2025-01-10', moves), MEDICARE, {
        asOf: '2025-05-01',
      });
      expect(d.routes).toEqual([]);
      expect(bindingReason(d)).toBeUndefined();
    }
  });

  it('property: on time while either route is open; the decision follows exactly one binding route', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20_000, max: 21_000 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 800 }),
        fc.constantFrom(MEDICARE, COMMERCIAL),
        fc.constantFrom<ClaimStatus>('denied', 'partially_paid', 'recouped'),
        (dosDay, lag, after, profile, status) => {
          const dos = fromEpochDay(dosDay);
          const decided = fromEpochDay(dosDay + lag);
          const moves: [ClaimStatus, string][] = [
            ['ready', dos],
            ['submitted', dos],
            ['accepted', dos],
            ...(status === 'recouped' ? [['paid', decided] as [ClaimStatus, string]] : []),
            [status, decided],
          ];
          const asOf = fromEpochDay(toEpochDay(decided) + after);
          const d = evaluateClaimTimelyFiling(walked(profile, dos, moves), profile, { asOf });
          expect(d.routes.map((r) => r.kind).sort()).toEqual(['appeal', 'corrected']);
          const binding = d.routes.filter((r) => r.binding);
          expect(binding).toHaveLength(1);
          expect([d.kind, d.deadline]).toEqual([binding[0]?.kind, binding[0]?.deadline]);
          const open = d.routes.filter((r) => r.outcome === 'on_time');
          expect(d.outcome === 'on_time').toBe(open.length > 0);
          // While both are open the earlier deadline binds, one open binds alone, once both closed the later.
          const deadlines = d.routes.map((r) => r.deadline as string).sort();
          const expected = [deadlines[1], open[0]?.deadline, deadlines[0]][open.length];
          expect(d.deadline).toBe(expected);
        },
      ),
    );
  });
});
