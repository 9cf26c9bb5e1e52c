// Outside-tester cases for a client's day across claims, written from the public rules before the code:
// NCCI procedure-to-procedure edits apply to one provider's services to one patient on one date, whatever
// claim they are on (CMS NCCI Policy Manual, ch. I and XI) [sources: cms-ncci-policy-manual, cms-ncci-ptp];
// an add-on code is reported by the practitioner who performed its primary service, on that date
// [sources: ama-cpt, cms-ncci-policy-manual]; Medically Unlikely Edits count one provider's units for one
// patient on one date of service (90791 and 90839: one) [sources: cms-mue]; a psychiatric diagnostic
// evaluation is reported once a day [sources: lcd-l31887]. A claim scrubbed without its day's other claims
// is checked as its own day.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../../src/billing/claims/claim.js';
import { evaluateClaimScrub } from '../../../src/billing/index.js';
import { ValidationError } from '../../../src/core/index.js';
import { COMMERCIAL, claim, line, MEDICARE } from './claim-fixtures.js';

const OTHER_NPI = '1999999992';
const asOf = '2026-03-05';
const codes = (reasons: readonly { code: string }[]) => reasons.map((r) => r.code);
// One claim of 2026-03-02 (a Monday) billing `procedureCodes`, one line each.
const on = (claimId: string, procedureCodes: string[], overrides: Partial<ClaimInput> = {}): ClaimInput =>
  claim({
    claimId,
    lines: procedureCodes.map((procedureCode, i) => line({ lineId: String(i + 1), procedureCode })),
    ...overrides,
  });

describe('a claim scrubbed alone is checked as its own day (no other claim given)', () => {
  it('1. +90833 alone on its claim, 2026-03-02: refused, its E/M primary is not on the claim (CPT add-on rule)', () => {
    const d = evaluateClaimScrub(on('claim-b', ['90833']), COMMERCIAL, { asOf });
    expect(d.outcome).toBe('refused');
    // And it says it was checked alone (bill37): the day's other claims were not given.
    expect(codes(d.reasons)).toEqual([
      'billing.scrub.add_on_without_primary',
      'billing.scrub.same_day_claims_not_given',
    ]);
  });
  it('2. 99214 alone on its claim, 2026-03-02: ready', () => {
    expect(evaluateClaimScrub(on('claim-a', ['99214']), COMMERCIAL, { asOf }).outcome).toBe('ready');
  });
  it('3. an empty list of the day’s other claims decides as no list at all, without the note that the day was not given', () => {
    const alone = evaluateClaimScrub(on('claim-b', ['90833']), COMMERCIAL, { asOf });
    const day = evaluateClaimScrub(on('claim-b', ['90833']), COMMERCIAL, { asOf, sameDayClaims: [] });
    expect(day.outcome).toBe(alone.outcome);
    expect(day.reasons).toEqual(
      alone.reasons.filter((r) => r.code !== 'billing.scrub.same_day_claims_not_given'),
    );
    expect(codes(alone.reasons)).toContain('billing.scrub.same_day_claims_not_given');
  });
});

describe('add-ons whose primary is on another claim of the same day (CPT add-on rule; NCCI ch. I)', () => {
  it('4. +90833 on one claim, 99214 by the same practitioner on another, 2026-03-02: the primary is found; a warning to bill them together', () => {
    const d = evaluateClaimScrub(on('claim-b', ['90833']), COMMERCIAL, {
      asOf,
      sameDayClaims: [on('claim-a', ['99214'])],
    });
    expect(d.outcome).toBe('ready_with_warnings');
    expect(codes(d.reasons)).toEqual(['billing.scrub.add_on_primary_on_other_claim']);
    expect(d.reasons[0]?.facts).toMatchObject({
      code: '90833',
      serviceDate: '2026-03-02',
      otherClaimIds: ['claim-a'],
    });
  });
  it('5. +90833 beside another practitioner’s 99214: still refused, an add-on is billed by who gave its primary', () => {
    const d = evaluateClaimScrub(on('claim-b', ['90833']), COMMERCIAL, {
      asOf,
      sameDayClaims: [on('claim-a', ['99214'], { renderingNpi: OTHER_NPI })],
    });
    expect(d.outcome).toBe('refused');
    expect(codes(d.reasons)).toEqual(['billing.scrub.add_on_without_primary']);
  });
  it('6. +90785 alone beside the same practitioner’s 99214 on another claim: refused, E/M alone is no primary of 90785', () => {
    const d = evaluateClaimScrub(on('claim-b', ['90785']), COMMERCIAL, {
      asOf,
      sameDayClaims: [on('claim-a', ['99214'])],
    });
    expect(d.outcome).toBe('refused');
    expect(codes(d.reasons)).toEqual(['billing.scrub.add_on_without_primary']);
  });
  it('7. +90785 alone beside the same practitioner’s 90834 on another claim: its primary is found, with a warning', () => {
    const d = evaluateClaimScrub(on('claim-b', ['90785']), COMMERCIAL, {
      asOf,
      sameDayClaims: [on('claim-a', ['90834'])],
    });
    expect(d.outcome).toBe('ready_with_warnings');
    expect(codes(d.reasons)).toEqual(['billing.scrub.add_on_primary_on_other_claim']);
  });
  it('8. +90785 on two claims of the same day and practitioner (each beside 90834 and 90833/99214): billed twice', () => {
    const d = evaluateClaimScrub(on('claim-b', ['90834', '90785']), COMMERCIAL, {
      asOf,
      sameDayClaims: [on('claim-a', ['99214', '90833', '90785'])],
    });
    expect(d.outcome).toBe('refused');
    expect(codes(d.reasons)).toContain('billing.scrub.same_day_code_billed_twice');
  });
});

