import * as z from 'zod';
import { addDays, type Decision, getDaysBetween, LocalDate, reason } from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';
import { CaqhProfile } from '../credentials/clinician-credentials.js';
import type { CredentialingReasonCode } from '../reason-codes.js';

/**
 * CAQH ProView re-attestation cycle in days.
 *
 * @remarks Every 120 days (Illinois: 180, pass it as an option) [sources: caqh-proview].
 *
 * @example
 * ```ts
 * getCaqhReattestationDueDate('2026-01-05', CAQH_REATTESTATION_DAYS); //=> '2026-05-05'
 * ```
 */
export const CAQH_REATTESTATION_DAYS = 120;

/**
 * CAQH sends reminder e-mails 15, 10 and 5 days before an attestation falls due; the deadline
 * calendar uses these as the CAQH lead times.
 *
 * @remarks [sources: caqh-proview]
 *
 * @example
 * ```ts
 * CAQH_REMINDER_LEAD_DAYS; //=> [15, 10, 5]
 * ```
 */
export const CAQH_REMINDER_LEAD_DAYS = [15, 10, 5] as const;

/**
 * Options for {@link evaluateCaqhAttestation}.
 *
 * @example
 * ```ts
 * EvaluateCaqhAttestationOptions.parse({ asOf: '2026-05-06', reattestationDays: 180 });
 * //=> { asOf: '2026-05-06', reattestationDays: 180, dueSoonDays: 15 }
 * ```
 */
export const EvaluateCaqhAttestationOptions = z.strictObject({
  /** The date to evaluate on. */
  asOf: LocalDate,
  reattestationDays: z.number().int().min(1).max(366).default(CAQH_REATTESTATION_DAYS),
  /** Days before the due date from which the attestation is reported as due soon. */
  dueSoonDays: z.number().int().min(0).max(366).default(CAQH_REMINDER_LEAD_DAYS[0]),
});
export type EvaluateCaqhAttestationOptions = z.input<typeof EvaluateCaqhAttestationOptions>;

/**
 * The decision of {@link evaluateCaqhAttestation}: when re-attestation is due, and how old the last one is.
 * @example
 * ```ts
 * const d: CaqhAttestationDecision = evaluateCaqhAttestation(
 *   { providerId: '12345678', lastAttestedOn: '2026-01-05' }, { asOf: '2026-02-02' });
 * d.outcome; //=> 'current'
 * d.dueOn; //=> '2026-05-05'
 * ```
 */
export type CaqhAttestationDecision = Decision<
  'current',
  'expired' | 'undecided',
  CredentialingReasonCode,
  { readonly dueOn: LocalDate | null; readonly daysSinceAttestation: number | null }
>;

/**
 * The last day an attestation is current: `reattestationDays` after the attestation date.
 *
 * @example
 * ```ts
 * getCaqhReattestationDueDate('2026-01-05'); //=> '2026-05-05'
 * getCaqhReattestationDueDate('2026-01-05', { reattestationDays: 90 }); //=> '2026-04-05'
 * ```
 */
export function getCaqhReattestationDueDate(
  lastAttestedOn: LocalDate,
  options: GetCaqhReattestationDueDateOptions = {},
): LocalDate {
  const [on, o] = validateArguments([
    ['lastAttestedOn', LocalDate, lastAttestedOn, 'attestation date'],
    ['options', DueDateOptions, options, 'CAQH due date options'],
  ]);
  return addDays(on, o.reattestationDays ?? CAQH_REATTESTATION_DAYS);
}

const DueDateOptions = z.strictObject({ reattestationDays: z.number().int().min(1).max(366).optional() });

/** Options for {@link getCaqhReattestationDueDate}. */
export interface GetCaqhReattestationDueDateOptions {
  /** Days an attestation stays current (default {@link CAQH_REATTESTATION_DAYS}). */
  readonly reattestationDays?: number;
}

