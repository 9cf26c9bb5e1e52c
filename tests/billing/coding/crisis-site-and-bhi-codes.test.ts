// bill40, an outside tester's cases: Medicare's crisis codes for a site other than the office (G0017, first 60
// minutes; +G0018, each further 30; Medicare PFS since 2024-01-01 [sources: cms-psychotherapy-crisis]) and the
// monthly behavioral health integration codes (99484 and G0323 from 20 minutes a calendar month; collaborative
// care 99492 from 36 of its 70, 99493 from 31 of its 60, +99494 per further 30 from 16 past them; general BHI and
// collaborative care never in the same month [sources: cms-mln-bhi, ama-cpt]).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMERCIAL_PAYER_PROFILE_EXAMPLE,
  evaluateServiceCodeSet,
  MEDICARE_PAYER_PROFILE_EXAMPLE,
  type PayerProfile,
  selectCareManagementCodes,
  selectServiceCodes,
  selectServiceCodesForDay,
} from '../../../src/billing/index.js';
import { areServiceCodesExclusive } from '../../../src/billing/internal.js';
import { claim, line, scrubOnlyClaimOfDay } from '../claims/claim-fixtures.js';

const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);
const siteCrisis = (faceToFaceMinutes: number) => ({
  kind: 'crisis_psychotherapy' as const,
  faceToFaceMinutes,
  medicareCrisisSite: true,
});

describe('selectServiceCodes: a Medicare crisis at a site other than the office', () => {
  it('105 minutes at the client’s home: G0017 and two units of +G0018, the times of 90839/+90840', () => {
    expect(selectServiceCodes(siteCrisis(105))).toEqual({
      outcome: 'billable',
      lines: [
        { code: 'G0017', units: 1 },
        { code: 'G0018', units: 2 },
      ],
      reasons: [],
    });
  });

  it('74 minutes is G0017 alone, 75 adds +G0018; under 30 is timed psychotherapy, with the warning', () => {
    expect(selectServiceCodes(siteCrisis(74)).lines).toEqual([{ code: 'G0017', units: 1 }]);
    expect(selectServiceCodes(siteCrisis(75)).lines).toEqual([
      { code: 'G0017', units: 1 },
      { code: 'G0018', units: 1 },
    ]);
    const short = selectServiceCodes(siteCrisis(20));
    expect(short.lines).toEqual([{ code: '90832', units: 1 }]);
    expect(codes(short)).toEqual(['billing.codes.crisis_under_30_minutes']);
  });

  it('property: the site codes are CPT’s crisis codes renamed, minute for minute, and pass the pairing rules', () => {
    const rename: Record<string, string> = { '90839': 'G0017', '90840': 'G0018' };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), (minutes) => {
        const cpt = selectServiceCodes({ kind: 'crisis_psychotherapy', faceToFaceMinutes: minutes });
        const site = selectServiceCodes(siteCrisis(minutes));
        expect(site.lines).toEqual(cpt.lines.map((l) => ({ ...l, code: rename[l.code] ?? l.code })));
        if (site.lines.length > 0) expect(evaluateServiceCodeSet(site.lines).outcome).toBe('valid');
      }),
    );
  });

  it('a day’s crisis sessions add up the same way (40 + 45 → G0017 + G0018); sessions that disagree are undecided', () => {
    expect(selectServiceCodesForDay([siteCrisis(40), siteCrisis(45)]).lines).toEqual([
      { code: 'G0017', units: 1 },
      { code: 'G0018', units: 1 },
    ]);
    const mixed = selectServiceCodesForDay([
      siteCrisis(40),
      { kind: 'crisis_psychotherapy', faceToFaceMinutes: 45 },
    ]);
    expect(mixed.outcome).toBe('undecided');
    expect(codes(mixed)).toContain('billing.codes.crisis_sites_differ');
  });
});

