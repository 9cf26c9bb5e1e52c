// The waitlist and open slots as a front desk uses them: order stable and explained (a tier is a clinician's
// call), one opening never given to two clients, no slot in the past offered, a clinician's caps kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toEpochMs } from '../../../src/core/internal.js';
import {
  buildAppointmentIndex,
  buildWaitlistIndex,
  evaluateBookingConflicts,
  evaluateWaitlistOffers,
  findOpenSlots,
  rankWaitlistForOpening,
  type SchedulingClinicianInput,
  type WaitlistEntryInput,
} from '../../../src/scheduling/index.js';

const drKim: SchedulingClinicianInput = {
  id: 'dr-kim',
  zone: 'America/Chicago',
  modalities: ['telehealth', 'in_person'],
  availability: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }],
  sessionMinutes: [50],
  maxSessionsPerDay: 3,
  maxSessionsPerWeek: 5,
};
// Tuesday 2026-12-15, 10:00–10:50 in Chicago.
const opening = {
  id: 'open-1215',
  clinicianId: 'dr-kim',
  start: '2026-12-15T10:00:00-06:00',
  end: '2026-12-15T10:50:00-06:00',
  modalities: ['telehealth' as const],
};
const byClinician = (tier: 'urgent' | 'priority' | 'routine') => ({
  tier,
  setBy: 'dr-kim',
  setByRole: 'clinician' as const,
  setAt: '2026-11-02T09:00:00-06:00',
});
const entry = (id: string, addedAt: string, extra: Partial<WaitlistEntryInput> = {}): WaitlistEntryInput => ({
  id,
  clientId: `c-${id}`,
  zone: 'America/Chicago',
  addedAt,
  payerId: null,
  ...extra,
});
const entries: WaitlistEntryInput[] = [
  entry('w-ana', '2026-10-01T09:00:00-05:00', { priority: byClinician('routine') }),
  entry('w-ben', '2026-11-20T09:00:00-06:00', { priority: byClinician('urgent') }),
  entry('w-cal', '2026-10-15T09:00:00-05:00', { priority: byClinician('priority') }),
  entry('w-dee', '2026-09-01T09:00:00-05:00', {
    priority: {
      tier: 'urgent',
      setBy: 'staff-va',
      setByRole: 'assistant',
      setAt: '2026-11-02T09:00:00-06:00',
    },
  }),
  entry('w-eve', '2026-10-01T09:00:00-05:00', { priority: byClinician('routine') }),
];
const AS_OF = { asOf: '2026-12-07T12:00:00-06:00' };
const rank = (list: WaitlistEntryInput[], asOf = AS_OF, open = opening) =>
  rankWaitlistForOpening(buildWaitlistIndex(list), open, drKim, {}, asOf);

describe('priority order, stable and explained', () => {
  it('ranks urgent, then priority, then routine by date added, then id; an assistant’s "urgent" counts as routine', () => {
    const r = rank(entries);
    expect(r.ranked.map((x) => x.entryId)).toEqual(['w-ben', 'w-cal', 'w-dee', 'w-ana', 'w-eve']);
    const dee = r.ranked.find((x) => x.entryId === 'w-dee');
    expect(dee?.triaged).toBe(false);
    expect(dee?.reasons.map((x) => x.code)).toEqual(
      expect.arrayContaining(['scheduling.waitlist.priority_ignored', 'scheduling.waitlist.clinical_review']),
    );
  });

  it('breaks the tie of w-ana and w-eve (both added 2026-10-01 09:00) by id, whatever the input order', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }),
        (list) => {
          expect(rank(list).ranked.map((x) => x.entryId)).toEqual([
            'w-ben',
            'w-cal',
            'w-dee',
            'w-ana',
            'w-eve',
          ]);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('does not count a tier a clinician sets after asOf (set 2026-12-08, asked on 2026-12-07)', () => {
    const later = entry('w-fay', '2026-12-01T09:00:00-06:00', {
      priority: { ...byClinician('urgent'), setAt: '2026-12-08T09:00:00-06:00' },
    });
    const r = rank([...entries, later]);
    expect(r.ranked.at(-1)?.entryId).toBe('w-fay');
  });
});

