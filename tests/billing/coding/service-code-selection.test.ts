import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateServiceCodeSet,
  SERVICE_CODE_CATALOG,
  selectServiceCodes,
  selectServiceCodesBatch,
} from '../../../src/billing/index.js';
import { BillableSessionKind } from '../../../src/billing/internal.js';
import { ValidationError } from '../../../src/core/index.js';

const individual = (faceToFaceMinutes: number) =>
  selectServiceCodes({ kind: 'individual_psychotherapy', faceToFaceMinutes });
const crisis = (faceToFaceMinutes: number) =>
  selectServiceCodes({ kind: 'crisis_psychotherapy', faceToFaceMinutes });

describe('selectServiceCodes: psychotherapy time rule (Medicare LCD L35101; [lcd-l35101])', () => {
  it.each([
    [15, []],
    [16, [{ code: '90832', units: 1 }]],
    [37, [{ code: '90832', units: 1 }]],
    [38, [{ code: '90834', units: 1 }]],
    [52, [{ code: '90834', units: 1 }]],
    [53, [{ code: '90837', units: 1 }]],
    [74, [{ code: '90837', units: 1 }]],
    [75, [{ code: '90837', units: 1 }]],
    [104, [{ code: '90837', units: 1 }]],
    [105, [{ code: '90837', units: 1 }]],
  ])('codes %i face-to-face minutes of individual psychotherapy as %j', (minutes, lines) => {
    expect(individual(minutes).lines).toEqual(lines);
  });

  it('does not bill 15 minutes as psychotherapy, and says why', () => {
    expect(individual(15)).toMatchObject({
      outcome: 'not_billable',
      reasons: [{ code: 'billing.codes.under_16_minutes', facts: { faceToFaceMinutes: 15 } }],
    });
  });

  it('bills nothing for a session with no face-to-face time', () => {
    expect(selectServiceCodes({ kind: 'diagnostic_evaluation', faceToFaceMinutes: 0 })).toMatchObject({
      outcome: 'not_billable',
      reasons: [{ code: 'billing.codes.no_face_to_face_time' }],
    });
  });
});

describe('selectServiceCodes: crisis (CPT 90839/+90840; [ama-cpt], [headway-crisis-codes])', () => {
  it.each([
    [15, []],
    [16, [{ code: '90832', units: 1 }]],
    [29, [{ code: '90832', units: 1 }]],
    [30, [{ code: '90839', units: 1 }]],
    [74, [{ code: '90839', units: 1 }]],
    [
      75,
      [
        { code: '90839', units: 1 },
        { code: '90840', units: 1 },
      ],
    ],
    [
      104,
      [
        { code: '90839', units: 1 },
        { code: '90840', units: 1 },
      ],
    ],
    [
      105,
      [
        { code: '90839', units: 1 },
        { code: '90840', units: 2 },
      ],
    ],
  ])('codes a %i-minute crisis session as %j', (minutes, lines) => {
    expect(crisis(minutes).lines).toEqual(lines);
  });

  it('warns that a 20-minute crisis session is coded as 90832 instead of 90839', () => {
    expect(crisis(20)).toMatchObject({
      outcome: 'billable',
      reasons: [{ code: 'billing.codes.crisis_under_30_minutes', severity: 'warning' }],
    });
  });
});

describe('selectServiceCodes: a Medicare crisis at a site other than the office (G0017/+G0018, 2024)', () => {
  it('codes 105 minutes as G0017 and two +G0018, and 30 minutes as G0017 alone; false keeps 90839', () => {
    const site = (faceToFaceMinutes: number, medicareCrisisSite = true) =>
      selectServiceCodes({ kind: 'crisis_psychotherapy', faceToFaceMinutes, medicareCrisisSite });
    expect(site(105).lines).toEqual([
      { code: 'G0017', units: 1 },
      { code: 'G0018', units: 2 },
    ]);
    expect(site(30).lines).toEqual([{ code: 'G0017', units: 1 }]);
    expect(site(104).lines).toEqual([
      { code: 'G0017', units: 1 },
      { code: 'G0018', units: 1 },
    ]);
    expect(site(105, false).lines).toEqual([
      { code: '90839', units: 1 },
      { code: '90840', units: 2 },
    ]);
  });
});

