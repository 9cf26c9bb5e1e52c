import * as z from 'zod';
import {
  ClientId,
  type Decision,
  Instant,
  idSchema,
  isNonEmpty,
  type NonEmptyArray,
  type Reason,
  reason,
  toEpochMs,
  validate,
} from '../../core/index.js';
import type { IntakeReasonCode } from '../reason-codes.js';

/**
 * The stages of a new client's way in. `declined` (the client or practice did not go ahead),
 * `referred_out` and `no_response` end a case, as does `active` (ongoing care; discharge belongs to
 * another workflow). A returning inquiry opens a new case.
 *
 * @example
 * ```ts
 * IntakeStage.parse('first_session_booked'); //=> 'first_session_booked'
 * ```
 */
export const IntakeStage = z.enum([
  'inquiry',
  'screening',
  'paperwork',
  'ready',
  'first_session_booked',
  'first_session_attended',
  'active',
  'declined',
  'referred_out',
  'no_response',
]);
export type IntakeStage = z.infer<typeof IntakeStage>;

const EXITS = ['declined', 'referred_out', 'no_response'] as const;

/**
 * The intake pipeline's transition table: the stages each stage may move to. Anything else is illegal.
 *
 * @remarks A first session that is cancelled moves the case back to `ready`; a no-show that is never
 * rebooked ends in `no_response`. Booking before paperwork is complete is not a move: book from
 * `ready`, or check readiness at booking time with {@link evaluateFirstSessionReadiness}.
 *
 * @example
 * ```ts
 * INTAKE_PIPELINE_TRANSITIONS.first_session_booked;
 * //=> ['first_session_attended', 'ready', 'declined', 'referred_out', 'no_response']
 * ```
 */
export const INTAKE_PIPELINE_TRANSITIONS: Readonly<Record<IntakeStage, readonly IntakeStage[]>> = {
  inquiry: ['screening', ...EXITS],
  screening: ['paperwork', ...EXITS],
  paperwork: ['ready', ...EXITS],
  ready: ['first_session_booked', ...EXITS],
  first_session_booked: ['first_session_attended', 'ready', ...EXITS],
  first_session_attended: ['active', 'declined', 'referred_out'],
  active: [],
  declined: [],
  referred_out: [],
  no_response: [],
};

/**
 * Whether a stage ends a case (no move leaves it).
 *
 * @example
 * ```ts
 * isTerminalIntakeStage('referred_out'); //=> true
 * ```
 * @throws {@link ValidationError} when `stage` is not an intake stage.
 */
export function isTerminalIntakeStage(stage: IntakeStage): boolean {
  const known = typeof stage === 'string' && Object.hasOwn(INTAKE_PIPELINE_TRANSITIONS, stage);
  return (
    INTAKE_PIPELINE_TRANSITIONS[known ? stage : validate(IntakeStage, stage, 'intake stage')].length === 0
  );
}

function allowed(from: IntakeStage, to: IntakeStage): boolean {
  return INTAKE_PIPELINE_TRANSITIONS[from].includes(to);
}

/**
 * An intake case.
 *
 * @example
 * ```ts
 * IntakeCaseId.parse('k-1'); //=> 'k-1' (branded)
 * ```
 */
export const IntakeCaseId = idSchema('IntakeCaseId');
export type IntakeCaseId = z.infer<typeof IntakeCaseId>;

/**
 * One entry of a case's stage history: the stage entered and when.
 *
 * @example
 * ```ts
 * IntakeStageEntry.parse({ stage: 'inquiry', at: '2026-03-02T09:00:00-05:00' });
 * ```
 */
export const IntakeStageEntry = z.strictObject({ stage: IntakeStage, at: Instant });
export type IntakeStageEntry = z.infer<typeof IntakeStageEntry>;

/**
 * An intake case: its stage history (oldest first, starting at `inquiry`, every move legal), the last
 * activity on it, and the first session time once one is booked.
 *
 * @example
 * ```ts
 * IntakeCase.parse({ id: 'k-1', history: [{ stage: 'inquiry', at: '2026-03-02T09:00:00-05:00' }] });
 * ```
 */
