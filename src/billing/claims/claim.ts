import * as z from 'zod';
import {
  ClaimId,
  ClientId,
  ClinicianId,
  compareDates,
  LocalDate,
  NonNegativeCents,
  PayerId,
  validate,
} from '../../core/index.js';
import { checkUniqueKeys, StaffId, toEpochDay, validateArguments } from '../../core/internal.js';
import { AudioOnlyVideoFacts } from '../coding/telehealth-coding.js';
import type { BillingReasonCode } from '../reason-codes.js';
import { MedicareFilingException } from './medicare-filing-exception.js';
import { ClaimOrderingProvider } from './ordering-provider.js';
import { ClaimServiceFacility } from './service-facility.js';
import { ClaimStatus, canMoveClaim } from './status.js';

/**
 * A procedure code on a claim line, shaped as CPT or HCPCS writes one: five digits (CPT Category I), four
 * digits and `F`, `M`, `T` or `U` (Category II, administrative MAAA, Category III, PLA), or a letter A–V
 * and four digits (HCPCS Level II) [sources: cms-hcpcs]. The scrubber checks it against the service-code
 * catalog; the model accepts every well-formed code. Behaviour change (2026-12-07): every five letters or
 * digits passed, so `9O791` (a letter O) validated.
 * @example
 * ```ts
 * ClaimProcedureCode.parse('90834'); //=> '90834'
 * ClaimProcedureCode.safeParse('9O791').success; //=> false
 * ```
 */
export const ClaimProcedureCode = z.string().regex(/^(?:\d{4}[0-9FMTU]|[A-V]\d{4})$/, {
  message: 'must be a CPT or HCPCS code: 5 digits, 4 digits and F, M, T or U, or a letter A–V and 4 digits',
});
export type ClaimProcedureCode = z.infer<typeof ClaimProcedureCode>;

/**
 * A two-character procedure modifier (e.g. `95`, `93`, `HJ`): a CPT modifier (two digits, or a Category II
 * performance modifier `1P`–`8P`) or a HCPCS Level II modifier (a letter, then a letter or digit)
 * [sources: cms-hcpcs]. Behaviour change (2026-12-07): every two letters or digits passed, so `9S` validated.
 * @example
 * ```ts
 * ClaimModifier.parse('95'); //=> '95'
 * ClaimModifier.safeParse('9S').success; //=> false
 * ```
 */
export const ClaimModifier = z.string().regex(/^(?:\d{2}|[1-8]P|[A-Z][0-9A-Z])$/, {
  message:
    'must be a CPT modifier (2 digits, or 1P to 8P) or a HCPCS modifier (a letter, then a letter or digit)',
});
export type ClaimModifier = z.infer<typeof ClaimModifier>;

/**
 * An ICD-10-CM diagnosis code, with or without the dot (e.g. `F41.1`).
 * @example
 * ```ts
 * ClaimDiagnosisCode.parse('F41.1'); //=> 'F41.1'
 * ```
 */
export const ClaimDiagnosisCode = z
  .string()
  .regex(/^[A-TV-Z][0-9][0-9A-Z](\.?[0-9A-Z]{1,4})?$/, { message: 'must be an ICD-10-CM code' });
export type ClaimDiagnosisCode = z.infer<typeof ClaimDiagnosisCode>;

/**
 * A claim line's own id, unique within its claim (the 837 line item control number).
 * @example
 * ```ts
 * ClaimLineId.parse('1'); //=> '1'
 * ```
 */
export const ClaimLineId = z
  .string()
  .regex(/^[A-Za-z0-9._:-]{1,50}$/, { message: 'must be 1–50 letters, digits, . _ : or -' });
export type ClaimLineId = z.infer<typeof ClaimLineId>;

/**
 * One service line of a professional claim (an 837P SV1 loop).
 *
 * @example
 * ```ts
 * ClaimLine.parse({ lineId: '1', serviceDate: '2026-03-02', procedureCode: '90834', placeOfService: '11',
 *   units: 1, chargeCents: 15_000, diagnosisPointers: [1] }).modality; //=> 'in_person'
 * ```
 */
