import * as z from 'zod';
import {
  addDays,
  compareDates,
  type Decision,
  getDaysBetween,
  isNonEmpty,
  LocalDate,
  type Reason,
  reason,
} from '../../core/index.js';
import { compareReasons, compareText, validateArguments } from '../../core/internal.js';
import type { CredentialingIssueCode, CredentialingReasonCode } from '../reason-codes.js';

/**
 * Which NCQA program a credentialing file is scored under: `accreditation` (Health Plan, MBHO and
 * Credentialing Accreditation: a plan credentialing its network) or `cvo_certification` (a
 * credentials verification organization).
 *
 * @example
 * ```ts
 * NcqaCredentialingProgram.parse('accreditation'); //=> 'accreditation'
 * ```
 */
export const NcqaCredentialingProgram = z.enum(['accreditation', 'cvo_certification']);
export type NcqaCredentialingProgram = z.infer<typeof NcqaCredentialingProgram>;

/**
 * The verification time limits for files processed on or after `from`: how many days old a primary-source
 * verification (and the signed application attestation) may be when the file is processed.
 *
 * @example
 * ```ts
 * VerificationTimeLimit.parse({ from: '2025-07-01', accreditationDays: 120, cvoCertificationDays: 90 });
 * //=> the same object
 * ```
 */
export const VerificationTimeLimit = z.strictObject({
  from: LocalDate,
  accreditationDays: z.number().int().min(1).max(3650),
  cvoCertificationDays: z.number().int().min(1).max(3650),
});
export type VerificationTimeLimit = z.infer<typeof VerificationTimeLimit>;

/**
 * NCQA's verification time limits by the date a file is processed: 180 days (accreditation) and 120
 * (CVO certification) before July 1, 2025; 120 and 90 for files processed on or after it. The first
 * entry stands for every earlier file (older changes are not modelled).
 *
 * @remarks [sources: ncqa-cr]. "Processed" is the credentialing decision date for accreditation and the
 * date the verifications are reported to the client for CVO certification.
 * @example
 * ```ts
 * DEFAULT_VERIFICATION_TIME_LIMITS.map((l) => [l.from, l.accreditationDays]);
 * //=> [['1900-01-01', 180], ['2025-07-01', 120]]
 * ```
 */
export const DEFAULT_VERIFICATION_TIME_LIMITS: readonly VerificationTimeLimit[] = Object.freeze([
  { from: '1900-01-01', accreditationDays: 180, cvoCertificationDays: 120 },
  { from: '2025-07-01', accreditationDays: 120, cvoCertificationDays: 90 },
]);

/**
 * One credentialing file: the date it is (or will be) processed, each time-limited primary-source
 * verification with its date, and the date the application attestation was signed. Items NCQA verifies
 * without a time limit (education and training) are left out.
 *
 * @example
 * ```ts
 * CredentialingFile.parse({ processedOn: '2025-07-01', attestedOn: '2025-04-01',
 *   verifications: [{ item: 'license:CA', verifiedOn: '2025-03-03' }] }); //=> the same object
 * ```
 */
export const CredentialingFile = z.strictObject({
  processedOn: LocalDate,
  attestedOn: LocalDate.optional(),
  verifications: z
    .array(z.strictObject({ item: z.string().min(1).max(80), verifiedOn: LocalDate.optional() }))
    .min(1)
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      items.forEach((v, i) => {
        if (seen.has(v.item)) {
          ctx.addIssue({
            code: 'custom',
            message: 'is listed more than once',
            path: [i, 'item'],
            params: { code: 'credentialing.verification.duplicate_item' satisfies CredentialingIssueCode },
          });
        }
        seen.add(v.item);
      });
    }),
});
export type CredentialingFile = z.infer<typeof CredentialingFile>;
export type CredentialingFileInput = z.input<typeof CredentialingFile>;

/**
 * Options for {@link evaluateVerificationTimeliness}.
 *
 * @example
 * ```ts
 * const options: EvaluateVerificationTimelinessOptions = { program: 'cvo_certification' };
 * ```
 */
export interface EvaluateVerificationTimelinessOptions {
  /** The NCQA program the file is scored under (default `accreditation`). */
  readonly program?: NcqaCredentialingProgram;
  /** The limits by processing date (default {@link DEFAULT_VERIFICATION_TIME_LIMITS}). */
  readonly timeLimits?: readonly VerificationTimeLimit[];
}

const Options = z.strictObject({
  program: NcqaCredentialingProgram.default('accreditation'),
  timeLimits: z
    .array(VerificationTimeLimit)
    .min(1)
    .default([...DEFAULT_VERIFICATION_TIME_LIMITS]),
});

/**
 * The decision of {@link evaluateVerificationTimeliness}: the limit that applied, and the last day the file
 * could be processed with every dated item inside it (`currentThrough`).
 *
 * @example
 * ```ts
 * const d: VerificationTimelinessDecision = evaluateVerificationTimeliness(file);
 * d.outcome; //=> 'timely'
 * ```
 */
