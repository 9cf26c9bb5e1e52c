import * as z from 'zod';
import { type Decision, type Reason, reason } from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';
import type { BoundariesReasonCode } from '../reason-codes.js';
import { isClinicalRole, PracticeRole } from './practice-role.js';
import { isClinicalTask, PracticeTask, taskEntry } from './task-catalog.js';

/**
 * A practice's standard operating procedure for a task, shown with the task in the work queue: the steps,
 * the expected turnaround, and when to escalate and to whom.
 *
 * @example
 * ```ts
 * TaskProcedure.parse({ task: 'chase_intake_paperwork', steps: ['Send reminder template'], turnaroundHours: 24,
 *   escalateTo: 'practice_owner' }).escalateWhen;
 * //=> []
 * ```
 * @remarks A clinical task's procedure must escalate to a clinical role [sources: tx-22-tac-465]. In a
 * {@link PracticeScope}, `escalateAfterHours` may not exceed `turnaroundHours`
 * (`boundaries.scope.escalation_after_turnaround`): an escalation after the turnaround comes when the work is
 * already late.
 */
export const TaskProcedure = z
  .object({
    task: PracticeTask,
    steps: z.array(z.string().min(1).max(500)).min(1).max(50),
    /** Hours within which the task is expected to be done. */
    turnaroundHours: z
      .number()
      .positive()
      .max(24 * 365),
    /** Hours after which an unfinished task escalates; none means it escalates only on `escalateWhen`. */
    escalateAfterHours: z
      .number()
      .positive()
      .max(24 * 365)
      .optional(),
    escalateTo: PracticeRole,
    escalateWhen: z.array(z.string().min(1).max(500)).max(50).default([]),
  })
  .strict();
export type TaskProcedure = z.infer<typeof TaskProcedure>;
/**
 * A {@link TaskProcedure} as callers write it, before its defaults apply: `escalateWhen` may be left out (none).
 *
 * @example
 * ```ts
 * const procedure: TaskProcedureInput = { task: 'chase_intake_paperwork', steps: ['Send reminder template'],
 *   turnaroundHours: 24, escalateTo: 'practice_owner' };
 * ```
 */
export type TaskProcedureInput = z.input<typeof TaskProcedure>;

/**
 * A task the practice adds to a role's scope, either outright or with sign-off by another role.
 *
 * @example
 * ```ts
 * ScopeGrant.parse({ role: 'assistant', task: 'verify_eligibility' }).mode; //=> 'allow'
 * ```
 * @remarks A grant of a clinical task to a non-clinical role is rejected [sources: tx-22-tac-465].
 */
export const ScopeGrant = z
  .object({
    role: PracticeRole,
    task: PracticeTask,
    /** `allow`: the role does it alone; `sign_off`: the role prepares it and `signOffBy` approves it. */
    mode: z.enum(['allow', 'sign_off']).default('allow'),
    signOffBy: PracticeRole.optional(),
  })
  .strict();
export type ScopeGrant = z.infer<typeof ScopeGrant>;
/**
 * A {@link ScopeGrant} as callers write it, before its defaults apply: `mode` may be left out (`'allow'`).
 *
 * @example
 * ```ts
 * const grant: ScopeGrantInput = { role: 'assistant', task: 'verify_eligibility' };
 * ```
 */
export type ScopeGrantInput = z.input<typeof ScopeGrant>;

/**
 * A task the practice removes from a role's default scope.
 *
 * @example
 * ```ts
 * ScopeRevocation.parse({ role: 'assistant', task: 'reschedule_within_policy' }).task; //=> 'reschedule_within_policy'
 * ```
 * @remarks Forbid overrides permit (as in the Cedar and OPA policy engines).
 */
export const ScopeRevocation = z.object({ role: PracticeRole, task: PracticeTask }).strict();
export type ScopeRevocation = z.infer<typeof ScopeRevocation>;

