// Outside-tester cases for the psychotherapy codes, written from the public rules before reading the code:
// the CPT time rule as CMS states it (a timed code is reported once its midpoint is passed: 90832 16–37,
// 90834 38–52, 90837 53+ minutes, under 16 not reported [sources: lcd-l35101]); the add-ons 90833/90836/90838
// only beside an E/M service of the same day and practitioner; crisis 90839 for 30–74 minutes and +90840 per
// further 30 minutes (75–104 → one) [sources: ama-cpt]; NCCI PTP edits pairing 90839 with 90791/90792,
// 90832–90838 and 90785 [sources: cms-ncci-ptp]; 90785 only with 90791/90792, 90832–90838 and 90853
// [sources: aapc-90785]; family 90846/90847 from 26 minutes; 90791/90792 once a day.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateServiceCodeSet, selectServiceCodes } from '../../../src/billing/index.js';
import { COMMERCIAL, claim, line, scrubOnlyClaimOfDay } from '../claims/claim-fixtures.js';

const individual = (faceToFaceMinutes: number) =>
  selectServiceCodes({ kind: 'individual_psychotherapy', faceToFaceMinutes });
const crisis = (faceToFaceMinutes: number) =>
  selectServiceCodes({ kind: 'crisis_psychotherapy', faceToFaceMinutes });
const codesOf = (lines: readonly { code: string; units: number }[]) =>
  lines.map((l) => `${l.code}x${l.units}`);
const set = (...codes: string[]) =>
  evaluateServiceCodeSet(codes.map((code) => ({ code, units: 1 }) as { code: '90834'; units: number }));

describe('psychotherapy time bands (CPT time rule, LCD L35101), a session on 2026-03-02', () => {
  it.each([
    [15, []],
    [16, ['90832x1']],
    [37, ['90832x1']],
    [38, ['90834x1']],
    [52, ['90834x1']],
    [53, ['90837x1']],
    [90, ['90837x1']],
  ])('%i face-to-face minutes code as %j', (minutes, expected) => {
    expect(codesOf(individual(minutes).lines)).toEqual(expected);
  });

  it('15 minutes is not billable, with the under-16 reason', () => {
    const d = individual(15);
    expect(d.outcome).toBe('not_billable');
    expect(d.reasons.map((r) => r.code)).toEqual(['billing.codes.under_16_minutes']);
  });

  it('with E/M (99214, same day, same prescriber): 16 → +90833, 38 → +90836, 53 → +90838, 15 → E/M alone', () => {
    const withEm = (faceToFaceMinutes: number) =>
      codesOf(
        selectServiceCodes({ kind: 'psychotherapy_with_em', faceToFaceMinutes, emCode: '99214' }).lines,
      );
    expect(withEm(16)).toEqual(['99214x1', '90833x1']);
    expect(withEm(38)).toEqual(['99214x1', '90836x1']);
    expect(withEm(53)).toEqual(['99214x1', '90838x1']);
    expect(withEm(15)).toEqual(['99214x1']);
  });

  it('property: every minute count from 16 up yields exactly one individual code, the band it falls in', () => {
    fc.assert(
      fc.property(fc.integer({ min: 16, max: 600 }), (m) => {
        const expected = m >= 53 ? '90837' : m >= 38 ? '90834' : '90832';
        expect(individual(m).lines).toEqual([{ code: expected, units: 1 }]);
      }),
    );
  });
});

describe('add-ons need their primary the same day (CPT add-on rule; NCCI)', () => {
  it('90833 alone, or beside 90834 instead of an E/M, is refused', () => {
    expect(set('90833').outcome).toBe('invalid');
    expect(set('90834', '90836').outcome).toBe('invalid');
  });
  it('90836 beside 99213 is valid; 90834 beside 99213 is refused (the add-on is the code to use)', () => {
    expect(set('99213', '90836').outcome).toBe('valid');
    expect(set('99213', '90834').outcome).toBe('invalid');
  });
});

describe('crisis psychotherapy 90839/+90840 (CPT: 30–74 minutes, +30 each beyond 74)', () => {
  it.each([
    [30, ['90839x1']],
    [74, ['90839x1']],
    [75, ['90839x1', '90840x1']],
    [104, ['90839x1', '90840x1']],
    [105, ['90839x1', '90840x2']],
    [134, ['90839x1', '90840x2']],
    [135, ['90839x1', '90840x3']],
  ])('%i minutes code as %j', (minutes, expected) => {
    expect(codesOf(crisis(minutes).lines)).toEqual(expected);
  });

  // AAPC's crisis quiz: 24 crisis minutes are 90832 [sources: aapc-crisis-psychotherapy].
  it.each([
    [24, ['90832x1']],
    [15, []],
  ])(
    '%i minutes of crisis work are timed psychotherapy (%j), never 90839, with the warning',
    (minutes, expected) => {
      const d = crisis(minutes);
      expect(codesOf(d.lines)).toEqual(expected);
      expect(d.reasons[0]?.code).toBe('billing.codes.crisis_under_30_minutes');
    },
  );

  it('29 minutes of crisis work is not 90839: timed psychotherapy (90832) with a warning', () => {
    const d = crisis(29);
    expect(codesOf(d.lines)).toEqual(['90832x1']);
    expect(d.reasons.map((r) => r.code)).toContain('billing.codes.crisis_under_30_minutes');
  });

  it.each(['90791', '90792', '90832', '90833', '90834', '90836', '90837', '90838', '90785'])(
    '90839 with %s the same day is refused (NCCI PTP)',
    (other) => {
      expect(set('90839', other).outcome).toBe('invalid');
    },
  );

  it('+90840 without 90839 is refused; 90839 with +90840 is valid', () => {
    expect(set('90840').outcome).toBe('invalid');
    expect(set('90839', '90840').outcome).toBe('valid');
  });
});

