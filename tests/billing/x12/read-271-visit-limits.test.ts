// Visit limits in a 271 (EB01 F, EB09 VS): a limit per benefit year (EB06 21, 22, 23, 25; 29 remaining, 24 used)
// and one over the member's lifetime (EB06 32; 33 lifetime remaining) are two limits, never one figure's total
// and remainder (X12 element 615). The one with fewer visits left binds; with both stated and what is left of
// either unknown, the answer is undecided. Response dated 2026-01-05, plan from 2026-01-01.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { read271 } from '../../../src/billing/x12/index.js';
import { person271 as person } from './x12-builders.js';

const read = (lines: string[]) => {
  const [answer] = read271(person(lines), { clientIds: { 'T-1': 'client-lane' } });
  if (answer === undefined) throw new Error('no answer');
  return answer;
};
const codes = (answer: ReturnType<typeof read>) => answer.reasons.map((r) => r.code);
const PLAN = [
  'EB*1*IND*30^MH^A6^A8*PR*GOLD PPO',
  'EB*B*IND*A6*PR**27*25****N*Y',
  'EB*A*IND*A6*PR****0.2***N*Y',
  'EB*C*IND*30*PR**23*500*****Y',
  'EB*C*IND*30*PR**29*300*****Y',
];
const year = (total: number) => `EB*F*IND*A6*PR**23***VS*${total}**Y`;
const yearLeft = (left: number) => `EB*F*IND*A6*PR**29***VS*${left}**Y`;
const lifetime = (total: number) => `EB*F*IND*A6*PR**32***VS*${total}**Y`;
const lifetimeLeft = (left: number) => `EB*F*IND*A6*PR**33***VS*${left}**Y`;

describe('read271: visit limits per year and over the lifetime', () => {
  it('60 a lifetime (55 left) before 20 a year (2 left): the year’s 2 left binds, whatever the line order', () => {
    for (const lines of [
      [lifetime(60), lifetimeLeft(55), year(20), yearLeft(2)],
      [year(20), yearLeft(2), lifetime(60), lifetimeLeft(55)],
    ]) {
      const a = read([...PLAN, ...lines]);
      expect(a.outcome).toBe('benefits_found');
      expect(a.inNetwork).toMatchObject({ visitLimit: 20, visitsUsed: 18 });
      expect(codes(a)).not.toContain('x12.271.lifetime_visit_limit');
    }
  });

  it('a lifetime limit with fewer left (3 of 60) than the year’s (12 of 20) binds, and is said', () => {
    const a = read([...PLAN, year(20), yearLeft(12), lifetime(60), lifetimeLeft(3)]);
    expect(a.inNetwork).toMatchObject({ visitLimit: 60, visitsUsed: 57 });
    expect(a.reasons.find((r) => r.code === 'x12.271.lifetime_visit_limit')?.facts).toMatchObject({
      lifetimeVisitsLeft: 3,
      yearVisitsLeft: 12,
    });
  });

  it('a lifetime limit alone is read, with the note that it does not start again at a new year', () => {
    const a = read([...PLAN, lifetime(40), lifetimeLeft(31)]);
    expect(a.outcome).toBe('benefits_found');
    expect(a.inNetwork).toMatchObject({ visitLimit: 40, visitsUsed: 9 });
    expect(codes(a)).toContain('x12.271.lifetime_visit_limit');
  });

  it('both limits and what is left of either unknown: undecided, never the larger limit', () => {
    for (const lines of [
      [lifetime(60), year(20)],
      [lifetime(60), year(20), yearLeft(2)],
      [lifetime(60), lifetimeLeft(50), year(20)],
    ]) {
      const a = read([...PLAN, ...lines]);
      expect(a.outcome).toBe('undecided');
      expect(a.inNetwork).toBeNull();
      expect(codes(a)).toContain('x12.271.visit_limits_unsettled');
    }
  });

  it('a year limit alone reads as before: 20 a year, 5 left', () => {
    const a = read([...PLAN, year(20), yearLeft(5)]);
    expect(a.inNetwork).toMatchObject({ visitLimit: 20, visitsUsed: 15 });
    expect(codes(a)).not.toContain('x12.271.lifetime_visit_limit');
  });

  it('property: visits left never exceed the fewer left of the two limits, in any line order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        fc.boolean(),
        (yTotal, yLeftRaw, lTotal, lLeftRaw, lifetimeFirst) => {
          const yLeft = Math.min(yLeftRaw, yTotal);
          const lLeft = Math.min(lLeftRaw, lTotal);
          const y = [year(yTotal), yearLeft(yLeft)];
          const l = [lifetime(lTotal), lifetimeLeft(lLeft)];
          const a = read([...PLAN, ...(lifetimeFirst ? [...l, ...y] : [...y, ...l])]);
          const b = a.inNetwork;
          expect(b).not.toBeNull();
          if (b === null || b.visitLimit === null) return;
          expect(b.visitLimit - (b.visitsUsed ?? Number.NaN)).toBe(Math.min(yLeft, lLeft));
        },
      ),
    );
  });
});