export const ClaimLine = z.strictObject({
  lineId: ClaimLineId,
  serviceDate: LocalDate,
  procedureCode: ClaimProcedureCode,
  modifiers: z.array(ClaimModifier).max(4).default([]),
  /** Two-digit place-of-service code (11 office, 12 home and other in-person places, 02/10 telehealth [sources: cms-pos-codes]). */
  placeOfService: z.string().regex(/^\d{2}$/, { message: 'must be 2 digits' }),
  units: z.number().int().min(1).max(999),
  chargeCents: NonNegativeCents,
  /** 1-based pointers into the claim's diagnosis codes, at most four (CMS-1500 box 24E). */
  diagnosisPointers: z.array(z.number().int().min(1).max(12)).max(4).default([]),
  /** How the session was delivered; the scrubber checks place of service and modifiers against it. */
  modality: z.enum(['in_person', 'video', 'audio_only']).default('in_person'),
  /**
   * For telehealth: whether the client was at home (POS 10) or elsewhere (POS 02). No default: left out,
   * the scrubber asks where the client was wherever the payer's answer depends on it.
   */
  clientAtHome: z.boolean().optional(),
  /**
   * For an audio-only line: whether the clinician could have used video. Left out, unknown: where the payer
   * pays audio-only only on it (Medicare), the scrubber asks [sources: cfr-42-410.78].
   */
  clinicianVideoCapable: AudioOnlyVideoFacts.shape.clinicianVideoCapable,
  /**
   * For an audio-only line: whether the client was not capable of video, did not consent to it, or was
   * capable and consenting. Left out, unknown, never presumed [sources: cfr-42-410.78].
   */
  clientVideo: AudioOnlyVideoFacts.shape.clientVideo,
  /**
   * Where this line's service was given when it is not where the claim's were (the claim's
   * `serviceFacility`, or the billing provider's address when it has none): the 837P's line-level service
   * facility, loop 2420C, written only where it differs from the claim's 2310C. Give the billing provider's
   * own address for a line at the office beside lines at another site. Left out, the line was where the
   * claim's services were [sources: x12-837p-cg-cms].
   */
  serviceFacility: ClaimServiceFacility.optional(),
  /**
   * Who ordered this line's service when not its rendering provider (a lab a psychiatrist ordered): the 837P's
   * ordering provider, loop 2420E. For Medicare the scrubber checks them (42 CFR 424.507)
   * [sources: x12-837p-cg-cms, cfr-42-424.507].
   */
  orderingProvider: ClaimOrderingProvider.optional(),
});
export type ClaimLine = z.infer<typeof ClaimLine>;
export type ClaimLineInput = z.input<typeof ClaimLine>;

/**
 * One recorded move of a claim's status, on the practice's calendar date.
 *
 * @example
 * ```ts
 * ClaimStatusChange.parse({ from: 'ready', to: 'submitted', on: '2026-03-03' });
 * //=> { from: 'ready', to: 'submitted', on: '2026-03-03' }
 * ```
 */
export const ClaimStatusChange = z.strictObject({
  from: ClaimStatus,
  to: ClaimStatus,
  on: LocalDate,
  by: StaffId.optional(),
  note: z.string().max(500).optional(),
});
export type ClaimStatusChange = z.infer<typeof ClaimStatusChange>;

