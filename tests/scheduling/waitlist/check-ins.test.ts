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

describe('listWaitlistCheckIns', () => {
  it('lists entries past their tier’s check-in interval, most overdue first', () => {
    const index = buildWaitlistIndex([
      { ...base, id: 'w-1', clientId: 'c-1', lastContactAt: '2026-02-20T10:00:00Z' },
      { ...base, id: 'w-2', clientId: 'c-2', lastContactAt: '2026-02-25T10:00:00Z', priority: urgent },
      { ...base, id: 'w-3', clientId: 'c-3' },
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
});