describe('pairs that may not be billed together, on two claims (NCCI PTP edits; LCD L35101)', () => {
  it('9. 99214 on one claim and 90834 (standalone psychotherapy) by the same practitioner on another: refused, from either claim', () => {
    for (const [mine, other] of [
      [on('claim-a', ['99214']), on('claim-b', ['90834'])],
      [on('claim-b', ['90834']), on('claim-a', ['99214'])],
    ] as const) {
      const d = evaluateClaimScrub(mine, COMMERCIAL, { asOf, sameDayClaims: [other] });
      expect(d.outcome).toBe('refused');
      expect(codes(d.reasons)).toEqual(['billing.scrub.same_day_codes_not_billable_together']);
      expect(d.reasons[0]?.facts).toMatchObject({ codes: ['90834', '99214'], serviceDate: '2026-03-02' });
    }
  });
  it('10. the same pair by two practitioners (a prescriber’s E/M, a therapist’s 90834): ready, the edits are per provider', () => {
    const d = evaluateClaimScrub(on('claim-b', ['90834']), COMMERCIAL, {
      asOf,
      sameDayClaims: [on('claim-a', ['99214'], { renderingNpi: OTHER_NPI })],
    });
    expect(d.outcome).toBe('ready');
  });
  it('11. 90839 on one claim and 90834 on another by the same practitioner: refused (crisis with other psychotherapy)', () => {
    const d = evaluateClaimScrub(on('claim-b', ['90834']), COMMERCIAL, {
      asOf,
      sameDayClaims: [on('claim-a', ['90839'])],
    });
    expect(codes(d.reasons)).toEqual(['billing.scrub.same_day_codes_not_billable_together']);
  });
});

describe('once a day across claims (MUE; LCD L31887)', () => {
  it('12. 90791 on two claims of 2026-03-02 by the same practitioner: refused, one a day (MUE 1)', () => {
    const d = evaluateClaimScrub(on('claim-b', ['90791'], { payerId: MEDICARE.payerId }), MEDICARE, {
      asOf,
      sameDayClaims: [on('claim-a', ['90791'], { payerId: MEDICARE.payerId })],
    });
    expect(d.outcome).toBe('refused');
    expect(codes(d.reasons)).toEqual(['billing.scrub.same_day_code_billed_twice']);
    expect(d.reasons[0]?.facts).toMatchObject({ code: '90791', otherClaimIds: ['claim-a'] });
  });
  it('13. 90839 on two claims of one day by the same practitioner: refused (crisis minutes add up; MUE 1)', () => {
    const d = evaluateClaimScrub(on('claim-b', ['90839']), COMMERCIAL, {
      asOf,
      sameDayClaims: [on('claim-a', ['90839'])],
    });
    expect(codes(d.reasons)).toEqual(['billing.scrub.same_day_code_billed_twice']);
  });
  it('14. 90791 by two practitioners the same day: a warning for a biller (once a day per LCD L31887, edits per provider)', () => {
    const d = evaluateClaimScrub(on('claim-b', ['90791']), COMMERCIAL, {
      asOf,
      sameDayClaims: [on('claim-a', ['90791'], { renderingNpi: OTHER_NPI })],
    });
    expect(d.outcome).toBe('ready_with_warnings');
    expect(codes(d.reasons)).toEqual(['billing.scrub.diagnostic_evaluation_by_another_same_day']);
  });
});

