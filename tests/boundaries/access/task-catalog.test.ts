import { describe, expect, it } from 'vitest';
import {
  isClinicalRole,
  isClinicalTask,
  PRACTICE_ROLES,
  PRACTICE_TASK_CATALOG,
  PracticeRole,
  PracticeTask,
} from '../../../src/boundaries/index.js';

describe('PRACTICE_TASK_CATALOG', () => {
  it('has one entry per task, in the order of the enum', () => {
    expect(PRACTICE_TASK_CATALOG.map((t) => t.task)).toEqual(PracticeTask.options);
  });

  it('gives clinical tasks only to clinical roles, owned by a clinician', () => {
    for (const entry of PRACTICE_TASK_CATALOG.filter((t) => t.kind === 'clinical')) {
      expect(entry.owner).toBe('clinician');
      expect(entry.defaultRoles.every(isClinicalRole)).toBe(true);
    }
  });

  it('lets each task’s owner perform it by default', () => {
    for (const entry of PRACTICE_TASK_CATALOG) expect(entry.defaultRoles).toContain(entry.owner);
  });

  it('marks the six clinical tasks of the issue', () => {
    expect(PracticeTask.options.filter(isClinicalTask)).toEqual([
      'give_clinical_advice',
      'perform_assessment',
      'make_diagnosis',
      'make_treatment_decision',
      'set_clinical_priority',
      'read_clinical_notes',
    ]);
    expect(isClinicalTask('triage_messages')).toBe(false);
  });

  it('names the front-desk work of the daily queue: reminders, waitlist offers and fees', () => {
    const entries = PRACTICE_TASK_CATALOG.filter((t) =>
      ['send_appointment_reminder', 'offer_waitlist_opening', 'apply_cancellation_fee'].includes(t.task),
    );
    expect(entries.map((t) => [t.task, t.kind, t.owner])).toEqual([
      ['send_appointment_reminder', 'administrative', 'assistant'],
      ['offer_waitlist_opening', 'administrative', 'assistant'],
      ['apply_cancellation_fee', 'administrative', 'assistant'],
    ]);
    // Fees are money: the biller may apply or waive them too.
    expect(entries[2]?.defaultRoles).toContain('biller');
  });
});

describe('PRACTICE_ROLES', () => {
  it('lists every role once, clinical roles first', () => {
    expect(PRACTICE_ROLES.map((r) => r.role)).toEqual(PracticeRole.options);
    expect(PRACTICE_ROLES.filter((r) => r.clinical).map((r) => r.role)).toEqual(['clinician', 'supervisor']);
    for (const entry of PRACTICE_ROLES) expect(isClinicalRole(entry.role)).toBe(entry.clinical);
  });
});