export const IntakeCase = z
  .strictObject({
    id: IntakeCaseId,
    clientId: ClientId.optional(),
    history: z.array(IntakeStageEntry).min(1),
    /** When the practice first answered the inquiry. */
    firstResponseAt: Instant.optional(),
    /** Last activity by the client or the practice (a form opened, a call logged). */
    lastActivityAt: Instant.optional(),
    firstSessionAt: Instant.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.history[0]?.stage !== 'inquiry') {
      ctx.addIssue({
        code: 'custom',
        message: 'must start at inquiry',
        path: ['history', 0, 'stage'],
        params: { code: 'intake.pipeline.history_must_start_with_inquiry' },
      });
    }
    for (let i = 1; i < c.history.length; i += 1) {
      const prev = c.history[i - 1] as IntakeStageEntry;
      const cur = c.history[i] as IntakeStageEntry;
      if (toEpochMs(cur.at) < toEpochMs(prev.at)) {
        ctx.addIssue({
          code: 'custom',
          message: 'must not be before the previous entry',
          path: ['history', i, 'at'],
          params: { code: 'intake.pipeline.history_out_of_order' },
        });
      }
      if (!allowed(prev.stage, cur.stage)) {
        ctx.addIssue({
          code: 'custom',
          message: 'is not a move the transition table allows',
          path: ['history', i, 'stage'],
          params: { code: 'intake.pipeline.history_illegal_move' },
        });
      }
    }
  });
export type IntakeCase = z.infer<typeof IntakeCase>;

/**
 * The stage a case is in now (the last history entry).
 *
 * @example
 * ```ts
 * currentIntakeStage(IntakeCase.parse({ id: 'k-1', history: [{ stage: 'inquiry', at: '2026-03-02T09:00:00-05:00' }] }));
 * //=> 'inquiry'
 * ```
 * @throws {@link ValidationError} when `intakeCase` is not a valid case.
 */
export function currentIntakeStage(intakeCase: IntakeCase): IntakeStage {
  return stageOf(validate(IntakeCase, intakeCase, 'intake case'));
}

/** {@link currentIntakeStage} of a validated case (internal). */
export function stageOf(intakeCase: IntakeCase): IntakeStage {
  return (intakeCase.history[intakeCase.history.length - 1] as IntakeStageEntry).stage;
}

/** Whether a move is allowed by the table: `allowed`, or `rejected` with reasons. */
export type IntakeTransitionDecision = Decision<
  'allowed',
  'rejected',
  IntakeReasonCode,
  { readonly from: IntakeStage; readonly to: IntakeStage }
>;

function transitionReasons(from: IntakeStage, to: IntakeStage): Reason<IntakeReasonCode>[] {
  if (allowed(from, to)) return [];
  const facts = { from, to, allowedNext: [...INTAKE_PIPELINE_TRANSITIONS[from]] };
  if (isTerminalIntakeStage(from)) {
    return [
      reason(
        'intake.pipeline.terminal_stage',
        'error',
        `A case in ${from} cannot move; open a new case.`,
        facts,
      ),
    ];
  }
  return [
    reason(
      'intake.pipeline.illegal_transition',
      'error',
      `An intake case cannot move from ${from} to ${to}.`,
      facts,
    ),
  ];
}

/**
 * Checks one move against {@link INTAKE_PIPELINE_TRANSITIONS}.
 *
 * @throws {@link ValidationError} when a stage is unknown.
 * @example
 * ```ts
 * evaluateIntakeTransition('inquiry', 'ready');
 * //=> { outcome: 'rejected', from: 'inquiry', to: 'ready',
 * //     reasons: [{ code: 'intake.pipeline.illegal_transition', facts: { allowedNext: ['screening', …] }, … }] }
 * ```
 */
