// Long psychotherapy sessions have no prolonged-service add-on: CPT deleted 99354–99357 on 2023-01-01, and
// their replacements 99417 (CPT) and G2212 (Medicare) extend only an E/M visit selected by time, never a
// psychotherapy code (AMA CPT 2023; CMS CY 2023 physician fee schedule final rule). A 90837 of any length is
// one unit; the library's code set holds none of those codes and refuses them as unknown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateServiceCodeSet, selectServiceCodes } from '../../../src/billing/index.js';
import { ValidationError } from '../../../src/core/index.js';

describe('long psychotherapy sessions (no 99354 since 2023-01-01; 99417/G2212 are E/M only)', () => {
  it('a 150-minute individual session on 2026-03-02 is one 90837, with no prolonged-service line', () => {
    expect(selectServiceCodes({ kind: 'individual_psychotherapy', faceToFaceMinutes: 150 })).toEqual({
      outcome: 'billable',
      lines: [{ code: '90837', units: 1 }],
      reasons: [],
    });
  });

  it('a 120-minute session with E/M is the E/M code and one +90838; family and group stay one unit', () => {
    expect(
      selectServiceCodes({ kind: 'psychotherapy_with_em', faceToFaceMinutes: 120, emCode: '99214' }).lines,
    ).toEqual([
      { code: '99214', units: 1 },
      { code: '90838', units: 1 },
    ]);
    expect(
      selectServiceCodes({ kind: 'family_psychotherapy_with_patient', faceToFaceMinutes: 110 }).lines,
    ).toEqual([{ code: '90847', units: 1 }]);
    expect(selectServiceCodes({ kind: 'group_psychotherapy', faceToFaceMinutes: 120 }).lines).toEqual([
      { code: '90853', units: 1 },
    ]);
  });

  it('90837 with 99354, 99417 or G2212 is refused as an unknown code, by path and without echoing it', () => {
    for (const code of ['99354', '99417', 'G2212']) {
      const call = () =>
        evaluateServiceCodeSet([
          { code: '90837', units: 1 },
          { code, units: 1 } as unknown as { code: '90837'; units: number },
        ]);
      expect(call).toThrow(ValidationError);
      try {
        call();
      } catch (e) {
        const issues = (e as ValidationError).issues;
        expect(issues.map((i) => i.at)).toEqual(['$[1].code']);
        expect(JSON.stringify(issues)).not.toContain(code);
      }
    }
  });

  it('90837 units above one are refused: length is never billed as extra units', () => {
    expect(evaluateServiceCodeSet([{ code: '90837', units: 2 }]).reasons.map((r) => r.code)).toEqual([
      'billing.codes.units_above_maximum',
    ]);
  });

  it('family psychotherapy (50 minutes, billable from 26): 25 minutes is not billable, 26 is', () => {
    expect(
      selectServiceCodes({ kind: 'family_psychotherapy_without_patient', faceToFaceMinutes: 25 }),
    ).toMatchObject({
      outcome: 'not_billable',
      reasons: [{ code: 'billing.codes.family_under_26_minutes' }],
    });
    expect(
      selectServiceCodes({ kind: 'family_psychotherapy_without_patient', faceToFaceMinutes: 26 }).lines,
    ).toEqual([{ code: '90846', units: 1 }]);
  });

  it('property: from 53 minutes up to a day, individual psychotherapy is exactly one 90837 and nothing else', () => {
    fc.assert(
      fc.property(fc.integer({ min: 53, max: 1_440 }), fc.boolean(), (minutes, interactiveComplexity) => {
        const s = selectServiceCodes({
          kind: 'individual_psychotherapy',
          faceToFaceMinutes: minutes,
          interactiveComplexity,
        });
        expect(s.lines).toEqual(
          interactiveComplexity
            ? [
                { code: '90837', units: 1 },
                { code: '90785', units: 1 },
              ]
            : [{ code: '90837', units: 1 }],
        );
      }),
    );
  });
});
