import * as z from 'zod';
import {
  ClientId,
  type Decision,
  Instant,
  isNonEmpty,
  type NonEmptyArray,
  type Reason,
  reason,
  validate,
} from '../../core/index.js';
import { idSchema, toEpochMs, validateArguments } from '../../core/internal.js';
import type { IntakeReasonCode, IntakeValidationCode } from '../reason-codes.js';

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
 * INTAKE_TRANSITIONS.first_session_booked;
 * //=> ['first_session_attended', 'ready', 'declined', 'referred_out', 'no_response']
 * ```
 */
export const INTAKE_TRANSITIONS: Readonly<Record<IntakeStage, readonly IntakeStage[]>> = {
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
  const known = typeof stage === 'string' && Object.hasOwn(INTAKE_TRANSITIONS, stage);
  return INTAKE_TRANSITIONS[known ? stage : validate(IntakeStage, stage, 'intake stage')].length === 0;
}

function allowed(from: IntakeStage, to: IntakeStage): boolean {
  return INTAKE_TRANSITIONS[from].includes(to);
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
        params: { code: 'intake.pipeline.history_must_start_with_inquiry' satisfies IntakeValidationCode },
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
          params: { code: 'intake.pipeline.history_out_of_order' satisfies IntakeValidationCode },
        });
      }
      if (!allowed(prev.stage, cur.stage)) {
        ctx.addIssue({
          code: 'custom',
          message: 'is not a move the transition table allows',
          path: ['history', i, 'stage'],
          params: { code: 'intake.pipeline.history_illegal_move' satisfies IntakeValidationCode },
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
 * getCurrentIntakeStage({ id: 'k-1', history: [{ stage: 'inquiry', at: '2026-03-02T09:00:00-05:00' }] });
 * //=> 'inquiry'
 * ```
 * @throws {@link ValidationError} when `intakeCase` is not a valid case.
 */
export function getCurrentIntakeStage(intakeCase: z.input<typeof IntakeCase>): IntakeStage {
  return stageOf(validate(IntakeCase, intakeCase, 'intake case'));
}

/** {@link getCurrentIntakeStage} of a validated case (internal). */
export function stageOf(intakeCase: IntakeCase): IntakeStage {
  return (intakeCase.history[intakeCase.history.length - 1] as IntakeStageEntry).stage;
}

