import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstant, type UsState } from '../../../src/core/index.js';
import { toEpochMs } from '../../../src/core/internal.js';
import { listRemindersDue, planReminders } from '../../../src/scheduling/index.js';
import { isZoneOfState, STATE_IANA_ZONES, stateClocks } from '../../../src/scheduling/internal.js';
import { session } from '../scheduling-fixtures.js';

// A reminder states the session's time on the clock it is held on, and the client's own beside it. The
// states below keep two clocks (49 CFR part 71, [cfr-49-71]; zone.tab, [iana-tz-zone-tab]): Tennessee
// (Knoxville Eastern, Nashville Central), Kentucky, Texas (El Paso Mountain), Idaho (the north Pacific).
const PORTAL = { portal: { optedIn: true } };
const NASHVILLE = {
  id: 'c-1',
  zone: 'America/Chicago',
  locationState: 'TN' as const,
  channelConsent: PORTAL,
};
const NEW_YORKER = {
  id: 'c-1',
  zone: 'America/New_York',
  locationState: 'NY' as const,
  channelConsent: PORTAL,
};
const codes = (r: { reasons: readonly { code: string }[] } | undefined) => r?.reasons.map((x) => x.code);

describe('planReminders: the session’s time on the clock it is held on', () => {
  it('says 10:00 at a Knoxville office on Sunday 2027-03-14 (spring change), 09:00 for a Nashville client', () => {
    const knoxville = session('a-1', '2027-03-14T10:00:00-04:00', '2027-03-14T10:50:00-04:00', {
      modality: { kind: 'in_person', locationId: 'office-knoxville', zone: 'America/New_York' },
    });
    const [r48, r24] = planReminders(knoxville, NASHVILLE, { hoursBefore: [48, 24] });
    expect(r24?.sessionTime).toEqual({
      heldOn: { clock: 'office', zone: 'America/New_York', start: '2027-03-14T10:00:00-04:00' },
      clientTimes: [{ zone: 'America/Chicago', start: '2027-03-14T09:00:00-05:00' }],
    });
    // 24 and 48 real hours before, across the change: 09:00 EST on Saturday in Knoxville, 08:00 in Nashville
    // (10:00 EST, the same wall time, would be 25 hours).
    expect(r24?.sendAt).toBe('2027-03-13T08:00:00-06:00');
    expect(toEpochMs(r24?.sendAt as string)).toBe(toEpochMs('2027-03-14T10:00:00-04:00') - 24 * 3_600_000);
    expect(toEpochMs(r48?.sendAt as string)).toBe(toEpochMs('2027-03-14T10:00:00-04:00') - 48 * 3_600_000);
    expect(codes(r24)).not.toContain('scheduling.reminder.session_clock_unknown');
  });

  it('says the clinician’s 10:00 and both Texas clocks for a New Yorker joining from Texas on 2026-11-01 (fall-back)', () => {
    // Sunday 2026-11-01 after the change: 10:00 EST in New York is 09:00 CST in Dallas, 08:00 MST in El Paso.
    const sunday = session('a-2', '2026-11-01T10:00:00-05:00', '2026-11-01T10:50:00-05:00', {
      modality: { kind: 'telehealth', clientLocationState: 'TX' },
    });
    const [r] = planReminders(
      sunday,
      NEW_YORKER,
      { hoursBefore: [24] },
      { clinicianZone: 'America/New_York' },
    );
    expect(r?.sessionTime).toEqual({
      heldOn: { clock: 'clinician', zone: 'America/New_York', start: '2026-11-01T10:00:00-05:00' },
      clientTimes: [
        { zone: 'America/Chicago', start: '2026-11-01T09:00:00-06:00' },
        { zone: 'America/Denver', start: '2026-11-01T08:00:00-07:00' },
      ],
    });
    expect(r?.reasons.find((x) => x.code === 'scheduling.reminder.client_clock_unknown')).toMatchObject({
      severity: 'info',
      facts: { clientLocationState: 'TX', zones: ['America/Chicago', 'America/Denver'] },
    });
    // 24 real hours before a 25-hour day's 10:00 EST is 11:00 EDT on Saturday.
    expect(r?.sendAt).toBe('2026-10-31T11:00:00-04:00');
  });

  it('keeps a Kentucky client’s own clock at home (Bowling Green, Central) beside a Denver clinician’s', () => {
    const client = { ...NEW_YORKER, zone: 'America/Chicago', locationState: 'KY' as const };
    const tuesday = session('a-3', '2027-03-16T11:00:00-05:00', '2027-03-16T11:50:00-05:00', {
      modality: { kind: 'telehealth', clientLocationState: 'KY' },
    });
    const [r] = planReminders(tuesday, client, { hoursBefore: [24] }, { clinicianZone: 'America/Denver' });
    expect(r?.sessionTime).toEqual({
      heldOn: { clock: 'clinician', zone: 'America/Denver', start: '2027-03-16T10:00:00-06:00' },
      clientTimes: [{ zone: 'America/Chicago', start: '2027-03-16T11:00:00-05:00' }],
    });
    expect(codes(r)).not.toContain('scheduling.reminder.client_clock_unknown');
  });

  it('states no office clock when the office’s zone is not recorded: the client’s own time, and why', () => {
    const noZone = session('a-4', '2027-03-14T10:00:00-04:00', '2027-03-14T10:50:00-04:00', {
      modality: { kind: 'in_person', locationId: 'office-knoxville' },
    });
    const [r] = planReminders(noZone, NASHVILLE, { hoursBefore: [24] });
    expect(r?.sessionTime).toEqual({
      heldOn: null,
      clientTimes: [{ zone: 'America/Chicago', start: '2027-03-14T09:00:00-05:00' }],
    });
    expect(r?.reasons.find((x) => x.code === 'scheduling.reminder.session_clock_unknown')).toMatchObject({
      severity: 'info',
      facts: { modality: 'in_person', clientZone: 'America/Chicago' },
    });
  });

  it('states no clinician clock by telehealth when none was given, never the client’s as the clinician’s', () => {
    const [r] = planReminders(
      session('a-5', '2026-11-01T10:00:00-05:00', '2026-11-01T10:50:00-05:00'),
      NEW_YORKER,
      { hoursBefore: [24] },
    );
    expect(r?.sessionTime.heldOn).toBeNull();
    expect(r?.sessionTime.clientTimes).toEqual([
      { zone: 'America/New_York', start: '2026-11-01T10:00:00-05:00' },
    ]);
    // The missing clock has a reason code, as an office without its zone has (scheduling.reminder.session_clock_unknown).
    expect(r?.reasons.find((x) => x.code === 'scheduling.reminder.clinician_clock_unknown')).toMatchObject({
      severity: 'info',
      facts: { modality: 'telehealth', clinicianId: 'dr-lee' },
    });
  });

  it('gives no clinician_clock_unknown once the clinician’s zone is given', () => {
    const [r] = planReminders(
      session('a-5', '2026-11-01T10:00:00-05:00', '2026-11-01T10:50:00-05:00'),
      NEW_YORKER,
      { hoursBefore: [24] },
      { clinicianZone: 'America/New_York' },
    );
    expect(codes(r)).not.toContain('scheduling.reminder.clinician_clock_unknown');
    expect(r?.sessionTime.heldOn).toMatchObject({ clock: 'clinician', zone: 'America/New_York' });
  });

  it('takes each clinician’s zone by id in listRemindersDue', () => {
    const appt = session('a-6', '2027-03-16T11:00:00-05:00', '2027-03-16T11:50:00-05:00', {
      modality: { kind: 'telehealth', clientLocationState: 'TN' },
    });
    const { due } = listRemindersDue(
      [appt],
      [NASHVILLE],
      { hoursBefore: [24] },
      {
        asOf: '2027-03-15T12:00:00-05:00',
        clinicianZones: { 'dr-lee': 'America/Boise' },
      },
    );
    expect(due[0]?.sessionTime.heldOn).toEqual({
      clock: 'clinician',
      zone: 'America/Boise',
      start: '2027-03-16T10:00:00-06:00',
    });
  });

  it('rejects a clinician zone that is not an IANA zone, by path, without echoing it', () => {
    const call = () =>
      planReminders(
        session('a-7', '2027-03-16T11:00:00-05:00', '2027-03-16T11:50:00-05:00'),
        NEW_YORKER,
        {},
        {
          clinicianZone: 'Mars/Olympus' as never,
        },
      );
    expect(call).toThrow(/\$\.options\.clinicianZone/);
    expect(call).not.toThrow(/Olympus/);
  });
});

