// Outside-tester cases (bill37) for the client's day wherever the library scrubs or sends a claim, written
// from the public rules before the code: NCCI's procedure-to-procedure edits and the MUEs count one
// provider's services to one patient on one date, whatever claim carries them
// [sources: cms-ncci-policy-manual, cms-ncci-ptp, cms-mue]; an add-on is billed by the practitioner who gave
// its primary [sources: ama-cpt]. A claim the clearinghouse or the payer's front end rejected (999/277CA) or
// the payer returned as unprocessable was never filed [sources: mac-fcso-timely-filing, cms-mcpm-ch1-70]: it
// is corrected and sent again for the same services, so while it is open its codes are the client's day
// (the work queue counts it too); one closed or written off without ever reaching the payer is not.
// Before bill37 the 837P writer, moveClaim and the follow-up queue scrubbed a claim alone and could not be
// given its day; evaluateClaimScrub did not say when it had checked a claim alone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../../src/billing/claims/claim.js';
import { standsForClientDay } from '../../../src/billing/claims/same-day-claims.js';
import type { ClaimStatus } from '../../../src/billing/claims/status.js';
import {
  buildFollowUpQueue,
  COMMERCIAL_PAYER_PROFILE_EXAMPLE,
  evaluateClaimScrub,
  moveClaim,
} from '../../../src/billing/index.js';
import { type Write837POptions, write837P } from '../../../src/billing/x12/index.js';
import { ValidationError } from '../../../src/core/index.js';
import { COMMERCIAL, claim, claimThrough, line } from './claim-fixtures.js';

const asOf = '2026-03-05';
const codes = (reasons: readonly { code: string }[]) => reasons.map((r) => r.code);
const NOT_GIVEN = 'billing.scrub.same_day_claims_not_given';
// One claim of 2026-03-02 (a Monday) billing `procedureCodes`, one line each.
const on = (claimId: string, procedureCodes: string[], overrides: Partial<ClaimInput> = {}): ClaimInput =>
  claim({
    claimId,
    lines: procedureCodes.map((procedureCode, i) => line({ lineId: String(i + 1), procedureCode })),
    ...overrides,
  });
// A claim of `procedureCodes` walked through `path` from 2026-03-03.
const through = (claimId: string, procedureCodes: string[], path: ClaimStatus[]): ClaimInput =>
  claimThrough(path, '2026-03-03', {
    claimId,
    lines: procedureCodes.map((procedureCode, i) => line({ lineId: String(i + 1), procedureCode })),
  });
const REJECTED: ClaimStatus[] = ['ready', 'submitted', 'rejected'];

describe('evaluateClaimScrub says whether it saw the day', () => {
  it('1. a clean 90834 of 2026-03-02 scrubbed without its day: ready, with an info note naming the claim', () => {
    const d = evaluateClaimScrub(on('claim-b', ['90834']), COMMERCIAL, { asOf });
    expect(d.outcome).toBe('ready');
    expect(d.reasons).toEqual([
      expect.objectContaining({ code: NOT_GIVEN, severity: 'info', facts: { claimId: 'claim-b' } }),
    ]);
  });
  it('2. the same claim with its day given and nothing else on it: ready, nothing to say', () => {
    expect(evaluateClaimScrub(on('claim-b', ['90834']), COMMERCIAL, { asOf, sameDayClaims: [] })).toEqual({
      claimId: 'claim-b',
      outcome: 'ready',
      reasons: [],
    });
  });
});

describe('a rejected claim still open is the client’s day (it will be corrected and resent)', () => {
  it('3. +90833 beside the same practitioner’s 99214 on a claim the 277CA rejected: the primary is found', () => {
    const d = evaluateClaimScrub(on('claim-b', ['90833']), COMMERCIAL, {
      asOf,
      sameDayClaims: [through('claim-a', ['99214'], REJECTED)],
    });
    expect(d.outcome).toBe('ready_with_warnings');
    expect(codes(d.reasons)).toEqual(['billing.scrub.add_on_primary_on_other_claim']);
  });
  it('4. 90791 beside a 90791 returned as unprocessable (CO-16/MA130) and still open: billed twice (MUE 1)', () => {
    const d = evaluateClaimScrub(on('claim-b', ['90791']), COMMERCIAL, {
      asOf,
      sameDayClaims: [through('claim-a', ['90791'], ['ready', 'submitted', 'accepted', 'unprocessable'])],
    });
    expect(d.outcome).toBe('refused');
    expect(codes(d.reasons)).toEqual(['billing.scrub.same_day_code_billed_twice']);
  });
  it('5. the rejected 99214 claim closed without ever reaching the payer: passed over, +90833 has no primary', () => {
    const d = evaluateClaimScrub(on('claim-b', ['90833']), COMMERCIAL, {
      asOf,
      sameDayClaims: [through('claim-a', ['99214'], [...REJECTED, 'closed'])],
    });
    expect(d.outcome).toBe('refused');
    expect(codes(d.reasons)).toEqual(['billing.scrub.add_on_without_primary']);
  });
  it('6. a 99214 claim the payer denied and the practice wrote off still stands: 90834 beside it is refused', () => {
    const d = evaluateClaimScrub(on('claim-b', ['90834']), COMMERCIAL, {
      asOf,
      sameDayClaims: [
        through('claim-a', ['99214'], ['ready', 'submitted', 'accepted', 'denied', 'written_off']),
      ],
    });
    expect(codes(d.reasons)).toEqual(['billing.scrub.same_day_codes_not_billable_together']);
  });
});