/**
 * A practice's choice of which role a task is handed to, instead of the catalog's owner.
 *
 * @example
 * ```ts
 * getTaskOwnerRole('follow_up_claim', { owners: [{ task: 'follow_up_claim', role: 'practice_owner' }] }); //=> 'practice_owner'
 * ```
 * @remarks The new owner must be able to perform the task; a clinical task stays with a clinical role.
 */
export const TaskOwnerOverride = z.object({ task: PracticeTask, role: PracticeRole }).strict();
export type TaskOwnerOverride = z.infer<typeof TaskOwnerOverride>;

/**
 * A practice's scope configuration, as data: tasks added to or removed from each role's default scope, who
 * owns each task, and the standard operating procedures. Delegation starts small and grows task by task;
 * a clinical task can never be granted to, owned by, or signed off by a non-clinical role.
 *
 * @example
 * ```ts
 * PracticeScope.parse({ grants: [{ role: 'assistant', task: 'verify_eligibility' }] });
 * //=> { grants: [{ role: 'assistant', task: 'verify_eligibility', mode: 'allow' }], revocations: [], owners: [], procedures: [] }
 * ```
 * @remarks Forbid overrides permit (as in the Cedar and OPA policy engines): a revocation beats a default,
 * and the clinical rule beats everything [sources: tx-22-tac-465].
 */
export const PracticeScope = z
  .object({
    grants: z.array(ScopeGrant).max(1000).default([]),
    revocations: z.array(ScopeRevocation).max(1000).default([]),
    owners: z.array(TaskOwnerOverride).max(100).default([]),
    procedures: z.array(TaskProcedure).max(100).default([]),
  })
  .strict()
  .superRefine((scope, ctx) => {
    const seen = new Set<string>();
    scope.grants.forEach((grant, i) => {
      const key = `${grant.role}/${grant.task}`;
      if (seen.has(key)) conflict(ctx, ['grants', i]);
      seen.add(key);
      if (isClinicalTask(grant.task) && !isClinicalRole(grant.role)) clinicalDelegation(ctx, ['grants', i]);
      if (grant.mode === 'sign_off' && grant.signOffBy === grant.role) {
        // Sign-off is a second pair of eyes: the role that prepares the task cannot approve it.
        ctx.addIssue({
          code: 'custom',
          message: 'a sign-off grant must name another role to sign off than the role it grants',
          path: ['grants', i, 'signOffBy'],
          params: { code: 'boundaries.scope.self_sign_off' },
        });
      }
      if (grant.mode === 'sign_off' && grant.signOffBy === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'a sign-off grant must name the role that signs off',
          path: ['grants', i, 'signOffBy'],
          params: { code: 'boundaries.scope.escalation_to_unqualified_role' },
        });
      }
    });
    const overridden = new Set<PracticeTask>(scope.owners.map((o) => o.task));
    scope.revocations.forEach((revocation, i) => {
      if (seen.has(`${revocation.role}/${revocation.task}`)) conflict(ctx, ['revocations', i]);
      // The task's owner is who the work is routed to: taking the task from it strands the work.
      if (!overridden.has(revocation.task) && taskEntry(revocation.task).owner === revocation.role) {
        ctx.addIssue({
          code: 'custom',
          message: 'the task is removed from the role that owns it: name another owner for the task (owners)',
          path: ['revocations', i],
          params: { code: 'boundaries.scope.owner_revoked' },
        });
      }
      // Whoever sees that a client is in crisis must be able to reach the on-call clinician.
      if (revocation.task === 'alert_on_call_clinician') {
        ctx.addIssue({
          code: 'custom',
          message: 'every role must be able to alert the on-call clinician; this task cannot be revoked',
          path: ['revocations', i, 'task'],
          params: { code: 'boundaries.scope.safety_task_revoked' },
        });
      }
    });
    // Handing a task to a role that may not do it would strand it; checked against the configured scope.
    scope.grants.forEach((grant, i) => {
      if (grant.signOffBy !== undefined && !mayPerform(grant.signOffBy, grant.task, scope)) {
        unqualified(ctx, ['grants', i, 'signOffBy']);
      }
    });
    const ownedTasks = new Set<PracticeTask>();
    scope.owners.forEach((owner, i) => {
      if (ownedTasks.has(owner.task)) conflict(ctx, ['owners', i]);
      ownedTasks.add(owner.task);
      if (isClinicalTask(owner.task) && !isClinicalRole(owner.role)) clinicalDelegation(ctx, ['owners', i]);
      else if (!mayPerform(owner.role, owner.task, scope)) unqualified(ctx, ['owners', i, 'role']);
    });
    const procedureTasks = new Set<PracticeTask>();
    scope.procedures.forEach((procedure, i) => {
      if (procedureTasks.has(procedure.task)) {
        ctx.addIssue({
          code: 'custom',
          message: 'only one procedure may be given per task',
          path: ['procedures', i, 'task'],
          params: { code: 'boundaries.scope.duplicate_procedure' },
        });
      }
      procedureTasks.add(procedure.task);
      if (
        procedure.escalateAfterHours !== undefined &&
        procedure.escalateAfterHours > procedure.turnaroundHours
      ) {
        // An escalation after the turnaround comes when the work is already late: it must come by then.
        ctx.addIssue({
          code: 'custom',
          message:
            'a procedure must escalate no later than its turnaround (escalateAfterHours ≤ turnaroundHours)',
          path: ['procedures', i, 'escalateAfterHours'],
          params: { code: 'boundaries.scope.escalation_after_turnaround' },
        });
      }
      if (RISK_ESCALATION_TASKS.has(procedure.task) && !isClinicalRole(procedure.escalateTo)) {
        // A message left unrouted, or an on-call alert no one picked up, may hold a crisis: it escalates to a
        // clinician, never to staff.
        ctx.addIssue({
          code: 'custom',
          message:
            'overdue client messages and on-call alerts may carry risk: they escalate to a clinical role',
          path: ['procedures', i, 'escalateTo'],
          params: { code: 'boundaries.scope.risk_escalation_to_non_clinician' },
        });
      } else if (!mayPerform(procedure.escalateTo, procedure.task, scope)) {
        // The role escalated to must be able to do the task (as for owners and sign-off).
        unqualified(ctx, ['procedures', i, 'escalateTo']);
      }
    });
  });
