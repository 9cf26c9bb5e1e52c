// Medicare's crisis codes outside the office: from 2024-01-01 psychotherapy for crisis furnished at a
// non-facility site other than the office (the client's home, assisted living, a group home, a nursing or
// custodial care facility) is billed G0017/G0018 at 150 % of the non-facility rate [sources:
// cms-psychotherapy-crisis]; the places are the CMS place-of-service codes [sources: cms-pos-codes].
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMERCIAL_PAYER_PROFILE_EXAMPLE,
  MEDICARE_PAYER_PROFILE_EXAMPLE,
  type PayerProfile,
} from '../../../src/billing/index.js';
import { claim, line, scrubOnlyClaimOfDay } from '../claims/claim-fixtures.js';

const MEDICARE = MEDICARE_PAYER_PROFILE_EXAMPLE;
const CODE = 'billing.scrub.medicare_crisis_site_code';
const scrub = (profile: PayerProfile, over: Parameters<typeof line>[0], asOf = '2026-03-05') =>
  scrubOnlyClaimOfDay(claim({ payerId: profile.payerId, lines: [line(over)] }), profile, { asOf }).reasons;
const crisisAt = (placeOfService: string, serviceDate = '2026-03-02') => ({
  procedureCode: '90839' as const,
  placeOfService,
  serviceDate,
});

describe('evaluateClaimScrub: Medicare crisis psychotherapy outside the office (G0017/G0018)', () => {
  it('90839 at the client’s home (POS 12) on 2026-03-02: bill G0017 instead, a warning', () => {
    const found = scrub(MEDICARE, crisisAt('12')).find((r) => r.code === CODE);
    expect(found).toMatchObject({
      severity: 'warning',
      facts: { procedureCode: '90839', placeOfService: '12', serviceDate: '2026-03-02', instead: 'G0017' },
    });
  });

  it('+90840 beside it at a group home (14) names G0018', () => {
    const reasons = scrubOnlyClaimOfDay(
      claim({
        payerId: MEDICARE.payerId,
        lines: [
          line({ ...crisisAt('14'), lineId: '1' }),
          line({ lineId: '2', procedureCode: '90840', placeOfService: '14', serviceDate: '2026-03-02' }),
        ],
      }),
      MEDICARE,
      { asOf: '2026-03-05' },
    ).reasons.filter((r) => r.code === CODE);
    expect(reasons.map((r) => r.facts.instead)).toEqual(['G0017', 'G0018']);
  });

  it('never at the office (11), a skilled nursing facility (31, the facility rate), or by video at home', () => {
    for (const over of [
      crisisAt('11'),
      crisisAt('31'),
      { ...crisisAt('10'), modality: 'video' as const, clientAtHome: true },
    ]) {
      expect(scrub(MEDICARE, over).map((r) => r.code)).not.toContain(CODE);
    }
  });

  it('before 2024-01-01 the G codes did not exist: 90839 at home on 2023-12-29 is left alone', () => {
    expect(scrub(MEDICARE, crisisAt('12', '2023-12-29'), '2024-01-02').map((r) => r.code)).not.toContain(
      CODE,
    );
    expect(scrub(MEDICARE, crisisAt('12', '2024-01-02'), '2024-01-03').map((r) => r.code)).toContain(CODE);
  });

  it('a commercial payer is not asked for Medicare’s G codes', () => {
    expect(scrub(COMMERCIAL_PAYER_PROFILE_EXAMPLE, crisisAt('12')).map((r) => r.code)).not.toContain(CODE);
  });

  it('property: flagged exactly for Medicare, in person, 90839/90840, at 12, 13, 14, 32 or 33, from 2024', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('11', '12', '13', '14', '31', '32', '33'),
        fc.constantFrom('90839', '90834', '90791') as fc.Arbitrary<'90839' | '90834' | '90791'>,
        fc.constantFrom('2023-12-31', '2024-01-01', '2026-03-02'),
        fc.boolean(),
        (placeOfService, procedureCode, serviceDate, medicare) => {
          const profile = medicare ? MEDICARE : COMMERCIAL_PAYER_PROFILE_EXAMPLE;
          const codes = scrub(profile, { procedureCode, placeOfService, serviceDate }, '2026-03-05').map(
            (r) => r.code,
          );
          expect(codes.includes(CODE)).toBe(
            medicare &&
              procedureCode === '90839' &&
              ['12', '13', '14', '32', '33'].includes(placeOfService) &&
              serviceDate >= '2024-01-01',
          );
        },
      ),
    );
  });
});
