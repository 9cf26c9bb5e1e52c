import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/core/index.js';
import {
  buildCredentialingCalendar,
  evaluateCaqhAttestation,
  evaluateExclusionScreening,
  evaluatePayerNetworkStatus,
  evaluateVerificationTimeliness,
  getExclusionScreeningDueDate,
  getMedicareEffectiveDate,
  getRecredentialingDueDate,
  isLicenseInForce,
  type PayerEnrollmentInput,
} from '../../../src/credentialing/index.js';
import { dateArb, enrollment, license } from '../credentials/credential-fixtures.js';

// An outside tester's cases (cred39) for the dates of every credentialing clock, written from the public rules
// before reading the code: each boundary day on both sides, leap day 2028-02-29, and what a missing date gives.
// - NCQA CR: primary-source verifications and the signed attestation at most 180 days old when the file is decided
//   before 2025-07-01, 120 days from it (CVO certification 120, then 90); recredentialing at least every 36 months,
//   counted to the month.
// - 42 CFR 424.515: Medicare revalidation every 5 years; 424.520(d): the effective date is the later of the filing
//   date and the first day at the location; 424.521(a): billing up to 30 days before it (90 after a disaster).
// - CAQH ProView: re-attest every 120 days. OIG LEIE and SAM: checked monthly (42 CFR 455.436).
// - A state license is in force through its expiry date.
// Missing is never "valid": a clock whose date is not recorded is asked for or undecided, never skipped.
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('NCQA verification time limits: the day the file is decided decides the limit', () => {
  const file = (processedOn: string, verifiedOn: string, attestedOn = verifiedOn) => ({
    processedOn,
    attestedOn,
    verifications: [{ item: 'license:CA', verifiedOn }],
  });

  it('takes 180 days on Monday 2025-06-30, the last day of the old limit: 180 days old is timely, 181 stale', () => {
    expect(evaluateVerificationTimeliness(file('2025-06-30', '2025-01-01')).outcome).toBe('timely');
    const d = evaluateVerificationTimeliness(file('2025-06-30', '2024-12-31'));
    expect([d.outcome, d.limitDays]).toEqual(['stale', 180]);
  });

  it('takes 120 days from Tuesday 2025-07-01: a verification 121 days old is stale though 180 would pass it', () => {
    expect(evaluateVerificationTimeliness(file('2025-07-01', '2025-03-03')).outcome).toBe('timely');
    const d = evaluateVerificationTimeliness(file('2025-07-01', '2025-03-02'));
    expect([d.outcome, d.limitDays, codes(d)]).toEqual([
      'stale',
      120,
      ['credentialing.verification.stale', 'credentialing.verification.stale'],
    ]);
  });

  it('counts leap day 2028-02-29: decided 2028-03-01, verified 2027-11-02 is 120 days old, 2027-11-01 is 121', () => {
    const timely = evaluateVerificationTimeliness(file('2028-03-01', '2027-11-02'));
    expect([timely.outcome, timely.currentThrough]).toEqual(['timely', '2028-03-01']);
    expect(evaluateVerificationTimeliness(file('2028-03-01', '2027-11-01')).outcome).toBe('stale');
  });

  it('gives a CVO 90 days from 2025-07-01 (120 before): 2025-04-02 timely, 2025-04-01 stale', () => {
    const cvo = { program: 'cvo_certification' } as const;
    expect(evaluateVerificationTimeliness(file('2025-07-01', '2025-04-02'), cvo).outcome).toBe('timely');
    expect(evaluateVerificationTimeliness(file('2025-07-01', '2025-04-01'), cvo).outcome).toBe('stale');
    expect(evaluateVerificationTimeliness(file('2025-06-30', '2025-03-02'), cvo).outcome).toBe('timely');
  });

  it('is undecided, never timely, when the attestation has no date', () => {
    const d = evaluateVerificationTimeliness({
      processedOn: '2026-03-02',
      verifications: [{ item: 'license:CA', verifiedOn: '2026-03-01' }],
    });
    expect([d.outcome, codes(d)]).toEqual(['undecided', ['credentialing.verification.date_unknown']]);
  });

  it('is stale, not undecided, when one item is too old and another has no date', () => {
    const d = evaluateVerificationTimeliness({
      processedOn: '2026-03-02',
      attestedOn: '2025-10-01',
      verifications: [{ item: 'dea:CA' }, { item: 'license:CA', verifiedOn: '2026-03-01' }],
    });
    expect(d.outcome).toBe('stale');
    expect(codes(d).sort()).toEqual([
      'credentialing.verification.date_unknown',
      'credentialing.verification.stale',
    ]);
  });
});