/** Claim fields without the history checks, so the lifecycle can build on them. */
const ClaimShape = z.strictObject({
  claimId: ClaimId,
  clientId: ClientId,
  payerId: PayerId,
  /** Rendering provider NPI (837P 2310B). Optional in the model: the scrubber reports it missing. */
  renderingNpi: z.string().max(20).optional(),
  /** The clinician who treated (rendered the services): the 837P's 2310B provider, the FHIR Claim's provider. */
  renderingClinicianId: ClinicianId.optional(),
  /** The supervising clinician, when the rendering one bills under supervision (837P 2310D). */
  supervisingClinicianId: ClinicianId.optional(),
  /** Billing provider NPI (837P 2010AA). */
  billingNpi: z.string().max(20).optional(),
  diagnosisCodes: z.array(ClaimDiagnosisCode).max(12).default([]),
  lines: z.array(ClaimLine).min(1).max(50),
  priorAuthorizationNumber: z.string().min(1).max(50).optional(),
  /**
   * Where the services were given, when not at the billing provider's address (837P 2310C). Left out for
   * services at the billing provider's own address, telehealth and the client's home.
   */
  serviceFacility: ClaimServiceFacility.optional(),
  /**
   * Who referred the claim's services (a psychological test referred by the client's physician): the 837P's
   * referring provider, loop 2310A. For Medicare the scrubber checks them on each date of service
   * (42 CFR 424.507) [sources: x12-837p-cg-cms, cfr-42-424.507].
   */
  referringProvider: ClaimOrderingProvider.optional(),
  /**
   * The payer's claim control number for this claim (835 CLP07, the ICN or DCN), once it has one: a
   * replacement or void names it (837P REF*F8).
   */
  payerClaimControlNumber: z.string().min(1).max(50).optional(),
  /** Whether this payer is billed as primary or after another payer's remittance. */
  coverage: z.enum(['primary', 'secondary']).default('primary'),
  /** For a secondary claim: the date of the primary payer's remittance (starts its filing clock). */
  primaryRemittanceDate: LocalDate.optional(),
  /**
   * An exception to Medicare's 12-month filing limit (42 CFR 424.44(b)) the biller asserts for this claim,
   * with the date of its notice: its first filing may be made through the last day of the 6th month after
   * the notice's month, when that is later [sources: cfr-42-424.44].
   */
  medicareFilingException: MedicareFilingException.optional(),
  status: ClaimStatus.default('draft'),
  history: z.array(ClaimStatusChange).default([]),
});

/**
 * An insurance claim: providers, client, payer, diagnoses, service lines, status and the history of
 * every status move. The history must be a chain of moves the lifecycle table allows, in date order,
 * ending at the current status.
 *
 * @throws via `validate`: `billing.claim.duplicate_line_id`, `billing.claim.history_broken_chain`,
 * `billing.claim.history_illegal_move`, `billing.claim.history_out_of_order`,
 * `billing.claim.status_not_in_history`, `billing.claim.remittance_before_service`.
 * @example
 * ```ts
 * validate(Claim, { claimId: 'c-1', clientId: 'cl-1', payerId: 'p-1', lines: [line] }, 'claim').status;
 * //=> 'draft'
 * ```
 */
