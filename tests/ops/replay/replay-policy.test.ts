import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import {
  DEMO_AS_OF,
  generateDemoPractice,
  generatePractice,
  type PracticeData,
  replayPolicy,
} from '../../../src/ops/index.js';
import type { CancellationPolicyInput } from '../../../src/scheduling/index.js';
import { thrown } from '../../validation-subject.js';
import { twoMonths, windowOf } from './replay-fixtures.js';

const data = twoMonths();
const withCancellation = (d: PracticeData, cancellation: CancellationPolicyInput) => ({
  ...d.policies,
  cancellation,
});
// The fee replay of a proposal that changes the cancellation policy (so it ran).
const feesOf = (r: ReturnType<typeof replayPolicy>) => {
  if (r.fees === undefined) throw new Error('the fee replay did not run');
  return r.fees;
};
const ids = (r: ReturnType<typeof replayPolicy>) => feesOf(r).changes.map((c) => c.appointmentId);

// Both written versions went out with the 2026-03-01 packet the clients acknowledged.
const winter = windowOf(24, { acknowledgementsFrom: '2026-03-01' });
const spring = windowOf(48, { acknowledgementsFrom: '2026-03-01' });

describe('replayPolicy', () => {
  it('charges a-01 and a-04 ($300 more, 2 clients) when the window goes from 24 to 48 hours over March and April', () => {
    const r = replayPolicy({
      history: data,
      current: withCancellation(data, windowOf(24)),
      proposed: withCancellation(data, windowOf(48)),
      asOf: '2026-04-30',
    });
    expect(feesOf(r).totals).toEqual({
      sessions: 6,
      changed: 2,
      chargedBeforeCents: 30_000,
      chargedAfterCents: 60_000,
      changeCents: 30_000,
      addedCents: 30_000,
      waivedCents: 0,
      clientsAffected: 2,
      undecidedBefore: 0,
      undecidedAfter: 0,
      undecidedChanged: 0,
      nowUndecidedCents: 0,
      nowDecidedCents: 0,
    });
    expect(ids(r)).toEqual(['a-01', 'a-04']);
    const [first] = feesOf(r).changes;
    expect(first).toMatchObject({
      eventAt: '2026-03-09T07:00:00-04:00',
      clientIds: ['client-001'],
      before: { outcome: 'no_charge', kind: 'on_time_cancel', feeCents: 0 },
      after: { outcome: 'charge', kind: 'late_cancel', feeCents: 15_000, responsiblePartyId: 'client-001' },
      changeCents: 15_000,
      reasons: [{ code: 'ops.replay.fee_changed', facts: { beforeCents: 0, afterCents: 15_000 } }],
    });
    // Near misses: 27 hours of notice was 3 hours more than 24, and 21 hours short of 48.
    expect(first?.before.reasons[0]).toMatchObject({
      code: 'scheduling.cancellation.on_time',
      facts: { noticeHours: 27, marginHours: 3 },
    });
    expect(first?.after.reasons[1]).toMatchObject({
      code: 'scheduling.cancellation.late',
      facts: { noticeHours: 27, marginHours: -21 },
    });
  });

  it('counts fees the proposal leaves undecided apart, never as waived: workers’ compensation left to the state’s rule', () => {
    // The demo with every third client covered by workers' compensation, whose fees the practice charges
    // today; the proposal goes back to the default, where the state's rule is not known.
    const d = structuredClone(generateDemoPractice());
    d.clients.forEach((c, i) => {
      if (i % 3 === 0) c.payerClasses = ['workers_comp'];
    });
    const charge = {
      practiceZone: d.practice.zone,
      holidays: d.practice.holidays,
      workersComp: 'charge' as const,
    };
    const unknown = { ...charge, workersComp: 'undecided' as const };
    const r = replayPolicy({
      history: d,
      current: withCancellation(d, charge),
      proposed: withCancellation(d, unknown),
      asOf: DEMO_AS_OF,
    });
    // 29 workers' compensation fees, and 12 Medicare fees: with the state's rule unknown, whether the practice
    // charges everyone alike (Medicare's condition for charging) is unknown too.
    // client-00001's crisis (open on 2026-11-20) holds their cancellation of 2026-11-19 for the clinician on
    // both sides (2026-12-07): 40 changes, one of the 41 undecided on both.
    expect(feesOf(r).totals).toMatchObject({
      changed: 40,
      chargedBeforeCents: 1_065_000,
      chargedAfterCents: 465_000,
      changeCents: 0,
      addedCents: 0,
      waivedCents: 0,
      undecidedAfter: 41,
      undecidedChanged: 40,
      nowUndecidedCents: 600_000,
      nowDecidedCents: 0,
    });
    const [first] = feesOf(r).changes;
    expect(first).toMatchObject({
      changeCents: null,
      before: { outcome: 'charge' },
      after: { outcome: 'undecided' },
    });
    expect(first?.after.reasons[0]?.code).toBe('scheduling.cancellation.workers_comp_rule_unknown');
    // The other way, the fees the proposal would decide are not counted as added.
    const back = replayPolicy({
      history: d,
      current: withCancellation(d, unknown),
      proposed: withCancellation(d, charge),
      asOf: DEMO_AS_OF,
    });
    expect(feesOf(back).totals).toMatchObject({ addedCents: 0, changeCents: 0, nowDecidedCents: 600_000 });
  });

  it('waives $225 with a $75 late-cancel fee: a-01, a-02 and a-04 drop from $150 to $75, the no-show keeps its full fee', () => {
    const r = replayPolicy({
      history: data,
      current: withCancellation(data, windowOf(48)),
      proposed: withCancellation(data, windowOf(48, { lateCancelFee: { kind: 'flat', cents: 7_500 } })),
      asOf: '2026-04-30',
    });
    expect(ids(r)).toEqual(['a-01', 'a-02', 'a-04']);
    expect(feesOf(r).totals).toMatchObject({ changeCents: -22_500, waivedCents: 22_500, clientsAffected: 2 });
  });

  it('reports only the dates asked for, and counts nothing after asOf', () => {
    const base = {
      history: data,
      current: withCancellation(data, windowOf(24)),
      proposed: withCancellation(data, windowOf(48)),
    };
    expect(ids(replayPolicy({ ...base, asOf: '2026-04-30', from: '2026-04-01' }))).toEqual(['a-04']);
    expect(ids(replayPolicy({ ...base, asOf: '2026-04-30', to: '2026-03-31' }))).toEqual(['a-01']);
    const early = replayPolicy({ ...base, asOf: '2026-03-31', to: '2026-04-30' });
    expect(early).toMatchObject({ to: '2026-03-31', from: null, fees: { totals: { sessions: 3 } } });
  });

  it('decides each miss under the policy version in force then, and is undecided before the first', () => {
    const r = replayPolicy({
      history: data,
      current: [
        { ...withCancellation(data, spring), version: 'spring', effectiveFrom: '2026-04-01' },
        { ...withCancellation(data, winter), version: 'winter', effectiveFrom: '2026-03-15' },
      ],
      proposed: { ...withCancellation(data, windowOf(48)), version: 'proposal' },
      asOf: '2026-04-30',
    });
    // a-01 (March 9) predates every version; a-04 was already decided under 48 hours.
    expect(ids(r)).toEqual(['a-01']);
    expect(feesOf(r).changes[0]?.before).toMatchObject({
      outcome: 'undecided',
      kind: null,
      policyVersion: null,
      reasons: [{ code: 'ops.replay.no_policy_in_force' }],
    });
    expect(feesOf(r).totals).toMatchObject({ undecidedBefore: 1, undecidedAfter: 0 });
    expect(r.reasons[0]?.facts).toMatchObject({
      currentVersions: ['winter', 'spring'],
      proposedVersion: 'proposal',
    });
  });

  it('leaves a fee undecided under a version the client never acknowledged (acknowledged 2026-03-01, 48 hours from 2026-04-01)', () => {
    const r = replayPolicy({
      history: data,
      current: [
        { ...withCancellation(data, windowOf(48)), version: 'spring', effectiveFrom: '2026-04-01' },
        { ...withCancellation(data, windowOf(24)), version: 'winter', effectiveFrom: '2026-03-01' },
      ],
      proposed: { ...withCancellation(data, windowOf(48)), version: 'proposal' },
      asOf: '2026-04-30',
    });
    const beforeOf = (id: string) => feesOf(r).changes.find((c) => c.appointmentId === id)?.before;
    // a-04 (late under 48 hours) and a-05 (a no-show) fall under spring: undecided, not charged.
    for (const id of ['a-04', 'a-05']) {
      expect(beforeOf(id)).toMatchObject({ outcome: 'undecided', feeCents: 0, policyVersion: 'spring' });
      expect(beforeOf(id)?.reasons[0]).toMatchObject({
        code: 'scheduling.cancellation.policy_version_not_acknowledged',
        facts: { acknowledgementsFrom: '2026-04-01' },
      });
    }
    // a-02 under winter, acknowledged on its first day, is charged as before and does not change.
    expect(ids(r)).not.toContain('a-02');
  });

  it('does not ask for a new acknowledgement when a version changes other policies only', () => {
    const reminders = { hoursBefore: [48] };
    const r = replayPolicy({
      history: data,
      current: [
        {
          ...withCancellation(data, windowOf(24)),
          reminders,
          version: 'spring',
          effectiveFrom: '2026-04-01',
        },
        { ...withCancellation(data, windowOf(24)), version: 'winter', effectiveFrom: '2026-03-01' },
      ],
      proposed: { ...withCancellation(data, windowOf(48)), version: 'proposal' },
      asOf: '2026-04-30',
    });
    // a-05, a no-show under spring, is charged under both: the written fee policy is winter's.
    expect(ids(r)).not.toContain('a-05');
    expect(feesOf(r).totals.undecidedBefore).toBe(0);
  });

  it('uses the data file’s policy versions as the current policies when none are given', () => {
    const policyVersions = [
      { ...withCancellation(data, spring), version: 'spring', effectiveFrom: '2026-04-01' },
      { ...withCancellation(data, winter), version: 'winter', effectiveFrom: '2026-03-15' },
    ];
    const r = replayPolicy({
      history: { ...data, policyVersions },
      proposed: { ...withCancellation(data, windowOf(48)), version: 'proposal' },
      asOf: '2026-04-30',
    });
    expect(ids(r)).toEqual(['a-01']);
    expect(r.reasons[0]?.facts).toMatchObject({ currentVersions: ['winter', 'spring'] });
  });

  it('compares the proposal only with the versions in force up to the end of the replay', () => {
    const policyVersions = [
      { ...withCancellation(data, windowOf(24)), version: 'march', effectiveFrom: '2026-03-01' },
      {
        ...withCancellation(data, windowOf(24)),
        reminders: { hoursBefore: [2] },
        version: 'may',
        effectiveFrom: '2026-05-01',
      },
    ];
    const r = replayPolicy({
      history: { ...data, policyVersions },
      proposed: withCancellation(data, windowOf(24)),
      asOf: '2026-04-30',
    });
    expect(r.reasons[0]?.facts['rules']).toEqual([]);
  });

  it('carries free misses from one policy version into the next', () => {
    const freeMiss = { waiversPer12Months: 1 };
    const r = replayPolicy({
      history: data,
      current: [
        { ...withCancellation(data, windowOf(48, freeMiss)), version: 'v1', effectiveFrom: '2026-01-01' },
        { ...withCancellation(data, windowOf(48, freeMiss)), version: 'v2', effectiveFrom: '2026-04-01' },
      ],
      // A cap no fee reaches: the same fees, but a changed policy, so the fees are replayed.
      proposed: withCancellation(data, windowOf(48, { ...freeMiss, capCents: 100_000 })),
      asOf: '2026-04-30',
    });
    // a-01 and a-02 used each client's free miss in March; a-04 and a-05 are charged in April either way.
    expect(feesOf(r).totals).toMatchObject({ changed: 0, chargedBeforeCents: 30_000 });
  });

  it('refuses a from after to, a bad policy and an unknown option', () => {
    const base = { history: data, proposed: {}, asOf: '2026-04-30' };
    expect(() => replayPolicy({ ...base, from: '2026-04-02', to: '2026-04-01' })).toThrow(
      /ops\.replay\.dates_out_of_order/,
    );
    expect(() =>
      replayPolicy({ ...base, proposed: { cancellation: { practiceZone: 'Mars/Base' } } }),
    ).toThrow(ValidationError);
    expect(() => replayPolicy({ ...base, current: [] })).toThrow(ValidationError);
    expect(() => replayPolicy({ ...base, store: true } as never)).toThrow(ValidationError);
  });

  it('lists every problem of its options at once, under the parameter’s name', () => {
    const error = thrown(() =>
      replayPolicy({
        history: { ...data, practice: { ...data.practice, zone: 'Mars/Base' } },
        current: [],
        proposed: { cancellation: { practiceZone: 'Mars/Base' } },
        asOf: '2026-02-30',
      } as never),
    );
    const under = [...new Set(error.issues.map((i) => i.path.slice(0, 2).join('.')))];
    expect(under).toEqual(['options.asOf', 'options.history', 'options.current', 'options.proposed']);
    expect(error.issues.find((i) => i.code === 'core.zone.unknown')?.at).toBe(
      '$.options.history.practice.zone',
    );
    const order = thrown(() =>
      replayPolicy({ history: data, proposed: {}, asOf: '2026-04-30', from: '2026-04-02', to: '2026-04-01' }),
    );
    expect(order.issues.map((i) => `${i.code}@${i.at}`)).toEqual([
      'ops.replay.dates_out_of_order@$.options.from',
    ]);
  });

  describe('on the demo practice (two months to 2026-11-20)', () => {
    const demo = generateDemoPractice();
    const policy = (extra: object) => ({
      ...demo.policies,
      cancellation: { practiceZone: demo.practice.zone, holidays: demo.practice.holidays, ...extra },
    });

    it('changes no fee from 24 to 48 hours: its clients cancel the same morning or three days ahead', () => {
      const r = replayPolicy({
        history: demo,
        proposed: policy({ notice: { unit: 'hours', hours: 48 } }),
        asOf: DEMO_AS_OF,
      });
      expect(feesOf(r).totals).toMatchObject({
        sessions: 120,
        changed: 0,
        // Medicare clients' fees wait on the workers' compensation rule the policy does not set (2026-12-06),
        // and client-00001's cancellation of 2026-11-19 on the clinician: their crisis is open (2026-12-07).
        chargedBeforeCents: 705_000,
        chargedAfterCents: 705_000,
      });
    });

    it('charges 5 more sessions ($750) with a 96-hour window; 6 Medicare clients’ fees wait on the workers’ compensation rule', () => {
      const r = replayPolicy({
        history: demo,
        proposed: policy({ notice: { unit: 'hours', hours: 96 } }),
        asOf: DEMO_AS_OF,
      });
      expect(feesOf(r).totals).toMatchObject({
        changed: 11,
        changeCents: 75_000,
        clientsAffected: 9,
        // One more: client-00001's fee held for their open crisis (2026-12-07).
        undecidedAfter: 23,
      });
      // Each $150 fee goes to the session's responsible party (client-00016's guardian for a minor); a
      // Medicare client's is undecided until the policy sets `workersComp` (it was charged before 2026-12-06).
      expect(
        feesOf(r).changes.map((c) => [c.after.outcome, c.after.responsiblePartyId, c.after.reasons[0]?.code]),
      ).toEqual([
        ['charge', 'guardian-00016', 'scheduling.cancellation.fee_charged'],
        ['charge', 'client-00036', 'scheduling.cancellation.fee_charged'],
        ['charge', 'client-00007', 'scheduling.cancellation.fee_charged'],
        ['charge', 'client-00020', 'scheduling.cancellation.fee_charged'],
        ['charge', 'client-00010', 'scheduling.cancellation.fee_charged'],
        ...[
          'client-00043',
          'client-00003',
          'client-00048',
          'client-00003',
          'client-00043',
          'client-00033',
        ].map((id) => ['undecided', id, 'scheduling.cancellation.medicare_uniformity_unknown']),
      ]);
      // With the rule set (charge), the same window charges all 11 ($1,650), as before.
      const charged = replayPolicy({
        history: { ...demo, policies: policy({ workersComp: 'charge' }) },
        proposed: policy({ notice: { unit: 'hours', hours: 96 }, workersComp: 'charge' }),
        asOf: DEMO_AS_OF,
      });
      expect(feesOf(charged).totals).toMatchObject({ changed: 11, changeCents: 165_000, clientsAffected: 9 });
    });
  });
});

