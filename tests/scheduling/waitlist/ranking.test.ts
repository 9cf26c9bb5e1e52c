import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getWeekday, readLocal, ValidationError } from '../../../src/core/index.js';
import { toEpochMs } from '../../../src/core/internal.js';
import type { SchedulingClinicianInput } from '../../../src/scheduling/appointments/clinician-profile.js';
import { rankWaitlistForOpening } from '../../../src/scheduling/waitlist/ranking.js';
import type { WaitlistEntryInput } from '../../../src/scheduling/waitlist/waitlist-entry.js';
import { buildWaitlistIndex } from '../../../src/scheduling/waitlist/waitlist-index.js';

const clinician: SchedulingClinicianInput = {
  id: 'dr-lee',
  zone: 'America/New_York',
  modalities: ['telehealth', 'in_person'],
  payersAccepted: ['aetna'],
};
// Tuesday 2026-03-10, 10:00–10:50 in New York (07:00 in Los Angeles).
const opening = {
  id: 'o-1',
  clinicianId: 'dr-lee',
  start: '2026-03-10T10:00:00-04:00',
  end: '2026-03-10T10:50:00-04:00',
  modalities: ['telehealth' as const],
};
const entry = (id: string, extra: Partial<WaitlistEntryInput> = {}): WaitlistEntryInput => ({
  id,
  clientId: `c-${id}`,
  zone: 'America/New_York',
  addedAt: '2026-01-05T10:00:00-05:00',
  payerId: null,
  ...extra,
});
const asOf = { asOf: '2026-03-01T00:00:00Z' };
const routineByClinician = {
  tier: 'routine' as const,
  setBy: 'dr-lee',
  setByRole: 'clinician' as const,
  setAt: '2026-01-06T10:00:00-05:00',
};