describe('selectServiceCodes: other session kinds', () => {
  it('bills family psychotherapy from 26 minutes, with or without the patient', () => {
    expect(
      selectServiceCodes({ kind: 'family_psychotherapy_with_patient', faceToFaceMinutes: 25 }),
    ).toMatchObject({
      outcome: 'not_billable',
      reasons: [{ code: 'billing.codes.family_under_26_minutes' }],
    });
    expect(
      selectServiceCodes({ kind: 'family_psychotherapy_with_patient', faceToFaceMinutes: 26 }).lines,
    ).toEqual([{ code: '90847', units: 1 }]);
    expect(
      selectServiceCodes({ kind: 'family_psychotherapy_without_patient', faceToFaceMinutes: 50 }).lines,
    ).toEqual([{ code: '90846', units: 1 }]);
  });

  it('bills diagnostic evaluations and groups untimed', () => {
    expect(selectServiceCodes({ kind: 'diagnostic_evaluation', faceToFaceMinutes: 5 }).lines).toEqual([
      { code: '90791', units: 1 },
    ]);
    expect(
      selectServiceCodes({ kind: 'diagnostic_evaluation_with_medical_services', faceToFaceMinutes: 70 })
        .lines,
    ).toEqual([{ code: '90792', units: 1 }]);
    expect(selectServiceCodes({ kind: 'group_psychotherapy', faceToFaceMinutes: 90 }).lines).toEqual([
      { code: '90853', units: 1 },
    ]);
  });

  it('pairs the psychotherapy add-on with the E/M code the prescriber chose', () => {
    expect(
      selectServiceCodes({ kind: 'psychotherapy_with_em', faceToFaceMinutes: 40, emCode: '99214' }).lines,
    ).toEqual([
      { code: '99214', units: 1 },
      { code: '90836', units: 1 },
    ]);
    expect(
      selectServiceCodes({ kind: 'psychotherapy_with_em', faceToFaceMinutes: 10, emCode: '99213' }),
    ).toMatchObject({
      outcome: 'billable',
      lines: [{ code: '99213', units: 1 }],
      reasons: [{ code: 'billing.codes.under_16_minutes' }],
    });
  });

  it('cannot decide a psychotherapy-with-E/M session without the E/M code (a prescriber choice)', () => {
    expect(selectServiceCodes({ kind: 'psychotherapy_with_em', faceToFaceMinutes: 30 })).toMatchObject({
      outcome: 'undecided',
      lines: [],
      reasons: [{ code: 'billing.codes.em_code_missing' }],
    });
  });

  it('adds interactive complexity to psychotherapy, diagnostic evaluation and group sessions', () => {
    expect(
      selectServiceCodes({
        kind: 'individual_psychotherapy',
        faceToFaceMinutes: 45,
        interactiveComplexity: true,
      }).lines,
    ).toEqual([
      { code: '90834', units: 1 },
      { code: '90785', units: 1 },
    ]);
    expect(
      selectServiceCodes({ kind: 'group_psychotherapy', faceToFaceMinutes: 60, interactiveComplexity: true })
        .lines,
    ).toContainEqual({ code: '90785', units: 1 });
  });

  it.each([
    ['crisis_psychotherapy', 60],
    ['family_psychotherapy_with_patient', 50],
  ] as const)('leaves interactive complexity off a %s session, with a warning', (kind, faceToFaceMinutes) => {
    const selection = selectServiceCodes({ kind, faceToFaceMinutes, interactiveComplexity: true });
    expect(selection.lines.map((l) => l.code)).not.toContain('90785');
    expect(selection.reasons.map((r) => r.code)).toContain(
      'billing.codes.interactive_complexity_not_allowed',
    );
  });
});

describe('selectServiceCodes: properties over every whole minute 0–600', () => {
  const kinds = BillableSessionKind.options;
  const rank = (lines: readonly { code: keyof typeof SERVICE_CODE_CATALOG; units: number }[]) => {
    // Higher bands rank higher: the lowest minute at which the primary code becomes billable, then units.
    let minutes = -1;
    for (const l of lines) {
      const t = SERVICE_CODE_CATALOG[l.code].time;
      if (t.kind === 'band') minutes = Math.max(minutes, t.minMinutes);
      if (t.kind === 'untimed') minutes = Math.max(minutes, 0);
    }
    return [minutes, lines.reduce((n, l) => n + l.units, 0)] as const;
  };

  it('is total: every kind and minute gives a decision whose lines pass the pairing rules', () => {
    for (const kind of kinds) {
      for (let m = 0; m <= 600; m += 1) {
        for (const interactiveComplexity of [false, true]) {
          const selection = selectServiceCodes({
            kind,
            faceToFaceMinutes: m,
            interactiveComplexity,
            emCode: '99213',
          });
          if (selection.outcome === 'billable') {
            expect(evaluateServiceCodeSet(selection.lines).outcome).toBe('valid');
          } else {
            expect(selection.lines).toEqual([]);
            expect(selection.reasons.length).toBeGreaterThan(0);
          }
        }
      }
    }
  });

  it('is monotone: more minutes never give a lower code band or fewer units', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 600 }),
        (kind, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const x = rank(selectServiceCodes({ kind, faceToFaceMinutes: lo, emCode: '99214' }).lines);
          const y = rank(selectServiceCodes({ kind, faceToFaceMinutes: hi, emCode: '99214' }).lines);
          expect(y[0] > x[0] || (y[0] === x[0] && y[1] >= x[1])).toBe(true);
        },
      ),
    );
  });
});

