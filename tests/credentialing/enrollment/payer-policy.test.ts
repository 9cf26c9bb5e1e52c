import { describe, expect, it } from 'vitest';
import { ValidationError, validate } from '../../../src/core/index.js';
import {
  DEFAULT_ENROLLMENT_DOCUMENTS,
  evaluatePayerNetworkStatus,
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
    // Narrower is the practice's choice; wider is refused: 42 CFR 424.521(a)(1) allows 30, and the 90 days of
    // (a)(2) belong to the one enrollment a declared disaster kept from being filed.
    expect(
      PayerCredentialingPolicy.parse({ payerId: 'medicare', program: 'medicare', retroBillingDays: 10 })
        .retroBillingDays,
    ).toBe(10);
    expect(
      PayerCredentialingPolicy.safeParse({ payerId: 'medicare', program: 'medicare', retroBillingDays: 90 })
        .success,
    ).toBe(false);
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

describe('PayerCredentialingPolicy: Medicare contractors and PECOS', () => {
  const noPolicy = (payerId: string) =>
    evaluatePayerNetworkStatus(
      [{ clinicianId: 'c1', payerId, status: 'approved', effectiveOn: '2025-06-01' }],
      { clinicianId: 'c1', payerId, serviceDate: '2025-05-15' },
    ).reasons.map((r) => r.code);

  it('reads a payer id named for a Medicare contractor as Medicare: no policy, no guess', () => {
    for (const payerId of [
      'noridian',
      'Novitas-JL',
      'palmetto-gba',
      'first-coast',
      'fcso',
      'ngs',
      'cgs-j15',
      'wps_j5',
    ]) {
      expect(noPolicy(payerId)).toEqual(['credentialing.network.payer_program_unknown']);
    }
  });

  it('leaves ids that only contain the letters of an abbreviation alone', () => {
    for (const payerId of ['kings-health', 'wpshealthplan', 'aetna', 'cigna']) {
      expect(noPolicy(payerId)).not.toContain('credentialing.network.payer_program_unknown');
    }
  });

  it('asks no CAQH attestation of a Medicare fee-for-service application by default (Medicare enrolls through PECOS)', () => {
    const ffs = PayerCredentialingPolicy.parse({ payerId: 'medicare', program: 'medicare' });
    expect(ffs.requiredDocuments).toEqual(
      DEFAULT_ENROLLMENT_DOCUMENTS.filter((d) => d !== 'caqh_attestation'),
    );
    const ma = PayerCredentialingPolicy.parse({ payerId: 'humana-ma', program: 'medicare_advantage' });
    expect(ma.requiredDocuments).toContain('caqh_attestation');
    const told = PayerCredentialingPolicy.parse({
      payerId: 'medicare',
      program: 'medicare',
      requiredDocuments: ['caqh_attestation'],
    });
    expect(told.requiredDocuments).toEqual(['caqh_attestation']);
  });
});