describe('evaluateServiceCodeSet: the new codes’ pairs', () => {
  it('G0017 never beside 90839 (one service), nor beside psychotherapy; +G0018 needs G0017', () => {
    expect(areServiceCodesExclusive('G0017', '90839')).toBe(true);
    expect(areServiceCodesExclusive('G0018', '90840')).toBe(true);
    expect(areServiceCodesExclusive('G0017', '90834')).toBe(true);
    expect(codes(evaluateServiceCodeSet([{ code: 'G0018', units: 1 }]))).toEqual([
      'billing.codes.add_on_without_primary',
    ]);
    expect(
      evaluateServiceCodeSet([
        { code: 'G0017', units: 1 },
        { code: 'G0018', units: 3 },
      ]).outcome,
    ).toBe('valid');
  });

  it('general BHI and collaborative care never together; +99494 only with 99492 or 99493; BHI beside psychotherapy is fine', () => {
    expect(areServiceCodesExclusive('99484', '99492')).toBe(true);
    expect(areServiceCodesExclusive('G0323', '99493')).toBe(true);
    expect(areServiceCodesExclusive('99484', 'G0323')).toBe(true);
    expect(areServiceCodesExclusive('99492', '99493')).toBe(true);
    expect(areServiceCodesExclusive('99484', '90834')).toBe(false);
    expect(codes(evaluateServiceCodeSet([{ code: '99494', units: 1 }]))).toEqual([
      'billing.codes.add_on_without_primary',
    ]);
    expect(
      evaluateServiceCodeSet([
        { code: '99493', units: 1 },
        { code: '99494', units: 2 },
      ]).outcome,
    ).toBe('valid');
  });
});

describe('selectCareManagementCodes: a calendar month’s minutes', () => {
  const month = (kind: Parameters<typeof selectCareManagementCodes>[0]['kind'], minutes: number) =>
    selectCareManagementCodes({ kind, minutes });

  it('general BHI: 19 minutes is not billable, 20 is 99484 (G0323 for a psychologist or social worker)', () => {
    expect(month('general_bhi', 19)).toMatchObject({
      outcome: 'not_billable',
      lines: [],
      reasons: [
        {
          code: 'billing.codes.care_management_under_minimum',
          facts: { minutes: 19, minimumMinutes: 20, code: '99484' },
        },
      ],
    });
    expect(month('general_bhi', 20).lines).toEqual([{ code: '99484', units: 1 }]);
    expect(month('general_bhi_psychologist_or_social_worker', 20).lines).toEqual([
      { code: 'G0323', units: 1 },
    ]);
    // A month of general BHI is one unit however long.
    expect(month('general_bhi', 180).lines).toEqual([{ code: '99484', units: 1 }]);
  });

  it('collaborative care, first month: 35 minutes no, 36 is 99492; +99494 from 86 (70 + 16), a second unit at 116', () => {
    expect(month('collaborative_care_first_month', 35).outcome).toBe('not_billable');
    expect(month('collaborative_care_first_month', 36).lines).toEqual([{ code: '99492', units: 1 }]);
    expect(month('collaborative_care_first_month', 85).lines).toEqual([{ code: '99492', units: 1 }]);
    expect(month('collaborative_care_first_month', 86).lines).toEqual([
      { code: '99492', units: 1 },
      { code: '99494', units: 1 },
    ]);
    expect(month('collaborative_care_first_month', 115).lines[1]).toEqual({ code: '99494', units: 1 });
    expect(month('collaborative_care_first_month', 116).lines[1]).toEqual({ code: '99494', units: 2 });
  });

  it('collaborative care, a later month: 30 minutes no, 31 is 99493; +99494 from 76 (60 + 16)', () => {
    expect(month('collaborative_care_later_month', 30).outcome).toBe('not_billable');
    expect(month('collaborative_care_later_month', 31).lines).toEqual([{ code: '99493', units: 1 }]);
    expect(month('collaborative_care_later_month', 75).lines).toEqual([{ code: '99493', units: 1 }]);
    expect(month('collaborative_care_later_month', 76).lines).toEqual([
      { code: '99493', units: 1 },
      { code: '99494', units: 1 },
    ]);
  });

  it('refuses minutes that are not a month’s whole minutes, by path', () => {
    expect(() => selectCareManagementCodes({ kind: 'general_bhi', minutes: -1 })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ at: '$.minutes' })] }),
    );
  });

  it('property: units never fall as minutes grow, and every billable month passes the pairing rules', () => {
    const kinds = [
      'general_bhi',
      'general_bhi_psychologist_or_social_worker',
      'collaborative_care_first_month',
      'collaborative_care_later_month',
    ] as const;
    const units = (d: ReturnType<typeof selectCareManagementCodes>) =>
      d.lines.reduce((n, l) => n + l.units, 0);
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.integer({ min: 0, max: 2_999 }), (kind, minutes) => {
        const now = month(kind, minutes);
        const more = month(kind, minutes + 1);
        expect(units(more)).toBeGreaterThanOrEqual(units(now));
        expect(units(more) - units(now)).toBeLessThanOrEqual(1);
        if (now.lines.length > 0) expect(evaluateServiceCodeSet(now.lines).outcome).toBe('valid');
      }),
    );
  });
});

