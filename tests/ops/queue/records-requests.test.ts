// ops40, item 3: a client's request for their records in the data file and on the queue. 45 CFR 164.524(b)(2)
// (docs/sources.md#cfr-45-164.524): access within 30 calendar days of receipt, or one 30-day extension with a
// written notice sent within the first 30 days. The queue lists the request from receipt until it is fulfilled,
// due on the deadline in force, or on the practice's last business day before it when it is closed that day.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateRecordsRequest } from '../../../src/boundaries/index.js';
import { addDays, isBusinessDay } from '../../../src/core/index.js';
import { practiceBusinessCalendar } from '../../../src/ops/data/practice-business-week.js';
import {
  buildWorkQueue,
  type PracticeData,
  type PracticeDataInput,
  safeValidatePracticeData,
  type WorkTask,
} from '../../../src/ops/index.js';
import { CancellationPolicy } from '../../../src/scheduling/index.js';
import { allTasks, QUEUE_ROLES, smallPractice } from '../practice-fixtures.js';

const base = smallPractice(40);
const CLIENT = base.clients[0]?.id as string;

function withRequests(requests: PracticeDataInput['recordsRequests'], edit?: (d: PracticeData) => void) {
  const data = structuredClone(base) as PracticeData;
  edit?.(data);
  const checked = safeValidatePracticeData({ ...data, recordsRequests: requests });
  if (!checked.success) throw new Error(checked.issues.map((i) => `${i.at} ${i.code}`).join('\n'));
  return checked.data;
}

const requestTasks = (data: PracticeData, asOf: string, role = 'assistant' as const): WorkTask[] =>
  allTasks(buildWorkQueue(data, { asOf, role })).filter((t) => t.kind === 'boundaries.records_request');
const codes = (t: WorkTask | undefined) => t?.reasons.map((r) => r.code) ?? [];
const fact = (t: WorkTask | undefined, name: string) =>
  t?.reasons.find((r) => r.code === 'ops.queue.records_request_due')?.facts[name];

describe('the data file: recordsRequests', () => {
  it('is strict, checks its dates and its client, and never names a value or an unknown key', () => {
    const data = structuredClone(base);
    const bad = safeValidatePracticeData({
      ...data,
      recordsRequests: [
        { id: 'rr-1', clientId: CLIENT, receivedOn: '2026-10-20', fulfilledOn: '2026-10-01' },
        { id: 'rr-2', clientId: CLIENT, receivedOn: '2026-02-30' },
        { id: 'rr-3', clientId: CLIENT, receivedOn: '2026-10-20', ssn: '123-45-6789' },
      ],
    });
    expect(bad.success).toBe(false);
    if (bad.success) return;
    expect(bad.issues.map((i) => [i.at, i.code])).toEqual(
      expect.arrayContaining([
        ['$.recordsRequests[0].fulfilledOn', 'boundaries.records.dates_out_of_order'],
        ['$.recordsRequests[1].receivedOn', expect.any(String)],
        ['$.recordsRequests[2]', 'core.object.unknown_field'],
      ]),
    );
    expect(JSON.stringify(bad.issues)).not.toMatch(/ssn|123-45|2026-02-30/);
  });

  it('refers to a client of the file, and an id used once', () => {
    const data = structuredClone(base);
    const bad = safeValidatePracticeData({
      ...data,
      recordsRequests: [
        { id: 'rr-1', clientId: 'client-nobody', receivedOn: '2026-10-20' },
        { id: 'rr-1', clientId: CLIENT, receivedOn: '2026-10-21' },
      ],
    });
    expect(bad.success).toBe(false);
    if (bad.success) return;
    expect(bad.issues.map((i) => [i.at, i.code])).toEqual(
      expect.arrayContaining([
        ['$.recordsRequests[0].clientId', 'ops.data.unknown_reference'],
        ['$.recordsRequests[1].id', 'ops.data.duplicate_id'],
      ]),
    );
  });
});

