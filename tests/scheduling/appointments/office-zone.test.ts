import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import { isLateCancellation } from '../../../src/scheduling/fees/cancellation-fee.js';
import {
  CancellationPolicy,
  evaluateMissedSessionFee,
  expandSeries,
  measureSessionOutcomes,
  type SchedulingAppointmentInput,
  type SchedulingClientInput,
  type SchedulingSeriesInput,
  toICalendar,
} from '../../../src/scheduling/index.js';

// An in-person session happens at the office: its local date and times (a business-day notice, the
// calendar's wall clock, a series' wall time) are the office's, not the clinician's or the practice's.

const LA_OFFICE = { kind: 'in_person', locationId: 'la-office', zone: 'America/Los_Angeles' } as const;
// Monday 2026-03-16 21:30 in Los Angeles is Tuesday 00:30 in New York.
const EVENING = {
  id: 'a-eve',
  clinicianId: 'dr-lee',
  clientIds: ['c-1'] as string[],
  type: 'individual',
  modality: LA_OFFICE,
  start: '2026-03-16T21:30:00-07:00',
  end: '2026-03-16T22:20:00-07:00',
  sessionFeeCents: 15_000,
} as const satisfies SchedulingAppointmentInput;
const CLIENT = {
  id: 'c-1',
  zone: 'America/Los_Angeles',
  locationState: 'CA',
  payerClasses: ['commercial'] as ('commercial' | 'medicaid')[],
  birthDate: '1980-01-01',
  cancellationPolicyAcknowledgedAt: '2026-01-05T10:00:00-08:00',
} satisfies SchedulingClientInput;
const POLICY = { practiceZone: 'America/New_York', notice: { unit: 'business_days', days: 1 } } as const;
const cancelledAt = (at: string) => ({ state: 'cancelled', by: 'client', at }) as const;
const feeOf = (appointment: SchedulingAppointmentInput) =>
  evaluateMissedSessionFee(appointment, CLIENT, POLICY, { asOf: '2026-03-17T12:00:00-07:00' });

