import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import { rankWaitlistForOpening } from '../../../src/scheduling/waitlist/ranking.js';
import type { WaitlistEntryInput } from '../../../src/scheduling/waitlist/waitlist-entry.js';
import {
  buildWaitlistIndex,
  type WaitlistIndex,
  waitlistSubIndex,
} from '../../../src/scheduling/waitlist/waitlist-index.js';

const entry = (id: string, extra: Partial<WaitlistEntryInput> = {}): WaitlistEntryInput => ({
  id,
  clientId: `c-${id}`,
  zone: 'America/New_York',
  addedAt: '2026-01-05T10:00:00-05:00',
  payerId: null,
  ...extra,
});

describe('buildWaitlistIndex', () => {
  it('reports invalid and repeated entries by index and keeps the first of each id', () => {
    const index = buildWaitlistIndex([
      entry('w-1'),
      { id: 'w-2' },
      entry('w-1'),
      entry('w-3', { lastContactAt: '2025-01-01T00:00:00Z' }),
    ]);
    expect(index.invalid.map((i) => [i.index, i.issues.map((x) => x.code)])).toEqual([
      [1, ['invalid_type', 'invalid_type', 'invalid_type']],
      [2, ['scheduling.waitlist.duplicate_id']],
      [3, ['scheduling.waitlist.contact_before_added']],
    ]);
    expect(index.entries.map((e) => e.id)).toEqual(['w-1']);
  });

  it('is the only way to an index: a look-alike object is refused before any ranking', () => {
    const forged = { entries: [], invalid: [], compiled: {} } as unknown as WaitlistIndex;
    const opening = {
      id: 'o-1',
      clinicianId: 'dr-lee',
      start: '2026-03-10T10:00:00-04:00',
      end: '2026-03-10T10:50:00-04:00',
      modalities: ['telehealth' as const],
    };
    const clinician = { id: 'dr-lee', zone: 'America/New_York', modalities: ['telehealth' as const] };
    expect(() =>
      rankWaitlistForOpening(forged, opening, clinician, {}, { asOf: '2026-03-01T00:00:00Z' }),
    ).toThrow(ValidationError);
    expect(Object.isFrozen(buildWaitlistIndex([entry('w-1')]))).toBe(true);
  });

  it('builds a sub-index of a built index as buildWaitlistIndex builds one of the kept entries', () => {
    const index = buildWaitlistIndex([
      entry('w-3', { clinicianId: 'dr-lee', preferredDays: ['mon'], modalities: ['telehealth'] }),
      { id: 'w-bad' },
      entry('w-1', { addedAt: '2026-01-02T09:00:00-05:00' }),
      entry('w-2', { clinicianId: 'dr-kim', preferredHours: [{ start: '09:00', end: '12:00' }] }),
    ]);
    for (const clinicianId of ['dr-lee', 'dr-kim']) {
      const keep = (e: WaitlistIndex['entries'][number]) =>
        e.clinicianId === null || e.clinicianId === clinicianId;
      const sub = waitlistSubIndex(index, keep);
      expect(sub).toEqual(buildWaitlistIndex(index.entries.filter(keep)));
      expect(sub.entries.map((e) => e.id).sort()).toEqual(['w-1', clinicianId === 'dr-lee' ? 'w-3' : 'w-2']);
    }
    // Only a built index: its entries are the validated ones.
    const forged = { entries: [], invalid: [], compiled: {} } as unknown as WaitlistIndex;
    expect(() => waitlistSubIndex(forged, () => true)).toThrow(ValidationError);
  });
});
