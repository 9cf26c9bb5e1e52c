import { describe, expect, it } from 'vitest';
import {
  AdjustmentGroupCode,
  DENIAL_CODE_TABLE,
  DenialCategory,
  DenialCodeRule,
} from '../../../src/billing/remittance/denial-codes.js';

describe('DENIAL_CODE_TABLE', () => {
  it('knows exactly the four 5010 group codes: no OI, no CR', () => {
    expect(AdjustmentGroupCode.options).toEqual(['CO', 'PR', 'OA', 'PI']);
  });

  it('holds valid rules keyed by their own CARC, frozen', () => {
    for (const [carc, rule] of Object.entries(DENIAL_CODE_TABLE)) {
      expect(rule.carc).toBe(carc);
      expect(DenialCodeRule.parse(rule)).toEqual(rule);
    }
    expect(Object.isFrozen(DENIAL_CODE_TABLE)).toBe(true);
  });

  it('covers every category and the common behavioral-health denial set (X12 CARC list; [x12-carc])', () => {
    const categories = new Set(Object.values(DENIAL_CODE_TABLE).map((r) => r.category));
    expect([...categories].sort()).toEqual([...DenialCategory.options].sort());
    for (const carc of [
      '1',
      '2',
      '3',
      '16',
      '18',
      '22',
      '27',
      '29',
      '50',
      '96',
      '97',
      '109',
      '170',
      '197',
      'B7',
    ]) {
      expect(DENIAL_CODE_TABLE[carc]).toBeDefined();
    }
  });

  it('routes medical necessity and records requests to a clinician', () => {
    expect(DENIAL_CODE_TABLE['50']?.owner).toBe('clinician');
    expect(DENIAL_CODE_TABLE['252']?.owner).toBe('clinician');
  });

  it('knows sequestration (253) and multiple-procedure rules (59) as reductions counted in the allowed amount', () => {
    for (const carc of ['253', '59']) {
      expect(DENIAL_CODE_TABLE[carc]).toMatchObject({ category: 'contractual', countsTowardAllowed: true });
    }
    expect(DENIAL_CODE_TABLE['253']).toMatchObject({ action: 'write_off', appealable: false });
  });

  it('knows CARC 94 (processed above the charge) as a contractual amount to post, and keeps 45 out of the allowed amount', () => {
    expect(DENIAL_CODE_TABLE['94']).toMatchObject({
      category: 'contractual',
      action: 'post_only',
      countsTowardAllowed: false,
    });
    expect(DENIAL_CODE_TABLE['45']?.countsTowardAllowed).toBe(false);
  });
});