describe('the queue: a records request due on the practice’s calendar', () => {
  it('received Tuesday 2026-10-20: due Thursday 2026-11-19, high that week, with the extension notice as the other way out', () => {
    const data = withRequests([{ id: 'rr-1', clientId: CLIENT, receivedOn: '2026-10-20' }]);
    expect(requestTasks(data, '2026-11-01')[0]?.priority).toBe('normal');
    const [t] = requestTasks(data, '2026-11-16');
    expect(t?.id).toBe('boundaries.records_request:rr-1');
    expect(t?.due).toBe('2026-11-19');
    expect(t?.priority).toBe('high');
    expect(t?.ownerRole).toBe('assistant');
    expect(t?.related).toEqual([
      { kind: 'records_request', id: 'rr-1' },
      { kind: 'client', id: CLIENT },
    ]);
    expect(fact(t, 'extensionNoticeBy')).toBe('2026-11-19');
    // The day after: overdue, an error, the deadline kept.
    const [late] = requestTasks(data, '2026-11-20');
    expect(late?.title).toBe('Overdue: give access to a client’s records (was due 2026-11-19)');
    expect(codes(late)).toContain('boundaries.records.overdue');
    expect(late?.reasons[0]?.severity).toBe('error');
  });

  it('received Thursday 2026-10-22: the 30th day is Saturday 2026-11-21, so it is due Friday 2026-11-20', () => {
    const data = withRequests([{ id: 'rr-2', clientId: CLIENT, receivedOn: '2026-10-22' }]);
    const [t] = requestTasks(data, '2026-11-18');
    expect(t?.due).toBe('2026-11-20');
    expect(fact(t, 'dueOn')).toBe('2026-11-21');
    expect(codes(t)).toContain('ops.queue.deadline_closed_day');
  });

  it('a practice open on Saturdays keeps Saturday 2026-11-21; one closed on Thanksgiving Friday moves 2026-11-27 to Wednesday', () => {
    const saturdays = withRequests([{ id: 'rr-2', clientId: CLIENT, receivedOn: '2026-10-22' }], (d) => {
      d.policies.cancellation = CancellationPolicy.parse({ practiceZone: d.practice.zone, weekend: ['sun'] });
    });
    expect(requestTasks(saturdays, '2026-11-18')[0]?.due).toBe('2026-11-21');
    // Received Wednesday 2026-10-28: day 30 is Friday 2026-11-27; Thursday and Friday closed.
    const thanksgiving = withRequests([{ id: 'rr-3', clientId: CLIENT, receivedOn: '2026-10-28' }], (d) => {
      d.practice.holidays = ['2026-11-26', '2026-11-27'];
    });
    expect(requestTasks(thanksgiving, '2026-11-23')[0]?.due).toBe('2026-11-25');
  });

  it('extended once by a notice sent in time: due 60 days after receipt, no further extension offered', () => {
    const data = withRequests([
      { id: 'rr-4', clientId: CLIENT, receivedOn: '2026-10-01', extensionNoticeSentOn: '2026-10-29' },
    ]);
    const [t] = requestTasks(data, '2026-11-20');
    // 2026-10-31 + 30 days = Monday 2026-11-30.
    expect(t?.due).toBe('2026-11-30');
    expect(t?.title).toBe('Give access to a client’s records (extended once, due 2026-11-30)');
    expect(fact(t, 'extensionNoticeBy')).toBeNull();
    expect(codes(t)).toContain('boundaries.records.extended_once');
  });

  it('a parent’s request for a minor’s records waits on a recorded fact, then on a clinician', () => {
    const unknown = withRequests([
      { id: 'rr-5', clientId: CLIENT, receivedOn: '2026-11-02', requester: 'parent_or_guardian' },
    ]);
    const [t] = requestTasks(unknown, '2026-11-20');
    expect(t?.priority).toBe('high');
    expect(t?.title).toContain('record whether the minor consented to the care alone');
    const alone = withRequests([
      {
        id: 'rr-5',
        clientId: CLIENT,
        receivedOn: '2026-11-02',
        requester: 'parent_or_guardian',
        minorConsentedAlone: true,
      },
    ]);
    expect(requestTasks(alone, '2026-11-20')[0]?.title).toContain('a clinician decides');
  });

  it('is not on the queue before it was received, nor once access was given', () => {
    const data = withRequests([
      { id: 'rr-6', clientId: CLIENT, receivedOn: '2026-11-21' },
      { id: 'rr-7', clientId: CLIENT, receivedOn: '2026-11-01', fulfilledOn: '2026-11-10' },
    ]);
    expect(requestTasks(data, '2026-11-20')).toEqual([]);
    expect(requestTasks(data, '2026-11-21').map((t) => t.id)).toEqual(['boundaries.records_request:rr-6']);
    // A fulfilment dated after the queue's day has not happened yet on it.
    expect(requestTasks(data, '2026-11-09').map((t) => t.id)).toEqual(['boundaries.records_request:rr-7']);
  });

  it('is listed once, for its owner, and never held for the client’s open crisis (the deadline runs)', () => {
    const data = withRequests([{ id: 'rr-8', clientId: CLIENT, receivedOn: '2026-11-02' }], (d) => {
      d.messages.push({
        id: 'msg-0990' as never,
        clientId: CLIENT as never,
        receivedAt: '2026-11-20T08:05:00-05:00',
        channel: 'sms',
        text: 'I have a plan to kill myself tonight.',
        handled: false,
      });
    });
    for (const role of QUEUE_ROLES) {
      const shown = requestTasks(data, '2026-11-20', role as 'assistant');
      expect(shown, role).toHaveLength(1);
      expect(shown[0]?.hold, role).toBeUndefined();
    }
  });

  it('property: due on the last business day on or before the deadline in force (or today), never after it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 700 }),
        fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
        fc.integer({ min: 0, max: 29 }),
        fc.constantFrom<('mon' | 'fri' | 'sat' | 'sun')[]>(['sat', 'sun'], ['sun'], ['fri', 'sat', 'sun']),
        (offset, notice, daysIn, weekend) => {
          const receivedOn = addDays('2026-01-01', offset);
          const request = {
            receivedOn,
            ...(notice === undefined ? {} : { extensionNoticeSentOn: addDays(receivedOn, notice) }),
          };
          const data = withRequests([{ id: 'rr-p', clientId: CLIENT, ...request }], (d) => {
            d.policies.cancellation = CancellationPolicy.parse({ practiceZone: d.practice.zone, weekend });
          });
          const asOf = addDays(receivedOn, daysIn);
          // The deadline in force on the queue's day: 30 days, or 60 once a notice sent in time is on record.
          const { dueOn } = evaluateRecordsRequest(request, { asOf });
          const [t] = requestTasks(data, asOf);
          const calendar = practiceBusinessCalendar(data);
          const due = t?.due as string;
          expect(due <= dueOn).toBe(true);
          // A business day, or today when the queue runs on a closed day after the last one before it (ops41).
          expect(isBusinessDay(due, calendar) || due === asOf).toBe(true);
          for (let day = addDays(due, 1); day <= dueOn; day = addDays(day, 1))
            expect(isBusinessDay(day, calendar), day).toBe(false);
        },
      ),
      { numRuns: 40 },
    );
  });
});
