// The 277 claim status response (005010X212) both read277 test files build on: the loops down to the subscriber
// (2000A payer … 2000D subscriber) and one 2200D claim with its STC segments [sources: x12-276-277].
import { read277 } from '../../../src/billing/x12/index.js';
import { envelope } from './x12-builders.js';

export const X212 = { version: '005010X212' };

/** A 276 sent on 7 December 2026 about sessions of November 2026, answered the same day: the loops down to 2000D. */
export const HEAD = [
  'BHT*0010*08*INQ20261207*20261207*1319*DG',
  'HL*1**20*1',
  'NM1*PR*2*EXAMPLE PAYER*****PI*12345',
  'HL*2*1*21*1',
  'NM1*41*2*HARBOR COUNSELING*****46*HARBOR01',
  'HL*3*2*19*1',
  'NM1*1P*2*HARBOR COUNSELING*****XX*1245319599',
  'HL*4*3*22*0',
  'NM1*IL*1*DOE*JANE****MI*M123456789',
];

/** One 2200D claim: its trace, its STC segments, its ids and date, then any lines (2220D) or other segments. */
export function claim(trace: string, claimId: string, stc: string[], after: string[] = []): string[] {
  return [
    `TRN*2*${trace}`,
    ...stc,
    'REF*1K*2026110300045',
    `REF*EJ*${claimId}`,
    'DTP*472*D8*20261103',
    ...after,
  ];
}

/** Reads a response of {@link HEAD} and the given claims with read277: its first (only) answer. */
export const read = (body: string[], options = {}) =>
  read277(envelope('277', [...HEAD, ...body], X212), options)[0];