describe('interactive complexity 90785 (CPT: only with 90791/90792, 90832–90838, 90853)', () => {
  it.each([['90791'], ['90792'], ['90832'], ['90834'], ['90837'], ['90853']])('valid with %s', (primary) => {
    expect(set(primary, '90785').outcome).toBe('valid');
  });
  it('valid with an E/M and its add-on 90833; refused with the E/M alone', () => {
    expect(set('99213', '90833', '90785').outcome).toBe('valid');
    expect(set('99213', '90785').outcome).toBe('invalid');
  });
  it.each([['90839'], ['90846'], ['90847']])('refused with %s', (primary) => {
    expect(set(primary, '90785').outcome).toBe('invalid');
  });
  it('selection leaves 90785 off a crisis or family session, with a warning, and keeps it on a group', () => {
    const family = selectServiceCodes({
      kind: 'family_psychotherapy_with_patient',
      faceToFaceMinutes: 50,
      interactiveComplexity: true,
    });
    expect(codesOf(family.lines)).toEqual(['90847x1']);
    expect(family.reasons.map((r) => r.code)).toContain('billing.codes.interactive_complexity_not_allowed');
    const group = selectServiceCodes({
      kind: 'group_psychotherapy',
      faceToFaceMinutes: 90,
      interactiveComplexity: true,
    });
    expect(codesOf(group.lines)).toEqual(['90853x1', '90785x1']);
  });
});

describe('family 90846/90847 (50-minute codes, reported from 26 minutes), group 90853, diagnostic once a day', () => {
  it('25 minutes of family therapy is not billable; 26 is one 90847 (one 90846 without the patient)', () => {
    expect(
      selectServiceCodes({ kind: 'family_psychotherapy_with_patient', faceToFaceMinutes: 25 }).outcome,
    ).toBe('not_billable');
    expect(
      codesOf(selectServiceCodes({ kind: 'family_psychotherapy_with_patient', faceToFaceMinutes: 26 }).lines),
    ).toEqual(['90847x1']);
    expect(
      codesOf(
        selectServiceCodes({ kind: 'family_psychotherapy_without_patient', faceToFaceMinutes: 80 }).lines,
      ),
    ).toEqual(['90846x1']);
  });

  it('90846 with 90847 the same day is refused; a group 90853 is one unit however long', () => {
    expect(set('90846', '90847').outcome).toBe('invalid');
    expect(
      codesOf(selectServiceCodes({ kind: 'group_psychotherapy', faceToFaceMinutes: 150 }).lines),
    ).toEqual(['90853x1']);
  });

  it('the scrubber refuses a claim with 90791 twice, or 90791 and 90792, on 2026-03-02', () => {
    const scrub = (codes: string[]) =>
      scrubOnlyClaimOfDay(
        claim({
          lines: codes.map((procedureCode, i) => line({ lineId: String(i + 1), procedureCode })),
        }),
        COMMERCIAL,
        { asOf: '2026-03-05' },
      );
    expect(scrub(['90791', '90791']).outcome).toBe('refused');
    expect(scrub(['90791', '90792']).outcome).toBe('refused');
    expect(scrub(['90791']).outcome).not.toBe('refused');
  });

  it('the scrubber refuses 90839 with 90834 on one date of service, and allows them on different dates', () => {
    const same = scrubOnlyClaimOfDay(
      claim({ lines: [line({ procedureCode: '90839' }), line({ lineId: '2', procedureCode: '90834' })] }),
      COMMERCIAL,
      { asOf: '2026-03-05' },
    );
    expect(same.outcome).toBe('refused');
    expect(same.reasons.map((r) => r.code)).toEqual(['billing.scrub.codes_not_billable_together']);
    const apart = scrubOnlyClaimOfDay(
      claim({
        lines: [
          line({ procedureCode: '90839' }),
          line({ lineId: '2', procedureCode: '90834', serviceDate: '2026-03-03' }),
        ],
      }),
      COMMERCIAL,
      { asOf: '2026-03-05' },
    );
    expect(apart.reasons.map((r) => r.code)).not.toContain('billing.scrub.codes_not_billable_together');
  });
});