describe('a renewal clock whose start is not recorded is never pushed later, nor dropped', () => {
  const aetna = (over: Partial<PayerEnrollmentInput>) =>
    enrollment({ payerId: 'aetna', credentialedOn: undefined, ...over }) as PayerEnrollmentInput;
  const networkOn = (e: PayerEnrollmentInput, serviceDate: string) =>
    evaluatePayerNetworkStatus(
      [e],
      { clinicianId: 'clin-ana', payerId: e.payerId, serviceDate, licenseType: 'LCSW' },
      e.payerId === 'medicare' ? { payerPolicy: { payerId: 'medicare', program: 'medicare' } } : {},
    );
  const fact = (d: { reasons: readonly { code: string; facts: Record<string, unknown> }[] }, key: string) =>
    d.reasons.find((r) => r.code === 'credentialing.network.in_network')?.facts[key];

  it('counts a plan approved 2023-01-12, effective 2023-03-01, from the approval: due 2026-01-31, not 2026-03-31', () => {
    // Before: counted from the effective date, the due date was two months late.
    const e = aetna({ approvedOn: '2023-01-12', effectiveOn: '2023-03-01' });
    const d = networkOn(e, '2026-02-02');
    expect(fact(d, 'recredentialingDueOn')).toBe('2026-01-31');
    expect(codes(d)).toContain('credentialing.network.recredentialing_overdue');
    const cal = buildCredentialingCalendar({ clinicians: [], enrollments: [e] }, { asOf: '2026-01-05' });
    expect(cal.deadlines.map((x) => [x.kind, x.dueOn])).toEqual([['recredentialing', '2026-01-31']]);
  });

  it('counts Medicare from the effective (filing) date 2024-02-29 when it is before the approval: revalidation about 2029-02-28', () => {
    const e = aetna({
      payerId: 'medicare',
      effectiveOn: '2024-02-29',
      approvedOn: '2024-04-10',
      lastClaimSubmittedOn: '2026-02-27',
    });
    expect(fact(networkOn(e, '2026-03-02'), 'revalidationDueOn')).toBe('2029-02-28');
  });

  it('asks for the dates of an approved enrollment that records none, on asOf, as a warning', () => {
    const e = aetna({ effectiveOn: undefined });
    const cal = buildCredentialingCalendar({ clinicians: [], enrollments: [e] }, { asOf: '2026-03-02' });
    expect(cal.deadlines).toMatchObject([
      {
        id: 'clin-ana/recredentialing/aetna/unrecorded',
        dueOn: '2026-03-02',
        severity: 'warning',
        reasons: [{ code: 'credentialing.deadline.renewal_start_unknown', severity: 'warning' }],
      },
    ]);
    // The network check agrees: with no effective date nothing is billed in network.
    expect(networkOn(e, '2026-03-02').outcome).toBe('undecided');
  });

  it('asks for a Medicare enrollment’s dates as a revalidation entry, and not for one terminated by asOf', () => {
    const medicare = aetna({ payerId: 'medicare', effectiveOn: undefined });
    const policy = { payers: [{ payerId: 'medicare', program: 'medicare' as const }] };
    const kinds = (e: PayerEnrollmentInput) =>
      buildCredentialingCalendar(
        { clinicians: [], enrollments: [e] },
        { asOf: '2026-03-02', ...policy },
      ).deadlines.map((x) => x.kind);
    expect(kinds(medicare).filter((k) => k === 'revalidation')).toEqual(['revalidation']);
    expect(kinds({ ...medicare, terminatedOn: '2026-03-02' }).filter((k) => k === 'revalidation')).toEqual(
      [],
    );
  });

  it('never dates a renewal later than counting from the approval or the effective date would (property)', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (approvedOn, effectiveOn) => {
        const d = networkOn(aetna({ approvedOn, effectiveOn }), addDays(effectiveOn, 1));
        const due = fact(d, 'recredentialingDueOn') as string;
        const fromEach = [getRecredentialingDueDate(approvedOn), getRecredentialingDueDate(effectiveOn)];
        expect(due).toBe(fromEach.sort()[0]);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every approved enrollment on the calendar whatever dates it lacks (property)', () => {
    fc.assert(
      fc.property(
        fc.option(dateArb, { nil: undefined }),
        fc.option(dateArb, { nil: undefined }),
        fc.option(dateArb, { nil: undefined }),
        (approvedOn, effectiveOn, credentialedOn) => {
          const e = aetna({ approvedOn, effectiveOn, credentialedOn });
          // Every cycle of a 2020–2030 start is due by 2033: on 2034-01-01 each is overdue, so always listed.
          const cal = buildCredentialingCalendar(
            { clinicians: [], enrollments: [e] },
            { asOf: '2034-01-01' },
          );
          expect(cal.deadlines.filter((x) => x.kind === 'recredentialing')).toHaveLength(1);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('leap day 2028-02-29 on the monthly and 120-day clocks', () => {
  it('falls CAQH due on 2028-02-29 for an attestation of 2027-11-01: current that day, expired on 2028-03-01', () => {
    const caqh = { providerId: '12345678', lastAttestedOn: '2027-11-01' };
    const due = evaluateCaqhAttestation(caqh, { asOf: '2028-02-29' });
    expect([due.outcome, due.dueOn, codes(due)]).toEqual([
      'current',
      '2028-02-29',
      ['credentialing.caqh.due_today'],
    ]);
    expect(evaluateCaqhAttestation(caqh, { asOf: '2028-03-01' }).outcome).toBe('expired');
  });

  it('is undecided, never current, for a CAQH profile never attested or attested after the date asked', () => {
    expect(evaluateCaqhAttestation({ providerId: '12345678' }, { asOf: '2028-02-29' }).outcome).toBe(
      'undecided',
    );
    expect(evaluateCaqhAttestation(undefined, { asOf: '2028-02-29' }).outcome).toBe('undecided');
    expect(
      evaluateCaqhAttestation(
        { providerId: '12345678', lastAttestedOn: '2028-03-01' },
        { asOf: '2028-02-29' },
      ).outcome,
    ).toBe('undecided');
  });

  it('runs a LEIE and SAM check of 2028-01-31 through 2028-02-29 and is overdue on 2028-03-01', () => {
    expect(getExclusionScreeningDueDate('2028-01-31')).toBe('2028-02-29');
    expect(getExclusionScreeningDueDate('2028-02-29')).toBe('2028-03-29');
    const both = { leieScreenedOn: '2028-01-31', samScreenedOn: '2028-01-31' };
    expect(evaluateExclusionScreening(both, { asOf: '2028-02-29' }).outcome).toBe('current');
    expect(evaluateExclusionScreening(both, { asOf: '2028-03-01' }).outcome).toBe('overdue');
  });

  it('is undecided, never current, when the SAM check is not recorded', () => {
    const d = evaluateExclusionScreening({ leieScreenedOn: '2028-02-29' }, { asOf: '2028-03-01' });
    expect([d.outcome, codes(d)]).toEqual(['undecided', ['credentialing.exclusion.screening_unknown']]);
  });

  it('keeps a license expiring on leap day in force that day and not on Wednesday 2028-03-01', () => {
    const l = license({ issuedOn: '2026-03-01', expiresOn: '2028-02-29' });
    expect(isLicenseInForce(l, { asOf: '2028-02-29' })).toBe(true);
    expect(isLicenseInForce(l, { asOf: '2028-03-01' })).toBe(false);
  });
});

describe('Medicare effective dates and retro billing across leap day (42 CFR 424.520(d), 424.521(a))', () => {
  const medicare = { payerPolicy: { payerId: 'medicare', program: 'medicare' } } as const;
  const approved = (over: Partial<PayerEnrollmentInput> = {}) =>
    enrollment({
      payerId: 'medicare',
      effectiveOn: '2028-03-01',
      credentialedOn: '2028-03-20',
      submittedOn: '2028-03-01',
      ...over,
    });
  const on = (serviceDate: string, e = approved()) =>
    evaluatePayerNetworkStatus(
      [e],
      { clinicianId: 'clin-ana', payerId: 'medicare', serviceDate, licenseType: 'LCSW' },
      medicare,
    ).outcome;

  it('takes the later of the filing date and the first day at the location, leap day included', () => {
    expect(getMedicareEffectiveDate('2028-02-29', '2028-02-15')).toBe('2028-02-29');
    expect(getMedicareEffectiveDate('2028-02-15', '2028-02-29')).toBe('2028-02-29');
  });

  it('bills 30 days back from 2028-03-01 over a 29-day February: 2028-01-31 retro, 2028-01-30 not', () => {
    expect(on('2028-01-31')).toBe('retro_billable');
    expect(on('2028-01-30')).toBe('out_of_network');
  });

  it('bills 90 days back after a declared disaster: 2027-12-02 retro, 2027-12-01 not', () => {
    const disaster = approved({ disasterPrecludedEnrollment: true });
    expect(on('2027-12-02', disaster)).toBe('retro_billable');
    expect(on('2027-12-01', disaster)).toBe('out_of_network');
  });
});
