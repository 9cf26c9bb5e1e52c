import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError, validate } from '../../../src/core/index.js';
import { zoneOffsetMinutes } from '../../../src/core/internal.js';
import {
  evaluateBookingConflicts,
  SchedulingClinician,
  type SchedulingClinicianInput,
} from '../../../src/scheduling/index.js';
import { session } from '../scheduling-fixtures.js';

// A Phoenix office: Arizona keeps standard time all year (America/Phoenix). America/Denver moves its clocks
// on 2026-03-08 and 2026-11-01, so between those dates it reads every Phoenix time an hour late.
function clinicianWith(blockZones: readonly string[]): SchedulingClinicianInput {
  const days = [['mon'], ['tue'], ['wed'], ['thu'], ['fri']] as const;
  return {
    id: 'dr-lee',
    zone: 'America/Phoenix',
    modalities: ['in_person', 'telehealth'],
    availability: blockZones.map((zone, i) => ({
      days: [...(days[i] ?? ['sat'])],
      start: '09:00',
      end: '17:00',
      locationId: 'phoenix-office',
      zone,
    })),
  };
}

const issuesOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationError) return e.issues.map((i) => [i.at, i.code]);
    throw e;
  }
  return [];
};

describe('SchedulingClinician: one office keeps one clock', () => {
  it('refuses two blocks at the Phoenix office naming America/Phoenix and America/Denver', () => {
    expect(
      issuesOf(() =>
        validate(SchedulingClinician, clinicianWith(['America/Phoenix', 'America/Denver']), 'clinician'),
      ),
    ).toEqual([['$.availability[1].zone', 'scheduling.availability.office_zone_conflict']]);
  });

  it('accepts two names of the same clock (America/Phoenix and its link US/Arizona)', () => {
    expect(
      issuesOf(() =>
        validate(SchedulingClinician, clinicianWith(['America/Phoenix', 'US/Arizona']), 'clinician'),
      ),
    ).toEqual([]);
  });
});

describe('evaluateBookingConflicts: a session’s office zone against the clinician’s availability', () => {
  // Monday 2026-03-09, the day after Denver moved its clocks: 10:00 in Phoenix is 11:00 in Denver.
  const monday = (zone: string) =>
    session('a-1', '2026-03-09T10:00:00-07:00', '2026-03-09T10:50:00-07:00', {
      modality: { kind: 'in_person', locationId: 'phoenix-office', zone },
    });

  it('warns when the session names America/Denver for an office the availability keeps on America/Phoenix', () => {
    const d = evaluateBookingConflicts(monday('America/Denver'), clinicianWith(['America/Phoenix']), []);
    expect(d.outcome).toBe('bookable_with_warnings');
    expect(d.reasons.find((r) => r.code === 'scheduling.conflict.office_zone_mismatch')).toMatchObject({
      severity: 'warning',
      facts: {
        locationId: 'phoenix-office',
        sessionZone: 'America/Denver',
        availabilityZone: 'America/Phoenix',
      },
    });
  });

  it('says nothing when both name the office’s clock', () => {
    const d = evaluateBookingConflicts(monday('America/Phoenix'), clinicianWith(['America/Phoenix']), []);
    expect(d.outcome).toBe('bookable');
  });

  it('warns exactly when the two zones read some 2026 day differently (property)', () => {
    const zones = ['America/Phoenix', 'US/Arizona', 'America/Denver', 'America/Edmonton', 'America/Boise'];
    // The 2026 clock changes and mid-winter and mid-summer, read at noon UTC.
    const days = [
      Date.UTC(2026, 0, 15, 12),
      Date.UTC(2026, 2, 9, 12),
      Date.UTC(2026, 6, 15, 12),
      Date.UTC(2026, 10, 2, 12),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.constantFrom(...zones), (own, block) => {
        const d = evaluateBookingConflicts(monday(own), clinicianWith([block]), []);
        const differ = days.some((ms) => zoneOffsetMinutes(own, ms) !== zoneOffsetMinutes(block, ms));
        expect(d.reasons.some((r) => r.code === 'scheduling.conflict.office_zone_mismatch')).toBe(differ);
      }),
    );
  });
});
