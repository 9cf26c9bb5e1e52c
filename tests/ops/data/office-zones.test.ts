import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UsState } from '../../../src/core/index.js';
import { zoneOffsetMinutes } from '../../../src/core/internal.js';
import { type PracticeData, safeValidatePracticeData } from '../../../src/ops/index.js';
import { STATE_IANA_ZONES } from '../../../src/scheduling/internal.js';
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
  it('refuses an Arizona office on America/Los_Angeles: it would read 10:00 MST on 2026-01-15 as 09:00', () => {
    // Arizona keeps standard time all year; Los Angeles agrees with it only in summer.
    const ms = Date.parse('2026-01-15T10:00:00-07:00');
    expect(zoneOffsetMinutes('America/Phoenix', ms) - zoneOffsetMinutes('America/Los_Angeles', ms)).toBe(60);
    expect(problems(withOffice('AZ', 'America/Los_Angeles'))).toEqual([
      ['$.practice.offices[0].zone', 'ops.data.zone_not_in_state'],
    ]);
    expect(problems(withOffice('AZ', 'America/Phoenix'))).toEqual([]);
  });

  it('accepts an Arizona office on America/Denver: the Navajo Nation keeps daylight time (IANA: Phoenix is "AZ except Navajo")', () => {
    // Behaviour change (2026-12-06): a Window Rock office was refused. Its 10:00 on Monday 2026-03-09 is
    // 10:00 MDT, an hour ahead of Phoenix [iana-tz-zone-tab, usc-15-260a].
    const ms = Date.parse('2026-03-09T10:00:00-06:00');
    expect(zoneOffsetMinutes('America/Denver', ms) - zoneOffsetMinutes('America/Phoenix', ms)).toBe(60);
    expect(problems(withOffice('AZ', 'America/Denver'))).toEqual([]);
    expect(problems(withOffice('AZ', 'US/Mountain'))).toEqual([]);
    expect(problems(withOffice('AZ', 'America/Chicago'))).toEqual([
      ['$.practice.offices[0].zone', 'ops.data.zone_not_in_state'],
    ]);
  });

  it('accepts each part of every state split across zones (49 CFR part 71) and the clocks kept by custom', () => {
    for (const [state, zone] of [
      ['AL', 'America/New_York'], // Phenix City
      ['AK', 'America/Los_Angeles'], // Hyder
      ['AK', 'America/Adak'],
      ['FL', 'America/Chicago'], // the western panhandle
      ['ID', 'America/Los_Angeles'], // the northern panhandle
      ['ID', 'America/Boise'],
      ['IN', 'America/Indiana/Tell_City'],
      ['KS', 'America/Denver'], // four western counties
      ['KY', 'America/Chicago'],
      ['MI', 'America/Menominee'], // the Upper Peninsula's Wisconsin border
      ['NE', 'America/Denver'],
      ['NV', 'America/Denver'], // West Wendover
      ['ND', 'America/North_Dakota/Beulah'],
      ['ND', 'America/Denver'],
      ['OK', 'America/Denver'], // Kenton
      ['OR', 'America/Boise'], // Malheur County
      ['SD', 'America/Denver'],
      ['TN', 'America/New_York'],
      ['TX', 'America/Denver'], // El Paso and Hudspeth
    ] as const) {
      expect([state, zone, problems(withOffice(state, zone))]).toEqual([state, zone, []]);
    }
    for (const [state, zone] of [
      ['CA', 'America/Denver'],
      ['GA', 'America/Chicago'],
      ['NM', 'America/Phoenix'],
      ['UT', 'America/Phoenix'],
      ['HI', 'America/Anchorage'],
    ] as const) {
      expect([state, zone, problems(withOffice(state, zone))]).toEqual([
        state,
        zone,
        [['$.practice.offices[0].zone', 'ops.data.zone_not_in_state']],
      ]);
    }
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
    // Both Arizona's, but not the same clock: the office's own zone decides.
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
      zone: 'America/Los_Angeles',
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

describe('safeValidatePracticeData: a client’s zone must be one of their state’s (IANA zone table)', () => {
  /** The practice with its first client living in `state` on `zone`. */
  function withClient(state: string, zone: string): PracticeData {
    const copy = structuredClone(base);
    const client = copy.clients[0] as PracticeData['clients'][number];
    (client as { locationState: string }).locationState = state;
    (client as { zone: string }).zone = zone;
    return copy;
  }

  it('refuses a client living in Arizona on America/New_York: their 08:00 text would reach them at 06:00 MST', () => {
    // 08:00 EST on Thursday 2026-01-15 is 06:00 in Phoenix, before the 47 CFR 64.1200(c)(1) window opens.
    expect(problems(withClient('AZ', 'America/New_York'))).toEqual([
      ['$.clients[0].zone', 'ops.data.zone_not_in_state'],
    ]);
  });

  it('accepts a client of the Navajo Nation on America/Denver, and a Phenix City client on Eastern time', () => {
    expect(problems(withClient('AZ', 'America/Denver'))).toEqual([]);
    expect(problems(withClient('AL', 'America/New_York'))).toEqual([]);
    expect(problems(withClient('TX', 'America/Denver'))).toEqual([]);
  });

  it('refuses a client zone exactly when it keeps another clock than every zone of their state (property)', () => {
    const states = Object.keys(STATE_IANA_ZONES) as UsState[];
    const pool = [...new Set(Object.values(STATE_IANA_ZONES).flat()), 'US/Pacific', 'EST', 'UTC'];
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
        const expected = valid ? [] : [['$.clients[0].zone', 'ops.data.zone_not_in_state']];
        expect(problems(withClient(state, zone))).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
