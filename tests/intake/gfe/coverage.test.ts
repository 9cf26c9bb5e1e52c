import { describe, expect, it } from 'vitest';
import { getUsFederalHolidays, ValidationError } from '../../../src/core/index.js';
import { evaluateGoodFaithEstimateCoverage } from '../../../src/intake/index.js';

const RECURRING = {
  id: 'gfe-1',
  clientId: 'c-1',
  serviceRange: { from: '2026-01-05', to: '2027-06-30' },
  expectedSessions: { expected: 40, upTo: 50 },
  planVersion: 'weekly-90837',
};

describe('evaluateGoodFaithEstimateCoverage', () => {
  it('covers a weekly session inside the year the estimate spans', () => {
    const d = evaluateGoodFaithEstimateCoverage(RECURRING, {
      serviceDate: '2026-06-01',
      planVersion: 'weekly-90837',
      sessionNumber: 21,
    });
    expect(d).toMatchObject({ outcome: 'covered', coversThrough: '2027-01-04', reissueDueOn: null });
  });

  it('caps coverage at 12 months and asks for a new estimate after', () => {
    const d = evaluateGoodFaithEstimateCoverage(RECURRING, { serviceDate: '2027-01-05' });
    expect(d.outcome).toBe('reissue');
    expect(d.reasons[0]?.code).toBe('intake.gfe.outside_coverage_period');
    // A covered period from a February 29 runs through February 27 the year after (clamped month end).
    const leap = evaluateGoodFaithEstimateCoverage(
      { id: 'g', clientId: 'c', serviceRange: { from: '2028-02-29', to: '2029-12-31' } },
      { serviceDate: '2029-02-27' },
    );
    expect(leap).toMatchObject({ outcome: 'covered', coversThrough: '2029-02-27' });
  });

  it('asks for a new estimate 1 business day before the session when the plan changed or sessions ran past the range', () => {
    const d = evaluateGoodFaithEstimateCoverage(
      RECURRING,
      { serviceDate: '2026-07-06', planVersion: 'twice-weekly', sessionNumber: 51 },
      { calendar: { holidays: getUsFederalHolidays(2026) } },
    );
    expect(d.outcome).toBe('reissue');
    expect(d.reissueDueOn).toBe('2026-07-02');
    expect(d.reasons.map((r) => r.code)).toEqual([
      'intake.gfe.plan_changed',
      'intake.gfe.session_count_exceeded',
    ]);
  });

  it('treats a one-off estimate as covering its own date only', () => {
    const single = { id: 'g', clientId: 'c', serviceDate: '2026-03-10' };
    expect(evaluateGoodFaithEstimateCoverage(single, { serviceDate: '2026-03-10' }).outcome).toBe('covered');
    expect(evaluateGoodFaithEstimateCoverage(single, { serviceDate: '2026-03-17' }).outcome).toBe('reissue');
    expect(
      evaluateGoodFaithEstimateCoverage({ id: 'g', clientId: 'c' }, { serviceDate: '2026-03-17' }).outcome,
    ).toBe('reissue');
  });

  it('rejects an expected count above its upper range', () => {
    expect(() =>
      evaluateGoodFaithEstimateCoverage(
        { ...RECURRING, expectedSessions: { expected: 60, upTo: 50 } },
        { serviceDate: '2026-06-01' },
      ),
    ).toThrow(ValidationError);
  });
});
