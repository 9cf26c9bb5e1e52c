import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PRACTICE_SCOPE,
  evaluateTaskPermission,
  getTaskOwnerRole,
  getTaskProcedure,
  isClinicalRole,
  isClinicalTask,
  PRACTICE_TASK_CATALOG,
  PracticeRole,
  PracticeScope,
  type PracticeScopeInput,
  PracticeTask,
} from '../../../src/boundaries/index.js';
import { thrown } from '../../validation-subject.js';

const ROLES = PracticeRole.options;
const TASKS = PracticeTask.options;
const ADMIN_TASKS = TASKS.filter((t) => !isClinicalTask(t));
const CLINICAL_ROLES = ROLES.filter(isClinicalRole);
const NON_CLINICAL_ROLES = ROLES.filter((r) => !isClinicalRole(r));

/** Valid scopes only, built with map (no filter): unique grants, revocations on other pairs. */
const validScope: fc.Arbitrary<PracticeScopeInput> = fc
  .uniqueArray(
    fc.oneof(
      fc.tuple(fc.constantFrom(...ROLES), fc.constantFrom(...ADMIN_TASKS)),
      fc.tuple(fc.constantFrom(...CLINICAL_ROLES), fc.constantFrom(...TASKS)),
    ),
    { selector: ([role, task]) => `${role}/${task}`, maxLength: 30 },
  )
  .chain((pairs) =>
    fc.tuple(
      fc.constant(pairs),
      fc.array(fc.boolean(), { minLength: pairs.length, maxLength: pairs.length }),
    ),
  )
  .map(([pairs, chosen]) => {
    // Alerting the on-call clinician is never revoked (it is a safety task): such a pair stays a grant.
    // Nor is a task revoked from its owner (that needs an owner override, tested on its own).
    const revoke = pairs.map(
      ([role, task], i) =>
        chosen[i] === true && task !== 'alert_on_call_clinician' && getTaskOwnerRole(task) !== role,
    );
    return {
      grants: pairs.filter((_, i) => !revoke[i]).map(([role, task]) => ({ role, task })),
      revocations: pairs.filter((_, i) => revoke[i]).map(([role, task]) => ({ role, task })),
    };
  });

