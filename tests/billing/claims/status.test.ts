import { describe, expect, it } from 'vitest';
import {
  CLAIM_TRANSITIONS,
  ClaimStatus,
  isClaimTransitionAllowed,
} from '../../../src/billing/claims/status.js';

describe('CLAIM_TRANSITIONS', () => {
  it('has a row for every status and only known targets, never a move to itself', () => {
    for (const from of ClaimStatus.options) {
      for (const to of CLAIM_TRANSITIONS[from]) {
        expect(ClaimStatus.options).toContain(to);
        expect(to).not.toBe(from);
      }
    }
    expect(Object.keys(CLAIM_TRANSITIONS).sort()).toEqual([...ClaimStatus.options].sort());
  });

  it('makes written off final, and reopens a closed claim only when the payer takes its payment back', () => {
    expect(CLAIM_TRANSITIONS.written_off).toEqual([]);
    expect(CLAIM_TRANSITIONS.closed).toEqual(['recouped']);
  });

  it('reopens a paid claim as recouped, which the payer then pays or denies anew', () => {
    expect(isClaimTransitionAllowed('paid', 'recouped')).toBe(true);
    expect(isClaimTransitionAllowed('partially_paid', 'recouped')).toBe(true);
    expect(isClaimTransitionAllowed('denied', 'recouped')).toBe(false);
    expect(isClaimTransitionAllowed('recouped', 'paid')).toBe(true);
    expect(isClaimTransitionAllowed('recouped', 'denied')).toBe(true);
  });

  it('sends a claim returned as unprocessable back to be fixed and sent as a new claim, never to an appeal', () => {
    expect(isClaimTransitionAllowed('accepted', 'unprocessable')).toBe(true);
    expect(isClaimTransitionAllowed('pending', 'unprocessable')).toBe(true);
    expect(isClaimTransitionAllowed('unprocessable', 'submitted')).toBe(true);
    expect(isClaimTransitionAllowed('unprocessable', 'appealed')).toBe(false);
    expect(isClaimTransitionAllowed('unprocessable', 'paid')).toBe(false);
  });

  it('sends a clearinghouse rejection back to be fixed, never to a payer decision', () => {
    expect(isClaimTransitionAllowed('submitted', 'rejected')).toBe(true);
    expect(isClaimTransitionAllowed('rejected', 'paid')).toBe(false);
    expect(isClaimTransitionAllowed('rejected', 'submitted')).toBe(true);
  });

  it('lets a denial be appealed or corrected and resubmitted', () => {
    expect(isClaimTransitionAllowed('denied', 'appealed')).toBe(true);
    expect(isClaimTransitionAllowed('denied', 'resubmitted')).toBe(true);
    expect(isClaimTransitionAllowed('draft', 'paid')).toBe(false);
  });

  it('reaches every status from draft', () => {
    const seen = new Set<string>(['draft']);
    const queue: ClaimStatus[] = ['draft'];
    while (queue.length > 0) {
      const s = queue.shift() as ClaimStatus;
      for (const t of CLAIM_TRANSITIONS[s]) {
        if (!seen.has(t)) {
          seen.add(t);
          queue.push(t);
        }
      }
    }
    expect([...seen].sort()).toEqual([...ClaimStatus.options].sort());
  });
});
