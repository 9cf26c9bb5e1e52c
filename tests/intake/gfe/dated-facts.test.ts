import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, getUsFederalHolidays } from '../../../src/core/index.js';
import {
  evaluateGoodFaithEstimateDispute,
  evaluateGoodFaithEstimateTimeliness,
  getGoodFaithEstimateDueDate,
  listGoodFaithEstimatesDue,
} from '../../../src/intake/index.js';

const HOLIDAYS = { holidays: getUsFederalHolidays(2024, 2030) };
const NY = 'America/New_York';
const scopeChange = (changedOn: string, serviceDate: string) =>
  ({ kind: 'scope_changed', changedOn, serviceDate }) as const;
const at = (day: string) => ({ asOf: `${day}T12:00:00-05:00`, practiceZone: NY, calendar: HOLIDAYS });

describe('getGoodFaithEstimateDueDate: a scope change too late for its deadline', () => {
  it('flags a change on Tuesday 2026-03-10, the day of service, for a person instead of a deadline already past', () => {
    const d = getGoodFaithEstimateDueDate(scopeChange('2026-03-10', '2026-03-10'), HOLIDAYS);
    expect(d).toMatchObject({ dueOn: '2026-03-10', rule: 'scope_changed_too_late_by_service_date' });
    expect(d.reasons[0]).toMatchObject({
      code: 'intake.gfe.reissue_deadline_unmeetable',
      severity: 'warning',
      facts: { regulatoryDueOn: '2026-03-09', role: 'practice_owner' },
    });
  });

  it('flags a change on Saturday 2026-03-07 for Monday 2026-03-09 (the due Friday had passed)', () => {
    const d = getGoodFaithEstimateDueDate(scopeChange('2026-03-07', '2026-03-09'), HOLIDAYS);
    expect(d.rule).toBe('scope_changed_too_late_by_service_date');
  });

  it('keeps the regulation’s deadline when the change comes on that very day: Monday 2026-03-09 for Tuesday', () => {
    const d = getGoodFaithEstimateDueDate(scopeChange('2026-03-09', '2026-03-10'), HOLIDAYS);
    expect(d).toMatchObject({ dueOn: '2026-03-09', rule: 'one_business_day_before_service' });
    expect(d.reasons[0].code).toBe('intake.gfe.reissue_before_service');
  });

  it('is pending, not overdue, on the day of a same-day change, and overdue only after the service date', () => {
    const ob = { id: 'g-1', clientId: 'c-1', trigger: scopeChange('2026-03-10', '2026-03-10') };
    const today = evaluateGoodFaithEstimateTimeliness(ob, at('2026-03-10'));
    expect(today.outcome).toBe('pending');
    expect(today.reasons.map((r) => r.code)).toContain('intake.gfe.reissue_deadline_unmeetable');
    expect(evaluateGoodFaithEstimateTimeliness(ob, at('2026-03-11')).outcome).toBe('overdue');
  });

  it('never puts a due date before the change that triggered it, and is never overdue on the change date (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 20 }), (start, gap) => {
        const changedOn = addDays('2026-01-01', start);
        const serviceDate = addDays(changedOn, gap);
        const d = getGoodFaithEstimateDueDate(scopeChange(changedOn, serviceDate), HOLIDAYS);
        expect(d.dueOn >= changedOn).toBe(true);
        expect(d.dueOn <= serviceDate).toBe(true);
        const t = evaluateGoodFaithEstimateTimeliness(
          { id: 'g', clientId: 'c', trigger: scopeChange(changedOn, serviceDate) },
          at(changedOn),
        );
        expect(t.outcome).toBe('pending');
      }),
    );
  });
});

describe('evaluateGoodFaithEstimateTimeliness: a delivery dated after asOf is not a fact yet', () => {
  const trigger = { kind: 'scheduled', scheduledOn: '2026-03-02', serviceDate: '2026-03-20' } as const;

  it('does not count an estimate "delivered" on 2026-03-05 when asked on 2026-03-03: pending, with a reason', () => {
    const d = evaluateGoodFaithEstimateTimeliness(
      { id: 'g-1', clientId: 'c-1', trigger, deliveredOn: '2026-03-05' },
      at('2026-03-03'),
    );
    expect(d.outcome).toBe('pending');
    expect(d.reasons.map((r) => r.code)).toEqual([
      'intake.gfe.pending',
      'intake.gfe.delivery_dated_after_as_of',
      'intake.gfe.due_three_business_days',
    ]);
  });

  it('counts it from its own date on, and lists it as still due before then', () => {
    const ob = { id: 'g-1', clientId: 'c-1', trigger, deliveredOn: '2026-03-05' };
    expect(evaluateGoodFaithEstimateTimeliness(ob, at('2026-03-05')).outcome).toBe('delivered_on_time');
    expect(listGoodFaithEstimatesDue([ob], at('2026-03-03')).due.map((d) => d.id)).toEqual(['g-1']);
    expect(listGoodFaithEstimatesDue([ob], at('2026-03-05')).due).toEqual([]);
  });

  it('never answers delivered for a delivery dated after today (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }), (deliver, ask) => {
        const deliveredOn = addDays('2026-03-02', deliver);
        const today = addDays('2026-03-02', ask);
        const d = evaluateGoodFaithEstimateTimeliness(
          { id: 'g', clientId: 'c', trigger, deliveredOn },
          at(today),
        );
        const delivered = d.outcome === 'delivered_on_time' || d.outcome === 'delivered_late';
        expect(delivered).toBe(deliveredOn <= today);
      }),
    );
  });
});

describe('evaluateGoodFaithEstimateDispute: a bill dated after asOf', () => {
  const facts = {
    expected: [{ providerRef: 'dr-lee', cents: 200_000 }],
    billed: [{ providerRef: 'dr-lee', cents: 240_000 }],
    billReceivedOn: '2026-05-01',
  };

  it('cannot judge a dispute on 2026-04-01 over a bill received 2026-05-01: undecided, no provider eligible yet', () => {
    const d = evaluateGoodFaithEstimateDispute(facts, { asOf: '2026-04-01' });
    expect(d.outcome).toBe('undecided');
    expect(d.eligibleProviderRefs).toEqual([]);
    expect(d.reasons.map((r) => r.code)).toContain('intake.gfe_dispute.bill_dated_after_as_of');
    expect(evaluateGoodFaithEstimateDispute(facts, { asOf: '2026-05-01' }).outcome).toBe('eligible');
  });

  it('is undecided for any bill dated after asOf, whatever the amounts (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 1, max: 400 }),
        (expected, billed, ahead) => {
          const d = evaluateGoodFaithEstimateDispute(
            {
              expected: [{ providerRef: 'p', cents: expected }],
              billed: [{ providerRef: 'p', cents: billed }],
              billReceivedOn: addDays('2026-05-01', ahead),
            },
            { asOf: '2026-05-01' },
          );
          expect(d.outcome).toBe('undecided');
        },
      ),
    );
  });
});