describe('rankWaitlistForOpening', () => {
  it('ranks a clinician-set urgent entry first, then by time waited, then by id', () => {
    const index = buildWaitlistIndex([
      entry('w-2', { addedAt: '2026-01-02T10:00:00-05:00' }),
      entry('w-5'),
      entry('w-4'),
      entry('w-7', {
        addedAt: '2026-02-20T10:00:00-05:00',
        priority: {
          tier: 'urgent',
          setBy: 'dr-lee',
          setByRole: 'clinician',
          setAt: '2026-02-21T10:00:00-05:00',
        },
      }),
    ]);
    const r = rankWaitlistForOpening(index, opening, clinician, {}, asOf);
    expect(r.ranked.map((x) => [x.entryId, x.rank, x.tier])).toEqual([
      ['w-7', 1, 'urgent'],
      ['w-2', 2, 'routine'],
      ['w-4', 3, 'routine'],
      ['w-5', 4, 'routine'],
    ]);
    expect(r.ranked[1]?.waitedDays).toBe(57);
  });

  it('ignores a tier an assistant set, ranking the entry as routine and saying so', () => {
    const index = buildWaitlistIndex([
      entry('w-1'),
      entry('w-0', {
        addedAt: '2026-02-01T10:00:00-05:00',
        priority: {
          tier: 'urgent',
          setBy: 'va-1',
          setByRole: 'assistant',
          setAt: '2026-02-02T10:00:00-05:00',
        },
      }),
    ]);
    const r = rankWaitlistForOpening(index, opening, clinician, {}, asOf);
    expect(r.ranked.map((x) => x.entryId)).toEqual(['w-1', 'w-0']);
    expect(r.ranked[1]?.reasons[0]?.code).toBe('scheduling.waitlist.priority_ignored');
  });

  it('explains every reason an entry cannot take the opening', () => {
    const index = buildWaitlistIndex([
      entry('w-1', {
        status: 'booked',
        clinicianId: 'dr-kim',
        modalities: ['in_person'],
        preferredDays: ['mon'],
        preferredHours: [{ start: '17:00', end: '20:00' }],
        payerId: 'cigna',
        sessionMinutes: 60,
      }),
      entry('w-2', {
        zone: 'America/Los_Angeles',
        preferredHours: [{ start: '07:00', end: '08:00' }],
        preferredDays: ['tue'],
      }),
    ]);
    const r = rankWaitlistForOpening(index, opening, clinician, {}, asOf);
    expect(r.ineligible.map((x) => [x.entryId, x.reasons.map((y) => y.code)])).toEqual([
      [
        'w-1',
        [
          'scheduling.waitlist.not_waiting',
          'scheduling.waitlist.clinician_mismatch',
          'scheduling.waitlist.modality_mismatch',
          'scheduling.waitlist.day_not_preferred',
          'scheduling.waitlist.hours_not_preferred',
          'scheduling.waitlist.payer_not_accepted',
          'scheduling.waitlist.session_too_short',
        ],
      ],
    ]);
    expect(r.ranked.map((x) => x.entryId)).toEqual(['w-2']);
  });

  it('matches self-pay only with a clinician who accepts it', () => {
    const index = buildWaitlistIndex([entry('w-1')]);
    const r = rankWaitlistForOpening(index, opening, { ...clinician, acceptsSelfPay: false }, {}, asOf);
    expect(r.ineligible[0]?.reasons.map((x) => x.code)).toEqual(['scheduling.waitlist.payer_not_accepted']);
  });

  it('never reads unrecorded coverage as self-pay: the entry ranks and asks for its coverage', () => {
    const { payerId: _, ...unknown } = entry('w-1', { priority: routineByClinician });
    const r = rankWaitlistForOpening(
      buildWaitlistIndex([unknown]),
      opening,
      { ...clinician, acceptsSelfPay: false },
      {},
      asOf,
    );
    expect(r.ineligible).toEqual([]);
    expect(r.ranked[0]?.reasons.map((x) => [x.code, x.severity])).toEqual([
      ['scheduling.waitlist.payer_unknown', 'warning'],
    ]);
    // A recorded self-pay client with a clinician who takes self-pay ranks without that warning.
    const selfPay = rankWaitlistForOpening(
      buildWaitlistIndex([entry('w-1', { priority: routineByClinician })]),
      opening,
      clinician,
      {},
      asOf,
    );
    expect(selfPay.ranked[0]?.reasons).toEqual([]);
  });

  it('rejects an opening that ends before it starts and a policy that drops a tier', () => {
    const index = buildWaitlistIndex([]);
    expect(() =>
      rankWaitlistForOpening(index, { ...opening, end: '2026-03-10T09:00:00-04:00' }, clinician, {}, asOf),
    ).toThrow(/scheduling.waitlist.opening_end_before_start/);
    expect(() =>
      rankWaitlistForOpening(index, opening, clinician, { tierOrder: ['urgent', 'urgent'] }, asOf),
    ).toThrow(ValidationError);
  });

  it('lists a bad index, opening and policy at once, each under its parameter’s name', () => {
    expect(() =>
      rankWaitlistForOpening(
        [] as never,
        { ...opening, end: '2026-03-10T09:00:00-04:00' },
        clinician,
        { tierOrder: ['urgent', 'urgent'] },
        asOf,
      ),
    ).toThrow(
      expect.objectContaining({
        subject: 'waitlist index, waitlist opening and waitlist policy',
        issues: [
          expect.objectContaining({ at: '$.index', code: 'invalid_type' }),
          expect.objectContaining({
            at: '$.opening.end',
            code: 'scheduling.waitlist.opening_end_before_start',
          }),
          expect.objectContaining({ at: expect.stringMatching(/^\$\.policy\.tierOrder/) }),
        ],
      }),
    );
  });

  // Random entries in many zones; the reference predicate is written independently with core helpers.
  const anyEntry = fc.record({
    n: fc.integer({ min: 0, max: 60 }),
    zone: fc.constantFrom('America/New_York', 'America/Los_Angeles', 'Asia/Kolkata', 'Europe/London'),
    clinicianId: fc.option(fc.constantFrom('dr-lee', 'dr-kim')),
    modalities: fc.uniqueArray(fc.constantFrom('in_person' as const, 'telehealth' as const), {
      maxLength: 2,
    }),
    payerId: fc.option(fc.constantFrom('aetna', 'cigna')),
    days: fc.uniqueArray(fc.constantFrom('mon' as const, 'tue' as const, 'wed' as const), { maxLength: 2 }),
    hours: fc.option(
      fc.record({ start: fc.integer({ min: 0, max: 20 }), len: fc.integer({ min: 1, max: 6 }) }),
    ),
    addedDay: fc.integer({ min: 1, max: 28 }),
    tier: fc.option(
      fc.record({
        tier: fc.constantFrom('urgent' as const, 'priority' as const, 'routine' as const),
        role: fc.constantFrom('clinician' as const, 'assistant' as const),
      }),
    ),
    status: fc.constantFrom('waiting' as const, 'waiting' as const, 'offered' as const),
    sessionMinutes: fc.option(fc.constantFrom(45, 50, 60)),
  });
  type AnyEntry = typeof anyEntry extends fc.Arbitrary<infer T> ? T : never;
  const toEntry = (e: AnyEntry, i: number): WaitlistEntryInput => ({
    id: `w-${e.n}-${i}`,
    clientId: `c-${i}`,
    zone: e.zone,
    clinicianId: e.clinicianId,
    modalities: e.modalities,
    payerId: e.payerId,
    preferredDays: e.days,
    preferredHours:
      e.hours === null
        ? []
        : [
            {
              start: `${String(e.hours.start).padStart(2, '0')}:00`,
              end: `${String(Math.min(e.hours.start + e.hours.len, 23)).padStart(2, '0')}:00`,
            },
          ],
    addedAt: `2026-02-${String(e.addedDay).padStart(2, '0')}T10:00:00Z`,
    ...(e.tier === null
      ? {}
      : {
          priority: {
            tier: e.tier.tier,
            setBy: 's-1',
            setByRole: e.tier.role,
            setAt: '2026-02-28T00:00:00Z',
          },
        }),
    status: e.status,
    ...(e.sessionMinutes === null ? {} : { sessionMinutes: e.sessionMinutes }),
  });

  function eligible(e: WaitlistEntryInput): boolean {
    const start = readLocal(opening.start, e.zone);
    const end = readLocal(opening.end, e.zone);
    const minutes = (toEpochMs(opening.end) - toEpochMs(opening.start)) / 60_000;
    return (
      (e.status ?? 'waiting') === 'waiting' &&
      (e.clinicianId == null || e.clinicianId === opening.clinicianId) &&
      ((e.modalities ?? []).length === 0 || (e.modalities ?? []).includes('telehealth')) &&
      ((e.preferredDays ?? []).length === 0 || (e.preferredDays ?? []).includes(getWeekday(start.date))) &&
      ((e.preferredHours ?? []).length === 0 ||
        (e.preferredHours ?? []).some(
          (h) => start.date === end.date && h.start <= start.time && end.time <= h.end,
        )) &&
      (e.payerId == null || e.payerId === 'aetna') &&
      (e.sessionMinutes === undefined || minutes >= e.sessionMinutes)
    );
  }

  it('matches every eligible entry and no ineligible one', () => {
    fc.assert(
      fc.property(fc.array(anyEntry, { maxLength: 40 }), (raw) => {
        const entries = raw.map(toEntry);
        const r = rankWaitlistForOpening(buildWaitlistIndex(entries), opening, clinician, {}, asOf);
        const expected = entries
          .filter(eligible)
          .map((e) => e.id)
          .sort();
        expect(r.ranked.map((x) => x.entryId).sort()).toEqual(expected);
        expect(r.ranked.length + r.ineligible.length).toBe(entries.length);
      }),
      { numRuns: 200 },
    );
  });

  it('waitlist order is a total order, the same whatever the input order', () => {
    fc.assert(
      fc.property(
        fc.array(anyEntry, { maxLength: 40 }).chain((raw) => {
          const entries = raw.map(toEntry);
          return fc.tuple(
            fc.constant(entries),
            fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }),
          );
        }),
        ([entries, shuffled]) => {
          const a = rankWaitlistForOpening(buildWaitlistIndex(entries), opening, clinician, {}, asOf);
          const b = rankWaitlistForOpening(buildWaitlistIndex(shuffled), opening, clinician, {}, asOf);
          expect(b).toEqual(a);
          const rankOf = { urgent: 0, priority: 1, routine: 2 };
          for (let i = 1; i < a.ranked.length; i += 1) {
            const x = a.ranked[i - 1];
            const y = a.ranked[i];
            if (x === undefined || y === undefined) continue;
            const key =
              rankOf[x.tier] - rankOf[y.tier] ||
              toEpochMs(x.addedAt) - toEpochMs(y.addedAt) ||
              (x.entryId < y.entryId ? -1 : 1);
            expect(key).toBeLessThan(0);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('rankWaitlistForOpening: an entry nobody triaged', () => {
  it('ranks it with the routine entries, never silently: not triaged, and a clinician to triage it', () => {
    const index = buildWaitlistIndex([
      entry('w-1'),
      entry('w-2', {
        addedAt: '2026-02-01T10:00:00-05:00',
        priority: { ...routineByClinician, tier: 'urgent' },
      }),
      entry('w-3', { addedAt: '2025-12-01T10:00:00-05:00', priority: routineByClinician }),
    ]);
    const r = rankWaitlistForOpening(index, opening, clinician, {}, asOf);
    expect(r.ranked.map((e) => [e.entryId, e.tier, e.triaged])).toEqual([
      ['w-2', 'urgent', true],
      ['w-3', 'routine', true],
      ['w-1', 'routine', false],
    ]);
    expect(r.ranked[2]?.reasons.map((x) => [x.code, x.severity])).toEqual([
      ['scheduling.waitlist.not_triaged', 'warning'],
      ['scheduling.waitlist.clinical_review', 'info'],
    ]);
    expect(r.ranked[2]?.reasons[0]?.facts).toEqual({ entryId: 'w-1' });
    expect(r.ranked[0]?.reasons).toEqual([]);
  });

  it('routes an entry whose tier an assistant set to a clinician too, beside the ignored tier', () => {
    const byAssistant = { ...routineByClinician, tier: 'urgent' as const, setByRole: 'assistant' as const };
    const r = rankWaitlistForOpening(
      buildWaitlistIndex([entry('w-1', { priority: byAssistant })]),
      opening,
      clinician,
      {},
      asOf,
    );
    expect(r.ranked[0]).toMatchObject({ tier: 'routine', triaged: false });
    expect(r.ranked[0]?.reasons.map((x) => x.code)).toEqual([
      'scheduling.waitlist.priority_ignored',
      'scheduling.waitlist.clinical_review',
    ]);
  });

  it('says of every ranked entry whether a clinician triaged it, and routes every one that was not', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom<'none' | 'urgent' | 'routine' | 'assistant'>(
            'none',
            'urgent',
            'routine',
            'assistant',
          ),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        (kinds) => {
          const entries = kinds.map((k, i) =>
            entry(`w-${i}`, {
              ...(k === 'none'
                ? {}
                : k === 'assistant'
                  ? {
                      priority: {
                        ...routineByClinician,
                        tier: 'priority' as const,
                        setByRole: 'assistant' as const,
                      },
                    }
                  : { priority: { ...routineByClinician, tier: k } }),
            }),
          );
          const r = rankWaitlistForOpening(buildWaitlistIndex(entries), opening, clinician, {}, asOf);
          expect(r.ranked.length).toBe(kinds.length);
          for (const e of r.ranked) {
            const kind = kinds[Number(e.entryId.slice(2))];
            expect(e.triaged).toBe(kind === 'urgent' || kind === 'routine');
            expect(e.reasons.some((x) => x.code === 'scheduling.waitlist.clinical_review')).toBe(!e.triaged);
          }
        },
      ),
    );
  });
});
