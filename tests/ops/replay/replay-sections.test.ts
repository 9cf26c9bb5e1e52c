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

const demo = generateDemoPractice();
const replay = (history: PracticeData, proposed: object) =>
  replayPolicy({ history, proposed: { ...history.policies, ...proposed }, asOf: DEMO_AS_OF });

// Three of the demo's waiting clients marked urgent by a scheduler, one priority by a clinician.
const TIERS: Record<string, 'urgent' | 'priority'> = {
  'wait-0002': 'urgent',
  'wait-0006': 'urgent',
  'wait-0010': 'urgent',
  'wait-0003': 'priority',
};
const withPriorities = (d: PracticeData): PracticeData => ({
  ...d,
  waitlist: d.waitlist.map((w) => {
    const tier = TIERS[w.id];
    if (tier === undefined) return w;
    const setByRole = tier === 'priority' ? 'clinician' : 'scheduler';
    return { ...w, priority: { tier, setBy: 'staff-01', setByRole, setAt: w.addedAt } };
  }) as PracticeData['waitlist'],
});

describe('replayPolicy beyond fees, on the demo practice (to 2026-11-20)', () => {
  it('replays only the sections the proposal changes', () => {
    const r = replay(demo, {});
    expect(r.reasons[0]?.facts['rules']).toEqual([]);
    expect(r).not.toHaveProperty('fees');
    expect(r).not.toHaveProperty('reminders');
    expect(r).not.toHaveProperty('capacity');
  });

  it('sends 665 more reminders with a 2-hour reminder added, and 704 fewer without the 48-hour one (clients with no channel consent get none)', () => {
    const added = replay(demo, { reminders: { hoursBefore: [48, 24, 2] } }).reminders;
    expect(added?.totals).toEqual({
      sessions: 768,
      changed: 665,
      sentBefore: 1_408,
      sentAfter: 2_073,
      wouldBeSent: 665,
      wouldNotBeSent: 0,
      moved: 0,
      byLeadHours: {
        '48': { before: 704, after: 704 },
        '24': { before: 704, after: 704 },
        '2': { before: 0, after: 665 },
      },
    });
    // Out of quiet hours (before 08:00) the 2-hour reminder of a 10:00 session goes at 08:00.
    expect(added?.changes[0]).toMatchObject({
      id: 'appt-000001/client-00001',
      after: {
        reminders: [
          { hoursBefore: 48 },
          { hoursBefore: 24 },
          { hoursBefore: 2, sendAt: '2026-10-06T08:00:00-04:00' },
        ],
      },
      reasons: [{ code: 'ops.replay.reminders_changed', facts: { wouldBeSent: [2], wouldNotBeSent: [] } }],
    });
    const dropped = replay(demo, { reminders: { hoursBefore: [24] } }).reminders?.totals;
    expect(dropped).toMatchObject({ changed: 704, sentAfter: 704, wouldNotBeSent: 704 });
  });

  it('moves three urgent clients to the front when schedulers may set tiers: 28 positions moved', () => {
    const d = withPriorities(demo);
    const r = replay(d, {
      waitlist: { ...d.policies.waitlist, prioritySetterRoles: ['clinician', 'scheduler'] },
    });
    expect(r.waitlist?.totals).toEqual({
      entries: 12,
      changed: 9,
      movedPositions: 28,
      movedUp: 3,
      movedDown: 6,
      clientsAffected: 9,
    });
    expect(r.waitlist?.changes[0]).toMatchObject({
      id: 'wait-0002',
      before: { position: 9, tier: 'routine', tierIgnored: true },
      after: { position: 3, tier: 'urgent', tierIgnored: false },
    });
  });

  it('sends 12 fewer paperwork reminders (8 texts, 4 emails) with one email a day after the packet', () => {
    const r = replay(demo, {
      intakeFollowUp: {
        ...demo.policies.intakeFollowUp,
        steps: [{ anchor: 'after_sent', hours: 24, channel: 'email' }],
      },
    });
    expect(r.intakeFollowUps?.totals).toEqual({
      clients: 4,
      changed: 4,
      remindersBefore: 16,
      remindersAfter: 4,
      wouldBeSent: 0,
      wouldNotBeSent: 12,
      byChannel: { email: { before: 8, after: 4 }, text: { before: 8, after: 0 } },
    });
  });

  it('puts 33 more claims at high risk with 30/60-day thresholds, and 19 fewer with 180 days to file Meridian Trust', () => {
    const thresholds = replay(demo, {
      claimFollowUp: { ...demo.policies.claimFollowUp, filingRisk: { highRiskDays: 30, mediumRiskDays: 60 } },
    }).filing;
    expect(thresholds?.totals).toEqual({
      claims: 492,
      changed: 97,
      deadlineChanged: 0,
      outcomeChanged: 0,
      riskChanged: 97,
      // A denied claim whose appeal window closed is on time on its corrected-claim clock: not at risk.
      atRiskBefore: 119,
      atRiskAfter: 152,
      undecidedBefore: 0,
      undecidedAfter: 0,
      payerUnknown: 0,
      servedAfterDate: 0,
    });
    const meridian = demo.payers.find((p) => p.payerId === 'meridian-trust');
    const longer = replay(demo, {
      payerFiling: [
        {
          payerId: 'meridian-trust',
          filing: { ...meridian?.filing, initial: { amount: 180, unit: 'days' } },
        },
      ],
    }).filing;
    expect(longer?.totals).toMatchObject({
      changed: 61,
      deadlineChanged: 61,
      outcomeChanged: 15,
      atRiskBefore: 119,
      atRiskAfter: 100,
    });
    expect(longer?.changes[0]?.reasons[0]).toMatchObject({
      code: 'ops.replay.filing_changed',
      facts: { payerId: 'meridian-trust' },
    });
  });

  it('reads nothing after the day replayed: a session after it is not replayed, and a denial after it starts no appeal clock', () => {
    const medicare = demo.payers.find((p) => p.payerId === 'medicare');
    const base = demo.claims.find((c) => c.payerId === 'medicare');
    if (medicare === undefined || base === undefined) throw new Error('the demo has Medicare claims');
    const line = base.lines[0] as (typeof base.lines)[number];
    const later = { ...base, claimId: 'claim-later', lines: [{ ...line, serviceDate: '2026-11-25' }] };
    const deniedLater = {
      ...base,
      claimId: 'claim-denied-later',
      lines: [{ ...line, serviceDate: '2025-11-24' }],
      status: 'denied' as const,
      history: [
        { from: 'draft' as const, to: 'ready' as const, on: '2025-11-25' },
        { from: 'ready' as const, to: 'submitted' as const, on: '2025-11-26' },
        { from: 'submitted' as const, to: 'accepted' as const, on: '2025-11-27' },
        { from: 'accepted' as const, to: 'denied' as const, on: '2026-11-25' },
      ],
    };
    const history = { ...demo, claims: [...demo.claims, later, deniedLater] } as PracticeData;
    const r = replay(history, {
      payerFiling: [
        {
          payerId: 'medicare',
          filing: { ...medicare.filing, initial: { amount: 13, unit: 'months', rollToNextWorkday: true } },
        },
      ],
    }).filing;
    expect(r?.totals.servedAfterDate).toBe(1);
    expect(r?.changes.some((c) => c.id === 'claim-later')).toBe(false);
    // As of 2026-11-20 the claim was filed on time and not yet denied: the initial clock, filed.
    const denied = r?.changes.find((c) => c.id === 'claim-denied-later');
    expect(denied?.before).toMatchObject({ outcome: 'on_time', deadline: '2026-11-24', risk: null });
    expect(denied?.before.reasons.map((x) => x.code)).toContain('billing.filing.after_as_of_ignored');
  });

  it('would have refused 55 of clin-001’s 119 sessions with a cap of 2 a day, and 25 with Monday–Thursday 09:00–17:00', () => {
    const cap = replay(demo, {
      clinicianLimits: [{ clinicianId: 'clin-001', maxSessionsPerDay: 2 }],
    }).capacity;
    expect(cap?.totals).toEqual({
      sessions: 119,
      changed: 55,
      refusedBefore: 0,
      refusedAfter: 55,
      newlyRefused: 55,
      noLongerRefused: 0,
      cliniciansAffected: 1,
      clientsAffected: 4,
    });
    expect(cap?.changes[0]).toMatchObject({
      id: 'appt-000003',
      after: {
        refused: true,
        reasons: [
          { code: 'scheduling.conflict.daily_cap', facts: { date: '2026-10-06', sessions: 2, cap: 2 } },
        ],
      },
    });
    const hours = replay(demo, {
      clinicianLimits: [
        {
          clinicianId: 'clin-001',
          availability: [{ days: ['mon', 'tue', 'wed', 'thu'], start: '09:00', end: '17:00' }],
        },
      ],
    }).capacity;
    expect(hours?.totals).toMatchObject({ refusedAfter: 25, clientsAffected: 8 });
    // Removing the caps refuses nothing.
    const none = replay(demo, {
      clinicianLimits: [{ clinicianId: 'clin-001', maxSessionsPerDay: null, maxSessionsPerWeek: null }],
    });
    expect(none.capacity?.totals.changed).toBe(0);
  });

  it('refuses a proposal that names a clinician or payer the data file does not have, by path only', () => {
    expect(() =>
      replay(demo, { clinicianLimits: [{ clinicianId: 'clin-999', maxSessionsPerDay: 2 }] }),
    ).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            at: '$.options.proposed.clinicianLimits[0].clinicianId',
            code: 'ops.replay.unknown_record',
          }),
        ],
      }),
    );
    const filing = demo.payers[0]?.filing;
    expect(() => replay(demo, { payerFiling: [{ payerId: 'nobody', filing }] })).toThrow(ValidationError);
    expect(() =>
      replay(demo, { clinicianLimits: [{ clinicianId: 'clin-001', maxSessionsPerDay: 0 }] }),
    ).toThrow(ValidationError);
    const twice = [
      { clinicianId: 'clin-001', maxSessionsPerDay: 2 },
      { clinicianId: 'clin-001', maxSessionsPerDay: 3 },
    ];
    expect(() => replay(demo, { clinicianLimits: twice })).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ at: '$.options.proposed.clinicianLimits[1].clinicianId' })],
      }),
    );
  });
});