describe('selectServiceCodes: bad input', () => {
  it('names every problem by path and never echoes the value', () => {
    let error: unknown;
    try {
      selectServiceCodes({ kind: 'hypnosis' as never, faceToFaceMinutes: -4.5, emCode: '99999' as never });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.at).sort()).toEqual([
      '$.emCode',
      '$.faceToFaceMinutes',
      '$.kind',
    ]);
    expect((error as ValidationError).message).not.toMatch(/hypnosis|-4\.5|99999/);
  });

  it('codes a batch, reporting invalid sessions by index and coding the rest', () => {
    const result = selectServiceCodesBatch([
      { kind: 'individual_psychotherapy', faceToFaceMinutes: 45 },
      { kind: 'hypnosis', faceToFaceMinutes: 45 },
      { kind: 'group_psychotherapy', faceToFaceMinutes: 90 },
      { kind: 'crisis_psychotherapy', faceToFaceMinutes: 2000 },
    ]);
    expect(result.selections.map((s) => [s.index, s.selection.lines.map((l) => l.code)])).toEqual([
      [0, ['90834']],
      [2, ['90853']],
    ]);
    expect(result.invalid.map((r) => [r.index, r.issues.map((i) => i.at)])).toEqual([
      [1, ['$[1].kind']],
      [3, ['$[3].faceToFaceMinutes']],
    ]);
  });
});

describe('selectServiceCodes: each rule’s reasons, words and facts', () => {
  const session = (kind: BillableSessionKind, faceToFaceMinutes: number, extra: object = {}) =>
    selectServiceCodes({ kind, faceToFaceMinutes, ...extra });
  const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

  it('pairs each E/M level the prescriber may choose with the add-on for the minutes', () => {
    const cases = [
      ['99212', 16, '90833'],
      ['99213', 37, '90833'],
      ['99214', 38, '90836'],
      ['99215', 53, '90838'],
    ] as const;
    for (const [emCode, minutes, addOn] of cases) {
      expect(session('psychotherapy_with_em', minutes, { emCode })).toEqual({
        outcome: 'billable',
        lines: [
          { code: emCode, units: 1 },
          { code: addOn, units: 1 },
        ],
        reasons: [],
      });
    }
  });

  it('gives no reason with a plain billable session of every kind', () => {
    const billable = [
      session('crisis_psychotherapy', 30),
      session('crisis_psychotherapy', 75),
      session('family_psychotherapy_with_patient', 26),
      session('family_psychotherapy_without_patient', 26),
      session('diagnostic_evaluation', 60),
      session('group_psychotherapy', 90),
      session('individual_psychotherapy', 16),
    ];
    expect(billable.map((d) => [d.outcome, d.reasons])).toEqual(billable.map(() => ['billable', []]));
  });

  it('says why with the minutes and the minimum: 15 minutes of psychotherapy, 25 of family, 20 of crisis', () => {
    expect(session('individual_psychotherapy', 15).reasons).toEqual([
      expect.objectContaining({
        code: 'billing.codes.under_16_minutes',
        severity: 'info',
        facts: { faceToFaceMinutes: 15, minimumMinutes: 16 },
      }),
    ]);
    expect(session('family_psychotherapy_with_patient', 25)).toMatchObject({
      outcome: 'not_billable',
      reasons: [
        {
          code: 'billing.codes.family_under_26_minutes',
          severity: 'info',
          facts: { faceToFaceMinutes: 25, minimumMinutes: 26 },
        },
      ],
    });
    expect(session('crisis_psychotherapy', 20).reasons[0]).toMatchObject({
      code: 'billing.codes.crisis_under_30_minutes',
      severity: 'warning',
      facts: { faceToFaceMinutes: 20, minimumMinutes: 30 },
    });
    expect(
      [
        session('individual_psychotherapy', 15),
        session('family_psychotherapy_with_patient', 25),
        session('crisis_psychotherapy', 20),
      ].map((d) => d.reasons[0]?.message),
    ).toEqual([
      'Under 16 face-to-face minutes is not billable as psychotherapy.',
      'Family psychotherapy under 26 face-to-face minutes is not billable.',
      'Crisis psychotherapy under 30 minutes is coded as timed psychotherapy instead of 90839.',
    ]);
  });

  it('says no face-to-face time as information, and routes a missing E/M code to the prescriber as an error', () => {
    expect(session('individual_psychotherapy', 0).reasons[0]).toMatchObject({
      code: 'billing.codes.no_face_to_face_time',
      severity: 'info',
      message: 'No face-to-face minutes were recorded.',
      facts: { faceToFaceMinutes: 0 },
    });
    expect(session('psychotherapy_with_em', 30).reasons[0]).toMatchObject({
      code: 'billing.codes.em_code_missing',
      severity: 'error',
      message: 'The E/M code for this session must be chosen by the prescriber before it can be coded.',
      facts: { sessionKind: 'psychotherapy_with_em', routeTo: 'prescriber' },
    });
  });

  it('adds interactive complexity to an E/M session with its psychotherapy add-on, not to the E/M code alone', () => {
    const withAddOn = session('psychotherapy_with_em', 40, { emCode: '99213', interactiveComplexity: true });
    expect(withAddOn.lines.map((l) => l.code)).toEqual(['99213', '90836', '90785']);
    expect(withAddOn.reasons).toEqual([]);
    const emOnly = session('psychotherapy_with_em', 10, { emCode: '99213', interactiveComplexity: true });
    expect(emOnly.lines.map((l) => l.code)).toEqual(['99213']);
    expect(codes(emOnly)).toEqual([
      'billing.codes.under_16_minutes',
      'billing.codes.interactive_complexity_not_allowed',
    ]);
    expect(emOnly.reasons[1]).toMatchObject({
      severity: 'warning',
      message: 'Interactive complexity (90785) cannot be billed with this session, so it was left off.',
      facts: { sessionKind: 'psychotherapy_with_em', codes: ['99213'] },
    });
  });

  it('says nothing of interactive complexity when nothing is billed', () => {
    const d = session('individual_psychotherapy', 10, { interactiveComplexity: true });
    expect([d.outcome, codes(d)]).toEqual(['not_billable', ['billing.codes.under_16_minutes']]);
  });

  it('names the billable session in its validation error', () => {
    expect(() => session('group_psychotherapy', -1)).toThrow(
      expect.objectContaining({ subject: 'billable session' }),
    );
  });
});

