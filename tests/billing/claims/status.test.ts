import { describe, expect, it } from 'vitest';
import { CLAIM_TRANSITIONS, ClaimStatus, canMoveClaim } from '../../../src/billing/claims/status.js';

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
    expect(canMoveClaim('paid', 'recouped')).toBe(true);
    expect(canMoveClaim('partially_paid', 'recouped')).toBe(true);
    expect(canMoveClaim('denied', 'recouped')).toBe(false);
    expect(canMoveClaim('recouped', 'paid')).toBe(true);
    expect(canMoveClaim('recouped', 'denied')).toBe(true);
  });

  it('sends a claim returned as unprocessable back to be fixed and sent as a new claim, never to an appeal', () => {
    expect(canMoveClaim('accepted', 'unprocessable')).toBe(true);
    expect(canMoveClaim('pending', 'unprocessable')).toBe(true);
    expect(canMoveClaim('unprocessable', 'submitted')).toBe(true);
    expect(canMoveClaim('unprocessable', 'appealed')).toBe(false);
    expect(canMoveClaim('unprocessable', 'paid')).toBe(false);
  });

  it('sends a clearinghouse rejection back to be fixed, never to a payer decision', () => {
    expect(canMoveClaim('submitted', 'rejected')).toBe(true);
    expect(canMoveClaim('rejected', 'paid')).toBe(false);
    expect(canMoveClaim('rejected', 'submitted')).toBe(true);
  });

  it('lets a denial be appealed or corrected and resubmitted', () => {
    expect(canMoveClaim('denied', 'appealed')).toBe(true);
    expect(canMoveClaim('denied', 'resubmitted')).toBe(true);
    expect(canMoveClaim('draft', 'paid')).toBe(false);
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
