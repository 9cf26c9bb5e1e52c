import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ClinicalFocusPolicyInput,
  type ClinicianMessageDeliveryInput,
  evaluateClinicianDelivery,
  TriageClass,
} from '../../../src/boundaries/index.js';
import { formatInstant, getLocalDate, ValidationError } from '../../../src/core/index.js';

// Monday 2026-11-23 in New York (UTC-5).
const POLICY: ClinicalFocusPolicyInput = {
  zone: 'America/New_York',
  adminBlocks: [{ start: '12:00', end: '13:00', days: ['mon', 'tue', 'wed', 'thu', 'fri'] }],
};
const SESSION = { start: '2026-11-23T10:00:00-05:00', end: '2026-11-23T10:50:00-05:00' };

describe('evaluateClinicianDelivery', () => {
  it('holds a clinical message during a session until the lunch admin block', () => {
    const decision = evaluateClinicianDelivery(
      { triageClass: 'clinical', asOf: '2026-11-23T10:15:00-05:00', sessions: [SESSION] },
      POLICY,
    );
    expect(decision).toMatchObject({ outcome: 'hold', deliverAt: '2026-11-23T12:00:00-05:00' });
    expect(decision.reasons.map((r) => r.code)).toEqual(['boundaries.focus.in_session']);
  });

  it('lets a crisis through during a session', () => {
    const decision = evaluateClinicianDelivery(
      { triageClass: 'crisis', asOf: '2026-11-23T10:15:00-05:00', sessions: [SESSION] },
      POLICY,
    );
    expect(decision).toMatchObject({ outcome: 'deliver_now', deliverAt: null, countsAsInterruption: false });
    expect(decision.reasons[0]?.code).toBe('boundaries.focus.crisis_bypasses_focus');
  });

  it('delivers inside an admin block without spending the budget', () => {
    const decision = evaluateClinicianDelivery(
      { triageClass: 'clinical', asOf: '2026-11-23T12:30:00-05:00', interruptionsToday: 99 },
      POLICY,
    );
    expect(decision).toMatchObject({ outcome: 'deliver_now', countsAsInterruption: false });
    expect(decision.reasons[0]?.code).toBe('boundaries.focus.within_admin_block');
  });

  it('interrupts between sessions while the budget lasts, then holds', () => {
    const asOf = '2026-11-23T11:00:00-05:00';
    const first = evaluateClinicianDelivery({ triageClass: 'clinical', asOf, interruptionsToday: 1 }, POLICY);
    expect(first).toMatchObject({ outcome: 'deliver_now', countsAsInterruption: true });
    expect(first.reasons[0]?.code).toBe('boundaries.focus.interruption_within_budget');
    const spent = evaluateClinicianDelivery({ triageClass: 'clinical', asOf, interruptionsToday: 2 }, POLICY);
    expect(spent).toMatchObject({ outcome: 'hold', deliverAt: '2026-11-23T12:00:00-05:00' });
    expect(spent.reasons[0]?.code).toBe('boundaries.focus.budget_exhausted');
  });

  it('holds an evening scheduling message until Monday’s block when sent on Friday night', () => {
    const decision = evaluateClinicianDelivery(
      { triageClass: 'scheduling', asOf: '2026-11-27T19:30:00-05:00' },
      POLICY,
    );
    expect(decision).toMatchObject({ outcome: 'hold', deliverAt: '2026-11-30T12:00:00-05:00' });
    expect(decision.reasons.map((r) => r.code)).toEqual(['boundaries.focus.off_hours']);
  });

  it('waits for a session that overruns into the admin block to end', () => {
    const decision = evaluateClinicianDelivery(
      {
        triageClass: 'clinical',
        asOf: '2026-11-23T11:30:00-05:00',
        sessions: [{ start: '2026-11-23T11:00:00-05:00', end: '2026-11-23T12:20:00-05:00' }],
      },
      POLICY,
    );
    expect(decision).toMatchObject({ outcome: 'hold', deliverAt: '2026-11-23T12:20:00-05:00' });
  });

  it('reports both reasons when a session runs in off hours', () => {
    const decision = evaluateClinicianDelivery(
      {
        triageClass: 'scheduling',
        asOf: '2026-11-23T18:30:00-05:00',
        sessions: [{ start: '2026-11-23T18:00:00-05:00', end: '2026-11-23T19:00:00-05:00' }],
      },
      POLICY,
    );
    expect(decision.reasons.map((r) => r.code)).toEqual([
      'boundaries.focus.in_session',
      'boundaries.focus.off_hours',
    ]);
  });

  it('keeps the wall-clock block across the spring-forward night', () => {
    const decision = evaluateClinicianDelivery(
      { triageClass: 'paperwork', asOf: '2026-03-07T20:00:00-05:00' },
      {
        ...POLICY,
        adminBlocks: [{ start: '12:00', end: '13:00' }],
        offHours: [{ start: '18:00', end: '08:00' }],
      },
    );
    expect(decision.deliverAt).toBe('2026-03-08T12:00:00-04:00');
  });

  it('works in a zone with a half-hour offset', () => {
    const decision = evaluateClinicianDelivery(
      { triageClass: 'general', asOf: '2026-11-23T19:00:00+05:30' },
      { zone: 'Asia/Kolkata', adminBlocks: [{ start: '12:00', end: '13:00' }] },
    );
    expect(decision.deliverAt).toBe('2026-11-24T12:00:00+05:30');
  });

  it('cannot decide when no admin block is reachable, and says why', () => {
    const decision = evaluateClinicianDelivery(
      { triageClass: 'billing', asOf: '2026-11-23T10:15:00-05:00', sessions: [SESSION] },
      {
        zone: 'America/New_York',
        adminBlocks: [{ start: '12:00', end: '13:00' }],
        offHours: [{ start: '00:00', end: '00:00' }],
      },
    );
    expect(decision.outcome).toBe('undecided');
    expect(decision.reasons.map((r) => r.code)).toEqual([
      'boundaries.focus.no_admin_block_found',
      'boundaries.focus.in_session',
      'boundaries.focus.off_hours',
    ]);
  });

  it('property: a crisis is never held; a held message is delivered at a later admin moment', () => {
    const start = Date.UTC(2026, 0, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 24 * 4 }),
        fc.constantFrom(...TriageClass.options),
        fc.integer({ min: 0, max: 5 }),
        fc.array(fc.tuple(fc.integer({ min: -8, max: 40 }), fc.integer({ min: 1, max: 8 })), {
          maxLength: 4,
        }),
        (quarterHours, triageClass, interruptionsToday, sessionSpecs) => {
          const asOfMs = start + quarterHours * 900_000;
          const asOf = formatInstant(asOfMs, 'America/Chicago');
          const sessions = sessionSpecs.map(([offset, length]) => ({
            start: formatInstant(asOfMs + offset * 900_000, 'America/Chicago'),
            end: formatInstant(asOfMs + (offset + length) * 900_000, 'America/Chicago'),
          }));
          const delivery: ClinicianMessageDeliveryInput = { triageClass, asOf, sessions, interruptionsToday };
          const decision = evaluateClinicianDelivery(delivery, { ...POLICY, zone: 'America/Chicago' });
          if (triageClass === 'crisis') expect(decision.outcome).toBe('deliver_now');
          if (decision.outcome === 'hold') {
            expect(decision.deliverAt).not.toBeNull();
            const at = Date.parse(decision.deliverAt as string);
            expect(at).toBeGreaterThan(asOfMs);
            for (const s of sessions) expect(at >= Date.parse(s.start) && at < Date.parse(s.end)).toBe(false);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('evaluateClinicianDelivery: a clinical message is read the same day', () => {
  const DAY_SESSION = { start: '2026-11-23T09:00:00-05:00', end: '2026-11-23T17:00:00-05:00' };

  it('holds it only to the end of a day-long session (Monday 17:00), not to Tuesday’s block', () => {
    const decision = evaluateClinicianDelivery(
      { triageClass: 'clinical', asOf: '2026-11-23T09:30:00-05:00', sessions: [DAY_SESSION] },
      POLICY,
    );
    expect(decision).toMatchObject({ outcome: 'hold', deliverAt: '2026-11-23T17:00:00-05:00' });
    expect(decision.reasons.map((r) => r.code)).toEqual([
      'boundaries.focus.clinical_same_day',
      'boundaries.focus.in_session',
    ]);
    expect(decision.reasons[0]?.facts).toMatchObject({
      clinicianDay: '2026-11-23',
      nextAdministrativeTime: '2026-11-24T12:00:00-05:00',
      deliverAt: '2026-11-23T17:00:00-05:00',
    });
  });

  it('delivers it now over the spent budget on Friday 13:30, after the day’s block', () => {
    const decision = evaluateClinicianDelivery(
      { triageClass: 'clinical', asOf: '2026-11-27T13:30:00-05:00', interruptionsToday: 2 },
      POLICY,
    );
    expect(decision).toMatchObject({ outcome: 'deliver_now', deliverAt: null, countsAsInterruption: true });
    expect(decision.reasons.map((r) => r.code)).toEqual(['boundaries.focus.clinical_same_day']);
  });

  it('still waits for the day’s own block when it comes later that day', () => {
    const decision = evaluateClinicianDelivery(
      { triageClass: 'clinical', asOf: '2026-11-27T10:30:00-05:00', interruptionsToday: 2 },
      POLICY,
    );
    expect(decision).toMatchObject({ outcome: 'hold', deliverAt: '2026-11-27T12:00:00-05:00' });
    expect(decision.reasons.map((r) => r.code)).toEqual(['boundaries.focus.budget_exhausted']);
  });

  it('is undecided on Friday 19:30 (off hours): the on-call reads it, not Monday’s block', () => {
    const decision = evaluateClinicianDelivery(
      { triageClass: 'clinical', asOf: '2026-11-27T19:30:00-05:00' },
      POLICY,
    );
    expect(decision).toMatchObject({ outcome: 'undecided', deliverAt: null });
    expect(decision.reasons.map((r) => r.code)).toEqual([
      'boundaries.focus.clinical_not_reachable_today',
      'boundaries.focus.off_hours',
    ]);
    expect(decision.reasons[0]?.facts).toMatchObject({
      clinicianDay: '2026-11-27',
      nextAdministrativeTime: '2026-11-30T12:00:00-05:00',
    });
  });

  it('is undecided when sessions run into the evening off hours (Monday 16:00-19:00)', () => {
    const decision = evaluateClinicianDelivery(
      {
        triageClass: 'clinical',
        asOf: '2026-11-23T16:30:00-05:00',
        sessions: [{ start: '2026-11-23T16:00:00-05:00', end: '2026-11-23T19:00:00-05:00' }],
      },
      POLICY,
    );
    expect(decision.outcome).toBe('undecided');
    expect(decision.reasons[0]?.code).toBe('boundaries.focus.clinical_not_reachable_today');
  });

  it('reads the clinician’s day across the spring-forward night (Saturday 2026-03-07 in New York)', () => {
    const policy = {
      ...POLICY,
      adminBlocks: [{ start: '12:00', end: '13:00' }],
      offHours: [{ start: '22:00', end: '08:00' }],
    };
    const decision = evaluateClinicianDelivery(
      { triageClass: 'clinical', asOf: '2026-03-07T14:00:00-05:00', interruptionsToday: 2 },
      policy,
    );
    expect(decision).toMatchObject({ outcome: 'deliver_now', countsAsInterruption: true });
    const late = evaluateClinicianDelivery(
      { triageClass: 'clinical', asOf: '2026-03-07T23:00:00-05:00' },
      policy,
    );
    expect(late.outcome).toBe('undecided');
  });

  it('property: a clinical message is never held past the clinician’s day, nor delivered into a session', () => {
    const start = Date.UTC(2026, 0, 1);
    const zone = 'America/Chicago';
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 24 * 4 }),
        fc.integer({ min: 0, max: 5 }),
        fc.array(fc.tuple(fc.integer({ min: -8, max: 40 }), fc.integer({ min: 1, max: 8 })), {
          maxLength: 4,
        }),
        (quarterHours, interruptionsToday, sessionSpecs) => {
          const asOfMs = start + quarterHours * 900_000;
          const asOf = formatInstant(asOfMs, zone);
          const sessions = sessionSpecs.map(([offset, length]) => ({
            start: formatInstant(asOfMs + offset * 900_000, zone),
            end: formatInstant(asOfMs + (offset + length) * 900_000, zone),
          }));
          const delivery: ClinicianMessageDeliveryInput = {
            triageClass: 'clinical',
            asOf,
            sessions,
            interruptionsToday,
          };
          const decision = evaluateClinicianDelivery(delivery, { ...POLICY, zone });
          if (decision.outcome === 'hold') {
            const at = decision.deliverAt as string;
            expect(getLocalDate(at, zone)).toBe(getLocalDate(asOf, zone));
            for (const s of sessions)
              expect(Date.parse(at) >= Date.parse(s.start) && Date.parse(at) < Date.parse(s.end)).toBe(false);
          }
          if (decision.outcome === 'undecided') {
            expect(decision.reasons[0].code).toBe('boundaries.focus.clinical_not_reachable_today');
          }
          // The same message as a non-clinical one is held (or delivered) by the admin-block rule alone.
          const plain = evaluateClinicianDelivery(
            { ...delivery, triageClass: 'general' },
            { ...POLICY, zone },
          );
          if (plain.outcome === 'deliver_now') {
            expect(decision).toMatchObject({
              outcome: 'deliver_now',
              countsAsInterruption: plain.countsAsInterruption,
            });
            expect(decision.reasons.map((r) => r.code)).toEqual(plain.reasons.map((r) => r.code));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('bad input', () => {
  it('rejects a bad zone, a backwards session and an unknown class, echoing none', () => {
    let error: unknown;
    try {
      evaluateClinicianDelivery(
        {
          triageClass: 'gossip',
          asOf: '2026-11-23T10:15:00-05:00',
          sessions: [{ start: '2026-11-23T11:00:00-05:00', end: '2026-11-23T10:00:00-05:00' }],
        } as unknown as ClinicianMessageDeliveryInput,
        POLICY,
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => `${i.at} ${i.code}`)).toEqual([
      '$.delivery.triageClass invalid_value',
      '$.delivery.sessions[0] boundaries.focus.invalid_session',
    ]);
    expect(() =>
      evaluateClinicianDelivery(
        { triageClass: 'clinical', asOf: '2026-11-23T10:15:00-05:00' },
        {
          zone: 'Mars/Olympus',
          adminBlocks: [],
        },
      ),
    ).toThrow(/\$\.policy\.zone[\s\S]*\$\.policy\.adminBlocks/);
  });
});
