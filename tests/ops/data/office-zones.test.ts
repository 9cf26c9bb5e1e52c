import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UsState } from '../../../src/core/index.js';
import { zoneOffsetMinutes } from '../../../src/core/internal.js';
import { STATE_IANA_ZONES } from '../../../src/ops/data/state-zone-list.js';
import { type PracticeData, safeValidatePracticeData } from '../../../src/ops/index.js';
import { smallPractice } from '../practice-fixtures.js';

const base = smallPractice();

/** The practice with one office, `office-1`, in `state` on `zone` (left out when `undefined`). */
function withOffice(state: string, zone?: string): PracticeData {
  const copy = structuredClone(base);
  copy.practice.offices = [{ id: 'office-1', state, ...(zone === undefined ? {} : { zone }) }] as never;
  return copy;
}
const problems = (data: unknown) => {
  const r = safeValidatePracticeData(data);
  return r.success ? [] : r.issues.map((i) => [i.at, i.code]);
};

describe('safeValidatePracticeData: an office’s zone must be one of its state’s (IANA zone table)', () => {
  it('refuses an Arizona office on America/Denver: it would read 10:00 MST on 2026-03-08 as 11:00', () => {
    // Arizona keeps standard time all year; Denver springs forward at 02:00 on Sunday 2026-03-08.
    const ms = Date.parse('2026-03-08T10:00:00-07:00');
    expect(zoneOffsetMinutes('America/Denver', ms) - zoneOffsetMinutes('America/Phoenix', ms)).toBe(60);
    expect(problems(withOffice('AZ', 'America/Denver'))).toEqual([
      ['$.practice.offices[0].zone', 'ops.data.zone_not_in_state'],
    ]);
    expect(problems(withOffice('AZ', 'America/Phoenix'))).toEqual([]);
  });

  it('accepts either zone of a state split in two (TN, FL, IN, KY, TX) and refuses one from elsewhere', () => {
    for (const [state, zone] of [
      ['TN', 'America/New_York'],
      ['TN', 'America/Chicago'],
      ['FL', 'America/Chicago'],
      ['IN', 'America/Indiana/Indianapolis'],
      ['IN', 'America/Chicago'],
      ['KY', 'America/Kentucky/Louisville'],
      ['TX', 'America/Denver'],
    ] as const) {
      expect(problems(withOffice(state, zone))).toEqual([]);
    }
    expect(problems(withOffice('TN', 'America/Denver'))).toEqual([
      ['$.practice.offices[0].zone', 'ops.data.zone_not_in_state'],
    ]);
    expect(problems(withOffice('NY', 'America/Los_Angeles'))).toEqual([
      ['$.practice.offices[0].zone', 'ops.data.zone_not_in_state'],
    ]);
  });

  it('accepts another name of the same clock (US/Eastern for New York) but not one without daylight time (EST)', () => {
    expect(problems(withOffice('NY', 'US/Eastern'))).toEqual([]);
    expect(problems(withOffice('NY', 'EST'))).toEqual([
      ['$.practice.offices[0].zone', 'ops.data.zone_not_in_state'],
    ]);
  });

  it('refuses a session, a block and a series naming another zone for the office than the office’s own', () => {
    const data = withOffice('AZ', 'America/Phoenix');
    const appt = data.appointments[2] as PracticeData['appointments'][number];
    (appt as { modality: unknown }).modality = {
      kind: 'in_person',
      locationId: 'office-1',
      zone: 'America/Denver',
    };
    const clinician = data.clinicians[1] as PracticeData['clinicians'][number];
    (clinician.availability[0] as { locationId?: string; zone?: string }).locationId = 'office-1';
    (clinician.availability[0] as { locationId?: string; zone?: string }).zone = 'America/Los_Angeles';
    expect(problems(data)).toEqual([
      ['$.appointments[2].modality.zone', 'ops.data.zone_not_office'],
      ['$.clinicians[1].availability[0].zone', 'ops.data.zone_not_office'],
    ]);
  });

  it('checks a session’s office zone against the state when the office is listed without one', () => {
    const data = withOffice('AZ');
    const appt = data.appointments[0] as PracticeData['appointments'][number];
    (appt as { modality: unknown }).modality = {
      kind: 'in_person',
      locationId: 'office-1',
      zone: 'America/Denver',
    };
    expect(problems(data)).toEqual([['$.appointments[0].modality.zone', 'ops.data.zone_not_in_state']]);
    (appt as { modality: unknown }).modality = {
      kind: 'in_person',
      locationId: 'office-1',
      zone: 'America/Phoenix',
    };
    expect(problems(data)).toEqual([]);
  });

  it('refuses an office zone exactly when it reads some 2026 day unlike every zone of its state (property)', () => {
    const states = Object.keys(STATE_IANA_ZONES) as UsState[];
    const pool = [
      ...new Set(Object.values(STATE_IANA_ZONES).flat()),
      'US/Eastern',
      'EST',
      'Europe/London',
      'UTC',
    ];
    // Mid-winter, the two 2026 US clock changes and mid-summer, at noon UTC.
    const days = [
      Date.UTC(2026, 0, 15, 12),
      Date.UTC(2026, 2, 9, 12),
      Date.UTC(2026, 6, 15, 12),
      Date.UTC(2026, 10, 2, 12),
    ];
    const sameClock = (a: string, b: string) =>
      days.every((ms) => zoneOffsetMinutes(a, ms) === zoneOffsetMinutes(b, ms));
    fc.assert(
      fc.property(fc.constantFrom(...states), fc.constantFrom(...pool), (state, zone) => {
        const valid = STATE_IANA_ZONES[state].some((z) => sameClock(z, zone));
        expect(problems(withOffice(state, zone)).length === 0).toBe(valid);
      }),
      { numRuns: 60 },
    );
  });
});