/**
 * Decides whether a CAQH ProView attestation is current on `asOf`.
 *
 * An attestation made on day 0 is current through day 120 (its due date, the 120th day after it) and
 * expired from day 121: CAQH marks a profile "Expired" the day after re-attestation falls due.
 *
 * @param caqh - the clinician's CAQH profile, or `undefined` when none is on file
 * @param options - `asOf` (the date to evaluate on), the re-attestation cycle and the reminder window
 * @returns `current` (with a warning inside the reminder window or on the due date), `expired`, or
 *   `undecided` when no attestation date is recorded or it is after `asOf`
 * @throws {@link ValidationError} when the profile, date or options are invalid
 * @remarks Re-attest every 120 days; "Expired" the day after; payers read only attested data, so an
 * expired attestation stalls every payer's pull at once [sources: caqh-proview].
 * @example
 * ```ts
 * evaluateCaqhAttestation({ providerId: '12345678', lastAttestedOn: '2026-01-05' }, { asOf: '2026-05-06' });
 * //=> { outcome: 'expired', dueOn: '2026-05-05', daysSinceAttestation: 121,
 * //     reasons: [{ code: 'credentialing.caqh.expired', severity: 'error', … }] }
 * ```
 */
export function evaluateCaqhAttestation(
  caqh: z.input<typeof CaqhProfile> | undefined,
  options: EvaluateCaqhAttestationOptions,
): CaqhAttestationDecision {
  const [profile, opts] = validateArguments([
    ['caqh', CaqhProfile.optional(), caqh, 'CAQH profile'],
    ['options', EvaluateCaqhAttestationOptions, options, 'CAQH attestation options'],
  ]);
  const day = opts.asOf;
  const attested = profile?.lastAttestedOn;
  if (attested === undefined) {
    return {
      outcome: 'undecided',
      dueOn: null,
      daysSinceAttestation: null,
      reasons: [
        reason(
          'credentialing.caqh.never_attested',
          'warning',
          'No CAQH ProView attestation date is on record.',
          {
            asOf: day,
          },
        ),
      ],
    };
  }
  const age = getDaysBetween(attested, day);
  const dueOn = getCaqhReattestationDueDate(attested, { reattestationDays: opts.reattestationDays });
  // The window and the days left of it (negative once past), so a decision says how near it came.
  const facts = {
    lastAttestedOn: attested,
    asOf: day,
    dueOn,
    daysSinceAttestation: age,
    reattestationDays: opts.reattestationDays,
    daysLeft: opts.reattestationDays - age,
  };
  if (age < 0) {
    return {
      outcome: 'undecided',
      dueOn,
      daysSinceAttestation: age,
      reasons: [
        reason(
          'credentialing.caqh.attested_after_as_of',
          'warning',
          'The recorded attestation date is after the evaluation date.',
          facts,
        ),
      ],
    };
  }
  const left = opts.reattestationDays - age;
  if (left < 0) {
    return {
      outcome: 'expired',
      dueOn,
      daysSinceAttestation: age,
      reasons: [
        reason(
          'credentialing.caqh.expired',
          'error',
          `The CAQH attestation expired ${-left} day${left === -1 ? '' : 's'} ago; re-attest now.`,
          facts,
        ),
      ],
    };
  }
  if (left === 0) {
    return {
      outcome: 'current',
      dueOn,
      daysSinceAttestation: age,
      reasons: [
        reason(
          'credentialing.caqh.due_today',
          'warning',
          'Today is the last day to re-attest in CAQH.',
          facts,
        ),
      ],
    };
  }
  if (left <= opts.dueSoonDays) {
    return {
      outcome: 'current',
      dueOn,
      daysSinceAttestation: age,
      reasons: [
        reason(
          'credentialing.caqh.due_soon',
          'warning',
          `CAQH re-attestation is due in ${left} day${left === 1 ? '' : 's'}.`,
          facts,
        ),
      ],
    };
  }
  return {
    outcome: 'current',
    dueOn,
    daysSinceAttestation: age,
    reasons: [
      reason('credentialing.caqh.current', 'info', `The CAQH attestation is current until ${dueOn}.`, facts),
    ],
  };
}