export type VerificationTimelinessDecision = Decision<
  'timely',
  'stale' | 'undecided',
  CredentialingReasonCode,
  {
    readonly processedOn: LocalDate;
    readonly limitDays: number | null;
    readonly currentThrough: LocalDate | null;
  }
>;

type R = Reason<CredentialingReasonCode>;

/**
 * Whether every time-limited verification in a credentialing file, and its signed attestation, is recent
 * enough on the day the file is processed: at most the NCQA limit in force on that day old (120 days for
 * accreditation files processed from July 1, 2025, 180 before; CVO certification 90, 120 before). A
 * verification exactly at the limit is in time; one day more is stale.
 *
 * @param file - the processing (decision) date, the verifications and the attestation date
 * @returns `timely`; `stale` naming each item too old or dated after processing; `undecided` when an item
 *   or the attestation has no date (and nothing is stale)
 * @throws {@link ValidationError} when the file or options are invalid
 * @remarks [sources: ncqa-cr]. Plans use the same clock for recredentialing files.
 * @example
 * ```ts
 * evaluateVerificationTimeliness({ processedOn: '2025-07-01', attestedOn: '2025-06-01',
 *   verifications: [{ item: 'license:CA', verifiedOn: '2025-03-03' }] });
 * //=> { outcome: 'timely', limitDays: 120, currentThrough: '2025-07-01', … } (exactly 120 days old)
 * ```
 */
export function evaluateVerificationTimeliness(
  file: CredentialingFileInput,
  options: EvaluateVerificationTimelinessOptions = {},
): VerificationTimelinessDecision {
  const [f, o] = validateArguments([
    ['file', CredentialingFile, file, 'credentialing file'],
    ['options', Options, options, 'verification time limit options'],
  ]);
  const on = f.processedOn;
  const limit = limitOn(o.timeLimits, on);
  const base = { processedOn: on, program: o.program };
  if (limit === undefined) {
    return {
      outcome: 'undecided',
      processedOn: on,
      limitDays: null,
      currentThrough: null,
      reasons: [
        reason(
          'credentialing.verification.no_time_limit',
          'warning',
          'No verification time limit is configured for files processed on that date.',
          base,
        ),
      ],
    };
  }
  const days = o.program === 'accreditation' ? limit.accreditationDays : limit.cvoCertificationDays;
  const facts = { ...base, limitDays: days, limitsFrom: limit.from };
  const items = [
    ...f.verifications.map((v) => ({ item: v.item, verifiedOn: v.verifiedOn })),
    { item: 'application_attestation', verifiedOn: f.attestedOn },
  ].sort((a, b) => compareText(a.item, b.item));
  const stale: R[] = [];
  const unknown: R[] = [];
  let currentThrough: LocalDate | null = null;
  for (const { item, verifiedOn } of items) {
    if (verifiedOn === undefined) {
      unknown.push(
        reason(
          'credentialing.verification.date_unknown',
          'warning',
          `The date ${item} was verified is not recorded.`,
          { ...facts, item },
        ),
      );
      continue;
    }
    const last = addDays(verifiedOn, days);
    if (currentThrough === null || compareDates(last, currentThrough) < 0) currentThrough = last;
    const age = getDaysBetween(verifiedOn, on);
    const itemFacts = { ...facts, item, verifiedOn, ageDays: age };
    if (age < 0) {
      stale.push(
        reason(
          'credentialing.verification.after_processing',
          'error',
          `${item} was verified after the file was processed: the decision could not rest on it.`,
          itemFacts,
        ),
      );
    } else if (age > days) {
      stale.push(
        reason(
          'credentialing.verification.stale',
          'error',
          `${item} was verified ${age} days before the file was processed; the limit is ${days}.`,
          itemFacts,
        ),
      );
    }
  }
  const data = { processedOn: on, limitDays: days, currentThrough };
  if (isNonEmpty(stale)) {
    return { outcome: 'stale', ...data, reasons: [...stale, ...unknown].sort(compareReasons) as [R, ...R[]] };
  }
  if (isNonEmpty(unknown)) return { outcome: 'undecided', ...data, reasons: unknown };
  return {
    outcome: 'timely',
    ...data,
    reasons: [
      reason(
        'credentialing.verification.timely',
        'info',
        `Every verification is at most ${days} days old when the file is processed.`,
        { ...facts, currentThrough },
      ),
    ],
  };
}

// The limit in force on a date: the entry with the latest `from` on or before it.
function limitOn(limits: readonly VerificationTimeLimit[], on: LocalDate): VerificationTimeLimit | undefined {
  let found: VerificationTimeLimit | undefined;
  for (const l of limits) {
    if (compareDates(l.from, on) <= 0 && (found === undefined || compareDates(found.from, l.from) < 0))
      found = l;
  }
  return found;
}
