import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import {
  evaluateSeriesBooking,
  evaluateSessionDelivery,
  expandSeries,
  type SchedulingAppointmentInput,
} from '../../../src/scheduling/index.js';
import { drLee, session, weeklySeries } from '../scheduling-fixtures.js';

// How a session reaches the client, for what comes after it: a claim line's modality (in person, video,
// audio-only), its place of service (10 for telehealth to the client's home, 02 elsewhere, CMS's POS code
// set) and modifier (95 video, 93 audio-only). Medicare pays audio-only telehealth only to a client at home
// who cannot use video or does not consent to it (42 CFR 410.78(a)(3)): neither fact is ever presumed.

const monday = (modality: SchedulingAppointmentInput['modality']) =>
  session('a-1', '2026-03-09T09:00:00-04:00', '2026-03-09T09:53:00-04:00', { modality });

const issueCodes = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map((i) => [i.at, i.code]);
    throw e;
  }
  return [];
};

describe('evaluateSessionDelivery', () => {
  it('records an audio-only call to a New York client at home, as the claim line is billed on it', () => {
    const d = evaluateSessionDelivery(
      monday({ kind: 'telehealth', clientLocationState: 'NY', delivery: 'audio_only', clientAtHome: true }),
    );
    expect(d).toEqual({
      outcome: 'recorded',
      reasons: [],
      appointmentId: 'a-1',
      delivery: 'audio_only',
      clientLocationState: 'NY',
      clientAtHome: true,
    });
  });

  it('records a video session to a client at work in New Jersey (place of service 02, not 10)', () => {
    const d = evaluateSessionDelivery(
      monday({ kind: 'telehealth', clientLocationState: 'NJ', delivery: 'video', clientAtHome: false }),
    );
    expect([d.outcome, d.delivery, d.clientLocationState, d.clientAtHome]).toEqual([
      'recorded',
      'video',
      'NJ',
      false,
    ]);
  });

  it('records an in-person session as it is, with no client location or home to ask about', () => {
    const d = evaluateSessionDelivery(monday({ kind: 'in_person', locationId: 'office-1' }));
    expect(d).toEqual({ outcome: 'recorded', reasons: [], appointmentId: 'a-1', delivery: 'in_person' });
  });

  it('is undecided for a telehealth session booked before delivery was recorded: never presumed video nor home', () => {
    const d = evaluateSessionDelivery(monday({ kind: 'telehealth', clientLocationState: 'NY' }));
    expect(d.outcome).toBe('undecided');
    expect([d.delivery, d.clientAtHome]).toEqual([null, null]);
    expect(d.reasons.map((r) => [r.code, r.severity, r.facts])).toEqual([
      ['scheduling.delivery.mode_unknown', 'warning', { appointmentId: 'a-1' }],
      [
        'scheduling.delivery.client_at_home_unknown',
        'warning',
        { appointmentId: 'a-1', clientLocationState: 'NY' },
      ],
    ]);
  });

  it('names only the missing fact: an audio-only call whose client’s whereabouts at home are not recorded', () => {
    const d = evaluateSessionDelivery(
      monday({ kind: 'telehealth', clientLocationState: 'NY', delivery: 'audio_only' }),
    );
    expect([d.outcome, d.delivery, ...d.reasons.map((r) => r.code)]).toEqual([
      'undecided',
      'audio_only',
      'scheduling.delivery.client_at_home_unknown',
    ]);
  });

  it('refuses delivery facts on an in-person session, and an unknown delivery, at their path', () => {
    expect(
      issueCodes(() =>
        evaluateSessionDelivery(
          monday({
            kind: 'in_person',
            locationId: 'office-1',
            delivery: 'video',
          } as unknown as SchedulingAppointmentInput['modality']),
        ),
      ),
    ).toEqual([['$.modality', 'core.object.unknown_field']]);
    expect(
      issueCodes(() =>
        evaluateSessionDelivery(
          monday({
            kind: 'telehealth',
            clientLocationState: 'NY',
            delivery: 'phone',
          } as unknown as SchedulingAppointmentInput['modality']),
        ),
      ).map(([at]) => at),
    ).toEqual(['$.modality.delivery']);
  });

  it('is recorded exactly when every telehealth fact is, and names each missing one once (property)', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom('video' as const, 'audio_only' as const), { nil: undefined }),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.constantFrom('NY' as const, 'NJ' as const, 'AZ' as const, 'HI' as const),
        (delivery, clientAtHome, state) => {
          const modality = {
            kind: 'telehealth' as const,
            clientLocationState: state,
            ...(delivery === undefined ? {} : { delivery }),
            ...(clientAtHome === undefined ? {} : { clientAtHome }),
          };
          const d = evaluateSessionDelivery(monday(modality));
          const missing = [
            ...(delivery === undefined ? ['scheduling.delivery.mode_unknown'] : []),
            ...(clientAtHome === undefined ? ['scheduling.delivery.client_at_home_unknown'] : []),
          ];
          expect(d.outcome).toBe(missing.length === 0 ? 'recorded' : 'undecided');
          expect(d.reasons.map((r) => r.code)).toEqual(missing);
          expect([d.delivery, d.clientAtHome, d.clientLocationState]).toEqual([
            delivery ?? null,
            clientAtHome ?? null,
            state,
          ]);
        },
      ),
    );
  });
});

