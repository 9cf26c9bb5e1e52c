// getClaimFiledDate takes a claim as a caller writes it (ClaimInput): a claim written without a history (its
// default, none) was never filed.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type ClaimInput, getClaimFiledDate } from '../../../src/billing/index.js';
import { thrown } from '../../validation-subject.js';

describe('getClaimFiledDate on a claim as written', () => {
  it('takes a claim without a history, by type', () => {
    expectTypeOf<ClaimInput>().toExtend<Parameters<typeof getClaimFiledDate>[0]>();
  });

  it('says a claim written without a history was never filed', () => {
    expect(getClaimFiledDate({})).toBeUndefined();
    expect(getClaimFiledDate({ history: undefined })).toBeUndefined();
  });

  it('reads a history accepted on 2026-03-03 as filed on its submission, 2026-03-02', () => {
    const history = [
      { from: 'draft', to: 'ready', on: '2026-03-02' },
      { from: 'ready', to: 'submitted', on: '2026-03-02' },
      { from: 'submitted', to: 'accepted', on: '2026-03-03' },
    ] satisfies ClaimInput['history'];
    expect(getClaimFiledDate({ history })).toBe('2026-03-02');
  });

  it('still rejects a history that is not a list of moves, by path', () => {
    const error = thrown(() => getClaimFiledDate({ history: 'filed' } as never));
    expect(error.issues.map((i) => i.at)).toEqual(['$.history']);
  });
});