// Zones of the two-clock states the brief names, and a few single-clock ones.
const TWO_CLOCK = ['TN', 'KY', 'IN', 'FL', 'OR', 'ID', 'ND', 'SD', 'NE', 'KS', 'TX'] as const;
const ZONES = [...new Set([...TWO_CLOCK, 'NY', 'AZ', 'HI'].flatMap((s) => STATE_IANA_ZONES[s as UsState]))];

describe('planReminders: a reminder never states a time that is not the session’s instant on the clock it names (property)', () => {
  it('holds across the 2026-11-01 and 2027-03-14 changes, in person and by telehealth, in two-clock states', () => {
    // Starts every 10 minutes from Saturday 2026-10-31 to Tuesday 2026-11-03, and the same around 2027-03-14.
    const start = fc
      .tuple(
        fc.constantFrom(Date.UTC(2026, 9, 31), Date.UTC(2027, 2, 13)),
        fc.integer({ min: 0, max: 4 * 144 }),
      )
      .map(([day, i]) => day + i * 600_000);
    fc.assert(
      fc.property(
        start,
        fc.constantFrom(...ZONES),
        fc.constantFrom(...ZONES),
        fc.option(fc.constantFrom(...ZONES), { nil: undefined }),
        fc.constantFrom(...TWO_CLOCK, 'NY', 'AZ'),
        fc.boolean(),
        (startMs, clientZone, officeZone, clinicianZone, joinFrom, inPerson) => {
          const iso = new Date(startMs).toISOString();
          const end = new Date(startMs + 50 * 60_000).toISOString();
          const appt = session('a-p', iso, end, {
            modality: inPerson
              ? { kind: 'in_person', locationId: 'office-1', zone: officeZone }
              : { kind: 'telehealth', clientLocationState: joinFrom },
          });
          const client = { ...NEW_YORKER, zone: clientZone };
          for (const r of planReminders(appt, client, { hoursBefore: [48, 24, 2] }, { clinicianZone })) {
            const said = [
              ...(r.sessionTime.heldOn === null ? [] : [r.sessionTime.heldOn]),
              ...r.sessionTime.clientTimes,
            ];
            expect(said.length).toBeGreaterThan(0);
            for (const t of said) {
              expect(toEpochMs(t.start)).toBe(startMs);
              expect(t.start).toBe(formatInstant(startMs, t.zone));
            }
            // The clock it is held on: the office's in person, the clinician's stated one by telehealth.
            expect(r.sessionTime.heldOn?.zone).toBe(inPerson ? officeZone : clinicianZone);
            if (!inPerson) {
              const own = isZoneOfState(clientZone as never, joinFrom);
              // The client's clock where they join: theirs, else every clock of the state (both, never one guessed).
              expect(r.sessionTime.clientTimes.map((t) => t.zone)).toEqual(
                own ? [clientZone] : [...stateClocks(joinFrom)],
              );
            }
            // Send times are real instants: never after the session, never later than its lead time unless moved.
            if (r.sendAt !== null) {
              expect(toEpochMs(r.sendAt)).toBeLessThan(startMs);
              const moved = r.reasons.some((x) => x.code.startsWith('scheduling.reminder.deferred_'));
              if (!moved) expect(toEpochMs(r.sendAt)).toBe(startMs - r.hoursBefore * 3_600_000);
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
