import { describe, expect, it } from 'vitest';
import { evaluateWaitlistOffers } from '../../../src/scheduling/waitlist/offers.js';
import { rankWaitlistForOpening } from '../../../src/scheduling/waitlist/ranking.js';
import type { WaitlistEntryInput } from '../../../src/scheduling/waitlist/waitlist-entry.js';
import { buildWaitlistIndex } from '../../../src/scheduling/waitlist/waitlist-index.js';

const entry = (id: string, day: number, declines = 0): WaitlistEntryInput => ({
  id,
  clientId: `c-${id}`,
  zone: 'America/New_York',
  addedAt: `2026-02-${String(day).padStart(2, '0')}T10:00:00Z`,
  declines,
});
const index = buildWaitlistIndex([entry('w-1', 1, 2), entry('w-2', 2), entry('w-3', 3)]);
const ranking = rankWaitlistForOpening(
  index,
  {
    id: 'o-1',
    clinicianId: 'dr-lee',
    start: '2026-03-10T14:00:00Z',
    end: '2026-03-10T14:50:00Z',
    modalities: ['telehealth'],
  },
  { id: 'dr-lee', zone: 'America/New_York', modalities: ['telehealth'] },
  {},
  { asOf: '2026-03-01T00:00:00Z' },
);
const offer = (
  entryId: string,
  offeredAt: string,
  response?: { kind: 'accepted' | 'declined'; at: string },
) => ({
  openingId: 'o-1',
  entryId,
  offeredAt,
  ...(response === undefined ? {} : { response }),
});

describe('evaluateWaitlistOffers', () => {
  it('offers the opening to the first-ranked entry when nothing was offered', () => {
    const d = evaluateWaitlistOffers(ranking, index, [], {}, { asOf: '2026-03-02T09:00:00Z' });
    expect(d).toMatchObject({ outcome: 'offer_next', offerNextEntryIds: ['w-1'], pendingEntryIds: [] });
  });

  it('waits while an offer is open, then moves on when it expires after two hours', () => {
    const offers = [offer('w-1', '2026-03-02T09:00:00Z')];
    expect(
      evaluateWaitlistOffers(ranking, index, offers, {}, { asOf: '2026-03-02T10:59:00Z' }),
    ).toMatchObject({
      outcome: 'awaiting_response',
      pendingEntryIds: ['w-1'],
    });
    const d = evaluateWaitlistOffers(ranking, index, offers, {}, { asOf: '2026-03-02T11:00:00Z' });
    expect(d).toMatchObject({ outcome: 'offer_next', offerNextEntryIds: ['w-2'], expiredEntryIds: ['w-1'] });
  });

  it('counts a decline and flags an entry that reached the decline limit', () => {
    const d = evaluateWaitlistOffers(
      ranking,
      index,
      [offer('w-1', '2026-03-02T09:00:00Z', { kind: 'declined', at: '2026-03-02T09:20:00Z' })],
      {},
      { asOf: '2026-03-02T09:30:00Z' },
    );
    expect(d.declineCounts).toEqual([{ entryId: 'w-1', declines: 3 }]);
    expect(d.reasons.map((r) => r.code)).toEqual([
      'scheduling.waitlist.offer_declined',
      'scheduling.waitlist.too_many_declines',
    ]);
    expect(d.offerNextEntryIds).toEqual(['w-2']);
  });

  it('is filled once an offer is accepted, and ignores answers after asOf and other openings', () => {
    const offers = [
      offer('w-1', '2026-03-02T09:00:00Z', { kind: 'declined', at: '2026-03-02T09:10:00Z' }),
      offer('w-2', '2026-03-02T09:15:00Z', { kind: 'accepted', at: '2026-03-02T09:40:00Z' }),
      { ...offer('w-3', '2026-03-02T09:00:00Z'), openingId: 'o-2' },
    ];
    expect(
      evaluateWaitlistOffers(ranking, index, offers, {}, { asOf: '2026-03-02T09:50:00Z' }),
    ).toMatchObject({
      outcome: 'filled',
      acceptedEntryId: 'w-2',
    });
    expect(evaluateWaitlistOffers(ranking, index, offers, {}, { asOf: '2026-03-02T09:30:00Z' }).outcome).toBe(
      'awaiting_response',
    );
  });

  it('offers to a batch and reports exhaustion when everyone said no', () => {
    expect(
      evaluateWaitlistOffers(ranking, index, [], { offerBatchSize: 3 }, { asOf: '2026-03-02T09:00:00Z' })
        .offerNextEntryIds,
    ).toEqual(['w-1', 'w-2', 'w-3']);
    const allDeclined = ['w-1', 'w-2', 'w-3'].map((id) =>
      offer(id, '2026-03-02T09:00:00Z', { kind: 'declined', at: '2026-03-02T09:05:00Z' }),
    );
    const d = evaluateWaitlistOffers(ranking, index, allDeclined, {}, { asOf: '2026-03-02T10:00:00Z' });
    expect(d.outcome).toBe('exhausted');
    expect(d.reasons[0]?.code).toBe('scheduling.waitlist.no_candidates');
  });

  it('rejects a malformed offer', () => {
    expect(() =>
      evaluateWaitlistOffers(
        ranking,
        index,
        [{ openingId: 'o-1', entryId: 'w-1', offeredAt: 'yesterday' }],
        {},
        { asOf: '2026-03-02T10:00:00Z' },
      ),
    ).toThrow(/core.instant.invalid/);
  });
});
