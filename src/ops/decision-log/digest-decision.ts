import * as z from 'zod';
import {
  Instant,
  isNonEmpty,
  LocalDate,
  ValidationError,
  type ValidationIssue,
  validate,
} from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';
import { canonicalJson } from './canonical-json.js';
import { isKnownReasonCode } from './known-reason-codes.js';
import { LIBRARY_VERSION } from './library-version.js';
import { sha256Hex } from './sha256.js';

/**
 * A small, stable record of one decision: which rule decided, in which library version, under which
 * policy (its hash), on which input (its hash: the input itself may hold health information and is never
 * kept), as of when, and what it decided with which reason codes. Keep it beside the decision to answer
 * "why was this client charged in March?" later, and to tell whether a re-run decided the same way.
 *
 * @example
 * ```ts
 * const record: DecisionDigest = digestDecision(decision, { rule: 'evaluateMissedSessionFee', policy, input, asOf });
 * record.policyHash; //=> 'sha256:9f2c…'
 * ```
 */
export interface DecisionDigest {
  /** The rule's name, as the caller gave it (e.g. `evaluateMissedSessionFee`). */
  readonly rule: string;
  /** The version of practice-ops that decided. */
  readonly libraryVersion: string;
  /** `sha256:` and the hash of the policy's canonical JSON: the same policy always hashes the same. */
  readonly policyHash: string;
  /**
   * `sha256:` and the hash of the input's canonical JSON; the input itself is not kept. Unkeyed: it proves which
   * input was decided on but does not hide one that can be guessed by trying values (a birth date), so the digest
   * is kept with the same care as the record.
   */
  readonly inputHash: string;
  /** The `asOf` the rule was asked with, as given. */
  readonly asOf: string;
  readonly outcome: string;
  /** The decision's reason codes, in its order: each one of the library's catalogs. */
  readonly reasonCodes: readonly string[];
  /**
   * `sha256:` and the hash of the decision's canonical JSON without its reasons' `message`s: what it decided
   * (amounts, dates, every reason's facts), which may hold health information and is not kept. A replay that
   * decides the same gives the same hash; one that charges $75 instead of $150 under the same codes does not.
   * Messages are left out because a release may reword them.
   */
  readonly decisionHash: string;
}

/**
 * What {@link digestDecision} records beside the decision. `policy` and `input` are any plain JSON
 * (pass the policy as the rule parsed it, defaults filled in, so a default written out and one left out
 * hash the same).
 *
 * @example
 * ```ts
 * const options: DigestDecisionOptions = { rule: 'evaluateMissedSessionFee', policy, input: appointment, asOf: '2026-03-10' };
 * ```
 */
export const DigestDecisionOptions = z.strictObject({
  rule: z.string().min(1).max(200),
  policy: z.unknown(),
  input: z.unknown(),
  asOf: z.union([LocalDate, Instant]),
});
export type DigestDecisionOptions = z.input<typeof DigestDecisionOptions>;

// Only what the record keeps is read from a decision; its other fields are the rule's own. A code in none of the
// library's catalogs is refused at its path, never echoed: a log keeps only codes an auditor can look up.
const DecisionShape = z.looseObject({
  outcome: z.string().min(1).max(200),
  reasons: z
    .array(
      z.looseObject({
        code: z
          .string()
          .min(1)
          .max(200)
          .refine(isKnownReasonCode, {
            message: 'is not a reason code of practice-ops (see docs/reason-codes.md)',
            params: { code: 'ops.decision_log.unknown_reason_code' },
          }),
      }),
    )
    .max(10_000),
});

// The decision checked, with its canonical JSON (messages left out); one that is not plain JSON is a problem of
// the decision as a whole (a key inside it may be health information).
function decisionArgument(decision: unknown) {
  const d = validate(DecisionShape, decision, 'decision');
  const text = canonicalJson({
    ...d,
    reasons: d.reasons.map(({ message: _message, ...rest }) => rest),
  });
  if (text === undefined)
    throw new ValidationError('decision', [
      {
        path: [],
        at: '$',
        code: 'ops.decision_log.not_json',
        message:
          'must be plain JSON: finite numbers, strings, booleans, null, arrays and plain objects, at most 100 levels deep',
      },
    ]);
  return { decision: d, text };
}

const encoder = new TextEncoder();

