import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import {
  batchWorkTasks,
  buildPracticeDigest,
  buildWorkQueue,
  compareWorkTasks,
  generateDemoPractice,
  sortWorkTasks,
  type WorkTask,
} from '../../../src/ops/index.js';
import { workTaskDueMs } from '../../../src/ops/queue/work-task.js';

// A task due on a date (no time) is due by the END of that day on the practice's clock: a front desk reads
// "due Tuesday" as "any time on Tuesday", so Monday 20:00 and Tuesday 09:00 come first. Wall-clock days are
// the practice's zone's, across DST (IANA tz database; America/New_York and America/Los_Angeles fall back on
// 2026-11-01 and spring forward on 2027-03-14 under 15 U.S.C. 260a [sources: usc-15-260a]).

const task = (id: string, due: string, over: Partial<WorkTask> = {}): WorkTask => ({
  id,
  module: 'billing',
  kind: 'billing.claim_submit',
  title: 't',
  due,
  priority: 'normal',
  practiceTask: 'submit_claim',
  ownerRole: 'biller',
  related: [],
  reasons: [],
  ...over,
});
const LA = { zone: 'America/Los_Angeles' };
const NY = { zone: 'America/New_York' };
const order = (tasks: WorkTask[], options?: { zone: string }) =>
  sortWorkTasks(tasks, options).map((t) => t.id);

describe('a date-only task in the practice’s zone (Los Angeles)', () => {
  it('puts a task due 2026-12-07T20:00 local before one due 2026-12-08 (it was after: UTC midnight)', () => {
    const timed = task('b-timed', '2026-12-07T20:00:00-08:00');
    const dated = task('a-dated', '2026-12-08');
    expect(order([dated, timed], LA)).toEqual(['b-timed', 'a-dated']);
    expect(compareWorkTasks(dated, timed, LA)).toBeGreaterThan(0);
  });

  it('puts a task due 18:00 on 2026-12-07 before one due that date, though 18:00 PST is 02:00 UTC the next day', () => {
    const timed = task('b-timed', '2026-12-07T18:00:00-08:00');
    const dated = task('a-dated', '2026-12-07');
    expect(order([dated, timed], LA)).toEqual(['b-timed', 'a-dated']);
    // Without the practice's zone the day ends at 24:00 UTC (16:00 in Los Angeles).
    expect(order([dated, timed])).toEqual(['a-dated', 'b-timed']);
  });

  it('puts a date before the first moment of the next local day (00:00 on 2026-12-08)', () => {
    const next = task('a-next', '2026-12-08T00:00:00-08:00');
    const dated = task('b-dated', '2026-12-07');
    expect(order([next, dated], LA)).toEqual(['b-dated', 'a-next']);
  });

  it('reads 2027-03-14 (23 hours: clocks spring forward at 02:00) to its local end', () => {
    const dated = task('a-dated', '2027-03-14');
    expect(order([dated, task('b-late', '2027-03-14T23:59:00-07:00')], LA)).toEqual(['b-late', 'a-dated']);
    expect(order([dated, task('b-next', '2027-03-15T00:00:00-07:00')], LA)).toEqual(['a-dated', 'b-next']);
    expect(workTaskDueMs('2027-03-14', 'America/Los_Angeles')).toBe(Date.parse('2027-03-15T07:00:00Z') - 1);
  });
});

describe('a date-only task in the practice’s zone (New York)', () => {
  it('reads 2026-11-01 (25 hours: 01:00–02:00 twice) to its local end, after both 01:30s and 23:30', () => {
    const dated = task('a-dated', '2026-11-01');
    const tasks = [
      dated,
      task('b-first-0130', '2026-11-01T01:30:00-04:00'),
      task('c-second-0130', '2026-11-01T01:30:00-05:00'),
      task('d-2330', '2026-11-01T23:30:00-05:00'),
      task('e-next-midnight', '2026-11-02T00:00:00-05:00'),
    ];
    expect(order(tasks, NY)).toEqual([
      'b-first-0130',
      'c-second-0130',
      'd-2330',
      'a-dated',
      'e-next-midnight',
    ]);
    expect(workTaskDueMs('2026-11-01', 'America/New_York')).toBe(Date.parse('2026-11-02T05:00:00Z') - 1);
  });

  it('puts 2026-10-31 (a date) before 00:30 on 2026-11-01 and after 23:00 on 2026-10-31', () => {
    const dated = task('b-dated', '2026-10-31');
    expect(order([task('a-after', '2026-11-01T00:30:00-04:00'), dated], NY)).toEqual(['b-dated', 'a-after']);
    expect(order([dated, task('c-before', '2026-10-31T23:00:00-04:00')], NY)).toEqual([
      'c-before',
      'b-dated',
    ]);
  });

  it('reads 2027-03-14 to its local end (00:00 EDT on 2027-03-15), and two dates by date', () => {
    const dated = task('a-dated', '2027-03-14');
    expect(order([dated, task('b-2359', '2027-03-14T23:59:00-04:00')], NY)).toEqual(['b-2359', 'a-dated']);
    expect(order([task('b-next', '2027-03-15T00:00:00-04:00'), dated], NY)).toEqual(['a-dated', 'b-next']);
    expect(order([task('a', '2027-03-15'), task('b', '2027-03-14')], NY)).toEqual(['b', 'a']);
  });

  it('keeps priority first: a crisis due on a later date still comes before a normal task due earlier', () => {
    const crisis = task('z', '2027-03-15', { priority: 'crisis' });
    expect(order([task('a', '2027-03-14T08:00:00-04:00'), crisis], NY)).toEqual(['z', 'a']);
  });
});

