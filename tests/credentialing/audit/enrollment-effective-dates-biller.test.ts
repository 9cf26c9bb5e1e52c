import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/billing/index.js';
import { ClinicianId } from '../../../src/core/index.js';
import {
  evaluatePayerNetworkStatus,
  getMedicareEffectiveDate,
  moveEnrollment,
  PayerCredentialingPolicy,
  type PayerEnrollmentInput,
} from '../../../src/credentialing/index.js';
import { generateDemoPractice, type PracticeData } from '../../../src/ops/index.js';
import { claimNetworkCheck } from '../../../src/ops/queue/claim-network.js';
import { enrollment } from '../credentials/credential-fixtures.js';

// An outside tester's cases for the path a biller walks from an enrollment to a claim, written from the public
// rules before reading the code:
// - 42 CFR 424.520(d): Medicare's effective date is the later of the filing date of the application that was
//   approved and the date the clinician first furnished services at a new practice location;
// - 42 CFR 424.521(a): claims may reach back 30 days before it, 90 when a Presidentially declared disaster kept
//   the clinician from enrolling (a ceiling: no Medicare fee-for-service window is longer);
// - CAA 2023 §4121, 42 CFR 410.53 and 410.54: marriage and family therapists and mental health counselors are
//   paid only for services on or after 2024-01-01;
// - a commercial plan's approval date is not its effective date: the contract says it, and without it the
//   answer is undecided, never in network.
const medicare = { payerPolicy: { payerId: 'medicare', program: 'medicare' } } as const;
const lcsw = { clinicianId: 'clin-ana', payerId: 'medicare', licenseType: 'LCSW' } as const;
function medicareRecord(over: Partial<PayerEnrollmentInput> = {}): PayerEnrollmentInput {
  return enrollment({
    payerId: 'medicare',
    submittedOn: '2026-03-02',
    effectiveOn: '2026-03-02',
    credentialedOn: '2026-03-02',
    ...over,
  });
}
function pendingMedicare(submittedOn: string): PayerEnrollmentInput {
  return { clinicianId: 'clin-ana', payerId: 'medicare', status: 'submitted', submittedOn };
}
const decide = (
  e: PayerEnrollmentInput,
  serviceDate: string,
  query: Record<string, unknown> = lcsw,
  options: Parameters<typeof evaluatePayerNetworkStatus>[2] = medicare,
) => evaluatePayerNetworkStatus([e], { ...lcsw, ...query, serviceDate }, options);
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('a Medicare session on, before and long before the effective date (42 CFR 424.520(d), 424.521(a))', () => {
  it('is in network on the effective date itself, Monday 2026-03-02', () => {
    expect(decide(medicareRecord(), '2026-03-02').outcome).toBe('in_network');
  });

  it('is retro-billable the day before, Sunday 2026-03-01', () => {
    expect(decide(medicareRecord(), '2026-03-01').outcome).toBe('retro_billable');
  });

  it('is retro-billable exactly 30 days before, Saturday 2026-01-31 (across a 28-day February)', () => {
    expect(decide(medicareRecord(), '2026-01-31').outcome).toBe('retro_billable');
  });

  it('is out of network 31 days before, 2026-01-30, with the reason that names the effective date', () => {
    const d = decide(medicareRecord(), '2026-01-30');
    expect(d.outcome).toBe('out_of_network');
    expect(codes(d)).toContain('credentialing.network.before_effective_date');
  });

  it('counts the 30 days across a year end: effective 2027-01-15 reaches back to 2026-12-16, not 12-15', () => {
    const e = medicareRecord({
      submittedOn: '2027-01-15',
      effectiveOn: '2027-01-15',
      credentialedOn: '2027-01-15',
    });
    expect(decide(e, '2026-12-16').outcome).toBe('retro_billable');
    expect(decide(e, '2026-12-15').outcome).toBe('out_of_network');
  });

  it('counts across leap day: effective 2028-03-01 reaches back to 2028-01-31 and bills 2028-02-29', () => {
    const e = medicareRecord({
      submittedOn: '2028-03-01',
      effectiveOn: '2028-03-01',
      credentialedOn: '2028-03-01',
    });
    expect(decide(e, '2028-02-29').outcome).toBe('retro_billable');
    expect(decide(e, '2028-01-31').outcome).toBe('retro_billable');
    expect(decide(e, '2028-01-30').outcome).toBe('out_of_network');
  });
});