// The options, validated, with the policy's and the input's canonical JSON: a policy or input that is not
// plain JSON is a problem at its field (only the field is named: a key inside the input may itself be health
// information), both listed when both are.
function digestOptions(options: DigestDecisionOptions) {
  const opts = validate(DigestDecisionOptions, options, 'decision digest options');
  const policy = canonicalJson(opts.policy);
  const input = canonicalJson(opts.input);
  const issues: ValidationIssue[] = [];
  for (const [field, text] of [
    ['policy', policy],
    ['input', input],
  ] as const) {
    if (text !== undefined) continue;
    issues.push({
      path: [field],
      at: `$.${field}`,
      code: 'ops.decision_log.not_json',
      message:
        'must be plain JSON: finite numbers, strings, booleans, null, arrays and plain objects, at most 100 levels deep',
    });
  }
  if (isNonEmpty(issues)) throw new ValidationError('decision digest options', issues);
  return { ...opts, policy: policy as string, input: input as string };
}

function hashOf(text: string): string {
  return `sha256:${sha256Hex(encoder.encode(text))}`;
}

/**
 * Records a decision for the log: the rule, the library version, SHA-256 hashes of the policy's, the input's
 * and the decision's canonical JSON (keys sorted, numbers in one form; the decision without its messages),
 * `asOf`, the outcome and the reason codes. Nothing beyond ids the caller chose to put in `rule` is kept in the
 * clear [sources: cfr-45-164.312] [sources: hhs-minimum-necessary].
 * Pure and deterministic: the same decision, policy, input and `asOf` give the same record on any host,
 * in any time zone; any change to a policy field changes `policyHash`. Nothing is stored.
 *
 * @throws {@link ValidationError} listing the decision's and the options' problems at once, each path under
 * its parameter's name: a decision without `outcome` or `reasons` (`$.decision.outcome`), a reason code in none
 * of the library's catalogs (`$.decision.reasons[2].code`, not echoed), a decision that is not plain JSON
 * (`$.decision`), invalid options
 * (`$.options.asOf`), a policy or input that is not plain JSON (`$.options.input`: a `Date`, a `NaN`, a cycle).
 * @remarks SHA-256 [sources: fips-180-4] over JSON canonicalized as RFC 8785 does [sources: rfc-8785].
 * @example
 * ```ts
 * import type { SchedulingAppointmentInput, SchedulingClientInput } from 'practice-ops/scheduling';
 *
 * // A commercially insured adult cancelled at 08:00 a session at 11:00 (24 hours' notice asked).
 * const appointment: SchedulingAppointmentInput = { id: 'a-1', clinicianId: 'dr-lee', clientIds: ['cl-1'],
 *   type: 'individual', modality: { kind: 'telehealth', clientLocationState: 'NY' },
 *   start: '2026-03-10T11:00:00-04:00', end: '2026-03-10T11:50:00-04:00', sessionFeeCents: 15000,
 *   status: { state: 'cancelled', by: 'client', at: '2026-03-10T08:00:00-04:00' } };
 * const client: SchedulingClientInput = { id: 'cl-1', zone: 'America/New_York', locationState: 'NY',
 *   payerClasses: ['commercial'], birthDate: '1990-04-12', cancellationPolicyAcknowledgedAt: '2026-01-05T10:00:00-05:00' };
 * const policy = validate(CancellationPolicy, { practiceZone: 'America/New_York' }, 'cancellation policy');
 * const asOf = '2026-03-10T09:00:00-04:00';
 * const decision = evaluateMissedSessionFee(appointment, client, policy, { asOf });
 * digestDecision(decision, { rule: 'evaluateMissedSessionFee', policy, input: { appointment, client }, asOf });
 * //=> { rule: 'evaluateMissedSessionFee', policyHash: 'sha256:…', inputHash: 'sha256:…', asOf: '2026-03-10T09:00:00-04:00',
 * //     outcome: 'charge', reasonCodes: ['scheduling.cancellation.fee_charged', 'scheduling.cancellation.late',
 * //     'scheduling.cancellation.responsible_party'], decisionHash: 'sha256:…', … }
 * ```
 */
export function digestDecision(decision: unknown, options: DigestDecisionOptions): DecisionDigest {
  // Both arguments' problems at once, each under its parameter's name (`$.decision.outcome`,
  // `$.options.asOf`, `$.options.input` when it is not plain JSON).
  const [{ decision: d, text }, opts] = validateArguments([
    ['decision', decisionArgument, decision, 'decision'],
    ['options', digestOptions, options, 'decision digest options'],
  ]);
  return {
    rule: opts.rule,
    libraryVersion: LIBRARY_VERSION,
    policyHash: hashOf(opts.policy),
    inputHash: hashOf(opts.input),
    asOf: opts.asOf,
    outcome: d.outcome,
    reasonCodes: d.reasons.map((r) => r.code),
    decisionHash: hashOf(text),
  };
}