export const Claim = ClaimShape.superRefine((claim, ctx) => {
  // A file holds 200,000 claims, most of one line: no set of line ids, and no callback per claim.
  if (claim.lines.length > 1) {
    checkUniqueKeys(
      ctx,
      claim.lines,
      (line) => line.lineId,
      (i) => ['lines', i, 'lineId'],
      {
        code: 'billing.claim.duplicate_line_id' satisfies BillingReasonCode,
        message: 'line ids must be unique within a claim',
      },
    );
  }
  let current: ClaimStatus = 'draft';
  let lastOn: string | undefined;
  for (let i = 0; i < claim.history.length; i += 1) {
    const change = claim.history[i] as ClaimStatusChange;
    if (change.from !== current) {
      ctx.addIssue({
        code: 'custom',
        message: 'must start from the status the previous move ended at',
        path: ['history', i, 'from'],
        params: { code: 'billing.claim.history_broken_chain' satisfies BillingReasonCode },
      });
    }
    if (!canMoveClaim(change.from, change.to)) {
      ctx.addIssue({
        code: 'custom',
        message: 'is a move the claim lifecycle table does not allow',
        path: ['history', i, 'to'],
        params: { code: 'billing.claim.history_illegal_move' satisfies BillingReasonCode },
      });
    }
    if (lastOn !== undefined && compareDates(change.on, lastOn) < 0) {
      ctx.addIssue({
        code: 'custom',
        message: 'must not be earlier than the previous move',
        path: ['history', i, 'on'],
        params: { code: 'billing.claim.history_out_of_order' satisfies BillingReasonCode },
      });
    }
    current = change.to;
    lastOn = change.on;
  }
  if (claim.status !== current) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be the status the history ends at',
      path: ['status'],
      params: { code: 'billing.claim.status_not_in_history' satisfies BillingReasonCode },
    });
  }
  if (claim.primaryRemittanceDate !== undefined) {
    // The refinement may see line dates that failed their own check: read them, do not validate them.
    const first = firstServiceDate(claim.lines);
    if (compareDates(claim.primaryRemittanceDate, first) < 0) {
      ctx.addIssue({
        code: 'custom',
        message: 'must not be before the first date of service',
        path: ['primaryRemittanceDate'],
        params: { code: 'billing.claim.remittance_before_service' satisfies BillingReasonCode },
      });
    }
  }
});
export type Claim = z.infer<typeof Claim>;
/**
 * A claim as callers write it, before defaults apply (`status` `draft`, no history, primary coverage).
 * @example
 * ```ts
 * const claim: ClaimInput = { claimId: 'c-1', clientId: 'cl-1', payerId: 'p-1', lines: [line] };
 * Claim.parse(claim).coverage; //=> 'primary'
 * ```
 */
export type ClaimInput = z.input<typeof Claim>;

// What the claim helpers below read: the lines' dates, or the status history. A validated claim passes the
// cheap check on the hot path; anything else is parsed, so the error names what is wrong.
const ClaimLinesArgument = z.looseObject({
  lines: z.array(z.looseObject({ serviceDate: LocalDate })).min(1),
});
const ClaimHistoryArgument = z.looseObject({ history: ClaimShape.shape.history });

function isDated(value: unknown, key: 'serviceDate' | 'on'): boolean {
  const date = (value as Record<string, unknown> | null)?.[key];
  return typeof date === 'string' && !Number.isNaN(toEpochDay(date));
}

function historyOf(claim: Pick<ClaimInput, 'history'>): readonly ClaimStatusChange[] {
  const history = (claim as { history?: unknown } | null)?.history;
  const valid =
    Array.isArray(history) &&
    history.every(
      (c: { to?: unknown } | null) => isDated(c, 'on') && ClaimStatus.options.includes(c?.to as never),
    );
  return valid ? (history as ClaimStatusChange[]) : validate(ClaimHistoryArgument, claim, 'claim').history;
}

/** The earliest date of service of lines already validated (internal: see {@link getEarliestClaimServiceDate}). */
export function firstServiceDate(lines: readonly { readonly serviceDate: string }[]): string {
  let first = '';
  for (const line of lines) if (first === '' || line.serviceDate < first) first = line.serviceDate;
  return first;
}

/**
 * The earliest date of service on a claim: Medicare counts a span claim's filing limit from the line's
 * "from" date, so the first line's clock runs out first [sources: cms-mcpm-ch1-70].
 *
 * @throws {@link ValidationError} when `claim` has no lines with real dates of service.
 * @example
 * ```ts
 * getEarliestClaimServiceDate({ lines: [{ serviceDate: '2026-03-09' }, { serviceDate: '2026-03-02' }] });
 * //=> '2026-03-02'
 * ```
 */
export function getEarliestClaimServiceDate(claim: {
  readonly lines: readonly { readonly serviceDate: string }[];
}): string {
  const lines = (claim as { lines?: unknown } | null)?.lines;
  const valid = Array.isArray(lines) && lines.length > 0 && lines.every((l) => isDated(l, 'serviceDate'));
  return firstServiceDate(valid ? lines : validate(ClaimLinesArgument, claim, 'claim').lines);
}

