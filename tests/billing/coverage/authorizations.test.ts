import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  type AuthorizableSession,
  type Authorization,
  COMMERCIAL_PAYER_PROFILE_EXAMPLE,
  consumeAuthorization,
  evaluateAuthorizationAlerts,
  evaluateAuthorizationCoverage,
  evaluateSessionAuthorization,
  getAuthorizationRemaining,
  listAuthorizationAlerts,
  MEDICARE_PAYER_PROFILE_EXAMPLE,
} from '../../../src/billing/index.js';
import { ValidationError } from '../../../src/core/index.js';

const auth = {
  authorizationNumber: 'AUTH-2026-0042',
  payerId: 'aetna-ppo',
  clientId: 'cl-ava',
  clinicianId: null,
  codes: ['90837', '90834'],
  unit: 'sessions',
  authorizedCount: 12,
  usedCount: 0,
  startsOn: '2026-01-05',
  endsOn: '2026-06-30',
} as unknown as Authorization;
const session: z.input<typeof AuthorizableSession> = {
  clientId: 'cl-ava',
  payerId: 'aetna-ppo',
  clinicianId: 'dr-lee',
  serviceDate: '2026-03-02',
  lines: [{ code: '90837', units: 1 }],
};
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('evaluateAuthorizationCoverage', () => {
  it('covers a weekly 90837 session inside the dates with sessions left', () => {
    expect(evaluateAuthorizationCoverage(auth, session)).toEqual({
      outcome: 'covered',
      authorizationNumber: 'AUTH-2026-0042',
      needed: 1,
      remainingBefore: 12,
      remainingAfter: 11,
      reasons: [],
    });
  });

  it('covers the 10th of 12 sessions with a warning that 2 remain', () => {
    const d = evaluateAuthorizationCoverage({ ...auth, usedCount: 9 }, session);
    expect(d).toMatchObject({ outcome: 'covered', remainingAfter: 2 });
    expect(codes(d)).toEqual(['billing.authorization.few_remaining']);
  });

  it('refuses a 13th session (CARC 198)', () => {
    const d = evaluateAuthorizationCoverage({ ...auth, usedCount: 12 }, session);
    expect(d).toMatchObject({ outcome: 'not_covered', remainingAfter: 0 });
    expect(codes(d)).toEqual(['billing.authorization.exhausted']);
  });

  it('refuses sessions before the start and after the end date (both inclusive)', () => {
    expect(evaluateAuthorizationCoverage(auth, { ...session, serviceDate: '2026-01-05' }).outcome).toBe(
      'covered',
    );
    expect(evaluateAuthorizationCoverage(auth, { ...session, serviceDate: '2026-06-30' }).outcome).toBe(
      'covered',
    );
    expect(codes(evaluateAuthorizationCoverage(auth, { ...session, serviceDate: '2026-01-04' }))).toEqual([
      'billing.authorization.before_start',
    ]);
    expect(codes(evaluateAuthorizationCoverage(auth, { ...session, serviceDate: '2026-07-01' }))).toEqual([
      'billing.authorization.after_end',
    ]);
  });

  it('refuses a code not on the authorization, another client, payer or named clinician, all at once', () => {
    const d = evaluateAuthorizationCoverage({ ...auth, clinicianId: 'dr-kim' } as Authorization, {
      ...session,
      clientId: 'cl-ben',
      payerId: 'cigna',
      lines: [{ code: '90839', units: 1 }],
    });
    expect(codes(d)).toEqual([
      'billing.authorization.client_mismatch',
      'billing.authorization.clinician_mismatch',
      'billing.authorization.code_not_authorized',
      'billing.authorization.payer_mismatch',
    ]);
  });

  it('counts units for unit-based authorizations and refuses when too few remain', () => {
    const units = {
      ...auth,
      unit: 'units',
      codes: ['90839', '90840'],
      authorizedCount: 4,
      usedCount: 2,
    } as Authorization;
    const crisis: z.input<typeof AuthorizableSession> = {
      ...session,
      lines: [
        { code: '90839', units: 1 },
        { code: '90840', units: 2 },
      ],
    };
    expect(evaluateAuthorizationCoverage(units, crisis)).toMatchObject({
      outcome: 'not_covered',
      needed: 3,
      reasons: [{ code: 'billing.authorization.insufficient_units' }],
    });
  });
});

describe('consumeAuthorization', () => {
  it('takes a session off and returns the updated authorization', () => {
    const d = consumeAuthorization({ ...auth, usedCount: 3 }, session);
    expect(d).toMatchObject({ outcome: 'consumed', consumed: 1, authorization: { usedCount: 4 } });
  });

  it('leaves the authorization unchanged when it does not cover the session', () => {
    const d = consumeAuthorization(auth, { ...session, serviceDate: '2026-08-03' });
    expect(d).toMatchObject({ outcome: 'refused', consumed: 0, authorization: { usedCount: 0 } });
  });

  it('keeps remaining between 0 and authorized whatever sessions are consumed (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 40 }),
        fc.array(fc.record({ units: fc.integer({ min: 1, max: 5 }), day: fc.integer({ min: 1, max: 28 }) }), {
          maxLength: 40,
        }),
        fc.constantFrom('sessions', 'units'),
        (authorizedCount, usedCount, sessions, unit) => {
          let a = { ...auth, authorizedCount, usedCount, unit } as Authorization;
          for (const s of sessions) {
            const before = getAuthorizationRemaining(a);
            const d = consumeAuthorization(a, {
              ...session,
              serviceDate: `2026-03-${String(s.day).padStart(2, '0')}`,
              lines: [{ code: '90837', units: s.units }],
            });
            a = d.authorization;
            const after = getAuthorizationRemaining(a);
            expect(after).toBeGreaterThanOrEqual(0);
            expect(after).toBeLessThanOrEqual(authorizedCount);
            expect(before - after).toBe(d.consumed);
          }
        },
      ),
    );
  });
});

