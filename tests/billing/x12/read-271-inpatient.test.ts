// An outpatient session's benefits come from the outpatient and general mental-health service types: a
// psychiatric inpatient line (EB03 A7) says nothing of them, whatever it states.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MENTAL_HEALTH_SERVICE_TYPES, read271 } from '../../../src/billing/x12/index.js';
import { person271 } from './x12-builders.js';

const options = { clientIds: { 'T-1': 'client-lane' } };
// Summit Health Plan, answered 2026-01-05: active, a $20 copay per visit, a $500 deductible with $300 left.
const plan = [
  'DTP*347*D8*20261231',
  'EB*1*IND*30',
  'EB*B*IND*30*PR**27*20*****Y',
  'EB*C*IND*30*PR**23*500*****Y',
  'EB*C*IND*30*PR**29*300*****Y',
];
const answer = (lines: string[]) => {
  const [a] = read271(
    person271([...plan.slice(1), ...lines], ['DTP*346*D8*20260101', plan[0] as string]),
    options,
  );
  if (a === undefined) throw new Error('no answer');
  return a;
};

describe('read271: psychiatric inpatient lines (A7) and an outpatient session', () => {
  it('is not among the default service types', () => {
    expect(MENTAL_HEALTH_SERVICE_TYPES).not.toContain('A7');
    expect(MENTAL_HEALTH_SERVICE_TYPES).toEqual(['A6', 'A8', 'CF', 'MH', 'A4', '98', '30']);
  });

  it('keeps the plan’s $20 copay beside an inpatient copay of $500 per admission', () => {
    const a = answer(['EB*B*IND*A7*PR**27*500*****Y']);
    expect(a.outcome).toBe('benefits_found');
    expect(a.inNetwork?.copayCents).toBe(2_000);
    expect(a.benefitLines.some((l) => l.serviceTypes.includes('A7'))).toBe(false);
  });

  it('keeps coverage active when only inpatient psychiatric care is inactive, excluded or not covered', () => {
    for (const line of ['EB*6*IND*A7', 'EB*I*IND*A7', 'EB*E*IND*A7']) {
      const a = answer([line]);
      expect(a.outcome).toBe('benefits_found');
      expect(a.inNetwork?.coverageActive).toBe(true);
    }
  });

  it('still reads an inactive or non-covered outpatient type (A8) as no coverage', () => {
    expect(answer(['EB*I*IND*A8']).outcome).toBe('coverage_inactive');
    expect(answer(['EB*6*IND*A6']).outcome).toBe('coverage_inactive');
  });

  it('reads inpatient lines when asked about them', () => {
    const [a] = read271(
      person271(
        [...plan.slice(1), 'EB*B*IND*A7*PR**27*500*****Y'],
        ['DTP*346*D8*20260101', plan[0] as string],
      ),
      {
        ...options,
        serviceTypes: ['A7', '30'],
      },
    );
    expect(a?.inNetwork?.copayCents).toBe(50_000);
  });

  it('gives the same answer with or without any inpatient line (property)', () => {
    const lines = fc.constantFrom(
      'EB*B*IND*A7*PR**27*500*****Y',
      'EB*A*IND*A7*PR****0.5****Y',
      'EB*C*IND*A7*PR**23*2000*****Y',
      'EB*6*IND*A7',
      'EB*I*IND*A7',
      'EB*F*IND*A7*PR**23***DY*30**Y',
      'EB*U*IND*A7',
    );
    const without = answer([]);
    fc.assert(
      fc.property(fc.array(lines, { maxLength: 4 }), (extra) => {
        const a = answer(extra);
        expect(a.outcome).toBe(without.outcome);
        expect(a.inNetwork).toEqual(without.inNetwork);
        expect(a.outOfNetwork).toEqual(without.outOfNetwork);
      }),
    );
  });
});