function transitionReasons(from: IntakeStage, to: IntakeStage): Reason<IntakeReasonCode>[] {
  if (allowed(from, to)) return [];
  const facts = { from, to, allowedNext: [...INTAKE_TRANSITIONS[from]] };
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
 * Whether {@link INTAKE_TRANSITIONS} allows a case in `from` to move to `to`.
 *
 * @throws {@link ValidationError} listing every unknown stage at once, under its parameter's name (`$.from`, `$.to`).
 * @example
 * ```ts
 * canMoveIntakeCase('inquiry', 'screening'); //=> true
 * canMoveIntakeCase('inquiry', 'ready'); //=> false
 * ```
 */
export function canMoveIntakeCase(from: IntakeStage, to: IntakeStage): boolean {
  // Both stages' problems at once, each under its parameter's name (`$.from`, `$.to`).
  const [f, t] = validateArguments([
    ['from', IntakeStage, from, 'from stage'],
    ['to', IntakeStage, to, 'to stage'],
  ]);
  return allowed(f, t);
}

/**
 * A requested move of an intake case: the stage to move to.
 *
 * @example
 * ```ts
 * IntakeCaseMove.parse({ to: 'screening' }); //=> { to: 'screening' }
 * ```
 */
export const IntakeCaseMove = z.strictObject({ to: IntakeStage });
export type IntakeCaseMove = z.input<typeof IntakeCaseMove>;

/**
 * Options for {@link moveIntakeCase}: `asOf` is the moment of the move, recorded in the case's history.
 *
 * @example
 * ```ts
 * MoveIntakeCaseOptions.parse({ asOf: '2026-03-02T10:00:00-05:00' }); //=> { asOf: '2026-03-02T10:00:00-05:00' }
 * ```
 */
export const MoveIntakeCaseOptions = z.strictObject({ asOf: Instant });
export type MoveIntakeCaseOptions = z.input<typeof MoveIntakeCaseOptions>;

/**
 * The result of {@link moveIntakeCase}: `moved` with the case after the move, or `refused` with the case
 * unchanged and the reasons.
 *
 * @example
 * ```ts
 * const d: IntakeCaseMoveDecision = moveIntakeCase(caseInInquiry, { to: 'ready' }, { asOf: '2026-03-02T10:00:00-05:00' });
 * d.outcome; //=> 'refused'
 * ```
 */
export type IntakeCaseMoveDecision = Decision<
  'moved',
  'refused',
  IntakeReasonCode,
  { readonly intakeCase: IntakeCase }
>;

/**
 * Moves a case to a new stage as of `asOf`, if {@link INTAKE_TRANSITIONS} allows it and `asOf` is not
 * before the last move; otherwise refuses with every reason (an illegal or final-stage move, a move dated
 * before the last one).
 *
 * @throws {@link ValidationError} listing every problem of the case, the move and the options at once, each
 * path under its parameter's name (`$.intakeCase.history[1].at`, `$.move.to`, `$.options.asOf`).
 * @example
 * ```ts
 * const caseInInquiry = { id: 'k-1', history: [{ stage: 'inquiry' as const, at: '2026-03-02T09:00:00-05:00' }] };
 * moveIntakeCase(caseInInquiry, { to: 'screening' }, { asOf: '2026-03-02T10:00:00-05:00' });
 * //=> { outcome: 'moved', intakeCase: { history: [{ stage: 'inquiry', … }, { stage: 'screening', … }], … },
 * //     reasons: [{ code: 'intake.pipeline.transition_allowed', … }] }
 * moveIntakeCase(caseInInquiry, { to: 'ready' }, { asOf: '2026-03-02T10:00:00-05:00' });
 * //=> { outcome: 'refused', intakeCase: caseInInquiry,
 * //     reasons: [{ code: 'intake.pipeline.illegal_transition', facts: { allowedNext: ['screening', …] }, … }] }
 * ```
 */
export function moveIntakeCase(
  intakeCase: z.input<typeof IntakeCase>,
  move: IntakeCaseMove,
  options: MoveIntakeCaseOptions,
): IntakeCaseMoveDecision {
  // Every argument's problems at once, each under its parameter's name (`$.intakeCase.history`, `$.move.to`).
  const [c, { to: t }, { asOf: when }] = validateArguments([
    ['intakeCase', IntakeCase, intakeCase, 'intake case'],
    ['move', IntakeCaseMove, move, 'intake case move'],
    ['options', MoveIntakeCaseOptions, options, 'move options'],
  ]);
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
      outcome: 'refused',
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

/**
 * Time spent in one stage (summed over visits).
 *
 * @example
 * ```ts
 * const [first]: IntakeStageTime[] = getIntakeStageDurations(intakeCase, { asOf: '2026-03-04T10:00:00-05:00' });
 * first; //=> { stage: 'inquiry', hours: 24, visits: 1 }
 * ```
 */
export interface IntakeStageTime {
  readonly stage: IntakeStage;
  readonly hours: number;
  readonly visits: number;
}

/**
 * Options for {@link getIntakeStageDurations}: the current stage is counted up to `asOf`.
 *
 * @example
 * ```ts
 * GetIntakeStageDurationsOptions.parse({ asOf: '2026-03-04T10:00:00-05:00' }); //=> { asOf: '2026-03-04T10:00:00-05:00' }
 * ```
 */
export const GetIntakeStageDurationsOptions = z.strictObject({ asOf: Instant });
export type GetIntakeStageDurationsOptions = z.input<typeof GetIntakeStageDurationsOptions>;

/**
 * Hours a case spent in each stage it visited, up to `asOf` for the current stage, in pipeline order.
 *
 * @throws {@link ValidationError} listing the case's and the options' problems at once, each path under its
 * parameter's name (`$.intakeCase.history[0].stage`, `$.options.asOf`).
 * @example
 * ```ts
 * // An inquiry on 2026-03-02 at 10:00 New York time, screened from 2026-03-03 at 10:00.
 * const c = { id: 'k-1', history: [
 *   { stage: 'inquiry' as const, at: '2026-03-02T10:00:00-05:00' },
 *   { stage: 'screening' as const, at: '2026-03-03T10:00:00-05:00' },
 * ] };
 * getIntakeStageDurations(c, { asOf: '2026-03-04T10:00:00-05:00' });
 * //=> [{ stage: 'inquiry', hours: 24, visits: 1 }, { stage: 'screening', hours: 24, visits: 1 }]
 * ```
 */
export function getIntakeStageDurations(
  intakeCase: z.input<typeof IntakeCase>,
  options: GetIntakeStageDurationsOptions,
): IntakeStageTime[] {
  // Both arguments' problems at once, each under its parameter's name (`$.options.asOf`).
  const [c, o] = validateArguments([
    ['intakeCase', IntakeCase, intakeCase, 'intake case'],
    ['options', GetIntakeStageDurationsOptions, options, 'stage duration options'],
  ]);
  const asOfMs = toEpochMs(o.asOf);
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
