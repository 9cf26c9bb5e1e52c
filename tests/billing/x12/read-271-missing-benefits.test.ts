// read271 names the benefit it could not find, and for which network, in the reason's words as in its facts:
// a biller reading "the response does not state this benefit" could not tell what to ask the payer for.
// Response date 2026-01-05, plan from 2026-01-01, as in the other 271 tests [x12-271](docs/sources.md#x12-271).
import { describe, expect, it } from 'vitest';
import { read271 } from '../../../src/billing/x12/index.js';
import { person271 as person } from './x12-builders.js';

const read = (lines: string[]) => {
  const [answer] = read271(person(lines), { clientIds: { 'T-1': 'client-lane' } });
  if (answer === undefined) throw new Error('no answer');
  return answer;
};
const missing = (answer: ReturnType<typeof read>) =>
  answer.reasons.filter((r) => r.code === 'x12.271.benefit_not_found').map((r) => [r.facts, r.message]);

describe('read271: a benefit the response does not state', () => {
  it('names the out-of-network cost share and deductible when only in-network figures are given', () => {
    const answer = read([
      'EB*1*IND*30^MH^A6^A8*PR*GOLD PPO',
      'EB*B*IND*A6*PR**27*25*****Y',
      'EB*A*IND*A6*PR****0.2****Y',
      'EB*C*IND*30*PR**23*500*****Y',
      'EB*A*IND*A6*PR****0.4****N',
    ]);
    expect(answer.inNetwork).toMatchObject({ copayCents: 2_500, deductibleCents: 50_000 });
    expect(missing(answer)).toEqual([
      [
        { network: 'out', benefit: 'deductible' },
        'The response does not state the deductible for out-of-network care; it stays unknown.',
      ],
    ]);
  });

  it('names the in-network cost share when neither a copay nor a coinsurance is given', () => {
    const answer = read(['EB*1*IND*30^MH^A6^A8*PR*GOLD PPO', 'EB*C*IND*30*PR**23*500*****Y']);
    expect(answer.outcome).toBe('undecided');
    expect(missing(answer)).toContainEqual([
      { network: 'in', benefit: 'cost_share' },
      'The response does not state the cost share (neither a copay nor a coinsurance) for in-network care; it stays unknown.',
    ]);
  });
});
