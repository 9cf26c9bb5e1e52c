import { describe, expect, it } from 'vitest';
import { evaluatePayerNetworkStatus, type PayerEnrollmentInput } from '../../../src/credentialing/index.js';

// An outside tester's cases from the public rule: Medicare pays marriage and family therapists and mental
// health counselors (an addiction counselor who meets the MHC definition among them) for dates of service
// from 2024-01-01 (Consolidated Appropriations Act 2023 §4121; 42 CFR 410.53, 410.54), never before.
const medicare = { payerPolicy: { payerId: 'medicare', program: 'medicare' } } as const;
const advantage = { payerPolicy: { payerId: 'medicare', program: 'medicare_advantage' } } as const;
const enrolled = (effectiveOn: string, payerId = 'medicare'): PayerEnrollmentInput[] => [
  { clinicianId: 'clin-lee', payerId, status: 'approved', effectiveOn },
];
const session = (serviceDate: string, licenseType: string, payerId = 'medicare') =>
  ({ clinicianId: 'clin-lee', payerId, serviceDate, licenseType }) as const;
type Q = Parameters<typeof evaluatePayerNetworkStatus>[1];

describe('Medicare and marriage and family therapists and mental health counselors (CAA 2023 §4121)', () => {
  it('refuses an LPC session on 2023-12-29 for a Medicare client, though enrolled from 2024-01-01 (inside the retro window)', () => {
    const d = evaluatePayerNetworkStatus(enrolled('2024-01-01'), session('2023-12-29', 'LPC') as Q, medicare);
    expect(d.outcome).toBe('out_of_network');
    expect(d.reasons.map((r) => r.code)).toContain('credentialing.medicare.mft_mhc_before_2024');
  });

  it('bills an LPC session on 2024-01-02 when enrolled from 2024-01-01', () => {
    const d = evaluatePayerNetworkStatus(enrolled('2024-01-01'), session('2024-01-02', 'LPC') as Q, medicare);
    expect(d.outcome).toBe('in_network');
  });

  it('refuses an LMFT on 2023-12-31 and bills the same LMFT on 2024-01-01, the first day of the benefit', () => {
    const e = enrolled('2024-01-01');
    expect(evaluatePayerNetworkStatus(e, session('2023-12-31', 'LMFT') as Q, medicare).outcome).toBe(
      'out_of_network',
    );
    expect(evaluatePayerNetworkStatus(e, session('2024-01-01', 'LMFT') as Q, medicare).outcome).toBe(
      'in_network',
    );
  });

  it('refuses an LMHC on 2024-01-02 with no Medicare enrollment: the benefit is not an enrollment', () => {
    const d = evaluatePayerNetworkStatus([], session('2024-01-02', 'LMHC') as Q, medicare);
    expect(d.outcome).toBe('out_of_network');
    expect(d.reasons.map((r) => r.code)).toEqual(['credentialing.network.not_enrolled']);
  });

  it('refuses an LCPC with a Medicare Advantage plan on 2023-11-15 (a plan pays the benefit Medicare defines)', () => {
    const d = evaluatePayerNetworkStatus(
      enrolled('2023-01-01'),
      session('2023-11-15', 'LCPC') as Q,
      advantage,
    );
    expect(d.outcome).toBe('out_of_network');
  });

  it('still bills an LCSW on 2023-12-29: clinical social workers were paid long before 2024 (42 CFR 410.73)', () => {
    const d = evaluatePayerNetworkStatus(
      [{ ...enrolled('2020-06-01')[0], lastClaimSubmittedOn: '2023-12-01' } as PayerEnrollmentInput],
      session('2023-12-29', 'LCSW') as Q,
      medicare,
    );
    expect(d.outcome).toBe('in_network');
  });

  it('leaves a commercial plan alone: an LPC in network with Aetna on 2023-12-29 stays in network', () => {
    const d = evaluatePayerNetworkStatus(
      enrolled('2022-01-01', 'aetna'),
      session('2023-12-29', 'LPC', 'aetna') as Q,
      { payerPolicy: { payerId: 'aetna' } },
    );
    expect(d.outcome).toBe('in_network');
  });

  it('refuses an addiction counselor on 2023-12-29: Medicare paid no mental health counselor before 2024 (42 CFR 410.54)', () => {
    const d = evaluatePayerNetworkStatus(
      enrolled('2024-01-01'),
      session('2023-12-29', 'addiction_counselor') as Q,
      medicare,
    );
    expect(d.outcome).toBe('out_of_network');
    expect(d.reasons.map((r) => r.code)).toContain('credentialing.medicare.mft_mhc_before_2024');
  });

  // Third pass: CMS took MFT and MHC applications in 2023 and approved them effective no earlier than 2024-01-01;
  // an application filed later reaches back 30 days (42 CFR 424.521(a)), across the benefit's first day or not.
  it('holds an LMFT who filed Monday 2024-01-15: 2024-01-02 is retro billable, 2023-12-20 in the same window is refused', () => {
    const filedLate = [
      {
        clinicianId: 'clin-lee',
        payerId: 'medicare',
        status: 'approved',
        submittedOn: '2024-01-15',
        approvedOn: '2024-02-20',
        effectiveOn: '2024-01-15',
        lastClaimSubmittedOn: '2024-03-01',
      },
    ] as PayerEnrollmentInput[];
    const jan = evaluatePayerNetworkStatus(filedLate, session('2024-01-02', 'LMFT') as Q, medicare);
    expect([jan.outcome, jan.reasons.map((r) => r.code)]).toEqual([
      'retro_billable',
      ['credentialing.network.retro_billing_window'],
    ]);
    const dec = evaluatePayerNetworkStatus(filedLate, session('2023-12-20', 'LMFT') as Q, medicare);
    expect(dec.outcome).toBe('out_of_network');
    expect(dec.reasons.map((r) => r.code)).toContain('credentialing.medicare.mft_mhc_before_2024');
  });

  it('refuses an LPC approved in November 2023 (effective 2024-01-01) for a session on Friday 2023-12-29', () => {
    const approvedIn2023 = [
      {
        clinicianId: 'clin-lee',
        payerId: 'medicare',
        status: 'approved',
        submittedOn: '2023-10-02',
        approvedOn: '2023-11-20',
        effectiveOn: '2024-01-01',
        credentialedOn: '2023-11-20',
        lastClaimSubmittedOn: '2024-01-05',
      },
    ] as PayerEnrollmentInput[];
    expect(
      evaluatePayerNetworkStatus(approvedIn2023, session('2023-12-29', 'LPC') as Q, medicare).outcome,
    ).toBe('out_of_network');
    expect(
      evaluatePayerNetworkStatus(approvedIn2023, session('2024-01-02', 'LPC') as Q, medicare).outcome,
    ).toBe('in_network');
  });

  it('bills an addiction counselor Medicare enrolled as a mental health counselor on 2024-01-02', () => {
    const d = evaluatePayerNetworkStatus(
      enrolled('2024-01-01'),
      session('2024-01-02', 'addiction_counselor') as Q,
      medicare,
    );
    expect(d.outcome).toBe('in_network');
  });
});