describe('replayPolicy properties', () => {
  const practices: PracticeData[] = [1, 2, 3].map((seed) =>
    generatePractice({ seed, asOf: '2026-11-20', clinicians: 3, clientsPerClinician: 5 }),
  );
  const fee = fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.record({ kind: fc.constant('flat' as const), cents: fc.integer({ min: 0, max: 30_000 }) }),
    fc.record({
      kind: fc.constant('percent_of_session' as const),
      basisPoints: fc.integer({ min: 0, max: 10_000 }),
    }),
    fc.constant({ kind: 'full_session' as const }),
  );
  const cancellation = fc.record({
    notice: fc.oneof(
      fc.record({ unit: fc.constant('hours' as const), hours: fc.integer({ min: 0, max: 120 }) }),
      fc.record({ unit: fc.constant('business_days' as const), days: fc.integer({ min: 1, max: 4 }) }),
    ),
    lateCancelFee: fee,
    noShowFee: fee,
    capCents: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: undefined }),
    waiversPer12Months: fc.integer({ min: 0, max: 2 }),
    emergencyWaives: fc.boolean(),
    requireAcknowledgement: fc.boolean(),
    lateRescheduleCountsAsCancellation: fc.boolean(),
    exemptPayerClasses: fc.subarray(['commercial', 'medicare', 'self_pay', 'workers_comp'] as const),
    workersComp: fc.constantFrom('undecided' as const, 'exempt' as const, 'charge' as const),
  });
  const replay = (d: PracticeData, current: object, proposed: object) =>
    replayPolicy({
      history: d,
      current: {
        ...d.policies,
        cancellation: { practiceZone: d.practice.zone, ...current } as CancellationPolicyInput,
      },
      proposed: {
        ...d.policies,
        cancellation: { practiceZone: d.practice.zone, ...proposed } as CancellationPolicyInput,
      },
      asOf: '2026-11-20',
    });

  it('changes nothing when a policy is replayed against itself', () => {
    fc.assert(
      fc.property(fc.constantFrom(...practices), cancellation, (d, c) => {
        const r = replay(d, c, c);
        // Nothing in the cancellation policy changes, so there is nothing to replay.
        expect(r.fees).toBeUndefined();
        expect(r.reasons[0]?.facts['rules']).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it('sums the per-session differences into the totals', () => {
    fc.assert(
      fc.property(fc.constantFrom(...practices), cancellation, cancellation, (d, a, b) => {
        const fees = replay(d, a, b).fees;
        if (fees === undefined) return;
        const { totals, changes } = fees;
        const sum = changes.reduce((s, c) => s + (c.changeCents ?? 0), 0);
        expect(totals.changeCents).toBe(sum);
        expect(totals.addedCents - totals.waivedCents).toBe(sum);
        expect(totals.chargedAfterCents - totals.chargedBeforeCents).toBe(
          sum + totals.nowDecidedCents - totals.nowUndecidedCents,
        );
        expect(totals.changed).toBe(changes.length);
        expect(totals.undecidedChanged).toBe(changes.filter((c) => c.changeCents === null).length);
        for (const c of changes) {
          const known = c.before.outcome !== 'undecided' && c.after.outcome !== 'undecided';
          expect(c.changeCents).toBe(known ? c.after.feeCents - c.before.feeCents : null);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('never raises what a party pays under a change that only waives more (exemptions, free misses)', () => {
    const waiverOnly = fc.record({
      emergencyWaives: fc.constant(true),
      requireAcknowledgement: fc.constant(true),
      moreFreeMisses: fc.integer({ min: 0, max: 2 }),
      moreExempt: fc.subarray(['commercial', 'medicare', 'self_pay', 'workers_comp'] as const),
    });
    fc.assert(
      fc.property(fc.constantFrom(...practices), cancellation, waiverOnly, (d, current, w) => {
        const proposed = {
          ...current,
          emergencyWaives: w.emergencyWaives,
          requireAcknowledgement: w.requireAcknowledgement,
          waiversPer12Months: current.waiversPer12Months + w.moreFreeMisses,
          exemptPayerClasses: [...new Set([...current.exemptPayerClasses, ...w.moreExempt])],
        };
        // A free miss freed by an exemption may move to a dearer miss of the same client, so one session
        // may cost more; what each party pays in all never rises.
        const byParty = new Map<string, number>();
        for (const c of replay(d, current, proposed).fees?.changes ?? []) {
          const party = c.before.responsiblePartyId ?? c.after.responsiblePartyId ?? '';
          // An undecided fee is charged nothing.
          byParty.set(party, (byParty.get(party) ?? 0) + c.after.feeCents - c.before.feeCents);
        }
        for (const cents of byParty.values()) expect(cents).toBeLessThanOrEqual(0);
      }),
      { numRuns: 30 },
    );
  });
});
