// What the two EB13 test files share (not a test file): a plan's benefit lines, a copay line limited or not to a
// procedure, and the 271 read for one client with an optional session procedure. Response dated 2026-01-05.
import { read271 } from '../../../src/billing/x12/index.js';
import { person271 as person } from './x12-builders.js';

export const read = (lines: string[], procedureCode?: string) => {
  const [answer] = read271(person(lines), {
    clientIds: { 'T-1': 'client-lane' },
    ...(procedureCode === undefined ? {} : { procedureCode }),
  });
  if (answer === undefined) throw new Error('no answer');
  return answer;
};
export const codes = (answer: ReturnType<typeof read>) => answer.reasons.map((r) => r.code);
export const PLAN = [
  'EB*1*IND*30^MH^A6^A8*PR*GOLD PPO',
  'EB*A*IND*A6*PR****0.2***N*Y',
  'EB*C*IND*30*PR**23*500*****Y',
  'EB*C*IND*30*PR**29*300*****Y',
];
export const copay = (dollars: number, procedure = '') =>
  `EB*B*IND*A6*PR**27*${dollars}****N*Y${procedure === '' ? '' : `*${procedure}`}`;