describe('an in-person session is dated on its office’s clock', () => {
  it('counts a business-day notice in the office’s zone: one business day before Monday 21:30 is Friday 21:30 there', () => {
    // Sunday 20:00 in Los Angeles: after Friday 21:30 at the office, so late; counted in New York the
    // session is on Tuesday and the deadline Sunday 21:30 Los Angeles time, so it looked on time.
    const sunday = feeOf({ ...EVENING, status: cancelledAt('2026-03-15T20:00:00-07:00') });
    expect([sunday.outcome, sunday.kind, sunday.feeCents]).toEqual(['charge', 'late_cancel', 15_000]);
    const noOfficeZone = feeOf({
      ...EVENING,
      modality: { kind: 'in_person', locationId: 'la-office' },
      status: cancelledAt('2026-03-15T20:00:00-07:00'),
    });
    expect(noOfficeZone.outcome).toBe('no_charge');
  });

  it('is on time at the office’s deadline and late one millisecond after it (the day before, of and after)', () => {
    const at = (iso: string) => feeOf({ ...EVENING, status: cancelledAt(iso) }).outcome;
    expect(at('2026-03-12T21:30:00-07:00')).toBe('no_charge'); // Thursday
    expect(at('2026-03-13T21:30:00-07:00')).toBe('no_charge'); // Friday, the deadline itself
    expect(at('2026-03-13T21:30:00.001-07:00')).toBe('charge');
    expect(at('2026-03-14T09:00:00-07:00')).toBe('charge'); // Saturday
  });

  it('keeps the practice zone for telehealth, whose client may be anywhere', () => {
    const telehealth = feeOf({
      ...EVENING,
      modality: { kind: 'telehealth', clientLocationState: 'CA' },
      status: cancelledAt('2026-03-15T20:00:00-07:00'),
    });
    expect(telehealth.outcome).toBe('no_charge');
  });

  it('counts late cancellations of the measures on the same clock', () => {
    const m = measureSessionOutcomes(
      [{ ...EVENING, status: cancelledAt('2026-03-15T20:00:00-07:00') }],
      POLICY,
      { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' },
    );
    expect(m.byClient[0]?.lateCancels).toBe(1);
  });

  it('decides as a practice whose own zone is the office’s would (property)', () => {
    const zones = ['America/Los_Angeles', 'America/Phoenix', 'America/New_York', 'Pacific/Honolulu'] as const;
    const from = Date.parse('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 360 * 24 * 60 }),
        fc.integer({ min: 0, max: 10 * 24 * 60 }),
        fc.integer({ min: 1, max: 3 }),
        (office, practice, startMinute, noticeMinutes, days) => {
          const startMs = from + startMinute * 60_000;
          const cancelMs = startMs - noticeMinutes * 60_000;
          const policy = CancellationPolicy.parse({
            practiceZone: practice,
            notice: { unit: 'business_days', days },
          });
          const asOffice = CancellationPolicy.parse({
            practiceZone: office,
            notice: { unit: 'business_days', days },
          });
          expect(isLateCancellation(startMs, cancelMs, policy, office)).toBe(
            isLateCancellation(startMs, cancelMs, asOffice, asOffice.practiceZone),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses an in-person series kept on another zone’s clock than its office’s', () => {
    const series = {
      id: 's-phx',
      clinicianId: 'dr-lee',
      clientIds: ['c-1'] as string[],
      type: 'individual',
      modality: { kind: 'in_person', locationId: 'phoenix', zone: 'America/Phoenix' },
      zone: 'America/Denver',
      startDate: '2026-03-02',
      startTime: '09:00',
      durationMinutes: 50,
      frequency: 'weekly',
      count: 3,
    } satisfies SchedulingSeriesInput;
    try {
      expandSeries(series);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => [i.at, i.code])).toEqual([
        ['$.input.zone', 'scheduling.series.zone_not_office'],
      ]);
    }
    // Kept at the office: 09:00 in Phoenix every week, across Denver's 2026-03-08 change.
    const atOffice = expandSeries({ ...series, zone: 'America/Phoenix' });
    expect(atOffice.occurrences.map((o) => o.start)).toEqual([
      '2026-03-02T09:00:00-07:00',
      '2026-03-09T09:00:00-07:00',
      '2026-03-16T09:00:00-07:00',
    ]);
  });

  it('writes an in-person appointment on its office’s clock in the calendar, and needs no export zone for it', () => {
    const phoenix = {
      ...EVENING,
      id: 'a-phx',
      modality: { kind: 'in_person', locationId: 'phoenix', zone: 'America/Phoenix' },
      start: '2026-07-06T09:00:00-07:00',
      end: '2026-07-06T09:50:00-07:00',
    } as const;
    const text = toICalendar(
      { appointments: [phoenix] },
      { asOf: '2026-03-01T00:00:00Z', summary: 'Session' },
    );
    expect(text).toContain('DTSTART;TZID=America/Phoenix:20260706T090000');
    expect(text).toContain('TZID:America/Phoenix');
    const withZone = toICalendar(
      { appointments: [phoenix] },
      { asOf: '2026-03-01T00:00:00Z', summary: 'Session', zone: 'America/New_York' },
    );
    expect(withZone).toContain('DTSTART;TZID=America/Phoenix:20260706T090000');
    expect(withZone).not.toContain('TZID=America/New_York');
    // A telehealth appointment still needs the export's zone.
    expect(() =>
      toICalendar(
        {
          appointments: [
            phoenix,
            { ...phoenix, id: 'a-tele', modality: { kind: 'telehealth', clientLocationState: 'AZ' } },
          ],
        },
        { asOf: '2026-03-01T00:00:00Z', summary: 'Session' },
      ),
    ).toThrow(ValidationError);
  });
});
