import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../src/core/index.js';
import { compareWorkTasks, sortWorkTasks, TaskPriority, type WorkTask } from '../../../src/ops/index.js';
import { workTaskId } from '../../../src/ops/queue/work-task.js';
import { thrown } from '../../validation-subject.js';

const task = (over: Partial<WorkTask>): WorkTask => ({
  id: 'x',
  module: 'billing',
  kind: 'billing.claim_submit',
  title: 't',
  due: '2026-11-20',
  priority: 'normal',
  practiceTask: 'submit_claim',
  ownerRole: 'biller',
  related: [],
  reasons: [],
  ...over,
});

const arbitraryTask = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    priority: fc.constantFrom(...TaskPriority.options),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.option(fc.integer({ min: 0, max: 23 }), { nil: undefined }),
  })
  .map(({ id, priority, day, hour }) =>
    task({
      id,
      priority,
      due:
        hour === undefined
          ? `2026-11-${String(day).padStart(2, '0')}`
          : `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00-05:00`,
    }),
  );

describe('workTaskId', () => {
  it('derives the id from kind and record ids, never at random', () => {
    expect(workTaskId('billing.claim_appeal', ['claim-7'])).toBe('billing.claim_appeal:claim-7');
    expect(workTaskId('intake.stalled_case', ['a', 'b'])).toBe('intake.stalled_case:a+b');
    expect(workTaskId('scheduling.reminder_due', [])).toBe('scheduling.reminder_due');
  });

  it('refuses a kind outside the closed list', () => {
    expect(() => workTaskId('ops.none' as never, [])).toThrow(ValidationError);
  });

  it('lists an unknown kind beside record ids that are not text, each under its parameter’s name', () => {
    const error = thrown(() => workTaskId('ops.none' as never, ['a', 7] as never));
    expect(error.issues.map((i) => `${i.code}@${i.at}`)).toEqual([
      'invalid_value@$.kind',
      'invalid_type@$.recordIds[1]',
    ]);
  });
});

describe('compareWorkTasks', () => {
  it('puts a crisis before anything else, then earlier due, then id', () => {
    const crisis = task({ id: 'z', priority: 'crisis', due: '2026-11-30' });
    const early = task({ id: 'b', due: '2026-11-01' });
    const late = task({ id: 'a', due: '2026-11-02' });
    expect(sortWorkTasks([late, early, crisis]).map((t) => t.id)).toEqual(['z', 'b', 'a']);
  });

  it('is a total order: antisymmetric, and sorting any permutation gives the same list', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryTask, { selector: (t) => t.id, maxLength: 30 }), (tasks) => {
        const sorted = sortWorkTasks(tasks);
        expect(sortWorkTasks([...tasks].reverse())).toEqual(sorted);
        expect([...tasks].sort(compareWorkTasks)).toEqual(sorted);
        for (const a of tasks)
          for (const b of tasks)
            expect(Math.sign(compareWorkTasks(a, b)) + Math.sign(compareWorkTasks(b, a))).toBe(0);
      }),
    );
  });
});
