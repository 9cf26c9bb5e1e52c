import { describe, expect, it } from 'vitest';
import { ValidationError, validate } from '../../../src/core/index.js';
import {
  DEFAULT_ENROLLMENT_DOCUMENTS,
  PayerCredentialingPolicy,
  TYPICAL_CREDENTIALING_DURATIONS,
} from '../../../src/credentialing/index.js';
import { PayerCredentialingPolicies } from '../../../src/credentialing/internal.js';

describe('PayerCredentialingPolicy', () => {
  it('defaults to a 36-month cycle, no retro billing, 30-day follow-ups and the §3.4 documents', () => {
    expect(PayerCredentialingPolicy.parse({ payerId: 'aetna' })).toEqual({
      payerId: 'aetna',
      program: 'commercial',
      recredentialingMonths: 36,
      retroBillingDays: 0,
      revalidationMonths: null,
      stallAfterDays: 30,
      expectedDecisionDays: 120,
      requiredDocuments: [...DEFAULT_ENROLLMENT_DOCUMENTS],
    });
  });

  it('revalidates Medicare every 60 months instead of recredentialing it, unless told otherwise', () => {
    expect(
      PayerCredentialingPolicy.parse({ payerId: 'medicare', program: 'medicare' }).revalidationMonths,
    ).toBe(60);
    expect(
      PayerCredentialingPolicy.parse({ payerId: 'ma', program: 'medicare', revalidationMonths: null })
        .revalidationMonths,
    ).toBeNull();
    expect(
      PayerCredentialingPolicy.parse({ payerId: 'state', program: 'medicaid', revalidationMonths: 60 })
        .revalidationMonths,
    ).toBe(60);
    // A parsed policy parses again to itself.
    const parsed = PayerCredentialingPolicy.parse({ payerId: 'medicare', program: 'medicare' });
    expect(PayerCredentialingPolicy.parse(parsed)).toEqual(parsed);
  });

  it('gives Medicare its 30-day retroactive billing window unless told otherwise', () => {
    expect(
      PayerCredentialingPolicy.parse({ payerId: 'medicare', program: 'medicare' }).retroBillingDays,
    ).toBe(30);
    expect(
      PayerCredentialingPolicy.parse({ payerId: 'medicare', program: 'medicare', retroBillingDays: 90 })
        .retroBillingDays,
    ).toBe(90);
  });

  it('rejects unknown fields, bad numbers and duplicate payers, each by path', () => {
    try {
      validate(
        PayerCredentialingPolicies,
        [{ payerId: 'a', recredentialingMonths: 0, grace: 30 }, { payerId: 'a' }],
        'payer policies',
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => [i.at, i.code])).toEqual([
        ['$[0].recredentialingMonths', 'too_small'],
        ['$[0]', 'core.object.unknown_field'],
        ['$[1].payerId', 'credentialing.policy.duplicate_payer'],
      ]);
    }
    const dup = PayerCredentialingPolicies.safeParse([{ payerId: 'a' }, { payerId: 'a' }]);
    expect(dup.error?.issues[0]?.path).toEqual([1, 'payerId']);
  });

  it('publishes typical durations as data with their source', () => {
    for (const d of TYPICAL_CREDENTIALING_DURATIONS) {
      expect(d.minDays).toBeLessThanOrEqual(d.maxDays);
      expect(d.source).toMatch(/^credentialing-timelines/);
    }
  });
});
