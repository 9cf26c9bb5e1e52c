import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  evaluateServiceCodeSet,
  selectServiceCodes,
  selectServiceCodesForDay,
} from '../../../src/billing/index.js';
import type { BillableSessionKind } from '../../../src/billing/internal.js';
import { ValidationError } from '../../../src/core/index.js';

const crisis = (faceToFaceMinutes: number) => ({ kind: 'crisis_psychotherapy' as const, faceToFaceMinutes });
const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('selectServiceCodesForDay', () => {
  it('adds up two crisis sessions of 40 and 45 minutes on one day: 90839 + 90840, not 90839 twice', () => {
    const d = selectServiceCodesForDay([crisis(40), crisis(45)]);
    expect(d).toMatchObject({
      outcome: 'billable',
      lines: [
        { code: '90839', units: 1 },
        { code: '90840', units: 1 },
      ],
    });
    expect(d.reasons[0]).toMatchObject({
      code: 'billing.codes.crisis_minutes_combined',
      facts: { sessionMinutes: [40, 45], totalMinutes: 85 },
    });
  });

  it('stops at 90839 alone when the day’s crisis minutes total 74, and adds +90840 at 75', () => {
    expect(selectServiceCodesForDay([crisis(40), crisis(34)]).lines).toEqual([{ code: '90839', units: 1 }]);
    expect(selectServiceCodesForDay([crisis(40), crisis(35)]).lines).toEqual([
      { code: '90839', units: 1 },
      { code: '90840', units: 1 },
    ]);
  });

  it('bills two +90840 units at 105 minutes across three sessions', () => {
    expect(selectServiceCodesForDay([crisis(35), crisis(35), crisis(35)]).lines).toEqual([
      { code: '90839', units: 1 },
      { code: '90840', units: 2 },
    ]);
  });

  it('codes two short crisis contacts of 15 minutes as one 30-minute crisis session', () => {
    expect(selectServiceCodesForDay([crisis(15), crisis(15)]).lines).toEqual([{ code: '90839', units: 1 }]);
    // Under 30 minutes in all: timed psychotherapy on the total, as one session would be.
    const short = selectServiceCodesForDay([crisis(10), crisis(10)]);
    expect(short.lines).toEqual([{ code: '90832', units: 1 }]);
    expect(codes(short)).toContain('billing.codes.crisis_under_30_minutes');
  });

  it('codes a single session exactly as selectServiceCodes does, with no combining reason', () => {
    expect(selectServiceCodesForDay([crisis(85)])).toEqual(selectServiceCodes(crisis(85)));
    const d = selectServiceCodesForDay([{ kind: 'individual_psychotherapy', faceToFaceMinutes: 53 }]);
    expect(d).toEqual({ outcome: 'billable', lines: [{ code: '90837', units: 1 }], reasons: [] });
  });

  it('leaves the day undecided when crisis and other psychotherapy fall on it: a biller decides', () => {
    const d = selectServiceCodesForDay([
      crisis(45),
      { kind: 'individual_psychotherapy', faceToFaceMinutes: 45 },
    ]);
    expect(d.outcome).toBe('undecided');
    expect(codes(d)).toEqual(
      expect.arrayContaining(['billing.codes.day_needs_review', 'billing.codes.mutually_exclusive']),
    );
  });

  it('codes a diagnostic evaluation and a group session of one day together when they may be billed together', () => {
    const d = selectServiceCodesForDay([
      { kind: 'individual_psychotherapy', faceToFaceMinutes: 10 },
      { kind: 'group_psychotherapy', faceToFaceMinutes: 90 },
    ]);
    expect(d).toMatchObject({ outcome: 'billable', lines: [{ code: '90853', units: 1 }] });
    expect(codes(d)).toEqual(['billing.codes.under_16_minutes']);
  });

  it('is not billable when no session is, and undecided while the prescriber’s E/M code is missing', () => {
    expect(selectServiceCodesForDay([crisis(0), crisis(0)]).outcome).toBe('not_billable');
    const em = selectServiceCodesForDay([{ kind: 'psychotherapy_with_em', faceToFaceMinutes: 30 }]);
    expect(em.outcome).toBe('undecided');
    expect(codes(em)).toEqual(['billing.codes.em_code_missing']);
  });

  it('rejects an empty day and sessions adding up to more than 24 hours', () => {
    expect(() => selectServiceCodesForDay([])).toThrow(ValidationError);
    expect(() => selectServiceCodesForDay([crisis(800), crisis(700)])).toThrow(ValidationError);
  });

  const kinds: BillableSessionKind[] = [
    'crisis_psychotherapy',
    'crisis_psychotherapy',
    'individual_psychotherapy',
    'group_psychotherapy',
    'family_psychotherapy_with_patient',
    'diagnostic_evaluation',
  ];
  const dayArb = fc.array(
    fc.record({ kind: fc.constantFrom(...kinds), faceToFaceMinutes: fc.integer({ min: 0, max: 180 }) }),
    { minLength: 1, maxLength: 6 },
  );

  it('property: a day never bills more than one 90839, whatever its sessions', () => {
    fc.assert(
      fc.property(dayArb, (sessions) => {
        const d = selectServiceCodesForDay(sessions);
        const units = d.lines.filter((l) => l.code === '90839').reduce((t, l) => t + l.units, 0);
        expect(units).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('property: the day’s crisis lines are those of one session of the total crisis minutes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 6 }), (minutes) => {
        const total = minutes.reduce((a, b) => a + b, 0);
        expect(selectServiceCodesForDay(minutes.map(crisis)).lines).toEqual(
          selectServiceCodes(crisis(total)).lines,
        );
      }),
    );
  });

  it('property: a day is billable exactly when its lines exist and pass the pairing rules (no E/M missing)', () => {
    fc.assert(
      fc.property(dayArb, (sessions) => {
        const d = selectServiceCodesForDay(sessions);
        const valid = d.lines.length > 0 && evaluateServiceCodeSet(d.lines).outcome === 'valid';
        // Crisis sessions that reach 16 minutes only together are a biller's call (tested below).
        const onlyTogether = codes(d).includes('billing.codes.crisis_combined_below_timed_minimum');
        expect(d.outcome === 'billable').toBe(valid && !onlyTogether);
      }),
    );
  });
});

describe('selectServiceCodesForDay: the crisis time bands of CPT 90839 and +90840', () => {
  const day = (...minutes: number[]) =>
    selectServiceCodesForDay(
      minutes.map((m) => ({ kind: 'crisis_psychotherapy' as const, faceToFaceMinutes: m })),
    );

  it.each([
    [[30], [['90839', 1]]],
    [[59], [['90839', 1]]],
    [[60], [['90839', 1]]],
    [[74], [['90839', 1]]],
    [
      [75],
      [
        ['90839', 1],
        ['90840', 1],
      ],
    ],
    [
      [104],
      [
        ['90839', 1],
        ['90840', 1],
      ],
    ],
    [
      [105],
      [
        ['90839', 1],
        ['90840', 2],
      ],
    ],
    [
      [134],
      [
        ['90839', 1],
        ['90840', 2],
      ],
    ],
    [
      [135],
      [
        ['90839', 1],
        ['90840', 3],
      ],
    ],
    [[20, 20, 20], [['90839', 1]]],
    [
      [25, 25, 25],
      [
        ['90839', 1],
        ['90840', 1],
      ],
    ],
    [[25, 5], [['90839', 1]]],
  ])('codes crisis minutes %j on one date as %j', (minutes, lines) => {
    const d = day(...minutes);
    expect(d.outcome).toBe('billable');
    expect(d.lines.map((l) => [l.code, l.units])).toEqual(lines);
  });

  it('codes 29 crisis minutes in two contacts as timed psychotherapy, not 90839', () => {
    const d = day(20, 9);
    expect(d.lines.map((l) => l.code)).toEqual(['90832']);
    expect(d.reasons.map((r) => r.code)).toContain('billing.codes.crisis_under_30_minutes');
  });

  it('leaves two crisis contacts of 10 minutes to a biller: only added together do they reach 90832’s 16', () => {
    const d = day(10, 10);
    expect(d.outcome).toBe('undecided');
    expect(d.lines).toEqual([{ code: '90832', units: 1 }]);
    expect(
      d.reasons.find((r) => r.code === 'billing.codes.crisis_combined_below_timed_minimum'),
    ).toMatchObject({
      severity: 'warning',
      facts: { sessionMinutes: [10, 10], totalMinutes: 20, longestMinutes: 10, minimumMinutes: 16 },
    });
    // Neighbours: one contact of 20 minutes, 16 and 10 (one reaches 16 alone), 15 and 15 (30: 90839), 8 and 7.
    expect(day(20).outcome).toBe('billable');
    expect(day(16, 10)).toMatchObject({ outcome: 'billable', lines: [{ code: '90832', units: 1 }] });
    expect(day(15, 15)).toMatchObject({ outcome: 'billable', lines: [{ code: '90839', units: 1 }] });
    expect(day(8, 7).outcome).toBe('not_billable');
  });

  it('property: under 30 crisis minutes, the day is undecided exactly when no contact reaches 16 alone and all do together', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 29 }), { minLength: 1, maxLength: 5 }), (minutes) => {
        const total = minutes.reduce((a, b) => a + b, 0);
        fc.pre(total < 30);
        const d = day(...minutes);
        const onlyTogether = total >= 16 && Math.max(...minutes) < 16;
        expect(d.outcome).toBe(onlyTogether ? 'undecided' : total >= 16 ? 'billable' : 'not_billable');
        // The proposal is the same either way: one session of the total minutes.
        expect(d.lines).toEqual(selectServiceCodes(crisis(total)).lines);
      }),
    );
  });

  it('leaves interactive complexity off a crisis day (90785 is not billed with 90839)', () => {
    const d = selectServiceCodesForDay([
      { kind: 'crisis_psychotherapy', faceToFaceMinutes: 40, interactiveComplexity: true },
      { kind: 'crisis_psychotherapy', faceToFaceMinutes: 45 },
    ]);
    expect(d.lines.map((l) => l.code)).toEqual(['90839', '90840']);
    expect(d.reasons.map((r) => r.code)).toContain('billing.codes.interactive_complexity_not_allowed');
  });
});