// A weekly audio-only series for a New York client at home, Mondays 09:00 from 2026-03-02: on 2026-03-16 the
// client calls from Florida (not at home), and on 2026-03-23 from somewhere not yet said.
const audioSeries = {
  ...weeklySeries,
  count: 4,
  modality: {
    kind: 'telehealth' as const,
    clientLocationState: 'NY' as const,
    delivery: 'audio_only' as const,
    clientAtHome: true,
  },
  clientLocations: [
    { date: '2026-03-16', state: 'FL' as const },
    { date: '2026-03-23', state: null },
  ],
};

describe('a series keeps each occurrence’s delivery', () => {
  it('gives each occurrence the modality its appointment records: audio-only, at home only in New York', () => {
    expect(expandSeries(audioSeries).occurrences.map((o) => [o.ruleDate, o.modality])).toEqual([
      ['2026-03-02', audioSeries.modality],
      ['2026-03-09', audioSeries.modality],
      // Away in Florida: still audio-only, but not at the home the series records.
      ['2026-03-16', { kind: 'telehealth', clientLocationState: 'FL', delivery: 'audio_only' }],
      ['2026-03-23', undefined],
    ]);
  });

  it('gives an in-person series’ occurrences its own modality', () => {
    const inPerson = { ...weeklySeries, modality: { kind: 'in_person' as const, locationId: 'office-1' } };
    expect(expandSeries(inPerson).occurrences[0]?.modality).toEqual(inPerson.modality);
  });

  it('books each occurrence as audio-only: the appointment built from it is undecided only where the client is away', () => {
    const d = evaluateSeriesBooking(audioSeries, drLee, []);
    const byDate = d.occurrences.map(({ occurrence: o }) => {
      if (o.modality === undefined) return [o.ruleDate, 'location unknown'];
      const a = session(`a-${o.sequence}`, o.start, o.end, { modality: o.modality });
      const delivery = evaluateSessionDelivery(a);
      return [o.ruleDate, delivery.outcome, ...delivery.reasons.map((r) => r.code)];
    });
    expect(byDate).toEqual([
      ['2026-03-02', 'recorded'],
      ['2026-03-09', 'recorded'],
      ['2026-03-16', 'undecided', 'scheduling.delivery.client_at_home_unknown'],
      ['2026-03-23', 'location unknown'],
    ]);
  });

  it('keeps the series’ delivery on every occurrence, and its home only in the series’ state (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('video' as const, 'audio_only' as const),
        fc.boolean(),
        fc.array(
          fc.record({
            week: fc.integer({ min: 0, max: 3 }),
            state: fc.constantFrom('NY' as const, 'FL' as const, 'NJ' as const, null),
          }),
          { maxLength: 8 },
        ),
        (delivery, clientAtHome, away) => {
          const dates = new Map(away.map((a) => [`2026-03-${String(2 + 7 * a.week).padStart(2, '0')}`, a]));
          const s = {
            ...weeklySeries,
            startDate: '2026-03-02',
            count: 4,
            modality: {
              kind: 'telehealth' as const,
              clientLocationState: 'NY' as const,
              delivery,
              clientAtHome,
            },
            clientLocations: [...dates.entries()].map(([date, a]) => ({ date, state: a.state })),
          };
          for (const o of expandSeries(s).occurrences) {
            if (o.clientLocationState === null) {
              expect(o.modality).toBeUndefined();
              continue;
            }
            expect(o.modality).toEqual({
              kind: 'telehealth',
              clientLocationState: o.clientLocationState,
              delivery,
              ...(o.clientLocationState === 'NY' ? { clientAtHome } : {}),
            });
          }
        },
      ),
    );
  });
});