/**
 * The date the claim counts as filed: the first submission (or resubmission) the clearinghouse accepted
 * and the payer did not return as unprocessable. Rejected submissions and unprocessable claims were
 * never filed [sources: mac-fcso-timely-filing, cms-mcpm-ch1-70]. `undefined` when never filed (a claim
 * written without a `history` has none).
 *
 * @throws {@link ValidationError} when `claim`'s history is not a valid status history.
 * @example
 * ```ts
 * import type { ClaimInput } from 'practice-ops/billing';
 *
 * // Submitted 2025-03-01 and accepted; returned unprocessable 2025-12-20; submitted again 2026-02-01, accepted.
 * const history: NonNullable<ClaimInput['history']> = [
 *   { from: 'draft', to: 'ready', on: '2025-02-28' },
 *   { from: 'ready', to: 'submitted', on: '2025-03-01' },
 *   { from: 'submitted', to: 'accepted', on: '2025-03-02' },
 *   { from: 'accepted', to: 'unprocessable', on: '2025-12-20' },
 *   { from: 'unprocessable', to: 'submitted', on: '2026-02-01' },
 *   { from: 'submitted', to: 'accepted', on: '2026-02-02' },
 * ];
 * getClaimFiledDate({ history: history.slice(0, 3) }); //=> '2025-03-01'
 * getClaimFiledDate({ history }); //=> '2026-02-01' (an unprocessable claim was never filed)
 * getClaimFiledDate({ history: history.slice(0, 2) }); //=> undefined (never accepted)
 * getClaimFiledDate({}); //=> undefined (no history)
 * ```
 */
export function getClaimFiledDate(claim: Pick<ClaimInput, 'history'>): LocalDate | undefined {
  return filedDateOf(historyOf(claim));
}

/** {@link getClaimFiledDate} of a history already validated (internal: asked of every open claim). */
export function filedDateOf(history: readonly ClaimStatusChange[]): LocalDate | undefined {
  let filed: LocalDate | undefined;
  let filedBy = -1;
  let sentOn: LocalDate | undefined;
  let sent = -1;
  for (const change of history) {
    if (change.to === 'submitted' || change.to === 'resubmitted') {
      sentOn = change.on;
      sent += 1;
    } else if (change.to === 'accepted' && sentOn !== undefined && filed === undefined) {
      // The first acceptance files the claim; a later one is a corrected claim, not the original filing.
      filed = sentOn;
      filedBy = sent;
    } else if (change.to === 'unprocessable' && filedBy === sent) {
      // The submission that filed it came back unprocessable: it never counted.
      filed = undefined;
      filedBy = -1;
    }
  }
  return filed;
}

/**
 * The date of the claim's most recent move into `status`, or `undefined` when it never had it.
 *
 * @throws {@link ValidationError} listing both at once when `claim` has no valid status history or `status`
 * is unknown, each under its parameter's name (`$.claim.history`, `$.status`).
 * @example
 * ```ts
 * getLastClaimMoveDate(claim, 'denied'); //=> '2026-04-10'
 * ```
 */
export function getLastClaimMoveDate(
  claim: Pick<ClaimInput, 'history'>,
  status: ClaimStatus,
): LocalDate | undefined {
  // Both arguments' problems at once, each under its parameter's name (`$.claim.history`, `$.status`).
  const [history] = validateArguments([
    ['claim', historyOf, claim, 'claim'],
    ['status', ClaimStatus, status, 'status'],
  ]);
  return lastMoveDateOf(history, status);
}

/** {@link getLastClaimMoveDate} in a history already validated (internal: asked of every open claim). */
export function lastMoveDateOf(
  history: readonly ClaimStatusChange[],
  status: ClaimStatus,
): LocalDate | undefined {
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const change = history[i];
    if (change !== undefined && change.to === status) return change.on;
  }
  return undefined;
}
