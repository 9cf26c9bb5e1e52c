import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listWaitlistCheckIns } from '../../../src/scheduling/waitlist/check-ins.js';
import { buildWaitlistIndex } from '../../../src/scheduling/waitlist/waitlist-index.js';

const base = { zone: 'America/New_York', addedAt: '2026-01-01T10:00:00Z' };
const urgent = {
  tier: 'urgent' as const,
  setBy: 'dr-lee',
  setByRole: 'clinician' as const,
  setAt: '2026-01-02T10:00:00Z',
};
const routine = { ...urgent, tier: 'routine' as const };

describe('listWaitlistCheckIns', () => {
  it('lists entries past their tier’s check-in interval, most overdue first', () => {
    const index = buildWaitlistIndex([
      { ...base, id: 'w-1', clientId: 'c-1', lastContactAt: '2026-02-20T10:00:00Z', priority: routine },
      { ...base, id: 'w-2', clientId: 'c-2', lastContactAt: '2026-02-25T10:00:00Z', priority: urgent },
      { ...base, id: 'w-3', clientId: 'c-3', priority: routine },
      { ...base, id: 'w-4', clientId: 'c-4', status: 'booked' },
      { ...base, id: 'w-5', clientId: 'c-5', lastContactAt: '2026-02-27T10:00:00Z', priority: urgent },
    ]);
    const r = listWaitlistCheckIns(index, {}, { asOf: '2026-03-05T12:00:00Z' });
    expect(r.map((c) => [c.entryId, c.tier, c.daysSinceContact, c.daysOverdue])).toEqual([
      ['w-3', 'routine', 63, 33],
      ['w-2', 'urgent', 8, 1],
    ]);
    expect(r[1]?.reasons.map((x) => x.code)).toEqual([
      'scheduling.waitlist.stale',
      'scheduling.waitlist.clinical_review',
    ]);
  });

  it('counts calendar days on the client’s clock: 09:00 on 2026-10-25 to 08:30 on 2026-11-01 is 6 days, not 7', () => {
    // 168.5 hours pass (New York falls back on 2026-11-01 [sources: usc-15-260a]), but the 7th day has not come
    // round on the client's clock: an urgent entry (7 days) is not yet due; at 09:00 it is.
    const index = buildWaitlistIndex([
      { ...base, id: 'w-1', clientId: 'c-1', lastContactAt: '2026-10-25T09:00:00-04:00', priority: urgent },
    ]);
    expect(listWaitlistCheckIns(index, {}, { asOf: '2026-11-01T08:30:00-05:00' })).toEqual([]);
    const due = listWaitlistCheckIns(index, {}, { asOf: '2026-11-01T09:00:00-05:00' });
    expect(due.map((c) => [c.entryId, c.daysSinceContact])).toEqual([['w-1', 7]]);
  });

  it('counts 09:00 on 2027-03-07 to 09:00 on 2027-03-14 as 7 days, though only 167 hours pass', () => {
    const index = buildWaitlistIndex([
      { ...base, id: 'w-1', clientId: 'c-1', lastContactAt: '2027-03-07T09:00:00-05:00', priority: urgent },
    ]);
    const due = listWaitlistCheckIns(index, {}, { asOf: '2027-03-14T09:00:00-04:00' });
    expect(due.map((c) => [c.entryId, c.daysSinceContact])).toEqual([['w-1', 7]]);
  });

  it('checks in on an entry nobody triaged weekly, as an urgent one, and routes it to a clinician to triage', () => {
    // Added 2026-01-01, last contact 2026-02-25: 8 days by 2026-03-05, past urgent's 7, inside routine's 30.
    const index = buildWaitlistIndex([
      { ...base, id: 'w-1', clientId: 'c-1', lastContactAt: '2026-02-25T10:00:00Z' },
      { ...base, id: 'w-2', clientId: 'c-2', lastContactAt: '2026-02-25T10:00:00Z', priority: routine },
      { ...base, id: 'w-3', clientId: 'c-3', lastContactAt: '2026-02-27T10:00:00Z' },
    ]);
    const r = listWaitlistCheckIns(index, {}, { asOf: '2026-03-05T12:00:00Z' });
    expect(r.map((c) => [c.entryId, c.tier, c.triaged, c.daysSinceContact, c.daysOverdue])).toEqual([
      ['w-1', 'routine', false, 8, 1],
    ]);
    expect(r[0]?.reasons.map((x) => [x.code, x.severity])).toEqual([
      ['scheduling.waitlist.stale', 'warning'],
      ['scheduling.waitlist.not_triaged', 'warning'],
      ['scheduling.waitlist.clinical_review', 'info'],
    ]);
    expect(r[0]?.reasons[0]?.facts).toMatchObject({ intervalDays: 7 });
  });

  it('treats a tier set by an assistant as not triaged: weekly, routed to a clinician', () => {
    const byAssistant = {
      ...urgent,
      tier: 'priority' as const,
      setBy: 'va-1',
      setByRole: 'assistant' as const,
    };
    const index = buildWaitlistIndex([
      { ...base, id: 'w-1', clientId: 'c-1', lastContactAt: '2026-02-25T10:00:00Z', priority: byAssistant },
    ]);
    const [due] = listWaitlistCheckIns(index, {}, { asOf: '2026-03-05T12:00:00Z' });
    expect(due).toMatchObject({ triaged: false, tier: 'routine', daysOverdue: 1 });
    expect(due?.reasons.map((x) => x.code)).toEqual([
      'scheduling.waitlist.stale',
      'scheduling.waitlist.clinical_review',
    ]);
  });

  it('takes the most frequent interval of the practice’s policy for an entry nobody triaged', () => {
    const index = buildWaitlistIndex([
      { ...base, id: 'w-1', clientId: 'c-1', lastContactAt: '2026-03-01T10:00:00Z' },
    ]);
    const policy = { checkInDays: { urgent: 10, priority: 3, routine: 30 } };
    expect(listWaitlistCheckIns(index, policy, { asOf: '2026-03-04T09:00:00Z' })).toEqual([]);
    expect(
      listWaitlistCheckIns(index, policy, { asOf: '2026-03-04T10:00:00Z' }).map((c) => c.daysOverdue),
    ).toEqual([0]);
  });

  it('never leaves an entry nobody triaged longer than a triaged urgent one, and always routes it to a clinician', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.boolean(), (daysAgo, triaged) => {
        const last = new Date(Date.UTC(2026, 2, 5, 12) - daysAgo * 86_400_000).toISOString();
        const index = buildWaitlistIndex([
          {
            ...base,
            addedAt: '2025-01-01T10:00:00Z',
            id: 'w-1',
            clientId: 'c-1',
            lastContactAt: last,
            ...(triaged ? { priority: urgent } : {}),
          },
        ]);
        const r = listWaitlistCheckIns(index, {}, { asOf: '2026-03-05T12:00:00Z' });
        expect(r.length).toBe(daysAgo >= 7 ? 1 : 0);
        for (const c of r) {
          expect(c.triaged).toBe(triaged);
          expect(c.reasons.map((x) => x.code)).toContain('scheduling.waitlist.clinical_review');
        }
      }),
    );
  });
});
