// Outside-tester audit (ops35): the work queue as a biller's day. Each case is how a biller works a claim,
// written against the queue's public result before reading its code; the rule behind each is cited.
import { describe, expect, it } from 'vitest';
import type { Claim, ClaimBalance } from '../../../src/billing/index.js';
import {
  buildWorkQueue,
  DEMO_AS_OF,
  generateDemoPractice,
  type PracticeData,
  type WorkTask,
} from '../../../src/ops/index.js';

const demo = generateDemoPractice();
const ID = 'claim-000111'; // client-00041, bluebird (90 days to file, 90 to correct, 60 to appeal), DOS 2026-08-30

type History = Claim['history'];
const sent = (on: string): History => [
  { from: 'draft', to: 'ready', on },
  { from: 'ready', to: 'submitted', on },
];
const accepted = (on: string, acceptedOn: string): History => [
  ...sent(on),
  { from: 'submitted', to: 'accepted', on: acceptedOn },
];

function balance(change: Partial<ClaimBalance>): ClaimBalance {
  return {
    claimId: ID,
    chargeCents: 15000,
    paidCents: 0,
    contractualCents: 0,
    deniedCents: 0,
    otherAdjustmentCents: 0,
    clientResponsibility: { deductibleCents: 0, coinsuranceCents: 0, copayCents: 0, otherCents: 0 },
    postedRemittanceIds: ['era-test'],
    denials: [],
    recoupments: [],
    heldCostSharing: [],
    ...change,
  } as ClaimBalance;
}

/** The demo with claim-000111 changed, and its balance replaced when one is given. */
function day(change: Partial<Claim>, posted?: ClaimBalance, asOf = DEMO_AS_OF): WorkTask | undefined {
  const data: PracticeData = structuredClone(demo);
  const claim = data.claims.find((c) => c.claimId === ID) as Claim;
  Object.assign(claim, structuredClone(change));
  data.claimBalances = data.claimBalances.filter((b) => b.claimId !== ID);
  if (posted !== undefined) data.claimBalances.push(posted);
  const q = buildWorkQueue(data, { asOf, role: 'biller' });
  return [...q.tasks, ...q.forOtherRoles.flatMap((g) => g.tasks)].find((t) =>
    t.related.some((r) => r.id === ID),
  );
}
const codes = (t: WorkTask | undefined) => t?.reasons.map((r) => r.code) ?? [];
const fact = (t: WorkTask | undefined, code: string, name: string) =>
  t?.reasons.find((r) => r.code === code)?.facts[name];

