import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compactOf,
  getCompactIssuanceProblem,
} from '../../../src/credentialing/credentials/compact-issuance.js';
import { COMPACT_FIRST_ISSUED_ON, type CompactAuthorization } from '../../../src/credentialing/index.js';
import { dateArb } from './credential-fixtures.js';

const of = (kind: CompactAuthorization['kind'], issuedOn: string): CompactAuthorization =>
  kind === 'counseling_privilege'
    ? { kind, homeState: 'AZ', remoteState: 'MN', status: 'active', issuedOn, expiresOn: '2031-01-01' }
    : kind === 'telehealth_registration'
      ? { kind, state: 'FL', status: 'active', issuedOn, expiresOn: '2031-01-01' }
      : { kind, homeState: 'KS', status: 'active', issuedOn, expiresOn: '2031-01-01' };

describe('COMPACT_FIRST_ISSUED_ON', () => {
  it('keeps each compact’s first issue date from its commission: PSYPACT 2020-07-01, Counseling 2025-09-30, Social Work none yet', () => {
    expect(COMPACT_FIRST_ISSUED_ON).toEqual({
      psypact: '2020-07-01',
      counseling: '2025-09-30',
      social_work: null,
    });
  });
});

describe('getCompactIssuanceProblem', () => {
  it('names the compact of each authorization kind; a telehealth registration has none', () => {
    expect(
      (
        [
          'psypact_apit',
          'psypact_tap',
          'counseling_privilege',
          'social_work_multistate',
          'telehealth_registration',
        ] as const
      ).map((k) => compactOf(of(k, '2026-01-01'))),
    ).toEqual(['psypact', 'psypact', 'counseling', 'social_work', null]);
  });

  it('finds a Counseling Compact privilege of 2025-09-29 early and one of 2025-09-30 on time', () => {
    expect(getCompactIssuanceProblem(of('counseling_privilege', '2025-09-29'), undefined)).toEqual({
      kind: 'before_first_issue',
      compact: 'counseling',
      firstIssuedOn: '2025-09-30',
    });
    expect(getCompactIssuanceProblem(of('counseling_privilege', '2025-09-30'), undefined)).toBeNull();
  });

  it('cannot date a Social Work license without the practice’s first issue date, and uses it when given', () => {
    expect(getCompactIssuanceProblem(of('social_work_multistate', '2026-06-01'), undefined)).toEqual({
      kind: 'first_issue_unknown',
      compact: 'social_work',
    });
    expect(getCompactIssuanceProblem(of('social_work_multistate', '2026-06-01'), '2026-06-02')).toMatchObject(
      {
        kind: 'before_first_issue',
        firstIssuedOn: '2026-06-02',
      },
    );
    expect(getCompactIssuanceProblem(of('social_work_multistate', '2026-06-02'), '2026-06-02')).toBeNull();
    // The practice's date is for the Social Work compact alone.
    expect(getCompactIssuanceProblem(of('psypact_apit', '2020-06-30'), '2019-01-01')).toMatchObject({
      firstIssuedOn: '2020-07-01',
    });
  });

  it('finds a problem exactly when the issue date precedes the compact’s first, or that date is unknown (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'psypact_apit',
          'psypact_tap',
          'counseling_privilege',
          'social_work_multistate',
          'telehealth_registration' as const,
        ),
        dateArb,
        fc.option(dateArb, { nil: undefined }),
        (kind, issuedOn, social) => {
          const compact = compactOf(of(kind, issuedOn));
          const first =
            compact === null
              ? null
              : compact === 'social_work'
                ? (social ?? null)
                : COMPACT_FIRST_ISSUED_ON[compact];
          const problem = getCompactIssuanceProblem(of(kind, issuedOn), social);
          if (compact === null) expect(problem).toBeNull();
          else if (first === null) expect(problem?.kind).toBe('first_issue_unknown');
          else expect(problem === null).toBe(issuedOn >= first);
        },
      ),
    );
  });
});
