// ops41: a records request is worked, not only shown. 45 CFR 164.524(b)(2)(ii) (docs/sources.md#cfr-45-164.524):
// one 30-day extension, only with a written notice (the reasons for the delay, the date access will be given)
// sent within the first 30 days. In the last week of those 30 days a request neither answered nor extended has
// the notice as its own task; logging that task done is the notice sent that day, which moves access to day 60.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateRecordsRequest } from '../../../src/boundaries/index.js';
import { addDays, isBusinessDay } from '../../../src/core/index.js';
import { toEpochDay } from '../../../src/core/internal.js';
import { practiceBusinessCalendar } from '../../../src/ops/data/practice-business-week.js';
import {
  buildWorkQueue,
  type CompletedWork,
  type PracticeData,
  type PracticeDataInput,
  safeValidatePracticeData,
  type WorkTask,
} from '../../../src/ops/index.js';
import { allTasks, smallPractice } from '../practice-fixtures.js';

const base = smallPractice(40); // America/Chicago
const CLIENT = base.clients[0]?.id as string;
const NOTICE = 'boundaries.records_extension_notice:rr-1';
const ACCESS = 'boundaries.records_request:rr-1';

function practice(
  request: Omit<NonNullable<PracticeDataInput['recordsRequests']>[number], 'id' | 'clientId'>,
  log: CompletedWork[] = [],
) {
  const checked = safeValidatePracticeData({
    ...structuredClone(base),
    recordsRequests: [{ id: 'rr-1', clientId: CLIENT, ...request }],
    completedWork: log,
  });
  if (!checked.success) throw new Error(checked.issues.map((i) => `${i.at} ${i.code}`).join('\n'));
  return checked.data;
}
const tasksOf = (data: PracticeData, asOf: string): WorkTask[] =>
  allTasks(buildWorkQueue(data, { asOf })).filter((t) => t.kind.startsWith('boundaries.records'));
const byId = (tasks: readonly WorkTask[], id: string) => tasks.find((t) => t.id === id);
const sent = (at: string): CompletedWork => ({ taskId: NOTICE, at, by: 'staff-assistant', outcome: 'done' });