describe('evaluateClaimScrub: the new codes on a claim', () => {
  const MEDICARE = MEDICARE_PAYER_PROFILE_EXAMPLE;
  const scrub = (profile: PayerProfile, lines: Parameters<typeof line>[0][], asOf = '2026-04-02') =>
    scrubOnlyClaimOfDay(
      claim({ payerId: profile.payerId, lines: lines.map((l, i) => line({ lineId: String(i + 1), ...l })) }),
      profile,
      { asOf },
    ).reasons;
  const NOT_APPLICABLE = 'billing.scrub.medicare_crisis_site_code_not_applicable';

  it('G0017 at the client’s home (12) for Medicare on 2026-03-02 passes; at the office (11) or before 2024 it is flagged', () => {
    const at = (placeOfService: string, serviceDate = '2026-03-02') => ({
      procedureCode: 'G0017',
      placeOfService,
      serviceDate,
    });
    expect(codes({ reasons: scrub(MEDICARE, [at('12')]) })).not.toContain(NOT_APPLICABLE);
    expect(scrub(MEDICARE, [at('11')]).find((r) => r.code === NOT_APPLICABLE)).toMatchObject({
      severity: 'warning',
      facts: { procedureCode: 'G0017', placeOfService: '11', instead: '90839' },
    });
    expect(codes({ reasons: scrub(MEDICARE, [at('12', '2023-12-29')], '2024-01-02') })).toContain(
      NOT_APPLICABLE,
    );
  });

  it('G0017 to a commercial payer is flagged (Medicare’s code), wherever it was furnished', () => {
    const reasons = scrub(COMMERCIAL_PAYER_PROFILE_EXAMPLE, [
      { procedureCode: 'G0017', placeOfService: '12', serviceDate: '2026-03-02' },
    ]);
    expect(reasons.find((r) => r.code === NOT_APPLICABLE)?.facts).toMatchObject({ payerKind: 'commercial' });
  });

  it('99484 on 2026-03-03 and 99492 on 2026-03-20: one calendar month, not billable together', () => {
    const reasons = scrub(MEDICARE, [
      { procedureCode: '99484', serviceDate: '2026-03-03' },
      { procedureCode: '99492', serviceDate: '2026-03-20' },
    ]);
    expect(reasons.find((r) => r.code === 'billing.scrub.codes_not_billable_together')?.facts).toMatchObject({
      codes: ['99484', '99492'],
      serviceDate: '2026-03',
    });
    // In different months they are two months' services.
    expect(
      codes({
        reasons: scrub(MEDICARE, [
          { procedureCode: '99484', serviceDate: '2026-02-27' },
          { procedureCode: '99492', serviceDate: '2026-03-20' },
        ]),
      }),
    ).not.toContain('billing.scrub.codes_not_billable_together');
  });

  it('+99494 on another date of the month than its 99493 has its primary; 99484 twice in a month is a duplicate', () => {
    const addOn = scrub(MEDICARE, [
      { procedureCode: '99493', serviceDate: '2026-03-10' },
      { procedureCode: '99494', serviceDate: '2026-03-24' },
    ]);
    expect(codes({ reasons: addOn })).not.toContain('billing.scrub.add_on_without_primary');
    const twice = scrub(MEDICARE, [
      { procedureCode: '99484', serviceDate: '2026-03-03' },
      { procedureCode: '99484', serviceDate: '2026-03-30' },
    ]);
    expect(twice.find((r) => r.code === 'billing.scrub.code_set_rule')?.facts).toMatchObject({
      rule: 'billing.codes.duplicate_code',
      code: '99484',
    });
  });
});