describe('a new practice location (42 CFR 424.520(d))', () => {
  it('takes the first day at the new office when it is after the filing date: filed 2027-12-15, opened 2028-01-10', () => {
    expect(getMedicareEffectiveDate('2027-12-15', '2028-01-10')).toBe('2028-01-10');
  });

  it('bills from 30 days before the new office’s first day, without calling the record a data problem', () => {
    const e = medicareRecord({
      submittedOn: '2027-12-15',
      effectiveOn: '2028-01-10',
      credentialedOn: '2028-01-10',
    });
    const d = decide(e, '2027-12-11');
    expect(d.outcome).toBe('retro_billable');
    expect(codes(d)).not.toContain('credentialing.medicare.effective_before_filing');
    expect(decide(e, '2027-12-10').outcome).toBe('out_of_network');
  });
});

describe('a Presidentially declared disaster (42 CFR 424.521(a)(2))', () => {
  it('does not take the disaster’s 90 days from a payer-wide policy: the enrollment records the disaster', () => {
    const e = medicareRecord({
      submittedOn: '2027-03-31',
      effectiveOn: '2027-03-31',
      credentialedOn: '2027-03-31',
    });
    const payerWide = {
      payerPolicy: { payerId: 'medicare', program: 'medicare', retroBillingDays: 90 },
    } as const;
    expect(() => decide(e, '2026-12-31', lcsw, payerWide)).toThrow(/retro_window_exceeds_rule/);
    expect(decide(e, '2026-12-31').outcome).toBe('out_of_network');
  });

  it('gives the 90 days to the one enrollment the disaster kept from being filed, through the claim check too', () => {
    const e = medicareRecord({
      submittedOn: '2027-03-31',
      effectiveOn: '2027-03-31',
      credentialedOn: '2027-03-31',
      disasterPrecludedEnrollment: true,
    });
    expect(decide(e, '2026-12-31').outcome).toBe('retro_billable');
    expect(decide(e, '2026-12-30').outcome).toBe('out_of_network');
  });

  it('never reaches past 30 days policy-wide for Medicare fee-for-service: a 120-day window is refused, not billed', () => {
    const e = medicareRecord({
      submittedOn: '2027-03-31',
      effectiveOn: '2027-03-31',
      credentialedOn: '2027-03-31',
    });
    const tooLong = {
      payerPolicy: { payerId: 'medicare', program: 'medicare', retroBillingDays: 120 },
    } as const;
    expect(() => decide(e, '2026-12-01', lcsw, tooLong)).toThrow(/retro_window_exceeds_rule/);
  });
});

describe('the Medicare fee-for-service retro window’s ceiling (42 CFR 424.521(a))', () => {
  it('accepts any policy window up to 30 days and rejects every longer one, at retroBillingDays, without the value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 }), (days) => {
        const parsed = PayerCredentialingPolicy.safeParse({
          payerId: 'medicare',
          program: 'medicare',
          retroBillingDays: days,
        });
        expect(parsed.success).toBe(days <= 30);
        if (!parsed.success) {
          expect(parsed.error.issues.map((i) => i.path.join('.'))).toEqual(['retroBillingDays']);
          expect(parsed.error.issues[0]?.message).not.toContain(String(days));
        }
      }),
    );
  });

  it('leaves a Medicare Advantage plan’s contract window alone: 120 days is the plan’s to give', () => {
    const plan = { payerId: 'humana-ma', program: 'medicare_advantage', retroBillingDays: 120 } as const;
    expect(PayerCredentialingPolicy.safeParse(plan).success).toBe(true);
  });
});

describe('a pending Medicare application', () => {
  it('holds a session of 2026-12-01, 30 days before a filing on New Year’s Eve 2026-12-31', () => {
    const d = decide(pendingMedicare('2026-12-31'), '2026-12-01');
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toContain('credentialing.network.pending_may_become_billable');
  });

  it('refuses 2026-11-30, 31 days before that filing', () => {
    const d = decide(pendingMedicare('2026-12-31'), '2026-11-30');
    expect(d.outcome).toBe('out_of_network');
    expect(codes(d)).toContain('credentialing.network.application_pending');
  });
});