describe('batches, the queue and the digest read dates in the practice’s zone', () => {
  it('gives a batch the earlier due of 2026-12-08 and 2026-12-07T20:00 in Los Angeles', () => {
    const dated = task('a', '2026-12-08');
    const timed = task('b', '2026-12-07T20:00:00-08:00');
    expect(batchWorkTasks([dated, timed], LA)[0]?.due).toBe(timed.due);
    expect(batchWorkTasks([timed, dated], LA)[0]?.due).toBe(timed.due);
  });

  it('orders the demo practice’s queue and digest batches as sortWorkTasks does in its zone', () => {
    const data = generateDemoPractice();
    const zone = { zone: data.practice.zone };
    const queue = buildWorkQueue(data, { asOf: '2026-11-20' });
    expect(queue.tasks.length).toBeGreaterThan(0);
    expect(queue.tasks.map((t) => t.id)).toEqual(sortWorkTasks(queue.tasks, zone).map((t) => t.id));
    const digest = buildPracticeDigest(data, { asOf: '2026-11-20' });
    expect(digest.batches).toEqual(batchWorkTasks(digest.queue.tasks, zone));
  });

  it('refuses an unknown zone or an unknown option, naming neither', () => {
    const tasks = [task('a', '2026-12-08T10:00:00-08:00')];
    expect(() => sortWorkTasks(tasks, { zone: 'Mars/Olympus' })).toThrow(ValidationError);
    expect(() => batchWorkTasks(tasks, { zone: 'Mars/Olympus' })).toThrow(ValidationError);
    // At its path under the options' name, as an unknown option is (not a bare `$` of "time zone").
    for (const call of [
      () => sortWorkTasks(tasks, { zone: 'Mars/Olympus' }),
      () => compareWorkTasks(tasks[0]!, tasks[0]!, { zone: 'Mars/Olympus' }),
    ]) {
      try {
        call();
        expect.unreachable('an unknown zone is refused');
      } catch (e) {
        expect((e as ValidationError).issues.map((i) => `${i.at} ${i.code}`)).toEqual([
          '$.zone core.zone.unknown',
        ]);
        expect((e as ValidationError).message).toContain('work task order options');
        expect((e as ValidationError).message).not.toContain('Mars');
      }
    }
    let error: unknown;
    try {
      sortWorkTasks(tasks, { zone: 'America/New_York', secret: 'c-1' } as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(JSON.stringify((error as ValidationError).issues)).not.toContain('secret');
  });
});

describe('date-only order properties', () => {
  const zones = [
    'America/New_York',
    'America/Los_Angeles',
    'America/Santiago',
    'Asia/Kolkata',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
    'UTC',
  ];
  const offsets = ['-12:00', '-08:00', '-05:00', '-04:00', '+00:00', '+05:30', '+13:45'];
  const anyTask = fc
    .record({
      day: fc.integer({ min: 0, max: 400 }),
      minute: fc.option(fc.integer({ min: 0, max: 1439 }), { nil: undefined }),
      offset: fc.constantFrom(...offsets),
      priority: fc.constantFrom('high' as const, 'normal' as const),
    })
    .map(({ day, minute, offset, priority }) => {
      const date = new Date(Date.UTC(2026, 9, 1) + day * 86_400_000).toISOString().slice(0, 10);
      if (minute === undefined) return { date, priority };
      const time = `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
      return { date: `${date}T${time}:00${offset}`, priority };
    });
  const tasksOf = (specs: { date: string; priority: 'high' | 'normal' }[]) =>
    specs.map((s, i) => task(`t-${String(i).padStart(3, '0')}`, s.date, { priority: s.priority }));
  // The oracle: luxon, told the zone, never the host's.
  const dueOracle = (due: string, zone: string) =>
    due.length === 10 ? DateTime.fromISO(due, { zone }).endOf('day').toMillis() : Date.parse(due);

  it('orders by priority, then the moment each task is due in the practice’s zone (a date: its local end)', () => {
    fc.assert(
      fc.property(fc.array(anyTask, { maxLength: 25 }), fc.constantFrom(...zones), (specs, zone) => {
        const sorted = sortWorkTasks(tasksOf(specs), { zone });
        for (let i = 1; i < sorted.length; i += 1) {
          const a = sorted[i - 1] as WorkTask;
          const b = sorted[i] as WorkTask;
          if (a.priority !== b.priority) continue;
          expect(dueOracle(a.due, zone)).toBeLessThanOrEqual(dueOracle(b.due, zone));
        }
      }),
    );
  });

  it('does not depend on the process’s zone, the offset an instant is written in, or input order', () => {
    fc.assert(
      fc.property(fc.array(anyTask, { maxLength: 20 }), fc.constantFrom(...zones), (specs, zone) => {
        const tasks = tasksOf(specs);
        const expected = sortWorkTasks(tasks, { zone }).map((t) => t.id);
        // The same moments written in UTC.
        const inUtc = tasks.map((t) =>
          t.due.length === 10 ? t : { ...t, due: new Date(Date.parse(t.due)).toISOString() },
        );
        expect(sortWorkTasks([...inUtc].reverse(), { zone }).map((t) => t.id)).toEqual(expected);
        const saved = process.env.TZ;
        try {
          for (const host of ['Pacific/Kiritimati', 'America/St_Johns', 'Asia/Kathmandu']) {
            process.env.TZ = host;
            expect(sortWorkTasks(tasks, { zone }).map((t) => t.id)).toEqual(expected);
            expect([...tasks].sort((a, b) => compareWorkTasks(a, b, { zone })).map((t) => t.id)).toEqual(
              expected,
            );
          }
        } finally {
          if (saved === undefined) delete process.env.TZ;
          else process.env.TZ = saved;
        }
      }),
      { numRuns: 50 },
    );
  });
});
