import { describe, expect, it } from 'vitest';
import {
  Claim,
  getClaimFiledDate,
  getEarliestClaimServiceDate,
  getLastClaimMoveDate,
} from '../../../src/billing/claims/claim.js';
import { safeValidate, ValidationError, validate } from '../../../src/core/index.js';
import { claim, claimThrough, line } from './claim-fixtures.js';

function issuesOf(input: unknown): { at: string; code: string; message: string }[] {
  const r = safeValidate(Claim, input, 'claim');
  if (r.success) throw new Error('expected a validation failure');
  return r.error.issues.map(({ at, code, message }) => ({ at, code, message }));
}

describe('Claim', () => {
  it('fills defaults: a new claim is a primary draft with no history', () => {
    const c = validate(Claim, claim(), 'claim');
    expect(c.status).toBe('draft');
    expect(c.history).toEqual([]);
    expect(c.coverage).toBe('primary');
    expect(c.lines[0]?.modality).toBe('in_person');
  });

  it('rejects a line with negative units, naming the path and never echoing the value', () => {
    const issues = issuesOf(claim({ lines: [line({ units: -3 })] }));
    expect(issues).toEqual([{ at: '$.lines[0].units', code: 'too_small', message: 'must be at least 1' }]);
    expect(JSON.stringify(issues)).not.toContain('-3');
  });

  it('rejects a history that is out of order, broken or illegal, every problem named', () => {
    const issues = issuesOf(
      claim({
        status: 'paid',
        history: [
          { from: 'draft', to: 'ready', on: '2026-03-05' },
          { from: 'ready', to: 'submitted', on: '2026-03-04' },
          { from: 'accepted', to: 'paid', on: '2026-03-20' },
        ],
      }),
    );
    expect(issues.map((i) => [i.at, i.code])).toEqual([
      ['$.history[1].on', 'billing.claim.history_out_of_order'],
      ['$.history[2].from', 'billing.claim.history_broken_chain'],
    ]);
  });

  it('rejects a move the table does not allow and a status the history does not end at', () => {
    const issues = issuesOf(
      claim({ status: 'denied', history: [{ from: 'draft', to: 'paid', on: '2026-03-05' }] }),
    );
    expect(issues.map((i) => i.code)).toEqual([
      'billing.claim.history_illegal_move',
      'billing.claim.status_not_in_history',
    ]);
  });

  it('rejects duplicate line ids and a primary remittance before the date of service', () => {
    const issues = issuesOf(
      claim({
        coverage: 'secondary',
        primaryRemittanceDate: '2026-03-01',
        lines: [line(), line({ procedureCode: '90785' })],
      }),
    );
    expect(issues.map((i) => [i.at, i.code])).toEqual([
      ['$.lines[1].lineId', 'billing.claim.duplicate_line_id'],
      ['$.primaryRemittanceDate', 'billing.claim.remittance_before_service'],
    ]);
  });

  it('rejects malformed codes and impossible dates as a ValidationError', () => {
    expect(() =>
      validate(
        Claim,
        claim({
          diagnosisCodes: ['41.1'],
          lines: [line({ serviceDate: '2026-02-30', procedureCode: '908' })],
        }),
        'claim',
      ),
    ).toThrow(ValidationError);
  });
});

describe('claim dates', () => {
  it('finds the earliest date of service on a span claim', () => {
    expect(
      getEarliestClaimServiceDate({ lines: [{ serviceDate: '2026-03-09' }, { serviceDate: '2026-03-02' }] }),
    ).toBe('2026-03-02');
  });

  it('counts as filed the submission that was accepted, not the one rejected', () => {
    const c = validate(
      Claim,
      claimThrough([
        'ready',
        'submitted',
        'rejected',
        'submitted',
        'accepted',
        'denied',
        'resubmitted',
        'accepted',
      ]),
      'claim',
    );
    // Moves are one a day from 2026-03-03: the second submission (03-06) was accepted on 03-07.
    expect(getClaimFiledDate(c)).toBe('2026-03-06');
    expect(getLastClaimMoveDate(c, 'accepted')).toBe('2026-03-10');
    expect(getLastClaimMoveDate(c, 'paid')).toBeUndefined();
  });

  it('has no filing date while never accepted', () => {
    expect(
      getClaimFiledDate(validate(Claim, claimThrough(['ready', 'submitted', 'rejected']), 'claim')),
    ).toBeUndefined();
  });

  it('does not count a submission the payer returned as unprocessable: the next accepted one files it', () => {
    const path = ['ready', 'submitted', 'accepted', 'unprocessable', 'submitted', 'accepted'] as const;
    // Moves one a day from 2026-03-03: returned on 03-06, sent again on 03-07.
    expect(getClaimFiledDate(validate(Claim, claimThrough(path), 'claim'))).toBe('2026-03-07');
    expect(getClaimFiledDate(validate(Claim, claimThrough(path.slice(0, 4)), 'claim'))).toBeUndefined();
  });

  it('keeps the original filing when only a later correction comes back unprocessable', () => {
    const path = [
      'ready',
      'submitted',
      'accepted',
      'denied',
      'resubmitted',
      'accepted',
      'unprocessable',
    ] as const;
    expect(getClaimFiledDate(validate(Claim, claimThrough(path), 'claim'))).toBe('2026-03-04');
  });
});
