import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, ValidationError } from '../../../src/core/index.js';
import { evaluateCaqhAttestation } from '../../../src/credentialing/index.js';
import { getCaqhReattestationDueDate } from '../../../src/credentialing/internal.js';
import { dateArb } from '../credentials/credential-fixtures.js';

const attested = { providerId: '12345678', lastAttestedOn: '2026-01-05' };

describe('evaluateCaqhAttestation', () => {
  it('is current, due soon, at 119 days', () => {
    const d = evaluateCaqhAttestation(attested, { asOf: '2026-05-04' });
    expect(d).toMatchObject({ outcome: 'current', dueOn: '2026-05-05', daysSinceAttestation: 119 });
    expect(d.reasons.map((r) => r.code)).toEqual(['credentialing.caqh.due_soon']);
  });

  it('says how near it came: the 120-day window and the days left of it, negative once past', () => {
    expect(evaluateCaqhAttestation(attested, { asOf: '2026-05-04' }).reasons[0]?.facts).toMatchObject({
      reattestationDays: 120,
      daysLeft: 1,
    });
    expect(evaluateCaqhAttestation(attested, { asOf: '2026-05-08' }).reasons[0]?.facts).toMatchObject({
      daysLeft: -3,
    });
  });

  it('is still current at 120 days: the due date is the last day', () => {
    const d = evaluateCaqhAttestation(attested, { asOf: '2026-05-05' });
    expect(d).toMatchObject({ outcome: 'current', daysSinceAttestation: 120 });
    expect(d.reasons.map((r) => r.code)).toEqual(['credentialing.caqh.due_today']);
  });

  it('is expired at 121 days (CAQH marks it Expired the day after)', () => {
    const d = evaluateCaqhAttestation(attested, { asOf: '2026-05-06' });
    expect(d).toMatchObject({ outcome: 'expired', daysSinceAttestation: 121 });
    expect(d.reasons[0]).toMatchObject({ code: 'credentialing.caqh.expired', severity: 'error' });
  });

  it('is plainly current well before the reminder window', () => {
    const d = evaluateCaqhAttestation(attested, { asOf: '2026-02-01' });
    expect(d.outcome).toBe('current');
    expect(d.reasons[0]?.code).toBe('credentialing.caqh.current');
  });

  it('uses a 180-day cycle where a state requires it (Illinois)', () => {
    expect(evaluateCaqhAttestation(attested, { asOf: '2026-05-06', reattestationDays: 180 }).outcome).toBe(
      'current',
    );
  });

  it('cannot decide with no attestation or one dated after asOf', () => {
    expect(evaluateCaqhAttestation(undefined, { asOf: '2026-05-06' })).toMatchObject({
      outcome: 'undecided',
      reasons: [{ code: 'credentialing.caqh.never_attested' }],
    });
    expect(evaluateCaqhAttestation({ providerId: '12345678' }, { asOf: '2026-05-06' }).outcome).toBe(
      'undecided',
    );
    expect(evaluateCaqhAttestation(attested, { asOf: '2026-01-04' }).reasons[0]?.code).toBe(
      'credentialing.caqh.attested_after_as_of',
    );
  });

  it('counts across a leap day', () => {
    expect(getCaqhReattestationDueDate('2028-01-01')).toBe('2028-04-30');
  });

  it('rejects a bad provider id without echoing it', () => {
    expect(() => evaluateCaqhAttestation({ providerId: 'abc-secret' }, { asOf: '2026-05-06' })).toThrow(
      ValidationError,
    );
    try {
      evaluateCaqhAttestation({ providerId: 'abc-secret' }, { asOf: '2026-05-06' });
    } catch (e) {
      expect((e as ValidationError).issues[0]?.at).toBe('$.caqh.providerId');
      expect((e as ValidationError).message).not.toContain('abc-secret');
    }
  });

  it('is current exactly through day 120 and expired from day 121, for any attestation date', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 400 }), (on, age) => {
        const d = evaluateCaqhAttestation(
          { providerId: '12345678', lastAttestedOn: on },
          { asOf: addDays(on, age) },
        );
        expect(d.outcome).toBe(age <= 120 ? 'current' : 'expired');
        expect(d.dueOn).toBe(addDays(on, 120));
      }),
    );
  });
});
