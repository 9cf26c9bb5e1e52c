import { describe, expect, it } from 'vitest';
import { generateDemoPractice, type PracticeData, replayPolicy } from '../../../src/ops/index.js';

// An embedding developer's audit (ops31, 2026-12-07): change a policy, replay a week of the demo practice,
// and check that the diff is complete (its totals are its changes), ordered, and that the replay is pure
// and deterministic. The demo's history runs to 2026-11-20, on Chicago time.
const demo = generateDemoPractice();
const AS_OF = '2026-11-20';
const WEEK = { from: '2026-11-09', to: '2026-11-15' } as const;
const cancellation = (hours: number) => ({
  practiceZone: demo.practice.zone,
  holidays: demo.practice.holidays,
  notice: { unit: 'hours' as const, hours },
});
const withReminders = (hoursBefore: number[]) => ({
  ...demo.policies,
  reminders: { ...demo.policies.reminders, hoursBefore },
});
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);

describe('replayPolicy: an embedding developer’s audit of a week’s replay', () => {
  it('1. replaying the current policy against itself changes nothing', () => {
    const r = replayPolicy({ history: demo, proposed: demo.policies, asOf: AS_OF, ...WEEK });
    expect(r.fees).toBeUndefined();
    expect(r.reminders).toBeUndefined();
  });

  it('2. a 96-hour cancellation window over one week: changes inside the week, largest first', () => {
    const r = replayPolicy({
      history: demo,
      proposed: { ...demo.policies, cancellation: cancellation(96) },
      asOf: AS_OF,
      ...WEEK,
    });
    const changes = r.fees?.changes ?? [];
    expect(changes.length).toBeGreaterThan(0);
    // A fee's event is the cancellation (or a no-show's start): each reported one is in the week.
    for (const c of changes) {
      expect(Date.parse(c.eventAt)).toBeGreaterThanOrEqual(Date.parse('2026-11-09T00:00:00-06:00'));
      expect(Date.parse(c.eventAt)).toBeLessThan(Date.parse('2026-11-16T00:00:00-06:00'));
    }
    const size = (c: (typeof changes)[number]) => Math.abs(c.after.feeCents - c.before.feeCents);
    for (let i = 1; i < changes.length; i += 1)
      expect(size(changes[i - 1] as never)).toBeGreaterThanOrEqual(size(changes[i] as never));
    expect(r.fees?.totals.changed).toBe(changes.length);
  });

  it('3. a 2-hour reminder over one week: every change adds exactly it, and the totals are the changes', () => {
    const r = replayPolicy({ history: demo, proposed: withReminders([48, 24, 2]), asOf: AS_OF, ...WEEK });
    const rem = r.reminders;
    expect(rem).toBeDefined();
    const changes = rem?.changes ?? [];
    expect(changes.length).toBeGreaterThan(0);
    for (const c of changes) {
      const facts = c.reasons[0]?.facts as { wouldBeSent: number[]; wouldNotBeSent: number[] };
      expect(facts.wouldBeSent).toEqual([2]);
      expect(facts.wouldNotBeSent).toEqual([]);
    }
    expect(rem?.totals.changed).toBe(changes.length);
    expect(rem?.totals.wouldBeSent).toBe(changes.length);
    expect((rem?.totals.sentAfter ?? 0) - (rem?.totals.sentBefore ?? 0)).toBe(rem?.totals.wouldBeSent);
    expect(rem?.totals.byLeadHours['2']).toEqual({ before: 0, after: changes.length });
    // In session order, whatever the file's order (see 6).
    const starts = changes.map((c) => {
      const id = c.id.split('/')[0];
      return Date.parse(demo.appointments.find((a) => a.id === id)?.start as string);
    });
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('4. is deterministic: the same call twice gives the same JSON, byte for byte', () => {
    const args = { history: demo, proposed: withReminders([24]), asOf: AS_OF, ...WEEK };
    expect(JSON.stringify(replayPolicy(args))).toBe(JSON.stringify(replayPolicy(args)));
  });

  it('5. is pure: the history and the proposal are not changed', () => {
    const history = structuredClone(demo);
    const proposed = { ...structuredClone(demo.policies), cancellation: cancellation(72) };
    const before = JSON.stringify([history, proposed]);
    replayPolicy({ history, proposed, asOf: AS_OF, ...WEEK });
    expect(JSON.stringify([history, proposed])).toBe(before);
  });

  it('6. does not depend on the order of the file’s records: the diff is in one order', () => {
    const reversed: PracticeData = {
      ...structuredClone(demo),
      appointments: [...demo.appointments].reverse(),
      clients: [...demo.clients].reverse(),
    };
    const proposed = { ...withReminders([72, 2]), cancellation: cancellation(96) };
    const a = replayPolicy({ history: demo, proposed, asOf: AS_OF, ...WEEK });
    const b = replayPolicy({ history: reversed, proposed, asOf: AS_OF, ...WEEK });
    expect(JSON.stringify(b.reminders)).toBe(JSON.stringify(a.reminders));
    expect(JSON.stringify(b.fees)).toBe(JSON.stringify(a.fees));
  });

  it('7. two sections changed at once: both are replayed and named', () => {
    const r = replayPolicy({
      history: demo,
      proposed: { ...withReminders([24]), cancellation: cancellation(96) },
      asOf: AS_OF,
      ...WEEK,
    });
    expect(r.fees).toBeDefined();
    expect(r.reminders).toBeDefined();
    expect(codes(r)).toContain('ops.replay.replayed');
  });

  it('8. reads nothing after the week: a session moved past `to` leaves the diff as it was', () => {
    const proposed = withReminders([48, 24, 2]);
    const a = replayPolicy({ history: demo, proposed, asOf: AS_OF, ...WEEK });
    const later = structuredClone(demo);
    const after = later.appointments.filter((x) => x.start.slice(0, 10) > '2026-11-16');
    for (const x of after) x.status = { state: 'no_show' } as never;
    const b = replayPolicy({ history: later, proposed, asOf: AS_OF, ...WEEK });
    expect(JSON.stringify(b.reminders)).toBe(JSON.stringify(a.reminders));
  });
});