describe('selectServiceCodes: new-patient office E/M 99202–99205 with the psychotherapy add-ons (CPT E/M, LCD L35101)', () => {
  it.each([
    ['99202', 16, '90833'],
    ['99203', 30, '90833'],
    ['99204', 45, '90836'],
    ['99205', 60, '90838'],
  ] as const)(
    'codes a new patient’s %s with %i minutes of psychotherapy as the E/M plus %s',
    (emCode, minutes, addOn) => {
      expect(
        selectServiceCodes({ kind: 'psychotherapy_with_em', faceToFaceMinutes: minutes, emCode }),
      ).toEqual({
        outcome: 'billable',
        lines: [
          { code: emCode, units: 1 },
          { code: addOn, units: 1 },
        ],
        reasons: [],
      });
    },
  );

  it('codes a new patient’s 99203 with 10 minutes of psychotherapy as the E/M alone, saying why', () => {
    const d = selectServiceCodes({ kind: 'psychotherapy_with_em', faceToFaceMinutes: 10, emCode: '99203' });
    expect(d.outcome).toBe('billable');
    expect(d.lines).toEqual([{ code: '99203', units: 1 }]);
    expect(d.reasons.length).toBeGreaterThan(0);
  });

  it('property: every new- or established-patient E/M code is billed once, with at most one add-on it accepts', () => {
    const emCodes = ['99202', '99203', '99204', '99205', '99212', '99213', '99214', '99215'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...emCodes), fc.integer({ min: 1, max: 240 }), (emCode, minutes) => {
        const d = selectServiceCodes({ kind: 'psychotherapy_with_em', faceToFaceMinutes: minutes, emCode });
        expect(d.outcome).toBe('billable');
        expect(d.lines[0]).toEqual({ code: emCode, units: 1 });
        expect(d.lines.length).toBe(minutes >= 16 ? 2 : 1);
        for (const l of d.lines.slice(1))
          expect(SERVICE_CODE_CATALOG[l.code].requiresOneOf).toContain(emCode);
        expect(evaluateServiceCodeSet(d.lines).outcome).toBe('valid');
      }),
    );
  });
});