export type PracticeScope = z.infer<typeof PracticeScope>;
/** What callers pass for a {@link PracticeScope}: every list may be left out. */
export type PracticeScopeInput = z.input<typeof PracticeScope>;

/**
 * The scope every practice starts from: the catalog defaults, nothing added or removed.
 *
 * @example
 * ```ts
 * DEFAULT_PRACTICE_SCOPE.grants; //=> []
 * ```
 * @remarks Defaults come from the catalog ({@link PRACTICE_TASK_CATALOG}) [sources: tx-22-tac-465].
 */
export const DEFAULT_PRACTICE_SCOPE: PracticeScope = Object.freeze({
  grants: [],
  revocations: [],
  owners: [],
  procedures: [],
});

type Ctx = z.core.$RefinementCtx<unknown>;

/**
 * Tasks whose overdue work may hold a client in crisis: an unrouted message, and an on-call alert no clinician
 * has picked up (the message is a crisis). Their procedure escalates to a clinical role only
 * [sources: samhsa-988, crico-clinical-calls].
 */
const RISK_ESCALATION_TASKS: ReadonlySet<PracticeTask> = new Set<PracticeTask>([
  'triage_messages',
  'alert_on_call_clinician',
]);

function conflict(ctx: Ctx, path: (string | number)[]): void {
  ctx.addIssue({
    code: 'custom',
    message: 'the same role and task appear in conflicting or repeated entries',
    path,
    params: { code: 'boundaries.scope.conflicting_entries' },
  });
}