describe('the written extension notice is its own step in the last week of the first 30 days', () => {
  // Received Tuesday 2026-10-20: day 30 is Thursday 2026-11-19.
  it('is not listed on 2026-11-11 (eight days out): the access task names both ways out', () => {
    const tasks = tasksOf(practice({ receivedOn: '2026-10-20' }), '2026-11-11');
    expect(tasks.map((t) => t.id)).toEqual([ACCESS]);
    expect(tasks[0]?.title).toBe(
      'Give access to a client’s records, or send the written extension notice (due 2026-11-19)',
    );
  });

  it('is listed on 2026-11-12, due 2026-11-19, high, for the access task’s owner, and never held', () => {
    const tasks = tasksOf(practice({ receivedOn: '2026-10-20' }), '2026-11-12');
    const notice = byId(tasks, NOTICE);
    expect(notice).toMatchObject({ due: '2026-11-19', priority: 'high', ownerRole: 'assistant' });
    expect(notice?.hold).toBeUndefined();
    expect(notice?.related).toEqual(byId(tasks, ACCESS)?.related);
    expect(notice?.reasons[0]).toMatchObject({
      code: 'ops.queue.records_extension_notice',
      facts: { receivedOn: '2026-10-20', initialDueOn: '2026-11-19', noticeDueOn: '2026-11-19' },
    });
    // A notice sent on 2026-11-12 would set day 60, Saturday 2026-12-19: access by Friday 2026-12-18.
    expect(notice?.reasons[0]?.message).toContain('access is then due by 2026-12-18');
  });

  it('logged done on Friday 2026-11-13 at 10:00 Chicago: the notice is sent, access moves to 2026-12-18 (day 60 is a Saturday)', () => {
    const data = practice({ receivedOn: '2026-10-20' }, [sent('2026-11-13T10:00:00-06:00')]);
    const queue = buildWorkQueue(data, { asOf: '2026-11-16' });
    expect(queue.done.map((d) => d.taskId)).toEqual([NOTICE]);
    const tasks = tasksOf(data, '2026-11-16');
    expect(tasks.map((t) => t.id)).toEqual([ACCESS]);
    expect(tasks[0]).toMatchObject({
      due: '2026-12-18',
      title: 'Give access to a client’s records (extended once, due 2026-12-18)',
    });
    expect(tasks[0]?.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['ops.queue.deadline_closed_day', 'boundaries.records.extended_once']),
    );
  });

  it('a log entry at 23:30 Chicago on day 30 counts (it is still 2026-11-19 there); one at 00:30 the next day does not', () => {
    // 23:30 on 2026-11-19 in Chicago is 05:30 UTC on 2026-11-20.
    const inTime = practice({ receivedOn: '2026-10-20' }, [sent('2026-11-20T05:30:00Z')]);
    expect(tasksOf(inTime, '2026-11-23')[0]?.due).toBe('2026-12-18');
    const late = practice({ receivedOn: '2026-10-20' }, [sent('2026-11-20T06:30:00Z')]);
    const [t] = tasksOf(late, '2026-11-23');
    expect(t?.title).toBe('Overdue: give access to a client’s records (was due 2026-11-19)');
    expect(t?.reasons.map((r) => r.code)).toContain('boundaries.records.extension_notice_late');
  });

  it('is not listed once access was given, once a notice is on file, or after day 30 (no extension is possible then)', () => {
    expect(tasksOf(practice({ receivedOn: '2026-10-20', fulfilledOn: '2026-11-10' }), '2026-11-12')).toEqual(
      [],
    );
    const noted = tasksOf(
      practice({ receivedOn: '2026-10-20', extensionNoticeSentOn: '2026-11-05' }),
      '2026-11-12',
    );
    expect(noted.map((t) => t.id)).toEqual([ACCESS]);
    expect(tasksOf(practice({ receivedOn: '2026-10-20' }), '2026-11-20').map((t) => t.id)).toEqual([ACCESS]);
  });

  it('day 30 on Saturday 2026-11-21 (received 2026-10-22): the notice is due Friday 2026-11-20, saying why', () => {
    const notice = byId(
      tasksOf(practice({ receivedOn: '2026-10-22' }), '2026-11-16'),
      'boundaries.records_extension_notice:rr-1',
    );
    expect(notice?.due).toBe('2026-11-20');
    expect(notice?.reasons.map((r) => r.code)).toContain('ops.queue.deadline_closed_day');
  });

  it('property: the notice task is listed exactly while it can still extend the deadline and day 30 is within a week', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 45 }),
        fc.option(fc.integer({ min: 0, max: 45 }), { nil: undefined }),
        (offset, daysIn, loggedIn) => {
          const receivedOn = addDays('2026-01-01', offset);
          const asOf = addDays(receivedOn, daysIn);
          // The log as written by the queue's day (an entry dated later is not yet in it).
          const log =
            loggedIn === undefined || loggedIn > daysIn
              ? []
              : [sent(`${addDays(receivedOn, loggedIn)}T12:00:00-06:00`)];
          const data = practice({ receivedOn }, log);
          const tasks = tasksOf(data, asOf);
          const calendar = practiceBusinessCalendar(data);
          // What the rule says with the notice the log records (if sent by the queue's day).
          const noticeOn = log.length === 0 ? undefined : addDays(receivedOn, loggedIn as number);
          const d = evaluateRecordsRequest(
            {
              receivedOn,
              ...(noticeOn !== undefined && noticeOn <= asOf ? { extensionNoticeSentOn: noticeOn } : {}),
            },
            { asOf },
          );
          const notice = byId(tasks, NOTICE);
          const access = byId(tasks, ACCESS);
          expect(access?.due !== undefined && access.due <= d.dueOn).toBe(true);
          const logged = noticeOn !== undefined && noticeOn <= asOf;
          if (logged || d.extended || asOf > d.initialDueOn) {
            expect(notice).toBeUndefined();
            return;
          }
          const due = notice?.due ?? (access?.reasons[0]?.facts.extensionNoticeBy as string);
          expect(due <= d.initialDueOn).toBe(true);
          expect(isBusinessDay(due, calendar) || due === asOf).toBe(true);
          expect(notice !== undefined).toBe(toEpochDay(due) - toEpochDay(asOf) <= 7);
        },
      ),
      { numRuns: 40 },
    );
  });
});