describe('evaluateTaskPermission', () => {
  it('denies diagnosis to an assistant and routes it to a clinician', () => {
    const decision = evaluateTaskPermission({ role: 'assistant', task: 'make_diagnosis' });
    expect(decision.outcome).toBe('denied');
    expect(decision.routeTo).toBe('clinician');
    expect(decision.reasons.map((r) => r.code)).toEqual(['boundaries.scope.clinical_task_for_non_clinician']);
  });

  it('allows an assistant to schedule by default', () => {
    const decision = evaluateTaskPermission({ role: 'assistant', task: 'schedule_appointment' });
    expect(decision).toMatchObject({ outcome: 'allowed', routeTo: null, procedure: null });
    expect(decision.reasons[0]?.code).toBe('boundaries.scope.allowed_by_default');
  });

  it('keeps eligibility checks out of a new assistant’s scope and routes them to the biller', () => {
    const decision = evaluateTaskPermission({ role: 'assistant', task: 'verify_eligibility' });
    expect(decision).toMatchObject({ outcome: 'denied', routeTo: 'biller' });
    expect(decision.reasons[0]?.code).toBe('boundaries.scope.not_in_role_scope');
  });

  it('widens the assistant’s scope task by task', () => {
    const scope = { grants: [{ role: 'assistant' as const, task: 'verify_eligibility' as const }] };
    const decision = evaluateTaskPermission({ role: 'assistant', task: 'verify_eligibility' }, scope);
    expect(decision.outcome).toBe('allowed');
    expect(decision.reasons[0]?.code).toBe('boundaries.scope.allowed_by_practice');
  });

  it('escalates a claim prepared by the assistant to the biller for sign-off', () => {
    const decision = evaluateTaskPermission(
      { role: 'assistant', task: 'submit_claim' },
      { grants: [{ role: 'assistant', task: 'submit_claim', mode: 'sign_off', signOffBy: 'biller' }] },
    );
    expect(decision).toMatchObject({ outcome: 'escalate', routeTo: 'biller' });
    expect(decision.reasons[0]).toMatchObject({
      code: 'boundaries.scope.sign_off_required',
      severity: 'warning',
    });
  });

  it('narrows scope: a revoked task is denied even though it is a default, and routed to its new owner', () => {
    const decision = evaluateTaskPermission(
      { role: 'assistant', task: 'reschedule_within_policy' },
      {
        revocations: [{ role: 'assistant', task: 'reschedule_within_policy' }],
        owners: [{ task: 'reschedule_within_policy', role: 'practice_owner' }],
      },
    );
    expect(decision).toMatchObject({ outcome: 'denied', routeTo: 'practice_owner' });
    expect(decision.reasons[0]?.code).toBe('boundaries.scope.denied_by_practice');
  });

  it('refuses to take a task from its owner without naming another owner (the work would be stranded)', () => {
    const scope: PracticeScopeInput = { revocations: [{ role: 'assistant', task: 'schedule_appointment' }] };
    const codes = (call: () => unknown) => thrown(call).issues.map((i) => `${i.at} ${i.code}`);
    expect(
      codes(() => evaluateTaskPermission({ role: 'assistant', task: 'schedule_appointment' }, scope)),
    ).toEqual(['$.scope.revocations[0] boundaries.scope.owner_revoked']);
    expect(codes(() => getTaskOwnerRole('schedule_appointment', scope))).toEqual([
      '$.scope.revocations[0] boundaries.scope.owner_revoked',
    ]);
    // A clinician's diagnosis can move to the supervisor, not vanish.
    expect(
      getTaskOwnerRole('make_diagnosis', {
        revocations: [{ role: 'clinician', task: 'make_diagnosis' }],
        owners: [{ task: 'make_diagnosis', role: 'supervisor' }],
      }),
    ).toBe('supervisor');
  });

  it('refuses a sign-off by the role that prepares the task', () => {
    const error = thrown(() =>
      evaluateTaskPermission(
        { role: 'assistant', task: 'verify_eligibility' },
        {
          grants: [
            { role: 'assistant', task: 'verify_eligibility', mode: 'sign_off', signOffBy: 'assistant' },
          ],
        },
      ),
    );
    expect(error.issues.map((i) => `${i.at} ${i.code}`)).toEqual([
      '$.scope.grants[0].signOffBy boundaries.scope.self_sign_off',
    ]);
  });

  it('escalates overdue messages to a clinician only, and any task only to a role that may do it', () => {
    const procedure = (task: string, escalateTo: string) => ({
      procedures: [{ task, steps: ['Route it'], turnaroundHours: 24, escalateAfterHours: 4, escalateTo }],
    });
    const codes = (task: string, escalateTo: string) =>
      thrown(() =>
        evaluateTaskPermission({ role: 'assistant', task } as never, procedure(task, escalateTo) as never),
      ).issues.map((i) => `${i.at} ${i.code}`);
    expect(codes('triage_messages', 'biller')).toEqual([
      '$.scope.procedures[0].escalateTo boundaries.scope.risk_escalation_to_non_clinician',
    ]);
    expect(codes('triage_messages', 'practice_owner')).toEqual([
      '$.scope.procedures[0].escalateTo boundaries.scope.risk_escalation_to_non_clinician',
    ]);
    // An on-call alert no clinician picked up is a crisis: it escalates to a clinician, never to staff,
    // although every role holds the task.
    for (const staff of ['practice_owner', 'assistant', 'biller', 'credentialing_coordinator']) {
      expect(codes('alert_on_call_clinician', staff)).toEqual([
        '$.scope.procedures[0].escalateTo boundaries.scope.risk_escalation_to_non_clinician',
      ]);
    }
    expect(
      evaluateTaskPermission(
        { role: 'assistant', task: 'alert_on_call_clinician' },
        procedure('alert_on_call_clinician', 'supervisor') as never,
      ).procedure?.escalateTo,
    ).toBe('supervisor');
    expect(codes('schedule_appointment', 'biller')).toEqual([
      '$.scope.procedures[0].escalateTo boundaries.scope.escalation_to_unqualified_role',
    ]);
    const ok = evaluateTaskPermission(
      { role: 'assistant', task: 'triage_messages' },
      procedure('triage_messages', 'clinician') as never,
    );
    expect(ok.procedure?.escalateTo).toBe('clinician');
  });

  it('always refuses a triage or on-call alert procedure escalating to a non-clinical role, and a self sign-off, whatever the role', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROLES), fc.constantFrom(...ADMIN_TASKS), (role, task) => {
        for (const riskTask of ['triage_messages', 'alert_on_call_clinician'] as const) {
          const risk = PracticeScope.safeParse({
            procedures: [{ task: riskTask, steps: ['x'], turnaroundHours: 24, escalateTo: role }],
          });
          expect(risk.success).toBe(isClinicalRole(role));
        }
        const self = PracticeScope.safeParse({
          grants: [{ role, task, mode: 'sign_off', signOffBy: role }],
        });
        expect(self.success).toBe(false);
      }),
    );
  });

  it('lets a practice owner who is not signed in as a clinician read no clinical notes', () => {
    expect(evaluateTaskPermission({ role: 'practice_owner', task: 'read_clinical_notes' }).outcome).toBe(
      'denied',
    );
    expect(evaluateTaskPermission({ role: 'supervisor', task: 'read_clinical_notes' }).outcome).toBe(
      'allowed',
    );
  });

  it('carries the practice’s standard operating procedure for the task', () => {
    const procedure = {
      task: 'chase_intake_paperwork' as const,
      steps: ['Send the intake forms reminder template', 'Call the client if still missing after 48 hours'],
      turnaroundHours: 72,
      escalateAfterHours: 48,
      escalateTo: 'practice_owner' as const,
      escalateWhen: ['Forms missing 72 hours before the first session'],
    };
    const decision = evaluateTaskPermission(
      { role: 'assistant', task: 'chase_intake_paperwork' },
      { procedures: [procedure] },
    );
    expect(decision.procedure).toEqual(procedure);
    expect(getTaskProcedure('chase_intake_paperwork', { procedures: [procedure] })).toEqual(procedure);
    expect(getTaskProcedure('submit_claim')).toBeNull();
  });

  it('property: clinical tasks are denied to non-clinical roles under every scope configuration', () => {
    fc.assert(
      fc.property(
        validScope,
        fc.constantFrom(...NON_CLINICAL_ROLES),
        fc.constantFrom(...TASKS.filter(isClinicalTask)),
        (scope, role, task) => {
          const decision = evaluateTaskPermission({ role, task }, scope);
          expect(decision.outcome).toBe('denied');
          expect(decision.routeTo === null ? false : isClinicalRole(decision.routeTo)).toBe(true);
          expect(decision.reasons[0]?.code).toBe('boundaries.scope.clinical_task_for_non_clinician');
        },
      ),
    );
  });

  it('property: every negative decision names a role to route to and a reason; decisions are plain JSON', () => {
    fc.assert(
      fc.property(validScope, fc.constantFrom(...ROLES), fc.constantFrom(...TASKS), (scope, role, task) => {
        const decision = evaluateTaskPermission({ role, task }, scope);
        expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
        if (decision.outcome !== 'allowed') {
          expect(decision.routeTo).not.toBeNull();
          expect(decision.reasons.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('property: a scope that delegates a clinical task to a non-clinical role is rejected', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NON_CLINICAL_ROLES),
        fc.constantFrom(...TASKS.filter(isClinicalTask)),
        (role, task) => {
          const error = thrown(() =>
            evaluateTaskPermission({ role: 'clinician', task }, { grants: [{ role, task }] }),
          );
          expect(error.issues.map((i) => i.code)).toContain('boundaries.scope.clinical_delegation');
        },
      ),
    );
  });
});

describe('getTaskOwnerRole', () => {
  it('answers from the catalog', () => {
    for (const entry of PRACTICE_TASK_CATALOG) expect(getTaskOwnerRole(entry.task)).toBe(entry.owner);
    expect(getTaskOwnerRole('follow_up_claim')).toBe('biller');
  });

  it('takes the practice’s owner override', () => {
    expect(
      getTaskOwnerRole('follow_up_claim', { owners: [{ task: 'follow_up_claim', role: 'practice_owner' }] }),
    ).toBe('practice_owner');
  });

  it('uses the default scope when none is given', () => {
    expect(getTaskOwnerRole('make_diagnosis', DEFAULT_PRACTICE_SCOPE)).toBe('clinician');
  });
});

describe('bad input', () => {
  it('rejects an unknown role and an unknown task, naming both, echoing neither', () => {
    const error = thrown(() =>
      evaluateTaskPermission({ role: 'janitor', task: 'mop_floor' } as unknown as {
        role: 'assistant';
        task: 'make_diagnosis';
      }),
    );
    expect(error.issues.map((i) => i.at)).toEqual(['$.request.role', '$.request.task']);
    expect(error.message).not.toContain('janitor');
    expect(error.message).not.toContain('mop_floor');
  });

  it('lists every problem of a scope: clinical delegation, bad owner, sign-off gaps, conflicts', () => {
    const error = thrown(() =>
      getTaskOwnerRole('submit_claim', {
        grants: [
          { role: 'assistant', task: 'give_clinical_advice' },
          { role: 'assistant', task: 'submit_claim', mode: 'sign_off' },
          {
            role: 'biller',
            task: 'schedule_appointment',
            mode: 'sign_off',
            signOffBy: 'credentialing_coordinator',
          },
          { role: 'biller', task: 'schedule_appointment' },
        ],
        revocations: [{ role: 'biller', task: 'schedule_appointment' }],
        owners: [
          { task: 'make_diagnosis', role: 'biller' },
          { task: 'submit_claim', role: 'credentialing_coordinator' },
          { task: 'submit_claim', role: 'biller' },
        ],
        procedures: [
          { task: 'make_diagnosis', steps: ['x'], turnaroundHours: 1, escalateTo: 'assistant' },
          { task: 'make_diagnosis', steps: ['x'], turnaroundHours: 1, escalateTo: 'clinician' },
        ],
      }),
    );
    const codes = error.issues.map((i) => `${i.at} ${i.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        '$.scope.grants[0] boundaries.scope.clinical_delegation',
        '$.scope.grants[1].signOffBy boundaries.scope.escalation_to_unqualified_role',
        '$.scope.grants[2].signOffBy boundaries.scope.escalation_to_unqualified_role',
        '$.scope.grants[3] boundaries.scope.conflicting_entries',
        '$.scope.revocations[0] boundaries.scope.conflicting_entries',
        '$.scope.owners[0] boundaries.scope.clinical_delegation',
        '$.scope.owners[1].role boundaries.scope.escalation_to_unqualified_role',
        '$.scope.owners[2] boundaries.scope.conflicting_entries',
        '$.scope.procedures[0].escalateTo boundaries.scope.escalation_to_unqualified_role',
        '$.scope.procedures[1].task boundaries.scope.duplicate_procedure',
      ]),
    );
  });

  it('refuses a procedure that escalates after its turnaround, at its escalateAfterHours', () => {
    const procedure = {
      task: 'chase_intake_paperwork' as const,
      steps: ['Send reminder template'],
      escalateTo: 'practice_owner' as const,
    };
    const error = thrown(() =>
      getTaskOwnerRole('submit_claim', {
        procedures: [{ ...procedure, turnaroundHours: 24, escalateAfterHours: 48 }],
      }),
    );
    expect(error.issues.map((i) => `${i.at} ${i.code}`)).toEqual([
      '$.scope.procedures[0].escalateAfterHours boundaries.scope.escalation_after_turnaround',
    ]);
    expect(error.message).not.toContain('48');
    // Escalating at the turnaround or before it, or only on escalateWhen, is fine.
    for (const escalateAfterHours of [24, 12, undefined]) {
      expect(() =>
        getTaskOwnerRole('submit_claim', {
          procedures: [{ ...procedure, turnaroundHours: 24, escalateAfterHours }],
        }),
      ).not.toThrow();
    }
  });

  it('accepts a procedure exactly when it escalates no later than its turnaround', () => {
    const hours = fc.integer({ min: 1, max: 24 * 365 });
    fc.assert(
      fc.property(hours, hours, (turnaroundHours, escalateAfterHours) => {
        const scope = {
          procedures: [
            {
              task: 'chase_intake_paperwork' as const,
              steps: ['Send reminder template'],
              escalateTo: 'practice_owner' as const,
              turnaroundHours,
              escalateAfterHours,
            },
          ],
        };
        const accepted = (() => {
          try {
            getTaskOwnerRole('submit_claim', scope);
            return true;
          } catch {
            return false;
          }
        })();
        expect(accepted).toBe(escalateAfterHours <= turnaroundHours);
      }),
    );
  });

  it('refuses a scope that revokes alerting the on-call clinician: every role must be able to', () => {
    const error = thrown(() =>
      getTaskOwnerRole('submit_claim', {
        revocations: [{ role: 'biller', task: 'alert_on_call_clinician' }],
      }),
    );
    expect(error.issues.map((i) => `${i.at} ${i.code}`)).toEqual([
      '$.scope.revocations[0].task boundaries.scope.safety_task_revoked',
    ]);
  });

  it('rejects unknown fields in a scope', () => {
    const error = thrown(() =>
      getTaskProcedure('submit_claim', { extra: true } as unknown as PracticeScopeInput),
    );
    expect(error.issues[0]).toMatchObject({ at: '$.scope', code: 'core.object.unknown_field' });
  });
});