describe('one opening, two clients at once', () => {
  const index = buildWaitlistIndex(entries);
  const ranking = rank(entries);
  const offer = (
    entryId: string,
    offeredAt: string,
    response?: { kind: 'accepted' | 'declined'; at: string },
  ) => ({
    openingId: 'open-1215',
    entryId,
    offeredAt,
    ...(response === undefined ? {} : { response }),
  });

  it('offers two at a time with a batch of 2, and fills the opening with one client only', () => {
    const first = evaluateWaitlistOffers(ranking, index, [], { offerBatchSize: 2 }, AS_OF);
    expect(first.offerNextEntryIds).toEqual(['w-ben', 'w-cal']);
    const d = evaluateWaitlistOffers(
      ranking,
      index,
      [
        offer('w-ben', '2026-12-07T12:00:00-06:00', { kind: 'accepted', at: '2026-12-07T12:40:00-06:00' }),
        offer('w-cal', '2026-12-07T12:00:00-06:00', { kind: 'accepted', at: '2026-12-07T12:10:00-06:00' }),
      ],
      { offerBatchSize: 2 },
      { asOf: '2026-12-07T13:00:00-06:00' },
    );
    expect(d.outcome).toBe('filled');
    expect(d.offerNextEntryIds).toEqual([]);
  });

  it('gives the opening to whoever accepted first (w-cal at 12:10), not to whoever sorts first', () => {
    const d = evaluateWaitlistOffers(
      ranking,
      index,
      [
        offer('w-ben', '2026-12-07T12:00:00-06:00', { kind: 'accepted', at: '2026-12-07T12:40:00-06:00' }),
        offer('w-cal', '2026-12-07T12:00:00-06:00', { kind: 'accepted', at: '2026-12-07T12:10:00-06:00' }),
      ],
      { offerBatchSize: 2 },
      { asOf: '2026-12-07T13:00:00-06:00' },
    );
    expect(d.acceptedEntryId).toBe('w-cal');
  });

  it('tells the front desk who else accepted, so nobody believes they have the slot', () => {
    const d = evaluateWaitlistOffers(
      ranking,
      index,
      [
        offer('w-ben', '2026-12-07T12:00:00-06:00', { kind: 'accepted', at: '2026-12-07T12:40:00-06:00' }),
        offer('w-cal', '2026-12-07T12:00:00-06:00', { kind: 'accepted', at: '2026-12-07T12:10:00-06:00' }),
      ],
      { offerBatchSize: 2 },
      { asOf: '2026-12-07T13:00:00-06:00' },
    );
    expect(d.reasons.find((r) => r.code === 'scheduling.waitlist.accepted_after_filled')).toMatchObject({
      severity: 'warning',
      facts: { entryId: 'w-ben', acceptedAt: '2026-12-07T12:40:00-06:00' },
    });
  });

  it('gives the slot to the next client who accepted in time, not to an expired offer answered later', () => {
    // w-ben's offer (12:00) expired at 14:00; w-cal was offered at 14:00 and accepted at 14:10; w-ben
    // answered at 14:30.
    const d = evaluateWaitlistOffers(
      ranking,
      index,
      [
        offer('w-ben', '2026-12-07T12:00:00-06:00', { kind: 'accepted', at: '2026-12-07T14:30:00-06:00' }),
        offer('w-cal', '2026-12-07T14:00:00-06:00', { kind: 'accepted', at: '2026-12-07T14:10:00-06:00' }),
      ],
      {},
      { asOf: '2026-12-07T15:00:00-06:00' },
    );
    expect(d.acceptedEntryId).toBe('w-cal');
  });
});