describe('replayPolicy section properties', () => {
  const practices: PracticeData[] = [1, 2].map((seed) =>
    withPriorities(generatePractice({ seed, asOf: '2026-11-20', clinicians: 3, clientsPerClinician: 5 })),
  );
  const practice = fc.constantFrom(...practices);
  const run = (d: PracticeData, current: object, proposed: object) =>
    replayPolicy({
      history: d,
      current: { ...d.policies, ...current },
      proposed: { ...d.policies, ...proposed },
      asOf: '2026-11-20',
    });
  const reminders = fc.record({
    hoursBefore: fc.uniqueArray(fc.integer({ min: 1, max: 96 }), { minLength: 1, maxLength: 3 }),
    quietHours: fc.record({
      start: fc.constantFrom('20:00', '21:00', '22:00'),
      end: fc.constantFrom('07:00', '08:00', '09:00'),
    }),
  });
  const waitlist = fc.record({
    tierOrder: fc.shuffledSubarray(['urgent', 'priority', 'routine'] as const, {
      minLength: 3,
      maxLength: 3,
    }),
    prioritySetterRoles: fc.shuffledSubarray(['clinician', 'scheduler', 'supervisor'] as const, {
      minLength: 1,
    }),
  });
  const filingRisk = fc
    .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }))
    .map(([a, b]) => ({ highRiskDays: Math.min(a, b), mediumRiskDays: Math.max(a, b) }));
  const cap = fc.option(fc.integer({ min: 1, max: 12 }), { nil: null });

  it('changes nothing when a policy is replayed against itself', () => {
    fc.assert(
      fc.property(practice, reminders, waitlist, filingRisk, (d, rem, wl, risk) => {
        const policies = {
          reminders: rem,
          waitlist: { ...d.policies.waitlist, ...wl },
          claimFollowUp: { ...d.policies.claimFollowUp, filingRisk: risk },
        };
        const limits = d.clinicians.map((c) => ({
          clinicianId: c.id,
          maxSessionsPerDay: c.maxSessionsPerDay ?? null,
        }));
        const r = run(d, policies, {
          ...policies,
          clinicianLimits: limits,
          payerFiling: d.payers.map((p) => ({ payerId: p.payerId, filing: p.filing })),
        });
        expect(r.reminders).toBeUndefined();
        expect(r.capacity?.changes).toEqual([]);
        expect(r.filing?.changes).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });

  it('sums the per-decision differences into each section’s totals', () => {
    fc.assert(
      fc.property(
        practice,
        reminders,
        reminders,
        waitlist,
        waitlist,
        filingRisk,
        filingRisk,
        (d, r1, r2, w1, w2, f1, f2) => {
          const r = run(
            d,
            {
              reminders: r1,
              waitlist: { ...d.policies.waitlist, ...w1 },
              claimFollowUp: { ...d.policies.claimFollowUp, filingRisk: f1 },
            },
            {
              reminders: r2,
              waitlist: { ...d.policies.waitlist, ...w2 },
              claimFollowUp: { ...d.policies.claimFollowUp, filingRisk: f2 },
            },
          );
          const rem = r.reminders;
          if (rem !== undefined) {
            const facts = rem.changes.map(
              (c) => c.reasons[0]?.facts as { wouldBeSent: number[]; wouldNotBeSent: number[] },
            );
            expect(rem.totals.wouldBeSent).toBe(facts.reduce((s, f) => s + f.wouldBeSent.length, 0));
            expect(rem.totals.wouldNotBeSent).toBe(facts.reduce((s, f) => s + f.wouldNotBeSent.length, 0));
            expect(rem.totals.sentAfter - rem.totals.sentBefore).toBe(
              rem.totals.wouldBeSent - rem.totals.wouldNotBeSent,
            );
            expect(rem.totals.changed).toBe(rem.changes.length);
          }
          const wl = r.waitlist;
          if (wl !== undefined) {
            const moves = wl.changes.map((c) => c.before.position - c.after.position);
            expect(wl.totals.movedPositions).toBe(moves.reduce((s, m) => s + Math.abs(m), 0));
            // A reordering: every place one entry gains another loses.
            expect(moves.reduce((s, m) => s + m, 0)).toBe(0);
            expect(wl.totals.movedUp + wl.totals.movedDown).toBe(wl.changes.length);
          }
          const filing = r.filing;
          if (filing !== undefined) {
            const risky = (s: { risk: string | null; outcome: string }) =>
              s.risk === 'high' || s.outcome === 'late' || s.outcome === 'expired' ? 1 : 0;
            const delta = filing.changes.reduce((s, c) => s + risky(c.after) - risky(c.before), 0);
            expect(filing.totals.atRiskAfter - filing.totals.atRiskBefore).toBe(delta);
            expect(filing.totals.changed).toBe(filing.changes.length);
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('a stricter cap never refuses fewer sessions, and a longer notice window never charges fewer', () => {
    fc.assert(
      fc.property(
        practice,
        cap,
        cap,
        fc.integer({ min: 0, max: 96 }),
        fc.integer({ min: 0, max: 96 }),
        (d, a, b, h1, h2) => {
          const [loose, strict] =
            a === null ? [a, b] : b === null ? [b, a] : [Math.max(a, b), Math.min(a, b)];
          const limits = (day: number | null, week: number | null) =>
            d.clinicians.map((c) => ({
              clinicianId: c.id,
              maxSessionsPerDay: day,
              maxSessionsPerWeek: week,
            }));
          const base = run(d, {}, { clinicianLimits: limits(loose, loose === null ? null : loose * 4) });
          const stricter = run(
            d,
            {},
            { clinicianLimits: limits(strict, strict === null ? null : strict * 4) },
          );
          expect(stricter.capacity?.totals.refusedAfter).toBeGreaterThanOrEqual(
            base.capacity?.totals.refusedAfter ?? 0,
          );
          const notice = (hours: number) => ({
            cancellation: {
              practiceZone: d.practice.zone,
              holidays: d.practice.holidays,
              notice: { unit: 'hours', hours },
            },
          });
          const fees = run(d, notice(Math.min(h1, h2)), notice(Math.max(h1, h2))).fees;
          const charged = (side: 'before' | 'after') =>
            (fees?.changes ?? []).filter((c) => c[side].outcome === 'charge').length;
          expect(charged('after')).toBeGreaterThanOrEqual(charged('before'));
        },
      ),
      { numRuns: 15 },
    );
  });
});
