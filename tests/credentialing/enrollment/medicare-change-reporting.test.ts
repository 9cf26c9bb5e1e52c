// 42 CFR 424.516(d): physicians and nonphysician practitioners report a change of ownership, an adverse legal
// action or a change in practice location within 30 days, and every other change within 90 days.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDaysBetween } from '../../../src/core/index.js';
import {
  getMedicareChangeReportDueDate,
  MEDICARE_CHANGE_REPORTING_DAYS,
  MedicareReportableChange,
} from '../../../src/credentialing/index.js';
import { thrown } from '../../validation-subject.js';
import { dateArb } from '../credentials/credential-fixtures.js';

describe('getMedicareChangeReportDueDate', () => {
  it('gives a move to a new office on 2026-03-02 until 2026-04-01 (30 days)', () => {
    expect(getMedicareChangeReportDueDate({ change: 'practice_location', changedOn: '2026-03-02' })).toEqual({
      dueOn: '2026-04-01',
      days: 30,
    });
  });

  it('gives an adverse legal action (a license suspended 2026-12-15) until 2027-01-14, across the year end', () => {
    expect(
      getMedicareChangeReportDueDate({ change: 'adverse_legal_action', changedOn: '2026-12-15' }).dueOn,
    ).toBe('2027-01-14');
  });

  it('gives a change of ownership 30 days and any other change (a new phone number, 2026-03-02) 90: 2026-05-31', () => {
    expect(
      getMedicareChangeReportDueDate({ change: 'change_of_ownership', changedOn: '2026-03-02' }).days,
    ).toBe(30);
    expect(getMedicareChangeReportDueDate({ change: 'other', changedOn: '2026-03-02' })).toEqual({
      dueOn: '2026-05-31',
      days: 90,
    });
  });

  it('rejects an unknown change and a bad date without echoing them', () => {
    const error = thrown(() =>
      getMedicareChangeReportDueDate({ change: 'new_haircut' as never, changedOn: '2026-02-30' }),
    );
    expect(error.issues.map((i) => i.at).sort()).toEqual(['$.report.change', '$.report.changedOn']);
    expect(JSON.stringify(error.issues)).not.toContain('haircut');
  });

  it('is always 30 days after the change for the three urgent kinds and 90 for the rest (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.constantFrom(...MedicareReportableChange.options), (changedOn, change) => {
        const { dueOn, days } = getMedicareChangeReportDueDate({ change, changedOn });
        expect(days).toBe(MEDICARE_CHANGE_REPORTING_DAYS[change]);
        expect(days).toBe(change === 'other' ? 90 : 30);
        expect(getDaysBetween(changedOn, dueOn)).toBe(days);
      }),
    );
  });
});