export function evaluateIntakeTransition(from: IntakeStage, to: IntakeStage): IntakeTransitionDecision {
  const f = validate(IntakeStage, from, 'from stage');
  const t = validate(IntakeStage, to, 'to stage');
  const reasons = transitionReasons(f, t);
  if (isNonEmpty(reasons)) return { outcome: 'rejected', reasons, from: f, to: t };
  return {
    outcome: 'allowed',
    reasons: [
      reason('intake.pipeline.transition_allowed', 'info', `${f} may move to ${t}.`, { from: f, to: t }),
    ],
    from: f,
    to: t,
  };
}

/** The result of {@link advanceIntakeCase}: the case after the move, or unchanged with the reasons. */
export type IntakeCaseMove = Decision<
  'moved',
  'rejected',
  IntakeReasonCode,
  { readonly intakeCase: IntakeCase }
>;

/**
 * Moves a case to a new stage at `at`, if the table allows it and `at` is not before the last move.
 *
 * @throws {@link ValidationError} when the case, stage or time is invalid.
 * @example
 * ```ts
 * advanceIntakeCase(caseInInquiry, 'screening', '2026-03-02T10:00:00-05:00');
 * //=> { outcome: 'moved', intakeCase: { history: [{ stage: 'inquiry', … }, { stage: 'screening', … }], … } }
 * ```
 */
export function advanceIntakeCase(
  intakeCase: z.input<typeof IntakeCase>,
  to: IntakeStage,
  at: Instant,
): IntakeCaseMove {
  const c = validate(IntakeCase, intakeCase, 'intake case');
  const t = validate(IntakeStage, to, 'to stage');
  const when = validate(Instant, at, 'move time');
  const from = stageOf(c);
  const last = c.history[c.history.length - 1] as IntakeStageEntry;
  const reasons = transitionReasons(from, t);
  if (toEpochMs(when) < toEpochMs(last.at)) {
    reasons.push(
      reason(
        'intake.pipeline.before_last_move',
        'error',
        'The move is dated before the last recorded move.',
        {
          lastMoveAt: last.at,
          at: when,
        },
      ),
    );
  }
  if (isNonEmpty(reasons))
    return {
      outcome: 'rejected',
      reasons: reasons as NonEmptyArray<Reason<IntakeReasonCode>>,
      intakeCase: c,
    };
  return {
    outcome: 'moved',
    reasons: [
      reason('intake.pipeline.transition_allowed', 'info', `${from} may move to ${t}.`, { from, to: t }),
    ],
    intakeCase: { ...c, history: [...c.history, { stage: t, at: when }] },
  };
}

/** Time spent in one stage (summed over visits). */
export interface IntakeStageTime {
  readonly stage: IntakeStage;
  readonly hours: number;
  readonly visits: number;
}

/**
 * Hours a case spent in each stage it visited, up to `asOf` for the current stage, in pipeline order.
 *
 * @throws {@link ValidationError} when the case or `asOf` is invalid.
 * @example
 * ```ts
 * intakeStageDurations(c, '2026-03-04T10:00:00-05:00');
 * //=> [{ stage: 'inquiry', hours: 24, visits: 1 }, { stage: 'screening', hours: 24, visits: 1 }]
 * ```
 */
export function intakeStageDurations(
  intakeCase: z.input<typeof IntakeCase>,
  asOf: Instant,
): IntakeStageTime[] {
  const c = validate(IntakeCase, intakeCase, 'intake case');
  const asOfMs = toEpochMs(validate(Instant, asOf, 'asOf'));
  const totals = new Map<IntakeStage, { ms: number; visits: number }>();
  c.history.forEach((entry, i) => {
    const next = c.history[i + 1];
    const startMs = toEpochMs(entry.at);
    const endMs = next === undefined ? Math.max(asOfMs, startMs) : toEpochMs(next.at);
    const t = totals.get(entry.stage) ?? { ms: 0, visits: 0 };
    totals.set(entry.stage, { ms: t.ms + Math.max(0, endMs - startMs), visits: t.visits + 1 });
  });
  return IntakeStage.options
    .filter((s) => totals.has(s))
    .map((stage) => {
      const t = totals.get(stage) as { ms: number; visits: number };
      return { stage, hours: t.ms / 3_600_000, visits: t.visits };
    });
}
