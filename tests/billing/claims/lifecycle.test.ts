import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Claim } from '../../../src/billing/claims/claim.js';
import { moveClaim } from '../../../src/billing/claims/lifecycle.js';
import { CLAIM_TRANSITIONS, ClaimStatus, canMoveClaim } from '../../../src/billing/claims/status.js';
import { addDays, ValidationError, validate } from '../../../src/core/index.js';
import { claim, claimThrough } from './claim-fixtures.js';

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

  it('throws a ValidationError for a bad date, and answers canMoveClaim for every pair of statuses', () => {
    expect(() => moveClaim(claim(), { to: 'ready' }, { asOf: '2026-02-30' })).toThrow(ValidationError);
    for (const from of ClaimStatus.options)
      for (const to of ClaimStatus.options)
        expect(canMoveClaim(from, to)).toBe(CLAIM_TRANSITIONS[from].includes(to));
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
          const result = moveClaim(current, { to }, { asOf: on });
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