describe('authorization alerts', () => {
  it('alerts when few remain and when the end is within 14 days', () => {
    const d = evaluateAuthorizationAlerts(
      { ...auth, usedCount: 10, endsOn: '2026-03-10' },
      { asOf: '2026-03-02' },
    );
    expect(d).toMatchObject({ outcome: 'attention', remaining: 2, endsOn: '2026-03-10' });
    expect(codes(d)).toEqual(['billing.authorization.ending_soon', 'billing.authorization.few_remaining']);
  });

  it('is quiet for an authorization with room and time', () => {
    expect(evaluateAuthorizationAlerts(auth, { asOf: '2026-03-02' })).toMatchObject({
      outcome: 'ok',
      reasons: [],
    });
  });

  it('reports used-up and ended authorizations', () => {
    expect(codes(evaluateAuthorizationAlerts({ ...auth, usedCount: 12 }, { asOf: '2026-03-02' }))).toEqual([
      'billing.authorization.exhausted',
    ]);
    expect(codes(evaluateAuthorizationAlerts(auth, { asOf: '2026-07-01' }))).toEqual([
      'billing.authorization.expired',
    ]);
  });

  it('lists what needs attention, soonest end first, leaving old history out', () => {
    const list = listAuthorizationAlerts(
      [
        { ...auth, authorizationNumber: 'A-1', usedCount: 11 },
        { ...auth, authorizationNumber: 'A-2', endsOn: '2026-03-09' },
        { ...auth, authorizationNumber: 'A-3' },
        { ...auth, authorizationNumber: 'A-4', startsOn: '2025-06-01', endsOn: '2025-12-31' },
        { ...auth, authorizationNumber: 'A-5', endsOn: '2026-02-27' },
      ],
      { asOf: '2026-03-02' },
    );
    expect(list.map((a) => [a.authorizationNumber, codes(a)])).toEqual([
      ['A-5', ['billing.authorization.expired']],
      ['A-2', ['billing.authorization.ending_soon']],
      ['A-1', ['billing.authorization.few_remaining']],
    ]);
  });
});

describe('evaluateSessionAuthorization (booking validation)', () => {
  const crisis: z.input<typeof AuthorizableSession> = {
    ...session,
    lines: [
      { code: '90839', units: 1 },
      { code: '90840', units: 1 },
    ],
  };
  const crisisAuth = {
    ...auth,
    codes: ['90839', '90840'],
    unit: 'units',
    authorizedCount: 6,
  } as Authorization;

  it('says no authorization is needed when the payer requires none for the codes', () => {
    expect(evaluateSessionAuthorization(session, [], MEDICARE_PAYER_PROFILE_EXAMPLE)).toMatchObject({
      outcome: 'not_required',
      authorizationNumber: null,
    });
  });

  it('needs only the codes requiring authorization on it', () => {
    const extensionOnly = { ...crisisAuth, codes: ['90840'] } as Authorization;
    expect(
      evaluateSessionAuthorization(crisis, [extensionOnly], COMMERCIAL_PAYER_PROFILE_EXAMPLE),
    ).toMatchObject({
      outcome: 'covered',
      authorizationNumber: 'AUTH-2026-0042',
    });
  });

  it('uses the covering authorization that ends soonest', () => {
    const d = evaluateSessionAuthorization(
      crisis,
      [
        { ...crisisAuth, authorizationNumber: 'LATE' },
        { ...crisisAuth, authorizationNumber: 'SOON', endsOn: '2026-04-30' },
        { ...crisisAuth, authorizationNumber: 'OTHER-CLIENT', clientId: 'cl-ben', endsOn: '2026-03-31' },
      ],
      COMMERCIAL_PAYER_PROFILE_EXAMPLE,
    );
    expect(d).toMatchObject({
      outcome: 'covered',
      authorizationNumber: 'SOON',
      codesNeedingAuthorization: ['90840'],
    });
  });

  it('refuses with the missing-authorization reason and what the closest one lacks (CARC 197)', () => {
    const none = evaluateSessionAuthorization(crisis, [], COMMERCIAL_PAYER_PROFILE_EXAMPLE);
    expect(none).toMatchObject({ outcome: 'not_covered', authorizationNumber: null });
    expect(codes(none)).toEqual(['billing.authorization.missing']);
    const expired = evaluateSessionAuthorization(
      crisis,
      [{ ...crisisAuth, endsOn: '2026-02-28' }],
      COMMERCIAL_PAYER_PROFILE_EXAMPLE,
    );
    expect(codes(expired)).toEqual(['billing.authorization.missing', 'billing.authorization.after_end']);
  });
});

describe('Authorization: bad input', () => {
  it('names an end before the start and every other problem, without echoing values', () => {
    let error: unknown;
    try {
      evaluateAuthorizationCoverage(
        { ...auth, endsOn: '2025-12-01', codes: ['90837', 'X9999'], authorizedCount: 0 } as Authorization,
        session,
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => [i.at, i.code])).toEqual([
      ['$.authorization.codes[1]', 'invalid_value'],
      ['$.authorization.authorizedCount', 'too_small'],
      ['$.authorization.endsOn', 'billing.authorization.end_before_start'],
    ]);
    expect((error as ValidationError).message).not.toMatch(/2025-12-01|X9999/);
  });

  it('rejects a code listed twice', () => {
    expect(() =>
      evaluateAuthorizationAlerts({ ...auth, codes: ['90837', '90837'] } as Authorization, {
        asOf: '2026-03-02',
      }),
    ).toThrow(/billing.authorization.duplicate_codes/);
  });
});
