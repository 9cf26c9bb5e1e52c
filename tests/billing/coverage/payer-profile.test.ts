import { describe, expect, it } from 'vitest';
import {
  COMMERCIAL_PAYER_PROFILE_EXAMPLE,
  evaluateTimelyFiling,
  MEDICARE_PAYER_PROFILE_EXAMPLE,
  PayerProfile,
} from '../../../src/billing/index.js';
import { isPriorAuthorizationRequired } from '../../../src/billing/internal.js';
import { ValidationError, validate } from '../../../src/core/index.js';
import { thrown } from '../../validation-subject.js';

describe('PayerProfile examples', () => {
  it('are valid profiles', () => {
    expect(validate(PayerProfile, MEDICARE_PAYER_PROFILE_EXAMPLE, 'payer profile')).toEqual(
      MEDICARE_PAYER_PROFILE_EXAMPLE,
    );
    expect(validate(PayerProfile, COMMERCIAL_PAYER_PROFILE_EXAMPLE, 'payer profile')).toEqual(
      COMMERCIAL_PAYER_PROFILE_EXAMPLE,
    );
  });

  it('give Medicare 12 months to file, met on the next workday after a weekend or holiday (42 CFR 424.44)', () => {
    expect(MEDICARE_PAYER_PROFILE_EXAMPLE.filing.initial).toEqual({
      amount: 12,
      unit: 'months',
      rollToNextWorkday: true,
    });
  });

  it('give Medicare 120 days from receipt (125 from the remittance) to request a redetermination and a one-year reopening, neither rolled', () => {
    expect(MEDICARE_PAYER_PROFILE_EXAMPLE.filing.appeal).toEqual({ amount: 125, unit: 'days' });
    expect(MEDICARE_PAYER_PROFILE_EXAMPLE.filing.corrected).toEqual({ amount: 12, unit: 'months' });
  });

  it('take a redetermination request on day 125 after a remittance dated 2026-01-05 (Sunday 2026-05-10), not on day 126', () => {
    // 42 CFR 405.942(a): 120 days from receipt, the notice presumed received 5 days after its date.
    const appeal = {
      claimId: 'c-1',
      kind: 'appeal' as const,
      serviceDate: '2025-12-01',
      startDate: '2026-01-05',
    };
    const filed = (filedOn: string) =>
      evaluateTimelyFiling({ ...appeal, filedOn }, MEDICARE_PAYER_PROFILE_EXAMPLE.filing, {
        asOf: '2026-05-12',
      });
    expect(filed('2026-05-10')).toMatchObject({ outcome: 'on_time', deadline: '2026-05-10' });
    expect(filed('2026-05-11')).toMatchObject({ outcome: 'late', deadline: '2026-05-10' });
    // Unfiled on day 123 the window is still open, with 2 days left.
    expect(
      evaluateTimelyFiling(appeal, MEDICARE_PAYER_PROFILE_EXAMPLE.filing, { asOf: '2026-05-08' }),
    ).toMatchObject({ outcome: 'on_time', risk: 'high', daysLeft: 2 });
  });

  it('give Medicare as secondary payer no extension, and a commercial plan the EOB-based clock', () => {
    expect(MEDICARE_PAYER_PROFILE_EXAMPLE.filing.secondaryFromPrimaryRemittance).toBeNull();
    expect(COMMERCIAL_PAYER_PROFILE_EXAMPLE.filing.secondaryFromPrimaryRemittance).toEqual({
      amount: 90,
      unit: 'days',
    });
  });

  it('pay Medicare audio-only sessions only with the client at home', () => {
    expect(MEDICARE_PAYER_PROFILE_EXAMPLE.telehealth.audioOnlyRequiresClientAtHome).toBe(true);
    expect(COMMERCIAL_PAYER_PROFILE_EXAMPLE.telehealth.audioOnlyRequiresClientAtHome).toBeUndefined();
  });

  it('give an unknown commercial payer the conservative 90 days (a practice choice: payers allow 90–180)', () => {
    expect(COMMERCIAL_PAYER_PROFILE_EXAMPLE.filing.initial).toEqual({ amount: 90, unit: 'days' });
  });

  it('cannot be changed by a caller, even deep inside', () => {
    expect(Object.isFrozen(MEDICARE_PAYER_PROFILE_EXAMPLE.filing.initial)).toBe(true);
    expect(Object.isFrozen(COMMERCIAL_PAYER_PROFILE_EXAMPLE.priorAuthorizationCodes)).toBe(true);
  });

  it('answer which codes need prior authorization', () => {
    expect(isPriorAuthorizationRequired(COMMERCIAL_PAYER_PROFILE_EXAMPLE, '90840')).toBe(true);
    expect(isPriorAuthorizationRequired(MEDICARE_PAYER_PROFILE_EXAMPLE, '90837')).toBe(false);
  });

  it('list a profile without codes and a bad code at once, each under its parameter’s name', () => {
    const error = thrown(() => isPriorAuthorizationRequired({} as never, '99999' as never));
    expect(error.issues.map((i) => `${i.code}@${i.at}`)).toEqual([
      'invalid_type@$.profile.priorAuthorizationCodes',
      'invalid_value@$.code',
    ]);
  });
});

describe('PayerProfile validation', () => {
  it('names every problem by path without echoing values', () => {
    const bad = {
      ...COMMERCIAL_PAYER_PROFILE_EXAMPLE,
      priorAuthorizationCodes: ['90837', '90837', 'SECRET-CODE'],
      filing: { ...COMMERCIAL_PAYER_PROFILE_EXAMPLE.filing, initial: { amount: 0, unit: 'weeks' } },
    };
    let error: unknown;
    try {
      validate(PayerProfile, bad, 'payer profile');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues.map((i) => i.at);
    expect(issues).toEqual(
      expect.arrayContaining([
        '$.filing.initial.amount',
        '$.filing.initial.unit',
        '$.priorAuthorizationCodes[2]',
      ]),
    );
    expect((error as ValidationError).message).not.toContain('SECRET-CODE');
  });

  it('rejects a code listed twice with a stable code', () => {
    const result = PayerProfile.safeParse({
      ...MEDICARE_PAYER_PROFILE_EXAMPLE,
      priorAuthorizationCodes: ['90837', '90837'],
    });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('billing.payer_profile.duplicate_codes');
  });
});