describe('the work queue as a biller’s day (outside-tester audit, 15 cases)', () => {
  it('1. a ready claim, 90-day window, 8 days left on 2026-11-20: submit, due Friday 2026-11-27 (the window ends Saturday 11-28), normal', () => {
    const t = day({});
    // ops41: a date-only deadline on a closed day is due the practice's last business day before it.
    expect(fact(t, 'ops.queue.deadline_closed_day', 'deadline')).toBe('2026-11-28');
    expect(t).toMatchObject({
      kind: 'billing.claim_submit',
      due: '2026-11-27',
      priority: 'normal',
      ownerRole: 'biller',
    });
    expect(fact(t, 'ops.queue.claim_follow_up', 'daysLeft')).toBe(8);
  });

  it('2. the same claim a day older (DOS 2026-08-29): 7 days left, money at risk this week, high', () => {
    const lines = demo.claims
      .find((c) => c.claimId === ID)
      ?.lines.map((l) => ({ ...l, serviceDate: '2026-08-29' }));
    const t = day({ lines } as Partial<Claim>);
    expect(t).toMatchObject({ kind: 'billing.claim_submit', due: '2026-11-27', priority: 'high' });
  });

  it('3. the window counted in the payer’s months (Medicare 12 months from DOS 2026-08-30, rolled to a workday)', () => {
    const t = day({ payerId: 'medicare' as never, renderingClinicianId: undefined });
    // 2027-08-30 is a Monday: no roll.
    expect(t?.due).toBe('2027-08-30');
    expect(t?.priority).toBe('normal');
  });

  it('4. a claim the clearinghouse rejected (277CA): fix and resubmit, the biller’s, never filed', () => {
    const t = day({
      status: 'rejected',
      history: [...sent('2026-09-11'), { from: 'submitted', to: 'rejected', on: '2026-09-12' }],
    });
    expect(t?.kind).toBe('billing.claim_fix_and_resubmit');
    expect(t?.ownerRole).toBe('biller');
    expect(codes(t)).toContain('billing.follow_up.rejected');
    // Still on the first filing window: a rejected claim was never filed (8 days left; the window ends
    // Saturday 2026-11-28, so it is due the Friday before, ops41).
    expect(t?.due).toBe('2026-11-27');
  });

  it('5. a CO-16 denial (missing modifier, M51-type information): correct and resubmit on the corrected-claim window', () => {
    const history: History = [
      ...accepted('2026-09-11', '2026-09-12'),
      { from: 'accepted', to: 'denied', on: '2026-10-01' },
    ];
    const t = day(
      { status: 'denied', history },
      balance({ deniedCents: 15000, denials: [{ group: 'CO', carc: '16' }] }),
    );
    expect(t?.kind).toBe('billing.claim_correct_and_resubmit');
    expect(t?.ownerRole).toBe('biller');
  });

  it('6. a CO-50 denial (medical necessity): appeal, with the clinician named to act', () => {
    const history: History = [
      ...accepted('2026-09-11', '2026-09-12'),
      { from: 'accepted', to: 'denied', on: '2026-10-01' },
    ];
    const t = day(
      { status: 'denied', history },
      balance({ deniedCents: 15000, denials: [{ group: 'CO', carc: '50' }] }),
    );
    expect(t?.kind).toBe('billing.claim_appeal');
    expect(JSON.stringify(t?.reasons)).toContain('clinician');
  });

  it('7. a CO-18 duplicate denial: not appealed; no resubmission of the same claim', () => {
    const history: History = [
      ...accepted('2026-09-11', '2026-09-12'),
      { from: 'accepted', to: 'denied', on: '2026-10-01' },
    ];
    const t = day(
      { status: 'denied', history },
      balance({ deniedCents: 15000, denials: [{ group: 'CO', carc: '18' }] }),
    );
    expect(t?.kind).not.toBe('billing.claim_appeal');
    expect(t?.kind).not.toBe('billing.claim_correct_and_resubmit');
  });

  it('8. cost sharing held from a Medicaid client on a paid claim: resolve it, and never bill the client', () => {
    const history: History = [
      ...accepted('2026-09-11', '2026-09-12'),
      { from: 'accepted', to: 'paid', on: '2026-10-01' },
    ];
    const t = day(
      { status: 'paid', history },
      balance({
        paidCents: 12000,
        contractualCents: 2000,
        heldCostSharing: [
          {
            code: 'billing.remittance.medicaid_cost_sharing_exempt',
            group: 'PR',
            carc: '3',
            amountCents: 1000,
          },
        ],
      }),
    );
    expect(t?.kind).toBe('billing.claim_resolve_held_cost_sharing');
    expect(t?.title).toContain('do not bill the client');
  });

  it('9. a Medicare secondary waiting for the primary’s 835: not sent, the missing adjudication said', () => {
    const t = day({
      coverage: 'secondary',
      payerId: 'medicare' as never,
      renderingClinicianId: undefined,
      status: 'draft',
      history: [],
    });
    expect(t?.kind).toBe('billing.claim_fix_before_submit');
    expect(codes(t)).toContain('billing.scrub.primary_adjudication_missing');
  });

  it('10. a secondary whose primary paid on 2026-10-15: its window runs from that remittance (90 days: 2027-01-13)', () => {
    const t = day({
      coverage: 'secondary',
      primaryRemittanceDate: '2026-10-15',
      status: 'draft',
      history: [],
    });
    expect(t?.kind).toBe('billing.claim_submit');
    expect(t?.due).toBe('2027-01-13');
  });

  it('11. sent yesterday, no acknowledgment yet: nothing to do (inside the 2 days)', () => {
    expect(day({ status: 'submitted', history: sent('2026-11-19') })).toBeUndefined();
  });

  it('12. sent 10 days ago, never acknowledged: check the acknowledgment (the 999/277CA may have rejected it)', () => {
    const t = day({ status: 'submitted', history: sent('2026-11-10') });
    expect(t?.kind).toBe('billing.claim_check_acknowledgment');
  });

  it('13. paid in full: off the queue', () => {
    const history: History = [
      ...accepted('2026-09-11', '2026-09-12'),
      { from: 'accepted', to: 'paid', on: '2026-10-01' },
    ];
    expect(
      day({ status: 'paid', history }, balance({ paidCents: 12000, contractualCents: 3000 })),
    ).toBeUndefined();
  });

  it('14. a window that closed: a write-off review, never an emergency', () => {
    const lines = demo.claims
      .find((c) => c.claimId === ID)
      ?.lines.map((l) => ({ ...l, serviceDate: '2026-07-01' }));
    const t = day({ lines } as Partial<Claim>);
    expect(t?.kind).toBe('billing.claim_review_write_off');
    expect(t?.priority).toBe('normal');
  });

  it('15. a recoupment open on a paid claim: work it first, high', () => {
    const history: History = [
      ...accepted('2026-09-11', '2026-09-12'),
      { from: 'accepted', to: 'paid', on: '2026-10-01' },
    ];
    const t = day(
      { status: 'paid', history },
      balance({
        paidCents: 12000,
        contractualCents: 3000,
        recoupments: [{ remittanceId: 'era-2', on: '2026-11-10', recoupedCents: 12000 }] as never,
      }),
    );
    expect(t?.kind).toBe('billing.claim_work_recoupment');
    expect(t?.priority).toBe('high');
  });
});

describe('the demo practice’s denials (found by the audit)', () => {
  it('records each denial’s group and CARC on the claim’s balance, as posting its remittance does', () => {
    // Each balance a remittance in the demo denies (adjustment other than CO-45) names that denial.
    let checked = 0;
    for (const r of demo.remittances) {
      for (const c of r.claims) {
        const denial = c.adjustments.find((a) => !(a.group === 'CO' && a.carc === '45'));
        if (denial === undefined) continue;
        const posted = demo.claimBalances.find((b) => b.claimId === c.claimId);
        expect(posted?.denials).toEqual([{ group: denial.group, carc: denial.carc }]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('so a CO-16 denial in the demo is worked as a correction, not as an unclassified denial', () => {
    const q = buildWorkQueue(demo, { asOf: DEMO_AS_OF, role: 'biller' });
    const tasks = [...q.tasks, ...q.forOtherRoles.flatMap((g) => g.tasks)];
    expect(tasks.some((t) => t.kind === 'billing.claim_correct_and_resubmit')).toBe(true);
    expect(tasks.some((t) => t.kind === 'billing.claim_appeal')).toBe(true);
  });
});
