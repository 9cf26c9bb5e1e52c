import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/billing/index.js';
import { addDays, ClinicianId } from '../../../src/core/index.js';
import {
  buildWorkQueue,
  DEMO_AS_OF,
  generateDemoPractice,
  type PracticeData,
} from '../../../src/ops/index.js';
import { claimNetworkCheck } from '../../../src/ops/queue/claim-network.js';

const demo = generateDemoPractice();

/** The demo practice with claim-000111 (bluebird, seen 2026-08-30, waiting to be submitted) rendered by `clinicianId`. */
function renderedBy(
  clinicianId: string | undefined,
  edit: (d: PracticeData) => void = () => {},
): PracticeData {
  const data = structuredClone(demo);
  const claim = data.claims.find((c) => c.claimId === 'claim-000111');
  if (claim === undefined) throw new Error('the demo practice changed: claim-000111 is gone');
  if (clinicianId === undefined) delete claim.renderingClinicianId;
  else claim.renderingClinicianId = ClinicianId.parse(clinicianId);
  edit(data);
  return data;
}

/** clin-001 enrolled with Medicare from 2024-01-01, filed before it took effect (Medicare's effective date is never
 * before the filing date). */
function enrolClin001WithMedicare(d: PracticeData): void {
  for (const e of d.enrollments) {
    if (e.clinicianId === 'clin-001' && e.payerId === 'medicare') {
      e.effectiveOn = '2024-01-01';
      e.submittedOn = '2023-12-20';
      // A claim sent last week keeps it active (no 12 months without one, 42 CFR 424.540(a)(1)).
      e.lastClaimSubmittedOn = '2026-11-16';
    }
  }
}

/** clin-001's credentials in the practice's records. */
function clin001Credentials(d: PracticeData): PracticeData['credentials'][number] {
  const credentials = d.credentials.find((c) => c.clinicianId === 'clin-001');
  if (credentials === undefined) throw new Error('clin-001 has no credentials');
  return credentials;
}

function submitCodes(data: PracticeData): string[] {
  const queue = buildWorkQueue(data, { asOf: DEMO_AS_OF, role: 'biller' });
  const task = queue.tasks.find(
    (t) => t.kind === 'billing.claim_submit' && t.related.some((r) => r.id === 'claim-000111'),
  );
  if (task === undefined) throw new Error('claim-000111 has no submit task');
  return task.reasons.map((r) => r.code);
}