describe('nothing in the past', () => {
  it('offers an opening that started before asOf to nobody (Tuesday 10:00, asked at 10:30)', () => {
    const asOf = { asOf: '2026-12-15T10:30:00-06:00' };
    const r = rank(entries, asOf);
    expect(r.ranked).toEqual([]);
    expect(
      r.ineligible.every((x) => x.reasons.some((y) => y.code === 'scheduling.waitlist.opening_started')),
    ).toBe(true);
    const d = evaluateWaitlistOffers(r, buildWaitlistIndex(entries), [], {}, asOf);
    expect(d.offerNextEntryIds).toEqual([]);
    expect(d.outcome).toBe('exhausted');
  });

  it('still offers it at 09:55 the same morning', () => {
    expect(rank(entries, { asOf: '2026-12-15T09:55:00-06:00' }).ranked.length).toBe(5);
  });

  it('never returns an open slot that starts before asOf, even with no notice required', () => {
    const r = findOpenSlots([drKim], [], {
      from: '2026-12-15',
      to: '2026-12-15',
      asOf: '2026-12-15T11:30:00-06:00',
      sessionMinutes: 50,
      displayZone: 'America/Chicago',
      minNoticeHours: 0,
    });
    expect(r.slots.map((s) => s.start)).toEqual([
      '2026-12-15T12:00:00-06:00',
      '2026-12-15T13:00:00-06:00',
      '2026-12-15T14:00:00-06:00',
      '2026-12-15T15:00:00-06:00',
      '2026-12-15T16:00:00-06:00',
    ]);
  });

  it('never returns a slot before asOf plus the notice (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 14 * 24 * 60 }),
        fc.integer({ min: 0, max: 72 }),
        (minute, notice) => {
          const asOf = new Date(Date.parse('2026-12-07T00:00:00Z') + minute * 60_000).toISOString();
          const r = findOpenSlots([drKim], [], {
            from: '2026-12-07',
            to: '2026-12-20',
            asOf,
            sessionMinutes: 50,
            displayZone: 'America/Chicago',
            minNoticeHours: notice,
          });
          for (const s of r.slots)
            expect(toEpochMs(s.start)).toBeGreaterThanOrEqual(toEpochMs(asOf) + notice * 3_600_000);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('a clinician’s load cap', () => {
  const booked = (id: string, start: string, end: string) => ({
    id,
    clinicianId: 'dr-kim',
    clientIds: [`c-${id}`],
    type: 'individual' as const,
    modality: { kind: 'telehealth' as const, clientLocationState: 'IL' as const },
    start,
    end,
  });
  const monday = [
    booked('a1', '2026-12-14T09:00:00-06:00', '2026-12-14T09:50:00-06:00'),
    booked('a2', '2026-12-14T11:00:00-06:00', '2026-12-14T11:50:00-06:00'),
    booked('a3', '2026-12-14T14:00:00-06:00', '2026-12-14T14:50:00-06:00'),
  ];
  const search = {
    from: '2026-12-14',
    to: '2026-12-18',
    asOf: '2026-12-07T12:00:00-06:00',
    sessionMinutes: 50,
    displayZone: 'America/Chicago',
  };

  it('offers nothing on Monday 2026-12-14 once its 3 sessions a day are booked', () => {
    const r = findOpenSlots([drKim], buildAppointmentIndex(monday), search);
    expect(r.slots.filter((s) => s.clinicianDate === '2026-12-14')).toEqual([]);
    expect(r.slots.length).toBeGreaterThan(0);
  });

  it('offers nothing more that week once 5 are booked (3 Monday, 2 Tuesday)', () => {
    const week = [
      ...monday,
      booked('b1', '2026-12-15T09:00:00-06:00', '2026-12-15T09:50:00-06:00'),
      booked('b2', '2026-12-15T11:00:00-06:00', '2026-12-15T11:50:00-06:00'),
    ];
    expect(findOpenSlots([drKim], week, search).slots).toEqual([]);
  });

  it('refuses a fourth Monday session at booking with the daily cap, and a sixth in the week with the weekly cap', () => {
    const fourth = booked('a4', '2026-12-14T16:00:00-06:00', '2026-12-14T16:50:00-06:00');
    const d = evaluateBookingConflicts(fourth, drKim, monday);
    expect(d.outcome).toBe('conflict');
    expect(d.reasons.map((r) => r.code)).toContain('scheduling.conflict.daily_cap');
    const week = [
      ...monday,
      booked('b1', '2026-12-15T09:00:00-06:00', '2026-12-15T09:50:00-06:00'),
      booked('b2', '2026-12-15T11:00:00-06:00', '2026-12-15T11:50:00-06:00'),
    ];
    const sixth = booked('c1', '2026-12-17T09:00:00-06:00', '2026-12-17T09:50:00-06:00');
    expect(evaluateBookingConflicts(sixth, drKim, week).reasons.map((r) => r.code)).toContain(
      'scheduling.conflict.weekly_cap',
    );
  });

  it('does not count a cancelled session toward the cap', () => {
    const cancelled = monday.map((a, i) =>
      i === 0
        ? {
            ...a,
            status: { state: 'cancelled' as const, by: 'client' as const, at: '2026-12-10T09:00:00-06:00' },
          }
        : a,
    );
    const r = findOpenSlots([drKim], cancelled, search);
    expect(r.slots.some((s) => s.clinicianDate === '2026-12-14')).toBe(true);
  });
});

describe('one opening is given to one client, the first to accept (property)', () => {
  it('fills with the earliest acceptance and names every other acceptance, whatever the order of the offers', () => {
    const index = buildWaitlistIndex(entries);
    const ranking = rank(entries);
    const ids = ranking.ranked.map((r) => r.entryId);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: ids.length }),
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: ids.length, maxLength: ids.length }),
        (who, minutes) => {
          const offers = who.map((entryId, i) => ({
            openingId: 'open-1215',
            entryId,
            offeredAt: '2026-12-07T12:00:00-06:00',
            response: {
              kind: 'accepted' as const,
              at: new Date(Date.parse('2026-12-07T18:00:00Z') + (minutes[i] ?? 0) * 60_000).toISOString(),
            },
          }));
          const d = evaluateWaitlistOffers(
            ranking,
            index,
            offers,
            { offerBatchSize: 5 },
            {
              asOf: '2026-12-08T12:00:00Z',
            },
          );
          const first = Math.min(...offers.map((o) => Date.parse(o.response.at)));
          const winner = offers.find((o) => o.entryId === d.acceptedEntryId);
          expect(d.outcome).toBe('filled');
          expect(Date.parse(winner?.response.at ?? '')).toBe(first);
          const late = d.reasons
            .filter((r) => r.code === 'scheduling.waitlist.accepted_after_filled')
            .map((r) => r.facts.entryId);
          expect([...late, d.acceptedEntryId].sort()).toEqual([...who].sort());
        },
      ),
      { numRuns: 50 },
    );
  });
});