function clinicalDelegation(ctx: Ctx, path: (string | number)[]): void {
  ctx.addIssue({
    code: 'custom',
    message: 'a clinical task cannot be delegated to a non-clinical role',
    path,
    params: { code: 'boundaries.scope.clinical_delegation' },
  });
}

function unqualified(ctx: Ctx, path: (string | number)[]): void {
  ctx.addIssue({
    code: 'custom',
    message: 'the task is handed to a role that may not perform it',
    path,
    params: { code: 'boundaries.scope.escalation_to_unqualified_role' },
  });
}

/** Whether a role may do a task alone or with sign-off under a (parsed) scope: the permission core. */
function mayPerform(role: PracticeRole, task: PracticeTask, scope: PracticeScope): boolean {
  if (isClinicalTask(task) && !isClinicalRole(role)) return false;
  if (scope.revocations.some((r) => r.role === role && r.task === task)) return false;
  if (scope.grants.some((g) => g.role === role && g.task === task)) return true;
  return taskEntry(task).defaultRoles.includes(role);
}

/**
 * A request to check: may `role` perform `task`?
 *
 * @example
 * ```ts
 * TaskPermissionRequest.parse({ role: 'biller', task: 'submit_claim' }); //=> { role: 'biller', task: 'submit_claim' }
 * ```
 * @remarks Unknown roles or tasks are rejected with a `ValidationError`.
 */
export const TaskPermissionRequest = z.object({ role: PracticeRole, task: PracticeTask }).strict();
export type TaskPermissionRequest = z.infer<typeof TaskPermissionRequest>;

/**
 * The answer to "may this role do this task here": `allowed`; `escalate` (the role prepares it and
 * `routeTo` signs off); or `denied` (hand it to `routeTo`, the role that owns it). `procedure` is the
 * practice's SOP for the task, or null.
 */
export type TaskPermissionDecision = Decision<
  'allowed',
  'escalate' | 'denied',
  BoundariesReasonCode,
  {
    readonly role: PracticeRole;
    readonly task: PracticeTask;
    readonly routeTo: PracticeRole | null;
    readonly procedure: TaskProcedure | null;
  }
>;

/**
 * Decides whether a role may perform a task under a practice's scope configuration, and to whom the task
 * goes when it may not.
 *
 * @param request - the role and the task
 * @param scope - the practice's scope configuration (defaults: {@link DEFAULT_PRACTICE_SCOPE})
 * @returns a decision with reasons; `denied` and `escalate` always name the role to route to
 * @throws {@link ValidationError} for an unknown role or task, or a scope that would delegate a clinical task
 * @example
 * ```ts
 * evaluateTaskPermission({ role: 'assistant', task: 'make_diagnosis' });
 * //=> { outcome: 'denied', routeTo: 'clinician', reasons: [{ code: 'boundaries.scope.clinical_task_for_non_clinician', … }], … }
 * evaluateTaskPermission({ role: 'assistant', task: 'submit_claim' },
 *   { grants: [{ role: 'assistant', task: 'submit_claim', mode: 'sign_off', signOffBy: 'biller' }] });
 * //=> { outcome: 'escalate', routeTo: 'biller', reasons: [{ code: 'boundaries.scope.sign_off_required', … }], … }
 * ```
 * @remarks No clinical task is ever allowed to a non-clinical role [sources: tx-22-tac-465], whatever the
 * scope says; forbid overrides permit.
 */