describe('what the day’s context leaves out, and bad context', () => {
  it('15. another date’s claim (99214 on 2026-03-03) does not pair with 90834 of 2026-03-02', () => {
    const d = evaluateClaimScrub(on('claim-b', ['90834']), COMMERCIAL, {
      asOf,
      sameDayClaims: [
        claim({ claimId: 'claim-a', lines: [line({ serviceDate: '2026-03-03', procedureCode: '99214' })] }),
      ],
    });
    expect(d.outcome).toBe('ready');
  });
  it('16. a claim to another payer (the same 90791 sent to the secondary) is that payer’s day, not this one’s', () => {
    const d = evaluateClaimScrub(on('claim-b', ['90791']), COMMERCIAL, {
      asOf,
      sameDayClaims: [on('claim-a', ['90791'], { payerId: MEDICARE.payerId })],
    });
    expect(d.outcome).toBe('ready');
  });
  it('17. the claim itself in the day’s list is not counted twice', () => {
    const b = on('claim-b', ['90791']);
    expect(evaluateClaimScrub(b, COMMERCIAL, { asOf, sameDayClaims: [b] }).outcome).toBe('ready');
  });
  it('18. another claim whose rendering practitioner is not known: not combined, a warning asks who gave it', () => {
    const { renderingNpi: _, ...withoutNpi } = on('claim-a', ['99214']);
    const d = evaluateClaimScrub(on('claim-b', ['90834']), COMMERCIAL, { asOf, sameDayClaims: [withoutNpi] });
    expect(d.outcome).toBe('ready_with_warnings');
    expect(codes(d.reasons)).toEqual(['billing.scrub.same_day_practitioner_unknown']);
  });
  it('18b. the other claim names no NPI but the same rendering clinician: combined by the clinician id', () => {
    const { renderingNpi: _, ...withoutNpi } = on('claim-a', ['99214'], { renderingClinicianId: 'clin-7' });
    const d = evaluateClaimScrub(on('claim-b', ['90834'], { renderingClinicianId: 'clin-7' }), COMMERCIAL, {
      asOf,
      sameDayClaims: [withoutNpi],
    });
    expect(codes(d.reasons)).toEqual(['billing.scrub.same_day_codes_not_billable_together']);
  });
  it('19. a claim of another client in the day’s list is a broken call: every problem by path, nothing echoed', () => {
    const call = () =>
      evaluateClaimScrub(on('claim-b', ['90834']), COMMERCIAL, {
        asOf,
        sameDayClaims: [on('claim-a', ['99214']), on('claim-c', ['90834'], { clientId: 'client-secret-9' })],
      });
    expect(call).toThrow(ValidationError);
    try {
      call();
    } catch (e) {
      const err = e as ValidationError;
      expect(err.issues.map((i) => [i.at, i.code])).toEqual([
        ['$.options.sameDayClaims[1].clientId', 'billing.scrub.same_day_claim_other_client'],
      ]);
      expect(JSON.stringify(err.issues)).not.toContain('client-secret-9');
    }
  });
});

describe('properties of the day’s context', () => {
  it('claims of other dates never change a claim’s scrub', () => {
    const codesArb = fc.subarray(['90791', '90834', '90833', '90785', '99214', '90839', '90837'], {
      minLength: 1,
      maxLength: 3,
    });
    fc.assert(
      fc.property(codesArb, codesArb, fc.integer({ min: 1, max: 2 }), (mine, theirs, offset) => {
        const b = on('claim-b', mine);
        const other = claim({
          claimId: 'claim-a',
          lines: theirs.map((procedureCode, i) =>
            line({ lineId: String(i + 1), procedureCode, serviceDate: `2026-03-0${2 + offset}` }),
          ),
        });
        expect(evaluateClaimScrub(b, COMMERCIAL, { asOf: '2026-03-10', sameDayClaims: [other] })).toEqual(
          evaluateClaimScrub(b, COMMERCIAL, { asOf: '2026-03-10', sameDayClaims: [] }),
        );
      }),
    );
  });
  it('the day’s context never adds an error unless another claim of the same practitioner shares a code’s date', () => {
    const codesArb = fc.subarray(['90791', '90834', '90833', '90785', '99214', '90839'], {
      minLength: 1,
      maxLength: 3,
    });
    fc.assert(
      fc.property(codesArb, codesArb, (mine, theirs) => {
        const b = on('claim-b', mine);
        const alone = evaluateClaimScrub(b, COMMERCIAL, { asOf });
        const byAnother = evaluateClaimScrub(b, COMMERCIAL, {
          asOf,
          sameDayClaims: [on('claim-a', theirs, { renderingNpi: OTHER_NPI })],
        });
        const errors = (d: typeof alone) =>
          d.reasons.filter((r) => r.severity === 'error').map((r) => r.code);
        expect(errors(byAnother)).toEqual(errors(alone));
      }),
    );
  });
});
