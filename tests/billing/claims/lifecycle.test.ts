import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Claim } from '../../../src/billing/claims/claim.js';
import { moveClaim } from '../../../src/billing/claims/lifecycle.js';
import { evaluateClaimScrub } from '../../../src/billing/claims/scrubbing.js';
import { CLAIM_TRANSITIONS, ClaimStatus, canMoveClaim } from '../../../src/billing/claims/status.js';
import { addDays, ValidationError, validate } from '../../../src/core/index.js';
import { thrown } from '../../validation-subject.js';
import { COMMERCIAL, claim, claimThrough, line } from './claim-fixtures.js';

describe('moveClaim', () => {
  it('moves a ready claim to submitted and records the move', () => {
    const result = moveClaim(
      claimThrough(['ready']),
      { to: 'submitted', by: 'staff-1', note: 'batch 12' },
      { asOf: '2026-03-04' },
    );
    expect(result.outcome).toBe('moved');
    expect(result.claim.status).toBe('submitted');
    expect(result.claim.history.at(-1)).toEqual({
      from: 'ready',
      to: 'submitted',
      on: '2026-03-04',
      by: 'staff-1',
      note: 'batch 12',
    });
  });

  it('refuses a draft claim going straight to paid, and says which moves are allowed', () => {
    const result = moveClaim(claim(), { to: 'paid' }, { asOf: '2026-03-04' });
    expect(result.outcome).toBe('refused');
    expect(result.claim.status).toBe('draft');
    expect(result.reasons[0]).toMatchObject({
      code: 'billing.claim.illegal_transition',
      severity: 'error',
      facts: { from: 'draft', to: 'paid', allowed: ['ready', 'closed'] },
    });
  });

  it('refuses any move of a written-off claim', () => {
    const result = moveClaim(
      claimThrough(['ready', 'submitted', 'accepted', 'denied', 'written_off']),
      { to: 'appealed' },
      { asOf: '2026-04-01' },
    );
    expect(result.reasons.map((r) => r.code)).toEqual(['billing.claim.final_status']);
  });

  it('refuses a move dated before the last move', () => {
    const result = moveClaim(claimThrough(['ready']), { to: 'submitted' }, { asOf: '2026-03-01' });
    expect(result.reasons.map((r) => r.code)).toEqual(['billing.claim.move_before_last']);
  });

  describe('a claim reaches ready only through the scrubber', () => {
    it('refuses a draft with no NPIs, no diagnosis, 90837 for 2 units and a 2024-01-06 session, with the scrubber’s reasons', () => {
      const draft = claim({
        renderingNpi: undefined,
        billingNpi: undefined,
        diagnosisCodes: [],
        lines: [line({ procedureCode: '90837', units: 2, serviceDate: '2024-01-06' })],
      });
      const result = moveClaim(draft, { to: 'ready' }, { asOf: '2026-01-10', profile: COMMERCIAL });
      expect(result.outcome).toBe('refused');
      expect(result.claim.status).toBe('draft');
      expect(result.reasons.map((r) => r.code)).toEqual(
        expect.arrayContaining([
          'billing.scrub.missing_rendering_npi',
          'billing.scrub.missing_billing_npi',
          'billing.scrub.missing_diagnosis',
          'billing.scrub.units_above_maximum',
          'billing.claim.past_timely_filing',
        ]),
      );
    });

    it('is undecided when no payer profile is given to scrub against, and keeps the claim a draft', () => {
      const result = moveClaim(claim(), { to: 'ready' }, { asOf: '2026-03-04' });
      expect(result.outcome).toBe('undecided');
      expect(result.claim.status).toBe('draft');
      expect(result.reasons.map((r) => [r.code, r.facts])).toEqual([
        ['billing.claim.scrub_profile_missing', { from: 'draft', to: 'ready' }],
      ]);
    });

    it('moves a clean 2026-03-02 office claim to ready on 2026-03-04, and carries the scrubber’s warnings', () => {
      // The client's day given (no other claim on 2026-03-02): nothing to report.
      expect(
        moveClaim(claim(), { to: 'ready' }, { asOf: '2026-03-04', profile: COMMERCIAL, sameDayClaims: [] }),
      ).toMatchObject({ outcome: 'moved', reasons: [], claim: { status: 'ready' } });
      // Without it, the claim is scrubbed alone, and the moved decision says so (info: it still moves).
      const alone = moveClaim(claim(), { to: 'ready' }, { asOf: '2026-03-04', profile: COMMERCIAL });
      expect(alone.outcome).toBe('moved');
      expect(alone.reasons.map((r) => [r.code, r.severity])).toEqual([
        ['billing.scrub.same_day_claims_not_given', 'info'],
      ]);
      // 90 days from 2026-03-02 is 2026-05-31: on 2026-05-25 the deadline is near.
      const late = moveClaim(claim(), { to: 'ready' }, { asOf: '2026-05-25', profile: COMMERCIAL });
      expect(late.outcome).toBe('moved');
      expect(late.reasons.map((r) => r.code)).toContain('billing.scrub.filing_deadline_near');
    });

    it('scrubs a claim resent to submitted straight after a clearinghouse rejection, not one sent from ready', () => {
      const rejected = claimThrough(['ready', 'submitted', 'rejected'], '2026-03-03', { diagnosisCodes: [] });
      expect(moveClaim(rejected, { to: 'submitted' }, { asOf: '2026-03-10' }).outcome).toBe('undecided');
      const refused = moveClaim(rejected, { to: 'submitted' }, { asOf: '2026-03-10', profile: COMMERCIAL });
      expect(refused.reasons.map((r) => r.code)).toContain('billing.scrub.missing_diagnosis');
      expect(moveClaim(claimThrough(['ready']), { to: 'submitted' }, { asOf: '2026-03-04' }).outcome).toBe(
        'moved',
      );
    });

    it('scrubs a corrected claim sent as resubmitted (denied 2026-03-20, corrected 2026-04-01) like one submitted', () => {
      const denied = claimThrough(['ready', 'submitted', 'accepted', 'denied'], '2026-03-03', {
        diagnosisCodes: [],
      });
      expect(moveClaim(denied, { to: 'resubmitted' }, { asOf: '2026-04-01' }).outcome).toBe('undecided');
      const refused = moveClaim(denied, { to: 'resubmitted' }, { asOf: '2026-04-01', profile: COMMERCIAL });
      expect(refused.outcome).toBe('refused');
      expect(refused.reasons.map((r) => r.code)).toContain('billing.scrub.missing_diagnosis');
      const fixed = claimThrough(['ready', 'submitted', 'accepted', 'denied'], '2026-03-03');
      expect(
        moveClaim(fixed, { to: 'resubmitted' }, { asOf: '2026-04-01', profile: COMMERCIAL }),
      ).toMatchObject({
        outcome: 'moved',
        claim: { status: 'resubmitted' },
      });
      // The first filing window is not the corrected claim's clock: a correction 15 months on is not refused
      // for it here (the payer's correction rule decides).
      const late = moveClaim(fixed, { to: 'resubmitted' }, { asOf: '2027-06-01', profile: COMMERCIAL });
      expect(late.reasons.map((r) => r.code)).not.toContain('billing.claim.past_timely_filing');
    });

    it('property: a move into ready is moved exactly when the scrubber on the move’s date does not refuse', () => {
      fc.assert(
        fc.property(
          fc.record({
            units: fc.integer({ min: 1, max: 3 }),
            procedureCode: fc.constantFrom('90832', '90834', '90837', '90840'),
            serviceDate: fc.constantFrom('2025-10-01', '2026-02-27', '2026-03-02', '2026-03-05'),
            withDiagnosis: fc.boolean(),
          }),
          ({ withDiagnosis, ...l }) => {
            const c = claim({ diagnosisCodes: withDiagnosis ? ['F41.1'] : [], lines: [line(l)] });
            const result = moveClaim(c, { to: 'ready' }, { asOf: '2026-03-04', profile: COMMERCIAL });
            const scrub = evaluateClaimScrub(c, COMMERCIAL, { asOf: '2026-03-04' });
            expect(result.outcome).toBe(scrub.outcome === 'refused' ? 'refused' : 'moved');
            expect(result.reasons).toEqual(scrub.reasons);
            expect(result.claim.status).toBe(scrub.outcome === 'refused' ? 'draft' : 'ready');
          },
        ),
        { numRuns: 150 },
      );
    });
  });

  it('throws a ValidationError for a bad date, and answers canMoveClaim for every pair of statuses', () => {
    expect(() => moveClaim(claim(), { to: 'ready' }, { asOf: '2026-02-30' })).toThrow(ValidationError);
    for (const from of ClaimStatus.options)
      for (const to of ClaimStatus.options)
        expect(canMoveClaim(from, to)).toBe(CLAIM_TRANSITIONS[from].includes(to));
  });

  it('lists every argument’s problems at once, each under its parameter’s name', () => {
    const error = thrown(() =>
      moveClaim({ ...claim(), lines: [] }, { to: 'lost' as 'paid' }, { asOf: '2026-02-30' }),
    );
    expect(error.issues.map((i) => `${i.code}@${i.at}`)).toEqual([
      expect.stringMatching(/@\$\.claim\.lines$/),
      'invalid_value@$.move.to',
      'core.date.invalid@$.options.asOf',
    ]);
    // A profile is checked only by a move that needs a scrub, under its option's name.
    const bad = { ...COMMERCIAL, kind: 'x' } as never;
    expect(moveClaim(claim(), { to: 'paid' }, { asOf: '2026-03-04', profile: bad }).outcome).toBe('refused');
    const scrubbed = thrown(() => moveClaim(claim(), { to: 'ready' }, { asOf: '2026-03-04', profile: bad }));
    expect(scrubbed.issues.map((i) => i.at)).toEqual(['$.options.profile.kind']);
  });

  it('throws a ValidationError for an unknown target status', () => {
    expect(() => moveClaim(claim(), { to: 'lost' as 'paid' }, { asOf: '2026-03-04' })).toThrow(
      ValidationError,
    );
  });

  it('property: a claim moved by any sequence of requests only has moves the table allows', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ClaimStatus.options), { maxLength: 25 }), (targets) => {
        let current = validate(Claim, claim(), 'claim');
        let on = '2026-03-02';
        for (const to of targets) {
          const result = moveClaim(current, { to }, { asOf: on, profile: COMMERCIAL });
          expect(result.outcome === 'moved').toBe(CLAIM_TRANSITIONS[current.status].includes(to));
          current = result.claim;
          on = addDays(on, 1);
        }
        for (const change of current.history) expect(canMoveClaim(change.from, change.to)).toBe(true);
        // The moved claim is itself valid: its history replays to its status.
        expect(validate(Claim, current, 'claim').status).toBe(current.status);
      }),
      { numRuns: 200 },
    );
  });
});