export function evaluateTaskPermission(
  request: TaskPermissionRequest,
  scope: PracticeScopeInput = DEFAULT_PRACTICE_SCOPE,
): TaskPermissionDecision {
  const [{ role, task }, parsed] = validateArguments([
    ['request', TaskPermissionRequest, request, 'task permission request'],
    ['scope', PracticeScope, scope, 'practice scope'],
  ]);
  const procedure = parsed.procedures.find((p) => p.task === task) ?? null;
  const owner = ownerOf(task, parsed);
  const facts = { role, task };
  const base = { role, task, procedure };
  const denied = (r: Reason<BoundariesReasonCode>): TaskPermissionDecision => ({
    ...base,
    outcome: 'denied',
    routeTo: owner,
    reasons: [r],
  });
  // Checked first, so no configuration can reach past it [sources: tx-22-tac-465].
  if (isClinicalTask(task) && !isClinicalRole(role)) {
    return denied(
      reason(
        'boundaries.scope.clinical_task_for_non_clinician',
        'error',
        'This is clinical work; it goes to a clinician.',
        { ...facts, routeTo: owner },
      ),
    );
  }
  if (parsed.revocations.some((r) => r.role === role && r.task === task)) {
    return denied(
      reason(
        'boundaries.scope.denied_by_practice',
        'error',
        'The practice has removed this task from the role.',
        {
          ...facts,
          routeTo: owner,
        },
      ),
    );
  }
  const grant = parsed.grants.find((g) => g.role === role && g.task === task);
  if (grant !== undefined && grant.mode === 'sign_off' && grant.signOffBy !== undefined) {
    return {
      ...base,
      outcome: 'escalate',
      routeTo: grant.signOffBy,
      reasons: [
        reason(
          'boundaries.scope.sign_off_required',
          'warning',
          'The role prepares this task; another role signs off.',
          {
            ...facts,
            signOffBy: grant.signOffBy,
          },
        ),
      ],
    };
  }
  if (grant !== undefined) {
    return {
      ...base,
      outcome: 'allowed',
      routeTo: null,
      reasons: [
        reason('boundaries.scope.allowed_by_practice', 'info', 'The practice delegated this task.', facts),
      ],
    };
  }
  if (taskEntry(task).defaultRoles.includes(role)) {
    return {
      ...base,
      outcome: 'allowed',
      routeTo: null,
      reasons: [
        reason(
          'boundaries.scope.allowed_by_default',
          'info',
          'The task is in the role’s default scope.',
          facts,
        ),
      ],
    };
  }
  return denied(
    reason('boundaries.scope.not_in_role_scope', 'error', 'The task is not in this role’s scope.', {
      ...facts,
      routeTo: owner,
    }),
  );
}

function ownerOf(task: PracticeTask, scope: PracticeScope): PracticeRole {
  return scope.owners.find((o) => o.task === task)?.role ?? taskEntry(task).owner;
}

/**
 * Which role owns a task in a practice: the practice's override, else the catalog's owner.
 *
 * @throws {@link ValidationError} for an unknown task or an invalid scope
 * @example
 * ```ts
 * getTaskOwnerRole('follow_up_claim'); //=> 'biller'
 * getTaskOwnerRole('follow_up_claim', { owners: [{ task: 'follow_up_claim', role: 'practice_owner' }] });
 * //=> 'practice_owner'
 * ```
 * @remarks A clinical task is always owned by a clinical role [sources: tx-22-tac-465].
 */
export function getTaskOwnerRole(
  task: PracticeTask,
  scope: PracticeScopeInput = DEFAULT_PRACTICE_SCOPE,
): PracticeRole {
  return ownerOf(
    ...validateArguments([
      ['task', PracticeTask, task, 'task'],
      ['scope', PracticeScope, scope, 'practice scope'],
    ]),
  );
}

/**
 * The practice's standard operating procedure for a task, or null when it has none.
 *
 * @throws {@link ValidationError} for an unknown task or an invalid scope
 * @example
 * ```ts
 * getTaskProcedure('submit_claim', {}); //=> null
 * ```
 * @remarks Procedures are practice data (no peer product exposes its procedures as data).
 */
export function getTaskProcedure(
  task: PracticeTask,
  scope: PracticeScopeInput = DEFAULT_PRACTICE_SCOPE,
): TaskProcedure | null {
  const [t, parsed] = validateArguments([
    ['task', PracticeTask, task, 'task'],
    ['scope', PracticeScope, scope, 'practice scope'],
  ]);
  return parsed.procedures.find((p) => p.task === t) ?? null;
}
