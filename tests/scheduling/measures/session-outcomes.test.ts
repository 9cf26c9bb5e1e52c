import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import { measureSessionOutcomes } from '../../../src/scheduling/measures/session-outcomes.js';
import { session } from '../scheduling-fixtures.js';

const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}`;
const at = (n: number, extra = {}) =>
  session(`a-${n}`, `${day(n)}T10:00:00-04:00`, `${day(n)}T10:50:00-04:00`, extra);

describe('measureSessionOutcomes', () => {
  it('counts late cancels and no-shows per clinician and client, in basis points', () => {
    const r = measureSessionOutcomes(
      [
        at(2, { status: { state: 'completed' } }),
        at(3, { status: { state: 'no_show' } }),
        at(4, { status: { state: 'cancelled', by: 'client', at: `${day(4)}T08:00:00-04:00` } }),
        at(5, { status: { state: 'cancelled', by: 'client', at: `${day(1)}T08:00:00-04:00` } }),
        at(6, { status: { state: 'cancelled', by: 'clinician', at: `${day(6)}T08:00:00-04:00` } }),
        at(9, { clientIds: ['c-2'] }),
        at(20, { clinicianId: 'dr-kim', clientIds: ['c-2'] }),
        session('a-apr', '2026-04-02T10:00:00-04:00', '2026-04-02T10:50:00-04:00'),
        { id: 'bad' },
      ],
      { practiceZone: 'America/New_York' },
      { from: '2026-03-01T00:00:00-05:00', to: '2026-04-01T00:00:00-04:00' },
    );
    expect(
      r.byClinician.map((m) => [
        m.id,
        m.clientSessions,
        m.lateCancels,
        m.noShows,
        m.lateCancelRateBp,
        m.noShowRateBp,
      ]),
    ).toEqual([
      ['dr-kim', 1, 0, 0, 0, 0],
      ['dr-lee', 5, 1, 1, 2000, 2000],
    ]);
    expect(r.byClient.find((m) => m.id === 'c-1')).toMatchObject({
      clientSessions: 4,
      onTimeCancels: 1,
      practiceCancels: 1,
      completed: 1,
    });
    expect(r.invalidAppointments.map((i) => i.index)).toEqual([8]);
  });

  it('gives a zero rate when only the practice cancelled', () => {
    const r = measureSessionOutcomes(
      [at(6, { status: { state: 'cancelled', by: 'practice', at: `${day(6)}T08:00:00-04:00` } })],
      { practiceZone: 'America/New_York' },
      { from: '2026-03-01T00:00:00-05:00', to: '2026-04-01T00:00:00-04:00' },
    );
    expect(r.byClinician[0]).toMatchObject({ clientSessions: 0, lateCancelRateBp: 0, noShowRateBp: 0 });
  });

  it('counts a client cancellation whose time is unknown apart: neither late nor on time', () => {
    const r = measureSessionOutcomes(
      [
        at(4, { status: { state: 'cancelled', by: 'client' } }),
        at(5, { status: { state: 'cancelled', by: 'client', at: `${day(5)}T08:00:00-04:00` } }),
        at(6, { status: { state: 'cancelled', by: 'practice' } }),
      ],
      { practiceZone: 'America/New_York' },
      { from: '2026-03-01T00:00:00-05:00', to: '2026-04-01T00:00:00-04:00' },
    );
    expect(r.byClinician[0]).toMatchObject({
      clientSessions: 2,
      cancelsTimeUnknown: 1,
      lateCancels: 1,
      onTimeCancels: 0,
      practiceCancels: 1,
      lateCancelRateBp: 5000,
    });
  });

  it('rejects a window that ends before it starts', () => {
    expect(() =>
      measureSessionOutcomes(
        [],
        { practiceZone: 'America/New_York' },
        { from: '2026-04-01T00:00:00Z', to: '2026-03-01T00:00:00Z' },
      ),
    ).toThrow(ValidationError);
  });
});
