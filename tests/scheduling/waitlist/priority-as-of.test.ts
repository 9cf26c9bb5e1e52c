import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listWaitlistCheckIns } from '../../../src/scheduling/waitlist/check-ins.js';
import { rankWaitlistForOpening } from '../../../src/scheduling/waitlist/ranking.js';
import type { WaitlistEntryInput } from '../../../src/scheduling/waitlist/waitlist-entry.js';
import { buildWaitlistIndex } from '../../../src/scheduling/waitlist/waitlist-index.js';

const clinician = {
  id: 'dr-lee',
  zone: 'America/New_York',
  modalities: ['in_person' as const],
  payersAccepted: ['aetna'],
};
// Tuesday 2026-03-10, 10:00–10:50 in New York.
const opening = {
  id: 'o-1',
  clinicianId: 'dr-lee',
  start: '2026-03-10T10:00:00-04:00',
  end: '2026-03-10T10:50:00-04:00',
  modalities: ['in_person' as const],
};
const ASKED = { asOf: '2026-03-09T12:00:00-04:00' };
const urgentAt = (setAt: string) => ({
  tier: 'urgent' as const,
  setBy: 'dr-lee',
  setByRole: 'clinician' as const,
  setAt,
});
const entry = (id: string, extra: Partial<WaitlistEntryInput> = {}): WaitlistEntryInput => ({
  id,
  clientId: `c-${id}`,
  zone: 'America/New_York',
  addedAt: '2026-01-05T10:00:00-05:00',
  payerId: 'aetna',
  ...extra,
});

describe('rankWaitlistForOpening: a tier counts only from when it was set', () => {
  it('does not rank first an entry a clinician marks urgent on 2026-03-20, when asked on 2026-03-09', () => {
    const index = buildWaitlistIndex([
      entry('w-1'),
      entry('w-2', { addedAt: '2026-02-01T10:00:00-05:00', priority: urgentAt('2026-03-20T10:00:00-04:00') }),
    ]);
    const r = rankWaitlistForOpening(index, opening, clinician, {}, ASKED);
    expect(r.ranked.map((x) => [x.entryId, x.tier, x.triaged])).toEqual([
      ['w-1', 'routine', false],
      ['w-2', 'routine', false],
    ]);
    const codes = r.ranked[1]?.reasons.map((x) => x.code);
    expect(codes).toEqual([
      'scheduling.waitlist.priority_set_after_as_of',
      'scheduling.waitlist.not_triaged',
      'scheduling.waitlist.clinical_review',
    ]);
  });

  it('ranks it first from the moment the tier was set on', () => {
    const index = buildWaitlistIndex([
      entry('w-1'),
      entry('w-2', { addedAt: '2026-02-01T10:00:00-05:00', priority: urgentAt('2026-03-09T12:00:00-04:00') }),
    ]);
    const r = rankWaitlistForOpening(index, opening, clinician, {}, ASKED);
    expect(r.ranked[0]).toMatchObject({ entryId: 'w-2', tier: 'urgent', triaged: true });
  });

  it('checks in on an entry whose tier is not set yet at the shortest interval, as on one never triaged', () => {
    // A routine tier set later would otherwise stretch the check-in to the routine interval.
    const later = entry('w-3', {
      lastContactAt: '2026-03-01T10:00:00-05:00',
      priority: { ...urgentAt('2026-03-20T10:00:00-04:00'), tier: 'routine' },
    });
    const due = listWaitlistCheckIns(buildWaitlistIndex([later]), {}, ASKED);
    expect(due.map((c) => c.entryId)).toEqual(['w-3']);
  });

  it('ranks the same today whatever tier is set after asOf (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('urgent', 'priority', 'routine'),
        fc.integer({ min: 1, max: 60 * 86_400 }),
        (tier, secondsLater) => {
          const setAt = new Date(Date.parse(ASKED.asOf) + secondsLater * 1000).toISOString();
          const withLater = buildWaitlistIndex([
            entry('w-1'),
            entry('w-2', {
              addedAt: '2026-02-01T10:00:00-05:00',
              priority: { ...urgentAt(setAt), tier: tier as 'urgent' },
            }),
          ]);
          const without = buildWaitlistIndex([
            entry('w-1'),
            entry('w-2', { addedAt: '2026-02-01T10:00:00-05:00' }),
          ]);
          const order = (i: typeof without) =>
            rankWaitlistForOpening(i, opening, clinician, {}, ASKED).ranked.map((x) => [x.entryId, x.tier]);
          expect(order(withLater)).toEqual(order(without));
        },
      ),
    );
  });
});
