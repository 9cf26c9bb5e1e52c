import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsState } from '../../../src/core/index.js';
import { localDayAndMinute, minuteOfDay } from '../../../src/core/internal.js';
import { planReminders } from '../../../src/scheduling/index.js';
import { isZoneOfState, STATE_IANA_ZONES } from '../../../src/scheduling/internal.js';
import { session } from '../scheduling-fixtures.js';

// 47 CFR 64.1200(c)(1): no call or text before 8 a.m. or after 9 p.m. local time at the called party's
// location. A telehealth session records where the client will be [hhs-telehealth-licensure]; a text
// before it may reach them at home or already there, so it waits for a time open on both clocks.
const SMS = { sms: { optedIn: true, unsecuredRiskAcknowledged: true } };
const NEW_YORKER = {
  id: 'c-1',
  zone: 'America/New_York',
  locationState: 'NY' as const,
  channelConsent: SMS,
};
const deferred = (r: { reasons: readonly { code: string }[] } | undefined) =>
  r?.reasons.find((x) => x.code === 'scheduling.reminder.deferred_texting_hours');

describe('planReminders: the texting window where a telehealth client will be (47 CFR 64.1200(c)(1))', () => {
  it('holds a New Yorker’s text to 08:00 in Arizona when they join Tuesday 2026-03-10 from Phoenix', () => {
    // 09:00 EDT on Monday 2026-03-09 is 06:00 MST in Phoenix (Arizona keeps standard time) and 07:00 MDT
    // on the Navajo Nation: the text waits for 08:00 MST, 11:00 EDT.
    const tuesday = session('a-1', '2026-03-10T09:00:00-04:00', '2026-03-10T09:50:00-04:00', {
      modality: { kind: 'telehealth', clientLocationState: 'AZ' },
    });
    const [r] = planReminders(tuesday, NEW_YORKER, { hoursBefore: [24] });
    expect(r).toMatchObject({ status: 'planned', channel: 'sms', sendAt: '2026-03-09T11:00:00-04:00' });
    expect(deferred(r)).toMatchObject({
      facts: {
        from: '2026-03-09T09:00:00-04:00',
        to: '2026-03-09T11:00:00-04:00',
        zone: 'America/New_York',
        clientLocationState: 'AZ',
        clientLocationZones: ['America/Phoenix', 'America/Denver'],
      },
    });
  });

  it('holds a Californian’s evening text out of New York’s night when they join from New York', () => {
    // Due 19:00 PDT on Tuesday 2026-03-10: 22:00 EDT. It waits past New York's night and then for 08:00 in
    // Los Angeles (11:00 EDT) on Wednesday, before the 19:00 PDT session.
    const wednesday = session('a-2', '2026-03-11T19:00:00-07:00', '2026-03-11T19:50:00-07:00', {
      modality: { kind: 'telehealth', clientLocationState: 'NY' },
    });
    const californian = { ...NEW_YORKER, zone: 'America/Los_Angeles', locationState: 'CA' as const };
    const [r] = planReminders(wednesday, californian, { hoursBefore: [24] });
    expect(r).toMatchObject({ status: 'planned', channel: 'sms', sendAt: '2026-03-11T08:00:00-07:00' });
    // At home the same text would have gone at 19:00 PDT.
    const home = session('a-3', '2026-03-11T19:00:00-07:00', '2026-03-11T19:50:00-07:00', {
      modality: { kind: 'telehealth', clientLocationState: 'CA' },
    });
    expect(planReminders(home, californian, { hoursBefore: [24] })[0]?.sendAt).toBe(
      '2026-03-10T19:00:00-07:00',
    );
  });

  it('keeps the client’s own clock for a state on the same clock, and for an in-person session', () => {
    const monday = session('a-4', '2026-03-09T09:00:00-04:00', '2026-03-09T09:50:00-04:00', {
      modality: { kind: 'telehealth', clientLocationState: 'NJ' },
    });
    const [r] = planReminders(
      monday,
      NEW_YORKER,
      { hoursBefore: [24] },
      { clinicianZone: 'America/New_York' },
    );
    expect(r).toMatchObject({ sendAt: '2026-03-08T09:00:00-04:00', reasons: [] });
    const inPerson = session('a-5', '2026-03-09T09:00:00-04:00', '2026-03-09T09:50:00-04:00', {
      modality: { kind: 'in_person', locationId: 'office-1' },
    });
    expect(planReminders(inPerson, NEW_YORKER, { hoursBefore: [24] })[0]?.sendAt).toBe(
      '2026-03-08T09:00:00-04:00',
    );
  });

  it('suppresses the text when the window opens on both clocks only after the session starts', () => {
    // A 10:00 EDT session from Hawaii (04:00 HST): a 1-hour text at 09:00 EDT is 03:00 in Honolulu.
    const early = session('a-6', '2026-03-10T10:00:00-04:00', '2026-03-10T10:50:00-04:00', {
      modality: { kind: 'telehealth', clientLocationState: 'HI' },
    });
    const [r] = planReminders(early, NEW_YORKER, { hoursBefore: [1] });
    expect(r).toMatchObject({ status: 'suppressed', channel: null, sendAt: null });
    expect(r?.reasons.map((x) => x.code)).toEqual([
      'scheduling.reminder.deferred_texting_hours',
      'scheduling.reminder.too_late',
    ]);
  });

  it('never plans a text outside 08:00-21:00 on the client’s clock or any clock of the session’s state (property)', () => {
    const homes = [
      ['America/New_York', 'NY'],
      ['America/Los_Angeles', 'CA'],
      ['America/Phoenix', 'AZ'],
      ['America/Chicago', 'TX'],
      ['Pacific/Honolulu', 'HI'],
      ['America/Anchorage', 'AK'],
    ] as const;
    const startMs = fc.integer({ min: 0, max: 365 * 96 }).map((q) => Date.UTC(2026, 0, 1) + q * 15 * 60_000);
    fc.assert(
      fc.property(
        startMs,
        fc.constantFrom(...homes),
        fc.constantFrom(...UsState.options),
        fc.subarray([1, 2, 12, 24, 48], { minLength: 1 }),
        (ms, [zone, home], away, hours) => {
          const iso = (t: number) => `${new Date(t).toISOString().slice(0, 19)}Z`;
          const appt = session('a-p', iso(ms), iso(ms + 50 * 60_000), {
            modality: { kind: 'telehealth', clientLocationState: away },
          });
          const client = { ...NEW_YORKER, zone, locationState: home };
          const clocks = isZoneOfState(zone, away) ? [zone] : [zone, ...STATE_IANA_ZONES[away]];
          for (const r of planReminders(appt, client, { hoursBefore: hours })) {
            if (r.status !== 'planned' || r.channel !== 'sms' || r.sendAt === null) continue;
            for (const clock of clocks) {
              const minute = localDayAndMinute(r.sendAt, clock).minuteOfDay;
              expect(minute).toBeGreaterThanOrEqual(minuteOfDay('08:00'));
              expect(minute).toBeLessThan(minuteOfDay('21:00'));
            }
            expect(Date.parse(r.sendAt)).toBeLessThan(ms);
          }
        },
      ),
    );
  });
});