describe('moveClaim takes the day (sameDayClaims) for a move that scrubs', () => {
  it('7. a 90834 draft moved to ready beside the same practitioner’s rejected 99214 claim: refused', () => {
    const d = moveClaim(
      on('claim-b', ['90834']),
      { to: 'ready' },
      {
        asOf,
        profile: COMMERCIAL,
        sameDayClaims: [through('claim-a', ['99214'], REJECTED)],
      },
    );
    expect(d.outcome).toBe('refused');
    expect(codes(d.reasons)).toEqual(['billing.scrub.same_day_codes_not_billable_together']);
    expect(d.claim.status).toBe('draft');
  });
  it('8. a corrected 90791 (denied, to resubmitted) beside another standing 90791 claim of the day: refused', () => {
    const denied = through('claim-b', ['90791'], ['ready', 'submitted', 'accepted', 'denied']);
    const d = moveClaim(
      denied,
      { to: 'resubmitted' },
      {
        asOf: '2026-03-20',
        profile: COMMERCIAL,
        sameDayClaims: [on('claim-a', ['90791'])],
      },
    );
    expect(d.outcome).toBe('refused');
    expect(codes(d.reasons)).toEqual(['billing.scrub.same_day_code_billed_twice']);
    const alone = moveClaim(denied, { to: 'resubmitted' }, { asOf: '2026-03-20', profile: COMMERCIAL });
    expect(alone.outcome).toBe('moved');
    expect(codes(alone.reasons)).toEqual([NOT_GIVEN]);
  });
  it('9. another client’s claim in the day is a broken call, reported by path without its id', () => {
    let error: unknown;
    try {
      moveClaim(
        on('claim-b', ['90834']),
        { to: 'ready' },
        {
          asOf,
          profile: COMMERCIAL,
          sameDayClaims: [on('claim-z', ['99214'], { clientId: 'client-secret-9' })],
        },
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues.map((i) => [i.at, i.code])).toEqual([
      ['$.options.sameDayClaims[0].clientId', 'billing.scrub.same_day_claim_other_client'],
    ]);
    expect(JSON.stringify(issues)).not.toContain('client-secret-9');
  });
});

const PROFILE = { ...COMMERCIAL_PAYER_PROFILE_EXAMPLE, payerId: 'summit' };
const options: Write837POptions = {
  envelope: {
    asOf: '2026-03-05T09:30:00-08:00',
    controlNumbers: { interchange: 7, group: 7, transaction: 1 },
    sender: { id: 'HARBORCNS' },
    receiver: { id: '60054' },
  },
  submitter: { name: 'HARBOR COUNSELING GROUP', contactName: 'BILLING', phone: '5035550100' },
  receiver: { name: 'SUMMIT HEALTH PLAN' },
  billingProvider: {
    name: 'HARBOR COUNSELING GROUP',
    npi: '1245319599',
    taxId: '931234567',
    address: { line1: '200 MAIN ST', city: 'PORTLAND', state: 'OR', postalCode: '972011234' },
  },
  payers: { summit: { name: 'SUMMIT HEALTH PLAN', id: '60054', filingIndicator: 'CI', profile: PROFILE } },
  clients: {
    'client-1': {
      memberId: 'W123456789',
      lastName: 'LANE',
      firstName: 'ALEX',
      birthDate: '1990-02-14',
      sex: 'F',
      address: { line1: '12 ELM ST', city: 'PORTLAND', state: 'OR', postalCode: '97201' },
    },
  },
  clinicians: { 'dr-lee': { npi: '1234567893', lastName: 'LEE', firstName: 'MORGAN' } },
};
// A claim ready to send to Summit, rendered by dr-lee on 2026-03-02.
const ready = (claimId: string, procedureCodes: string[], status: ClaimStatus[] = ['ready']): ClaimInput =>
  claimThrough(status, '2026-03-03', {
    claimId,
    payerId: 'summit',
    renderingClinicianId: 'dr-lee',
    lines: procedureCodes.map((procedureCode, i) => line({ lineId: String(i + 1), procedureCode })),
  });

describe('write837P takes the day (sameDayClaims), and the file’s own claims are part of it', () => {
  it('10. 99214 and 90834 of one client, practitioner and date on two claims, day not given: both written, the file says they were checked alone', () => {
    const out = write837P([ready('c-em', ['99214']), ready('c-psy', ['90834'])], options);
    expect(out.outcome).toBe('written');
    expect(out.reasons).toEqual([
      expect.objectContaining({ code: NOT_GIVEN, severity: 'info', facts: { claimIds: ['c-em', 'c-psy'] } }),
    ]);
  });
  it('11. the same file with the day given (no other claim): each claim is checked beside the other, both refused', () => {
    const out = write837P([ready('c-em', ['99214']), ready('c-psy', ['90834'])], {
      ...options,
      sameDayClaims: [],
    });
    expect(out.outcome).toBe('not_written');
    expect(out.refused.map((r) => [r.claimId, codes(r.reasons)])).toEqual([
      ['c-em', ['billing.scrub.same_day_codes_not_billable_together']],
      ['c-psy', ['billing.scrub.same_day_codes_not_billable_together']],
    ]);
  });
  it('12. a 90791 in the file beside a rejected 90791 claim still open: refused; beside one closed after its rejection: written', () => {
    const open = write837P([ready('c-new', ['90791'])], {
      ...options,
      sameDayClaims: [ready('c-old', ['90791'], ['ready', 'submitted', 'rejected'])],
    });
    expect(open.refused.map((r) => codes(r.reasons))).toEqual([['billing.scrub.same_day_code_billed_twice']]);
    const closed = write837P([ready('c-new', ['90791'])], {
      ...options,
      sameDayClaims: [ready('c-old', ['90791'], ['ready', 'submitted', 'rejected', 'closed'])],
    });
    expect(closed.outcome).toBe('written');
    expect(closed.reasons).toEqual([]);
  });
});

describe('write837P: a claim the file voids leaves the day', () => {
  it('12b. a paid 90791 voided (CLM05-3 8) in the file that sends its replacement 90791 as a new claim: the new one is written', () => {
    const paid = {
      ...ready('c-old', ['90791'], ['ready', 'submitted', 'accepted', 'paid']),
      payerClaimControlNumber: '2026123456789',
    };
    const out = write837P([paid, ready('c-new', ['90791'])], {
      ...options,
      voidClaimIds: ['c-old'],
      sameDayClaims: [],
    });
    expect(out.refused).toEqual([]);
    expect(out.written.map((w) => [w.claimId, w.frequency])).toEqual([
      ['c-old', 'void'],
      ['c-new', 'original'],
    ]);
  });
});

describe('buildFollowUpQueue takes the day (sameDayClaims)', () => {
  const rejectedEm = through('claim-a', ['99214'], REJECTED);
  const readyPsy = claimThrough(['ready'], '2026-03-03', { claimId: 'claim-b' });
  it('13. a ready 90834 beside the same practitioner’s rejected 99214: fixed before it is submitted, with the day’s error', () => {
    const claims = [rejectedEm, readyPsy];
    const q = buildFollowUpQueue({ claims, profiles: [COMMERCIAL] }, { asOf, sameDayClaims: claims });
    const entry = q.find((e) => e.claimId === 'claim-b');
    expect(entry?.action).toBe('fix_before_submit');
    expect(codes(entry?.reasons ?? [])).toContain('billing.scrub.same_day_codes_not_billable_together');
    expect(codes(entry?.reasons ?? [])).not.toContain(NOT_GIVEN);
  });
  it('14. without the day: submitted as it stands, and its entry says it was checked alone', () => {
    const q = buildFollowUpQueue({ claims: [rejectedEm, readyPsy], profiles: [COMMERCIAL] }, { asOf });
    const entry = q.find((e) => e.claimId === 'claim-b');
    expect(entry?.action).toBe('submit');
    expect(codes(entry?.reasons ?? [])).toContain(NOT_GIVEN);
  });
});

describe('property: a claim of the day counts exactly when it stands', () => {
  const statuses: ClaimStatus[][] = [
    [],
    ['ready'],
    ['ready', 'submitted', 'rejected'],
    ['ready', 'submitted', 'rejected', 'closed'],
    ['ready', 'submitted', 'rejected', 'written_off'],
    ['ready', 'submitted', 'accepted', 'unprocessable'],
    ['ready', 'submitted', 'accepted', 'paid', 'closed'],
    ['ready', 'submitted', 'accepted', 'denied', 'written_off'],
    ['closed'],
  ];
  it('a 90834 beside the same practitioner’s 99214 is refused for the pair iff that claim stands', () => {
    fc.assert(
      fc.property(fc.constantFrom(...statuses), (path) => {
        const other = through('claim-a', ['99214'], path);
        const d = evaluateClaimScrub(on('claim-b', ['90834']), COMMERCIAL, { asOf, sameDayClaims: [other] });
        const stands =
          path.at(-1) !== 'closed' && path.at(-1) !== 'written_off' ? true : path.includes('accepted');
        // With no history to say whether it reached the payer, a claim is counted.
        expect(standsForClientDay({ status: path.at(-1) ?? 'draft', history: [] })).toBe(true);
        expect(codes(d.reasons).includes('billing.scrub.same_day_codes_not_billable_together')).toBe(stands);
      }),
    );
  });
});