describe('marriage and family therapists and mental health counselors (CAA 2023 §4121; 42 CFR 410.53, 410.54)', () => {
  const e = medicareRecord({
    submittedOn: '2024-01-15',
    effectiveOn: '2024-01-15',
    credentialedOn: '2024-01-15',
  });
  it('refuses an LPC’s session on 2023-12-31 though it is inside the 30-day window of 2024-01-15', () => {
    const d = decide(e, '2023-12-31', { licenseType: 'LPC' });
    expect(d.outcome).toBe('out_of_network');
    expect(codes(d)).toContain('credentialing.medicare.mft_mhc_before_2024');
  });

  it('bills the same LPC’s session on 2024-01-01 retroactively (the benefit’s first day, inside the window)', () => {
    expect(decide(e, '2024-01-01', { licenseType: 'LPC' }).outcome).toBe('retro_billable');
  });

  it('refuses an LMFT’s session on 2023-12-31 with a Medicare Advantage plan too', () => {
    const ma = { payerPolicy: { payerId: 'humana-ma', program: 'medicare_advantage' } } as const;
    const plan = enrollment({
      payerId: 'humana-ma',
      effectiveOn: '2023-06-01',
      credentialedOn: '2023-06-01',
    });
    const d = decide(plan, '2023-12-31', { payerId: 'humana-ma', licenseType: 'LMFT' }, ma);
    expect(d.outcome).toBe('out_of_network');
  });

  it('does not guess the profession of a 2023-12-31 session when the license is not given', () => {
    const social = medicareRecord({
      submittedOn: '2023-06-01',
      effectiveOn: '2023-06-01',
      credentialedOn: '2023-06-01',
    });
    const d = evaluatePayerNetworkStatus(
      [social],
      { clinicianId: 'clin-ana', payerId: 'medicare', serviceDate: '2023-12-31' },
      medicare,
    );
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toContain('credentialing.medicare.license_type_unknown');
  });
});

describe('a commercial approval date is not the effective date', () => {
  const approvedOnly = {
    clinicianId: 'clin-ana',
    payerId: 'aetna',
    status: 'approved',
    approvedOn: '2026-06-15',
  } as const;
  it('is undecided on a session after the approval when the contract’s effective date is not recorded', () => {
    const d = evaluatePayerNetworkStatus([approvedOnly], {
      clinicianId: 'clin-ana',
      payerId: 'aetna',
      serviceDate: '2026-06-20',
    });
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toContain('credentialing.network.effective_date_unknown');
  });

  it('is out of network between an approval on 2026-06-15 and a contract effective 2026-07-01 (no retro window)', () => {
    const d = evaluatePayerNetworkStatus([{ ...approvedOnly, effectiveOn: '2026-07-01' }], {
      clinicianId: 'clin-ana',
      payerId: 'aetna',
      serviceDate: '2026-06-30',
    });
    expect(d.outcome).toBe('out_of_network');
  });

  it('refuses to record an approval without the effective date the payer states', () => {
    const moved = moveEnrollment(
      { clinicianId: 'clin-ana', payerId: 'aetna', status: 'in_review' },
      { to: 'approved' },
      { asOf: '2026-06-15' },
    );
    expect(moved.outcome).toBe('refused');
  });
});

describe('the claim a biller is about to submit (ops work queue)', () => {
  const demo = generateDemoPractice();
  /** A Medicare claim of clin-001's with lines on `dates`, and clin-001 enrolled effective 2026-03-02. */
  function claimOn(dates: string[]): { data: PracticeData; claim: Claim } {
    const data = structuredClone(demo);
    const base = data.claims.find((c) => c.payerId === 'medicare');
    if (base === undefined) throw new Error('the demo practice has no Medicare claim');
    const line = base.lines[0];
    if (line === undefined) throw new Error('a demo claim has no line');
    const claim: Claim = {
      ...base,
      renderingClinicianId: ClinicianId.parse('clin-001'),
      lines: dates.map((serviceDate) => ({ ...line, serviceDate })),
    };
    data.enrollments = data.enrollments.filter(
      (e) => !(e.clinicianId === 'clin-001' && e.payerId === 'medicare'),
    );
    // The monthly checks that covered January 2026, kept beside the demo's last ones.
    for (const c of data.credentials) {
      if (c.clinicianId !== 'clin-001' || c.exclusionScreening === undefined) continue;
      c.exclusionScreening.earlierChecks = [
        { source: 'leie', screenedOn: '2026-01-30' },
        { source: 'sam', screenedOn: '2026-01-30' },
      ];
    }
    data.enrollments.push({
      clinicianId: ClinicianId.parse('clin-001'),
      payerId: base.payerId,
      status: 'approved',
      history: [],
      documents: [],
      submittedOn: '2026-03-02',
      effectiveOn: '2026-03-02',
      credentialedOn: '2026-03-02',
    });
    return { data, claim };
  }

  it('flags the line 31 days before the effective date out of network and the one 30 days before retro only', () => {
    const { data, claim } = claimOn(['2026-01-30', '2026-01-31', '2026-03-02']);
    const reasons = claimNetworkCheck(data)(claim);
    const out = reasons.find((r) => r.code === 'ops.queue.claim_out_of_network');
    const retro = reasons.find((r) => r.code === 'ops.queue.claim_network_retro_only');
    expect(out?.facts.serviceDates).toEqual(['2026-01-30']);
    expect(retro?.facts.serviceDates).toEqual(['2026-01-31']);
  });
});
