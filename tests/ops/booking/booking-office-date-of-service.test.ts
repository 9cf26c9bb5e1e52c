import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateBooking, type PracticeData } from '../../../src/ops/index.js';
import { AS_OF, allowedBooking, smallPractice } from '../practice-fixtures.js';

// The payer facts (in network, authorization, eligibility, coverage not ended) are read on the date of
// service: the day the session starts where the service is received [cms-pos-codes], for an in-person
// session the office. El Paso keeps Mountain time and most of Texas Central [cfr-49-71]: 23:30 in El Paso on
// Tuesday 2026-11-24 is 00:30 on Wednesday the 25th in Dallas. Since 2026-12-07 an office listed without its
// zone is dated on every clock of its state, never the client's home clock; when they give different days
// the booking says so (`ops.booking.date_of_service_undecided`) and the payer facts are read on each.

const data = smallPractice();
const base = allowedBooking(data);
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);
const CODE = 'ops.booking.date_of_service_undecided';

/** clin-001's client insured until `planEndsOn`, living at `home`, with an El Paso office (`zone` if listed). */
function elPaso(planEndsOn: string, home: string, zone?: string): PracticeData {
  const d = structuredClone(data);
  const client = d.clients.find((c) => c.id === base.clientId);
  if (client === undefined) throw new Error('fixture');
  client.payerIds = ['bluebird' as never];
  client.payerClasses = ['commercial'];
  client.locationState = 'TX';
  client.zone = home as never;
  d.eligibility = [
    {
      clientId: base.clientId as never,
      payerId: 'bluebird' as never,
      lastVerifiedOn: '2026-11-19',
      planYearStartsOn: '2026-01-01',
      planEndsOn,
      coverageChangedOn: null,
    },
  ];
  const used = new Set(
    d.appointments.flatMap((a) => (a.modality.kind === 'in_person' ? [a.modality.locationId as string] : [])),
  );
  d.practice.offices = [
    ...[...used].map((id) => ({ id, state: 'NY' as const })),
    { id: 'office-ep', state: 'TX', ...(zone === undefined ? {} : { zone }) },
  ] as never;
  return d;
}

/** An in-person session at the El Paso office starting `start` (UTC), 50 minutes. */
const atElPaso = (start: string) => ({
  ...base,
  modality: 'in_person' as const,
  locationId: 'office-ep',
  clientState: undefined,
  start,
  end: new Date(Date.parse(start) + 50 * 60_000).toISOString(),
});

// 23:30 MST on 2026-11-24 in El Paso (06:30 UTC on the 25th): 00:30 on the 25th in Dallas.
const LATE = '2026-11-25T06:30:00Z';
// 22:30 MST on 2026-11-24 (05:30 UTC): 23:30 in Dallas, the same day.
const EARLIER = '2026-11-25T05:30:00Z';

describe('evaluateBooking: the date of service of a session at an office with no zone recorded', () => {
  it('says a 23:30 El Paso session’s date is not known and checks the plan on both days (it ended on the 24th)', () => {
    for (const home of ['America/Chicago', 'America/Denver']) {
      const d = evaluateBooking(atElPaso(LATE), elPaso('2026-11-24', home), { asOf: AS_OF });
      expect(d.reasons.find((r) => r.code === CODE)).toMatchObject({
        severity: 'warning',
        facts: { officeState: 'TX', dates: ['2026-11-24', '2026-11-25'], locationId: 'office-ep' },
      });
      // On Dallas's clock the session is on the 25th, after the plan's last day: the safe answer stands,
      // whatever clock the client keeps at home (before, an El Paso resident's home clock passed it).
      expect(d.reasons.find((r) => r.code === 'ops.booking.coverage_ended')?.facts).toMatchObject({
        serviceDate: '2026-11-25',
      });
    }
  });

  it('passes the plan when it runs through the 25th, still saying the date is not known', () => {
    const d = evaluateBooking(atElPaso(LATE), elPaso('2026-11-25', 'America/Denver'), { asOf: AS_OF });
    expect(codes(d)).toContain(CODE);
    expect(codes(d)).not.toContain('ops.booking.coverage_ended');
  });

  it('dates it 2026-11-24 on the office’s Mountain clock once its zone is recorded, even for a Dallas client', () => {
    // Before, a Dallas resident's home clock dated it the 25th, after the plan's last day.
    const d = evaluateBooking(atElPaso(LATE), elPaso('2026-11-24', 'America/Chicago', 'America/Denver'), {
      asOf: AS_OF,
    });
    expect(codes(d)).not.toContain(CODE);
    expect(codes(d)).not.toContain('ops.booking.coverage_ended');
  });

  it('has one date for a 22:30 El Paso session (23:30 in Dallas): both clocks give the 24th', () => {
    const d = evaluateBooking(atElPaso(EARLIER), elPaso('2026-11-24', 'America/Chicago'), { asOf: AS_OF });
    expect(codes(d)).not.toContain(CODE);
    expect(codes(d)).not.toContain('ops.booking.coverage_ended');
  });
});

describe('evaluateBooking: an office without a zone is dated on every clock of its state (property)', () => {
  it('warns exactly when Texas’s clocks disagree on the start’s day, and ends coverage if any day is past the plan', () => {
    const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}`;
    const localDay = (ms: number, zone: string) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(ms));
    fc.assert(
      fc.property(
        // From 21:00 to 00:59 El Paso time on 24 November (04:00–07:59 UTC on the 25th).
        fc.integer({ min: 0, max: 239 }),
        fc.integer({ min: 23, max: 26 }),
        fc.constantFrom('America/Chicago', 'America/Denver'),
        (minute, planDay, home) => {
          const startMs = Date.parse('2026-11-25T04:00:00Z') + minute * 60_000;
          const start = new Date(startMs).toISOString();
          const d = evaluateBooking(atElPaso(start), elPaso(day(planDay), home), { asOf: AS_OF });
          const dates = [
            ...new Set([localDay(startMs, 'America/Denver'), localDay(startMs, 'America/Chicago')]),
          ];
          expect(codes(d).includes(CODE)).toBe(dates.length > 1);
          expect(codes(d).includes('ops.booking.coverage_ended')).toBe(dates.some((on) => on > day(planDay)));
        },
      ),
      { numRuns: 40 },
    );
  });
});
