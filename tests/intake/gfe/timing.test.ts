import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  createBusinessCalendar,
  getBusinessDaysBetween,
  getUsFederalHolidays,
  isBusinessDay,
  ValidationError,
} from '../../../src/core/index.js';
import {
  evaluateGoodFaithEstimateTimeliness,
  getGoodFaithEstimateDueDate,
  listGoodFaithEstimatesDue,
} from '../../../src/intake/index.js';

const HOLIDAYS = { holidays: getUsFederalHolidays(2024, 2030) };
const scheduled = (scheduledOn: string, serviceDate: string) =>
  ({ kind: 'scheduled', scheduledOn, serviceDate }) as const;

describe('getGoodFaithEstimateDueDate', () => {
  it('is due 1 business day after scheduling a session exactly 3 business days ahead', () => {
    // Monday March 2 for Thursday March 5, 2026: Tuesday, Wednesday, Thursday.
    const d = getGoodFaithEstimateDueDate(scheduled('2026-03-02', '2026-03-05'), HOLIDAYS);
    expect(d).toMatchObject({
      dueOn: '2026-03-03',
      rule: 'one_business_day_after_scheduling',
      leadBusinessDays: 3,
    });
    expect(d.reasons[0].code).toBe('intake.gfe.due_one_business_day');
  });

  it('is due 3 business days after scheduling a session exactly 10 business days ahead, and 1 at 9', () => {
    const ten = getGoodFaithEstimateDueDate(scheduled('2026-03-02', '2026-03-16'), HOLIDAYS);
    expect(ten).toMatchObject({
      dueOn: '2026-03-05',
      rule: 'three_business_days_after_scheduling',
      leadBusinessDays: 10,
    });
    const nine = getGoodFaithEstimateDueDate(scheduled('2026-03-02', '2026-03-13'), HOLIDAYS);
    expect(nine).toMatchObject({ dueOn: '2026-03-03', leadBusinessDays: 9 });
  });

  it('states no deadline under 3 business days and says the service-date default is unconfirmed', () => {
    const d = getGoodFaithEstimateDueDate(scheduled('2026-03-02', '2026-03-04'), HOLIDAYS);
    expect(d).toMatchObject({
      dueOn: '2026-03-04',
      rule: 'short_notice_by_service_date',
      leadBusinessDays: 2,
    });
    expect(d.reasons[0]).toMatchObject({ code: 'intake.gfe.short_notice_unconfirmed', severity: 'warning' });
  });

  it('skips Christmas, New Year and weekends across the year end', () => {
    expect(getGoodFaithEstimateDueDate(scheduled('2026-12-23', '2027-01-11'), HOLIDAYS)).toMatchObject({
      dueOn: '2026-12-29',
      leadBusinessDays: 11,
    });
    expect(getGoodFaithEstimateDueDate(scheduled('2026-12-24', '2026-12-31'), HOLIDAYS)).toMatchObject({
      dueOn: '2026-12-28',
      leadBusinessDays: 4,
    });
    // Without the practice's holidays Christmas counts as a business day.
    expect(getGoodFaithEstimateDueDate(scheduled('2026-12-24', '2026-12-31'))).toMatchObject({
      dueOn: '2026-12-25',
    });
  });

  it('is due 3 business days after a request, across Thanksgiving', () => {
    const d = getGoodFaithEstimateDueDate({ kind: 'requested', requestedOn: '2026-11-25' }, HOLIDAYS);
    expect(d).toMatchObject({ dueOn: '2026-12-01', rule: 'three_business_days_after_request' });
  });

  it('wants a new estimate 1 business day before the service when the scope changes', () => {
    // Independence Day 2026 falls on a Saturday and is observed on Friday July 3.
    const d = getGoodFaithEstimateDueDate(
      { kind: 'scope_changed', changedOn: '2026-06-29', serviceDate: '2026-07-06' },
      HOLIDAYS,
    );
    expect(d).toMatchObject({ dueOn: '2026-07-02', rule: 'one_business_day_before_service' });
  });

  it('rejects a service dated before its scheduling, and a bad holiday, naming each problem', () => {
    expect(() => getGoodFaithEstimateDueDate(scheduled('2026-03-05', '2026-03-02'))).toThrow(
      /serviceDate.*intake\.gfe\.trigger_out_of_order/s,
    );
    expect(() =>
      getGoodFaithEstimateDueDate(scheduled('2026-03-02', '2026-03-05'), { holidays: ['2026-13-01'] }),
    ).toThrow(ValidationError);
  });
});

