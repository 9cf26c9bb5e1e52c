import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, ValidationError } from '../../../src/core/index.js';
import {
  type CredentialingFileInput,
  DEFAULT_VERIFICATION_TIME_LIMITS,
  evaluateVerificationTimeliness,
} from '../../../src/credentialing/index.js';
import { dateArb } from '../credentials/credential-fixtures.js';

const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

// A file whose license was verified `age` days before it is processed; the attestation is fresh.
function file(processedOn: string, age: number): CredentialingFileInput {
  return {
    processedOn,
    attestedOn: processedOn,
    verifications: [{ item: 'license:CA', verifiedOn: addDays(processedOn, -age) }],
  };
}

describe('evaluateVerificationTimeliness: NCQA verification time limits', () => {
  it('accepts a license verified exactly 120 days before a decision on 2025-07-01, and not 121', () => {
    const on = evaluateVerificationTimeliness(file('2025-07-01', 120));
    expect(on).toMatchObject({ outcome: 'timely', limitDays: 120, currentThrough: '2025-07-01' });
    expect(codes(on)).toEqual(['credentialing.verification.timely']);
    const late = evaluateVerificationTimeliness(file('2025-07-01', 121));
    expect(late.outcome).toBe('stale');
    expect(late.reasons[0]).toMatchObject({
      code: 'credentialing.verification.stale',
      severity: 'error',
      message: 'license:CA was verified 121 days before the file was processed; the limit is 120.',
      facts: {
        item: 'license:CA',
        verifiedOn: '2025-03-02',
        ageDays: 121,
        limitDays: 120,
        limitsFrom: '2025-07-01',
      },
    });
  });

  it('scores a file decided on 2025-06-30 against the earlier 180-day limit', () => {
    expect(evaluateVerificationTimeliness(file('2025-06-30', 180))).toMatchObject({
      outcome: 'timely',
      limitDays: 180,
    });
    expect(evaluateVerificationTimeliness(file('2025-06-30', 181)).outcome).toBe('stale');
    // The same 150-day-old verification: in time for a June 30 decision, stale for a July 1 decision.
    expect(evaluateVerificationTimeliness(file('2025-06-30', 150)).outcome).toBe('timely');
    expect(evaluateVerificationTimeliness(file('2025-07-01', 150)).outcome).toBe('stale');
  });

  it('uses 90 days (120 before July 2025) for CVO certification', () => {
    const cvo = { program: 'cvo_certification' } as const;
    expect(evaluateVerificationTimeliness(file('2025-07-01', 90), cvo)).toMatchObject({
      outcome: 'timely',
      limitDays: 90,
    });
    expect(evaluateVerificationTimeliness(file('2025-07-01', 91), cvo).outcome).toBe('stale');
    expect(evaluateVerificationTimeliness(file('2025-06-30', 120), cvo).outcome).toBe('timely');
    expect(evaluateVerificationTimeliness(file('2025-06-30', 121), cvo).outcome).toBe('stale');
  });

  it('holds the signed attestation to the same limit', () => {
    const d = evaluateVerificationTimeliness({ ...file('2026-03-01', 10), attestedOn: '2025-10-31' });
    expect(d.outcome).toBe('stale');
    expect(d.reasons[0]).toMatchObject({
      code: 'credentialing.verification.stale',
      facts: { item: 'application_attestation', ageDays: 121 },
    });
  });

  it('counts 29 February as a day: verified 2028-02-28, in time on 2028-06-27 and stale on 2028-06-28', () => {
    const leap = (processedOn: string) =>
      evaluateVerificationTimeliness({
        processedOn,
        attestedOn: '2028-06-01',
        verifications: [{ item: 'npdb', verifiedOn: '2028-02-28' }],
      });
    expect(leap('2028-06-27')).toMatchObject({ outcome: 'timely', currentThrough: '2028-06-27' });
    expect(leap('2028-06-28').outcome).toBe('stale');
  });

  it('cannot decide when a verification or the attestation has no date, and says which', () => {
    const d = evaluateVerificationTimeliness({
      processedOn: '2026-01-15',
      verifications: [{ item: 'malpractice_history' }, { item: 'license:CA', verifiedOn: '2026-01-02' }],
    });
    expect(d.outcome).toBe('undecided');
    expect(d.reasons.map((r) => [r.code, r.facts.item])).toEqual([
      ['credentialing.verification.date_unknown', 'application_attestation'],
      ['credentialing.verification.date_unknown', 'malpractice_history'],
    ]);
    expect(d.currentThrough).toBe('2026-05-02');
  });

  it('is stale, not undecided, when one item is too old and another has no date', () => {
    const d = evaluateVerificationTimeliness({
      processedOn: '2026-01-15',
      verifications: [{ item: 'malpractice_history' }, { item: 'license:CA', verifiedOn: '2025-01-02' }],
    });
    expect(d.outcome).toBe('stale');
    expect(codes(d)).toEqual([
      'credentialing.verification.stale',
      'credentialing.verification.date_unknown',
      'credentialing.verification.date_unknown',
    ]);
  });

  it('refuses a verification dated after the file was processed', () => {
    const d = evaluateVerificationTimeliness(file('2026-01-15', -1));
    expect(d.outcome).toBe('stale');
    expect(codes(d)).toEqual(['credentialing.verification.after_processing']);
  });

  it('cannot decide a file processed before every configured limit', () => {
    const d = evaluateVerificationTimeliness(file('2025-01-15', 10), {
      timeLimits: [{ from: '2025-07-01', accreditationDays: 120, cvoCertificationDays: 90 }],
    });
    expect(d).toMatchObject({ outcome: 'undecided', limitDays: null, currentThrough: null });
    expect(codes(d)).toEqual(['credentialing.verification.no_time_limit']);
  });

  it('ships the limits as data with their effective dates', () => {
    expect(DEFAULT_VERIFICATION_TIME_LIMITS).toEqual([
      { from: '1900-01-01', accreditationDays: 180, cvoCertificationDays: 120 },
      { from: '2025-07-01', accreditationDays: 120, cvoCertificationDays: 90 },
    ]);
  });

  it('rejects a file without verifications and an item listed twice, naming the path', () => {
    expect(() => evaluateVerificationTimeliness({ processedOn: '2026-01-15', verifications: [] })).toThrow(
      ValidationError,
    );
    try {
      evaluateVerificationTimeliness({
        processedOn: '2026-01-15',
        verifications: [
          { item: 'npdb', verifiedOn: '2026-01-02' },
          { item: 'npdb', verifiedOn: '2026-01-03' },
        ],
      });
      expect.unreachable();
    } catch (e) {
      expect((e as ValidationError).issues.map((i) => [i.at, i.code])).toEqual([
        ['$.file.verifications[1].item', 'credentialing.verification.duplicate_item'],
      ]);
    }
  });

  it('never makes a file less current when a verification is done later (up to the processing date)', () => {
    const rank = { stale: 0, undecided: 1, timely: 2 } as const;
    fc.assert(
      fc.property(
        dateArb,
        fc.array(fc.nat({ max: 400 }), { minLength: 1, maxLength: 4 }),
        fc.nat({ max: 400 }),
        fc.nat(),
        fc.nat({ max: 400 }),
        fc.constantFrom('accreditation', 'cvo_certification' as const),
        (processedOn, ages, attestationAge, pick, sooner, program) => {
          const build = (list: number[]): CredentialingFileInput => ({
            processedOn,
            attestedOn: addDays(processedOn, -attestationAge),
            verifications: list.map((age, i) => ({
              item: `item-${i}`,
              verifiedOn: addDays(processedOn, -age),
            })),
          });
          const i = pick % ages.length;
          const later = ages.map((a, j) => (j === i ? Math.max(0, a - sooner) : a));
          const before = evaluateVerificationTimeliness(build(ages), { program });
          const after = evaluateVerificationTimeliness(build(later), { program });
          expect(rank[after.outcome]).toBeGreaterThanOrEqual(rank[before.outcome]);
          expect((after.currentThrough ?? '') >= (before.currentThrough ?? '')).toBe(true);
          // Timely exactly when every item is within the limit in force.
          const limit = before.limitDays as number;
          expect(before.outcome === 'timely').toBe(Math.max(attestationAge, ...ages) <= limit);
        },
      ),
      { numRuns: 300 },
    );
  });
});