describe('the network check on a claim about to be submitted', () => {
  it('says nothing when the clinician who treated was in network with the payer that day', () => {
    const codes = submitCodes(renderedBy('clin-001'));
    expect(codes.filter((c) => c.includes('network'))).toEqual([]);
  });

  it('warns before submitting when the clinician who treated has no enrollment with the payer', () => {
    const data = renderedBy('clin-001', (d) => {
      d.enrollments = d.enrollments.filter(
        (e) => !(e.clinicianId === 'clin-001' && e.payerId === 'bluebird'),
      );
    });
    const queue = buildWorkQueue(data, { asOf: DEMO_AS_OF, role: 'biller' });
    const task = queue.tasks.find((t) => t.related.some((r) => r.id === 'claim-000111'));
    const network = task?.reasons.find((r) => r.code === 'ops.queue.claim_out_of_network');
    expect(network).toMatchObject({
      severity: 'error',
      facts: { clinicianId: 'clin-001', payerId: 'bluebird', serviceDate: '2026-08-30' },
    });
    expect(task?.reasons.map((r) => r.code)).toContain('credentialing.network.not_enrolled');
  });

  it('reads the enrollment on the date of service, not on the day the queue is built', () => {
    // Approved from 2026-09-01: the session on 2026-08-30 was before it took effect.
    const data = renderedBy('clin-001', (d) => {
      for (const e of d.enrollments) {
        if (e.clinicianId === 'clin-001' && e.payerId === 'bluebird' && e.status === 'approved') {
          e.effectiveOn = '2026-09-01';
        }
      }
    });
    expect(submitCodes(data)).toContain('ops.queue.claim_out_of_network');
    expect(submitCodes(data)).toContain('credentialing.network.before_effective_date');
  });

  it('reads the clinician’s license from their credentials for Medicare: an LMFT’s December 2023 session is not billable', () => {
    // claim-000111 billed to Medicare for 2023-12-15 (too old for the queue to submit, so checked directly);
    // clin-001 effective with Medicare 2024-01-01, inside the 30-day retro window, under licenses of the
    // types given.
    const checkWith = (...types: ('LCSW' | 'LMFT')[]) => {
      const data = renderedBy('clin-001', (d) => {
        enrolClin001WithMedicare(d);
        const credentials = clin001Credentials(d);
        credentials.licenses = credentials.licenses.map((l, i) => ({
          ...l,
          type: types[i % types.length] ?? 'LCSW',
        }));
        // That month's exclusion checks, kept for a claim billed this late (a check covers a month either way).
        const screening = credentials.exclusionScreening;
        if (screening === undefined) throw new Error('clin-001 has no exclusion screening');
        screening.earlierChecks = [
          ...(screening.earlierChecks ?? []),
          { source: 'leie', screenedOn: '2023-12-04' },
          { source: 'sam', screenedOn: '2023-12-04' },
        ];
      });
      const claim = structuredClone(data.claims.find((c) => c.claimId === 'claim-000111') as Claim);
      claim.payerId = 'medicare' as never;
      for (const line of claim.lines) line.serviceDate = '2023-12-15';
      return claimNetworkCheck(data)(claim).map((r) => r.code);
    };
    const social = checkWith('LCSW');
    expect(social).toEqual([
      'ops.queue.claim_network_retro_only',
      'credentialing.network.retro_billing_window',
    ]);
    expect(checkWith('LMFT')).toEqual([
      'ops.queue.claim_out_of_network',
      'credentialing.medicare.mft_mhc_before_2024',
    ]);
    // Licenses of two professions: which one Medicare enrolled is not known, so it is asked for.
    expect(checkWith('LCSW', 'LMFT')).toEqual([
      'ops.queue.claim_network_undecided',
      'credentialing.medicare.license_type_unknown',
    ]);
  });

  it('reads a Medicare opt-out from the clinician’s credentials: a Medicare claim after it goes to a person (only emergency or urgent care may be billed, 42 CFR 405.440)', () => {
    // claim-000111 billed to Medicare for 2026-08-30; clin-001 approved with Medicare since 2024-01-01.
    const checkWith = (medicareOptOut: { effectiveOn: string; endsOn?: string } | undefined) => {
      const data = renderedBy('clin-001', (d) => {
        enrolClin001WithMedicare(d);
        const credentials = clin001Credentials(d);
        credentials.licenses = credentials.licenses.map((l) => ({ ...l, type: 'LCSW' as const }));
        if (medicareOptOut !== undefined) credentials.medicareOptOut = medicareOptOut;
      });
      const claim = structuredClone(data.claims.find((c) => c.claimId === 'claim-000111') as Claim);
      claim.payerId = 'medicare' as never;
      for (const line of claim.lines) line.serviceDate = '2026-08-30';
      return claimNetworkCheck(data)(claim).map((r) => r.code);
    };
    expect(checkWith(undefined)).toEqual([]);
    // A claim cannot say whether the session was emergency or urgent care: never billed, never refused by guess.
    expect(checkWith({ effectiveOn: '2025-01-01' })).toEqual([
      'ops.queue.claim_network_undecided',
      'credentialing.medicare.opt_out_care_unknown',
    ]);
    // Cancelled at the end of its first period: billable again from 2027-01-01, so still not on 2026-08-30.
    expect(checkWith({ effectiveOn: '2025-01-01', endsOn: '2027-01-01' })).toContain(
      'credentialing.medicare.opt_out_care_unknown',
    );
    expect(checkWith({ effectiveOn: '2024-01-01', endsOn: '2026-01-01' })).toEqual([]);
  });

  it('reads an OIG exclusion from the clinician’s credentials: a Medicare session after it is not billed', () => {
    const data = renderedBy('clin-001', (d) => {
      enrolClin001WithMedicare(d);
      const credentials = clin001Credentials(d);
      credentials.licenses = credentials.licenses.map((l) => ({ ...l, type: 'LCSW' as const }));
      credentials.oigExclusions = [{ effectiveOn: '2026-08-01' }];
    });
    const claim = structuredClone(data.claims.find((c) => c.claimId === 'claim-000111') as Claim);
    claim.payerId = 'medicare' as never;
    for (const line of claim.lines) line.serviceDate = '2026-08-30';
    expect(claimNetworkCheck(data)(claim).map((r) => r.code)).toEqual([
      'ops.queue.claim_out_of_network',
      'credentialing.exclusion.oig_excluded',
    ]);
  });

  describe('an excluded supervising clinician (42 CFR 1001.1901(b): nothing furnished at an excluded person’s direction is paid)', () => {
    // claim-000111 billed to `payerId` for 2026-08-30 by clin-001 (in network, screened), supervised by clin-004.
    const checkWith = (payerId: string, oigExclusions: { effectiveOn: string; reinstatedOn?: string }[]) => {
      const data = renderedBy('clin-001', (d) => {
        enrolClin001WithMedicare(d);
        const credentials = clin001Credentials(d);
        credentials.licenses = credentials.licenses.map((l) => ({ ...l, type: 'LCSW' as const }));
        const supervisor = d.credentials.find((c) => c.clinicianId === 'clin-004');
        if (supervisor === undefined) throw new Error('clin-004 has no credentials');
        supervisor.oigExclusions = oigExclusions;
      });
      const claim = structuredClone(data.claims.find((c) => c.claimId === 'claim-000111') as Claim);
      claim.payerId = payerId as never;
      claim.supervisingClinicianId = ClinicianId.parse('clin-004');
      for (const line of claim.lines) line.serviceDate = '2026-08-30';
      return claimNetworkCheck(data)(claim);
    };

    it('flags a Medicare claim whose supervisor was excluded from 2026-08-01, naming the exclusion', () => {
      const reasons = checkWith('medicare', [{ effectiveOn: '2026-08-01' }]);
      expect(reasons.map((r) => r.code)).toEqual(['ops.queue.claim_clinician_excluded']);
      expect(reasons[0]?.severity).toBe('error');
      expect(reasons[0]?.facts).toMatchObject({
        clinicianId: 'clin-004',
        role: 'supervising',
        payerId: 'medicare',
        serviceDates: ['2026-08-30'],
        excludedOn: '2026-08-01',
        reinstatedOn: null,
      });
    });

    it('flags a Medicaid claim the same way, and leaves a commercial claim alone', () => {
      expect(checkWith('state-medicaid', [{ effectiveOn: '2026-08-01' }]).map((r) => r.code)).toContain(
        'ops.queue.claim_clinician_excluded',
      );
      expect(checkWith('bluebird', [{ effectiveOn: '2026-08-01' }])).toEqual([]);
    });

    it('reads the clinician who treated for TRICARE, a Federal program the network check reads as a plan; warns for an `other` payer', () => {
      const claimFor = (kind: 'tricare' | 'other') => {
        const data = renderedBy('clin-001', (d) => {
          clin001Credentials(d).oigExclusions = [{ effectiveOn: '2026-08-01' }];
          const bluebird = d.payers.find((p) => p.payerId === 'bluebird');
          if (bluebird === undefined) throw new Error('the demo practice changed: bluebird is gone');
          bluebird.kind = kind;
        });
        return claimNetworkCheck(data)(data.claims.find((c) => c.claimId === 'claim-000111') as Claim);
      };
      const tricare = claimFor('tricare').find((r) => r.code === 'ops.queue.claim_clinician_excluded');
      expect(tricare?.severity).toBe('error');
      expect(tricare?.facts).toMatchObject({
        clinicianId: 'clin-001',
        role: 'rendering',
        payerKind: 'tricare',
      });
      const other = claimFor('other').find((r) => r.code === 'ops.queue.claim_clinician_excluded');
      expect(other?.severity).toBe('warning');
      expect(other?.message).toContain('whether the payer is a Federal health care program');
    });

    it('says nothing when the exclusion starts after the date (2026-08-31) or OIG reinstated the supervisor by it', () => {
      expect(checkWith('medicare', [{ effectiveOn: '2026-08-31' }])).toEqual([]);
      expect(checkWith('medicare', [{ effectiveOn: '2020-01-16', reinstatedOn: '2026-08-30' }])).toEqual([]);
      expect(
        checkWith('medicare', [{ effectiveOn: '2020-01-16', reinstatedOn: '2026-08-31' }]).map((r) => r.code),
      ).toEqual(['ops.queue.claim_clinician_excluded']);
    });
  });

  it('reads a for-cause termination from the credentials, and a Medicaid managed care plan as Medicaid (42 CFR 455.416(c))', () => {
    const checkWith = (kind: PracticeData['payers'][number]['kind'], terminatedOn: string) => {
      const data = renderedBy('clin-001', (d) => {
        const credentials = clin001Credentials(d);
        credentials.forCauseTerminations = [{ program: 'medicare', terminatedOn }];
        const payer = d.payers.find((p) => p.payerId === 'bluebird');
        if (payer === undefined) throw new Error('the demo practice changed: bluebird is gone');
        payer.kind = kind;
      });
      const claim = structuredClone(data.claims.find((c) => c.claimId === 'claim-000111') as Claim);
      for (const line of claim.lines) line.serviceDate = '2026-08-30';
      return claimNetworkCheck(data)(claim).map((r) => r.code);
    };
    expect(checkWith('medicaid_managed_care', '2026-08-01')).toEqual([
      'ops.queue.claim_out_of_network',
      'credentialing.medicaid.terminated_for_cause',
    ]);
    expect(checkWith('medicaid_managed_care', '2026-08-31')).toEqual([]);
    // A commercial plan acts on its own monitoring.
    expect(checkWith('commercial', '2026-08-01')).toEqual([]);
  });

  it('reads a preclusion from the clinician’s credentials: a Medicare Advantage session after the plan’s date is not billed, with no date it is held', () => {
    const checkWith = (paymentDeniedFrom: string | undefined) => {
      const data = renderedBy('clin-001', (d) => {
        enrolClin001WithMedicare(d);
        for (const payer of d.payers) if (payer.payerId === 'medicare') payer.kind = 'medicare_advantage';
        d.policies.credentialing.payers = d.policies.credentialing.payers.filter(
          (x) => x.payerId !== 'medicare',
        );
        const credentials = clin001Credentials(d);
        credentials.licenses = credentials.licenses.map((l) => ({ ...l, type: 'LCSW' as const }));
        credentials.medicareAdvantagePreclusion = {
          listedOn: '2026-07-01',
          planDenials:
            paymentDeniedFrom === undefined ? [] : [{ payerId: 'medicare' as never, paymentDeniedFrom }],
        };
      });
      const claim = structuredClone(data.claims.find((c) => c.claimId === 'claim-000111') as Claim);
      claim.payerId = 'medicare' as never;
      for (const line of claim.lines) line.serviceDate = '2026-08-30';
      return claimNetworkCheck(data)(claim).map((r) => r.code);
    };
    expect(checkWith('2026-08-01')).toEqual([
      'ops.queue.claim_out_of_network',
      'credentialing.medicare_advantage.precluded',
    ]);
    expect(checkWith(undefined)).toContain('credentialing.medicare_advantage.preclusion_date_unknown');
    expect(checkWith('2026-09-01')).toEqual([]);
  });

  it('reads every date of service: a participation that ends between two lines makes the later line out of network', () => {
    // claim-000111 with a second line on 2026-09-20; clin-001's bluebird participation ends 2026-09-15.
    const data = renderedBy('clin-001', (d) => {
      for (const e of d.enrollments) {
        if (e.clinicianId === 'clin-001' && e.payerId === 'bluebird' && e.status === 'approved') {
          e.status = 'terminated';
          e.terminatedOn = '2026-09-15';
          e.history = [...e.history, { status: 'terminated', on: '2026-09-01' }];
        }
      }
    });
    const claim = structuredClone(data.claims.find((c) => c.claimId === 'claim-000111') as Claim);
    const first = claim.lines[0];
    if (first === undefined) throw new Error('claim-000111 has no line');
    claim.lines = [...claim.lines, { ...first, serviceDate: '2026-09-20' }];
    const reasons = claimNetworkCheck(data)(claim);
    expect(reasons.map((r) => r.code)).toEqual([
      'ops.queue.claim_out_of_network',
      'credentialing.network.terminated',
    ]);
    expect(reasons[0]?.facts).toMatchObject({ serviceDate: '2026-09-20', serviceDates: ['2026-09-20'] });
    // The first line alone (2026-08-30) is in network: nothing to say.
    claim.lines = [first];
    expect(claimNetworkCheck(data)(claim)).toEqual([]);
  });

  it('names each answer once, worst first, with all its dates', () => {
    // Approved from 2026-09-10 with a 30-day retro window (a configured payer): 2026-08-05 is out,
    // 2026-08-30 and 2026-09-01 retro-only, 2026-09-12 in network.
    const data = renderedBy('clin-001', (d) => {
      for (const e of d.enrollments) {
        if (e.clinicianId === 'clin-001' && e.payerId === 'bluebird' && e.status === 'approved') {
          e.effectiveOn = '2026-09-10';
        }
      }
      d.policies.credentialing.payers = [
        ...d.policies.credentialing.payers.filter((p) => p.payerId !== 'bluebird'),
        { payerId: 'bluebird' as never, retroBillingDays: 30 },
      ] as never;
    });
    const claim = structuredClone(data.claims.find((c) => c.claimId === 'claim-000111') as Claim);
    const first = claim.lines[0];
    if (first === undefined) throw new Error('claim-000111 has no line');
    claim.lines = ['2026-09-12', '2026-09-01', '2026-08-05', '2026-08-30'].map((serviceDate) => ({
      ...first,
      serviceDate,
    }));
    const reasons = claimNetworkCheck(data)(claim);
    expect(
      reasons.filter((r) => r.code.startsWith('ops.')).map((r) => [r.code, r.facts.serviceDates]),
    ).toEqual([
      ['ops.queue.claim_out_of_network', ['2026-08-05']],
      ['ops.queue.claim_network_retro_only', ['2026-08-30', '2026-09-01']],
    ]);
  });

  it('property: a claim is flagged out of network exactly when one of its dates is outside the participation', () => {
    // bluebird participation 2026-08-10 .. (terminated) 2026-09-15, no retro window.
    const data = renderedBy('clin-001', (d) => {
      for (const e of d.enrollments) {
        if (e.clinicianId === 'clin-001' && e.payerId === 'bluebird' && e.status === 'approved') {
          e.effectiveOn = '2026-08-10';
          e.status = 'terminated';
          e.terminatedOn = '2026-09-15';
          e.history = [...e.history, { status: 'terminated', on: '2026-09-01' }];
        }
      }
    });
    const check = claimNetworkCheck(data);
    const base = structuredClone(data.claims.find((c) => c.claimId === 'claim-000111') as Claim);
    const line = base.lines[0];
    if (line === undefined) throw new Error('claim-000111 has no line');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 6 }), (offsets) => {
        const dates = offsets.map((o) => addDays('2026-08-01', o));
        const claim = { ...base, lines: dates.map((serviceDate) => ({ ...line, serviceDate })) };
        const outside = [...new Set(dates)].filter((d) => d < '2026-08-10' || d >= '2026-09-15').sort();
        const reasons = check(claim);
        if (outside.length === 0) expect(reasons).toEqual([]);
        else {
          expect(reasons[0]).toMatchObject({
            code: 'ops.queue.claim_out_of_network',
            facts: { serviceDates: outside },
          });
        }
      }),
      { numRuns: 60 },
    );
  });

  describe('the clinician’s monthly exclusion screening, read from their credentials (42 CFR 455.436(c)(2), 1001.1901)', () => {
    type Screening = NonNullable<PracticeData['credentials'][number]['exclusionScreening']>;
    /** claim-000111 seen on 2026-08-30, billed to Medicare (clin-001 enrolled, an LCSW) or to a Medicaid plan. */
    const checkWith = (program: 'medicare' | 'medicaid', screening: Screening | undefined) => {
      const data = renderedBy('clin-001', (d) => {
        enrolClin001WithMedicare(d);
        const credentials = clin001Credentials(d);
        credentials.licenses = credentials.licenses.map((l) => ({ ...l, type: 'LCSW' as const }));
        if (screening === undefined) delete credentials.exclusionScreening;
        else credentials.exclusionScreening = screening;
        if (program === 'medicaid') {
          const payer = d.payers.find((p) => p.payerId === 'bluebird');
          if (payer === undefined) throw new Error('the demo practice changed: bluebird is gone');
          payer.kind = 'medicaid_managed_care';
        }
      });
      const claim = structuredClone(data.claims.find((c) => c.claimId === 'claim-000111') as Claim);
      if (program === 'medicare') claim.payerId = 'medicare' as never;
      for (const line of claim.lines) line.serviceDate = '2026-08-30';
      return claimNetworkCheck(data)(claim);
    };
    const codes = (reasons: ReturnType<ReturnType<typeof claimNetworkCheck>>) => reasons.map((r) => r.code);

    it('holds a Medicare claim seen on 2026-08-30 when the lists were last checked on 2026-07-15 (due 2026-08-15)', () => {
      const reasons = checkWith('medicare', {
        leieScreenedOn: '2026-07-15',
        samScreenedOn: '2026-07-15',
        stateMedicaid: [],
      });
      expect(codes(reasons)).toEqual([
        'ops.queue.claim_network_undecided',
        'credentialing.exclusion.screening_overdue',
        'credentialing.exclusion.screening_overdue',
      ]);
      expect(reasons[1]).toMatchObject({ facts: { dueOn: '2026-08-15', on: '2026-08-30' } });
    });

    it('bills the same claim when both lists were checked on 2026-08-03, within the month', () => {
      expect(
        checkWith('medicare', {
          leieScreenedOn: '2026-08-03',
          samScreenedOn: '2026-08-03',
          stateMedicaid: [],
        }),
      ).toEqual([]);
    });

    it('holds it when SAM was never checked: a clinician is not assumed clean', () => {
      expect(codes(checkWith('medicare', { leieScreenedOn: '2026-08-03', stateMedicaid: [] }))).toEqual([
        'ops.queue.claim_network_undecided',
        'credentialing.exclusion.screening_unknown',
      ]);
    });

    it('holds a Medicaid plan’s claim when no state Medicaid list was checked, and ignores the screening for a commercial plan', () => {
      const federalOnly: Screening = {
        leieScreenedOn: '2026-08-03',
        samScreenedOn: '2026-08-03',
        stateMedicaid: [],
      };
      expect(codes(checkWith('medicaid', federalOnly))).toEqual([
        'ops.queue.claim_network_undecided',
        'credentialing.exclusion.screening_unknown',
      ]);
      expect(
        checkWith('medicaid', { ...federalOnly, stateMedicaid: [{ state: 'NY', screenedOn: '2026-08-03' }] }),
      ).toEqual([]);
      // bluebird as the demo has it, a commercial plan: its own monitoring, not 42 CFR 455.436.
      const commercial = renderedBy('clin-001', (d) => {
        const credentials = clin001Credentials(d);
        credentials.exclusionScreening = { leieScreenedOn: '2020-01-01', stateMedicaid: [] };
      });
      const claim = commercial.claims.find((c) => c.claimId === 'claim-000111') as Claim;
      expect(claimNetworkCheck(commercial)(claim)).toEqual([]);
    });

    it('holds a Medicare claim, and a Medicaid plan’s, when the clinician has no screening recorded at all', () => {
      expect(codes(checkWith('medicare', undefined))).toEqual([
        'ops.queue.claim_network_undecided',
        'credentialing.exclusion.screening_unknown',
        'credentialing.exclusion.screening_unknown',
      ]);
      expect(codes(checkWith('medicaid', undefined))).toEqual([
        'ops.queue.claim_network_undecided',
        'credentialing.exclusion.screening_unknown',
        'credentialing.exclusion.screening_unknown',
        'credentialing.exclusion.screening_unknown',
      ]);
    });

    it('property: no Medicare or Medicaid claim passes without every list it needs checked within the month before its date', () => {
      const on = (n: number | undefined) => (n === undefined ? undefined : addDays('2026-06-01', n));
      // A check on or after 2026-07-30 covers the date of service 2026-08-30 (one after it covers it too).
      const covered = (n: number | undefined) => n !== undefined && (on(n) as string) >= '2026-07-30';
      const day = fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined });
      fc.assert(
        fc.property(
          fc.constantFrom('medicare' as const, 'medicaid' as const),
          fc.boolean(),
          day,
          day,
          day,
          (program, recorded, leie, sam, state) => {
            const screening: Screening | undefined = recorded
              ? {
                  ...(leie === undefined ? {} : { leieScreenedOn: on(leie) as string }),
                  ...(sam === undefined ? {} : { samScreenedOn: on(sam) as string }),
                  stateMedicaid:
                    state === undefined ? [] : [{ state: 'NY', screenedOn: on(state) as string }],
                }
              : undefined;
            const passes = checkWith(program, screening).length === 0;
            const needed =
              recorded && covered(leie) && covered(sam) && (program === 'medicare' || covered(state));
            expect(passes).toBe(needed);
          },
        ),
        { numRuns: 80 },
      );
    });

    it('leaves a clinician screened within the month before every date of service as screened on that date (property)', () => {
      const without = checkWith('medicare', {
        leieScreenedOn: '2026-08-30',
        samScreenedOn: '2026-08-30',
        stateMedicaid: [],
      });
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 31 }), fc.integer({ min: 0, max: 31 }), (a, b) => {
          // Checked from 2026-07-30 (due 2026-08-30) to 2026-08-30: every one covers the date of service.
          const screening: Screening = {
            leieScreenedOn: addDays('2026-07-30', a),
            samScreenedOn: addDays('2026-07-30', b),
            stateMedicaid: [],
          };
          expect(checkWith('medicare', screening)).toEqual(without);
        }),
        { numRuns: 40 },
      );
    });
  });

  it('is not asked when the claim does not record who treated', () => {
    const codes = submitCodes(renderedBy(undefined));
    expect(codes.filter((c) => c.startsWith('ops.queue.claim_') && c.includes('network'))).toEqual([]);
  });
});