describe('GFE due-date invariant', () => {
  const calendar = createBusinessCalendar(HOLIDAYS);
  const dateArb = fc.integer({ min: 0, max: 365 * 4 }).map((n) => addDays('2025-01-01', n));
  it('is a business day exactly 1 or 3 business days after scheduling (or 3 after a request), across holidays and year ends', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 40 }), (on, ahead) => {
        const service = addDays(on, ahead);
        const d = getGoodFaithEstimateDueDate(scheduled(on, service), HOLIDAYS);
        const lead = getBusinessDaysBetween(on, service, calendar);
        expect(d.leadBusinessDays).toBe(lead);
        if (lead >= 3) {
          expect(isBusinessDay(d.dueOn, calendar)).toBe(true);
          expect(getBusinessDaysBetween(on, d.dueOn, calendar)).toBe(lead >= 10 ? 3 : 1);
        } else {
          expect(d.dueOn).toBe(service);
        }
        const r = getGoodFaithEstimateDueDate({ kind: 'requested', requestedOn: on }, HOLIDAYS);
        expect(isBusinessDay(r.dueOn, calendar)).toBe(true);
        expect(getBusinessDaysBetween(on, r.dueOn, calendar)).toBe(3);
      }),
      { numRuns: 400 },
    );
  });
});

describe('evaluateGoodFaithEstimateTimeliness and listGoodFaithEstimatesDue', () => {
  const opts = { asOf: '2026-03-05T09:00:00-05:00', practiceZone: 'America/New_York', calendar: HOLIDAYS };
  const ob = (id: string, trigger: object, deliveredOn?: string) => ({
    id,
    clientId: `c-${id}`,
    trigger,
    ...(deliveredOn === undefined ? {} : { deliveredOn }),
  });

  it('tells on-time, late, pending and overdue apart', () => {
    const t = (o: object) => evaluateGoodFaithEstimateTimeliness(o as never, opts).outcome;
    expect(t(ob('a', scheduled('2026-03-02', '2026-03-05'), '2026-03-03'))).toBe('delivered_on_time');
    expect(t(ob('b', scheduled('2026-03-02', '2026-03-05'), '2026-03-04'))).toBe('delivered_late');
    expect(t(ob('c', scheduled('2026-03-02', '2026-03-05')))).toBe('overdue');
    expect(t(ob('d', { kind: 'requested', requestedOn: '2026-03-04' }))).toBe('pending');
  });

  it('says how many days an estimate was early or late, and the lead it was scheduled with', () => {
    const facts = (o: object) => evaluateGoodFaithEstimateTimeliness(o as never, opts).reasons[0]?.facts;
    expect(facts(ob('a', scheduled('2026-03-02', '2026-03-05'), '2026-03-02'))).toMatchObject({
      marginDays: 1,
    });
    expect(facts(ob('b', scheduled('2026-03-02', '2026-03-05'), '2026-03-04'))).toMatchObject({
      marginDays: -1,
    });
    const lead = evaluateGoodFaithEstimateTimeliness(
      ob('c', scheduled('2026-03-02', '2026-03-05')) as never,
      opts,
    );
    expect(lead.reasons[1]?.facts).toMatchObject({ leadBusinessDays: 3, longLeadBusinessDays: 10 });
  });

  it('lists undelivered estimates, overdue first, and reports bad records by index', () => {
    const r = listGoodFaithEstimatesDue(
      [
        ob('late', scheduled('2026-03-02', '2026-03-05')),
        ob('done', scheduled('2026-03-02', '2026-03-05'), '2026-03-03'),
        ob('soon', { kind: 'requested', requestedOn: '2026-03-04' }),
        ob('bad', scheduled('2026-03-09', '2026-03-02')),
        ob('later', scheduled('2026-03-04', '2026-03-30')),
      ],
      opts,
    );
    expect(r.due.map((d) => [d.id, d.outcome, d.dueOn])).toEqual([
      ['late', 'overdue', '2026-03-03'],
      ['later', 'pending', '2026-03-09'],
      ['soon', 'pending', '2026-03-09'],
    ]);
    expect(r.invalid.map((i) => [i.index, i.issues[0].code])).toEqual([
      [3, 'intake.gfe.trigger_out_of_order'],
    ]);
  });
});
