import { describe, expect, it } from 'vitest';
import {
  evaluateCaqhAttestation,
  evaluateExclusionScreening,
  evaluatePayerNetworkStatus,
  evaluateVerificationTimeliness,
  getExclusionScreeningDueDate,
  getRecredentialingDueDate,
} from '../../../src/credentialing/index.js';
import { enrollment } from '../credentials/credential-fixtures.js';

// An outside tester's cases from NCQA's credentialing standards (CR 3 primary-source verification, CR 4
// recredentialing, CR 5 ongoing monitoring) and CAQH ProView, written before reading the code:
// - files processed from 2025-07-01: every time-limited verification at most 120 days old on the decision
//   date (accreditation), 90 days (CVO certification); 180 / 120 before;
// - recredentialing at least every 36 months, counted to the month (due by the end of the 36th month's
//   month), with no grace period and a 30-day line after which the plan credentials again from the start;
// - sanctions and exclusions monitored monthly; CAQH re-attestation every 120 days.
const file = (processedOn: string, verifiedOn: string, attestedOn = verifiedOn) => ({
  processedOn,
  attestedOn,
  verifications: [
    { item: 'license:CA', verifiedOn },
    { item: 'malpractice_history:npdb', verifiedOn },
    { item: 'sanctions:oig', verifiedOn },
    { item: 'work_history', verifiedOn },
  ],
});

describe('NCQA verification time limit before the decision (CR 3)', () => {
  it('accepts a file decided 2025-10-29 with every item verified 2025-07-01 (120 days)', () => {
    expect(evaluateVerificationTimeliness(file('2025-10-29', '2025-07-01')).outcome).toBe('timely');
  });

  it('finds the same file stale when decided 2025-10-30 (121 days)', () => {
    const d = evaluateVerificationTimeliness(file('2025-10-30', '2025-07-01'));
    expect(d.outcome).toBe('stale');
    expect(d.reasons.some((r) => r.code === 'credentialing.verification.stale')).toBe(true);
  });

  it('holds a file decided 2025-06-30 to the older 180 days: verified 2025-01-01 is timely', () => {
    expect(evaluateVerificationTimeliness(file('2025-06-30', '2025-01-01')).outcome).toBe('timely');
  });

  it('holds a CVO to 90 days from 2025-07-01: verified 2025-12-01, certified 2026-03-01 is timely, 03-02 stale', () => {
    const cvo = { program: 'cvo_certification' } as const;
    expect(evaluateVerificationTimeliness(file('2026-03-01', '2025-12-01'), cvo).outcome).toBe('timely');
    expect(evaluateVerificationTimeliness(file('2026-03-02', '2025-12-01'), cvo).outcome).toBe('stale');
  });

  it('counts a leap day: verified 2027-11-01, decided 2028-02-29 is 120 days and timely; 2028-03-01 is stale', () => {
    expect(evaluateVerificationTimeliness(file('2028-02-29', '2027-11-01')).outcome).toBe('timely');
    expect(evaluateVerificationTimeliness(file('2028-03-01', '2027-11-01')).outcome).toBe('stale');
  });

  it('finds a 121-day-old signed attestation stale even when every verification is fresh', () => {
    const d = evaluateVerificationTimeliness(file('2026-05-06', '2026-05-01', '2026-01-05'));
    expect(d.outcome).toBe('stale');
  });

  it('cannot call a file with an undated verification timely', () => {
    const d = evaluateVerificationTimeliness({
      processedOn: '2026-05-01',
      attestedOn: '2026-04-01',
      verifications: [{ item: 'license:CA' }],
    });
    expect(d.outcome).toBe('undecided');
  });
});

describe('NCQA recredentialing at least every 36 months, counted to the month (CR 4)', () => {
  it('is due by 2026-01-31 for a decision on 2023-01-15', () => {
    expect(getRecredentialingDueDate('2023-01-15')).toBe('2026-01-31');
  });

  it('is due by 2027-02-28 for a decision on leap day 2024-02-29', () => {
    expect(getRecredentialingDueDate('2024-02-29')).toBe('2027-02-28');
  });

  it('is due by 2028-02-29 for a decision on 2025-02-03 (the leap month end)', () => {
    expect(getRecredentialingDueDate('2025-02-03')).toBe('2028-02-29');
  });

  it('keeps the clinician in network without a warning through 2026-01-31, warning from 2026-02-01', () => {
    const e = [enrollment({ effectiveOn: '2023-02-01', credentialedOn: '2023-01-15' })];
    const q = { clinicianId: 'clin-ana', payerId: 'aetna' };
    const last = evaluatePayerNetworkStatus(e, { ...q, serviceDate: '2026-01-31' });
    expect(last.reasons.map((r) => r.code)).toEqual(['credentialing.network.in_network']);
    const late = evaluatePayerNetworkStatus(e, { ...q, serviceDate: '2026-02-01' });
    expect(late.outcome).toBe('in_network');
    expect(
      late.reasons.find((r) => r.code === 'credentialing.network.recredentialing_overdue')?.facts,
    ).toMatchObject({
      recredentialingDueOn: '2026-01-31',
      lateLineOn: '2026-03-02',
    });
  });
});

describe('Ongoing monitoring and CAQH re-attestation', () => {
  it('screens the exclusion lists monthly: checked 2026-01-31, next due 2026-02-28', () => {
    expect(getExclusionScreeningDueDate('2026-01-31')).toBe('2026-02-28');
  });

  it('is overdue on exclusion screening the day after the month runs out', () => {
    const s = { leieScreenedOn: '2026-03-02', samScreenedOn: '2026-03-02' };
    expect(evaluateExclusionScreening(s, { asOf: '2026-04-02' }).outcome).toBe('current');
    expect(evaluateExclusionScreening(s, { asOf: '2026-04-03' }).outcome).toBe('overdue');
  });

  it('keeps a CAQH attestation of 2027-11-01 current through 2028-02-29 (day 120) and expired on 2028-03-01', () => {
    const p = { providerId: '12345678', lastAttestedOn: '2027-11-01' };
    expect(evaluateCaqhAttestation(p, { asOf: '2028-02-29' }).outcome).toBe('current');
    expect(evaluateCaqhAttestation(p, { asOf: '2028-03-01' }).outcome).toBe('expired');
  });
});
