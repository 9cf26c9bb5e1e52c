import * as z from 'zod';
import {
  ClaimId,
  ClientId,
  compareDates,
  LocalDate,
  NonNegativeCents,
  PayerId,
  StaffId,
} from '../core/index.js';
import { ClaimStatus, isClaimTransitionAllowed } from './claim-status.js';

/**
 * A procedure code on a claim line: five letters or digits (CPT or HCPCS). The scrubber checks it
 * against the service-code catalog; the model accepts any well-formed code.
 * @example
 * ```ts
 * ClaimProcedureCode.parse('90834'); //=> '90834'
 * ```
 */
export const ClaimProcedureCode = z
  .string()
  .regex(/^[0-9A-Z]{5}$/, { message: 'must be 5 letters or digits' });
export type ClaimProcedureCode = z.infer<typeof ClaimProcedureCode>;

/**
 * A two-character procedure modifier (e.g. `95`, `93`, `HJ`).
 * @example
 * ```ts
 * ClaimModifier.parse('95'); //=> '95'
 * ```
 */
export const ClaimModifier = z.string().regex(/^[0-9A-Z]{2}$/, { message: 'must be 2 letters or digits' });
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
  /** Two-digit place-of-service code (11 office, 02/10 telehealth [sources: cms-pos-codes]). */
  placeOfService: z.string().regex(/^\d{2}$/, { message: 'must be 2 digits' }),
  units: z.number().int().min(1).max(999),
  chargeCents: NonNegativeCents,
  /** 1-based pointers into the claim's diagnosis codes, at most four (CMS-1500 box 24E). */
  diagnosisPointers: z.array(z.number().int().min(1).max(12)).max(4).default([]),
  /** How the session was delivered; the scrubber checks place of service and modifiers against it. */
  modality: z.enum(['in_person', 'video', 'audio_only']).default('in_person'),
  /** For telehealth: whether the client was at home (POS 10) or elsewhere (POS 02). */
  clientAtHome: z.boolean().default(false),
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
  /** Billing provider NPI (837P 2010AA). */
  billingNpi: z.string().max(20).optional(),
  diagnosisCodes: z.array(ClaimDiagnosisCode).max(12).default([]),
  lines: z.array(ClaimLine).min(1).max(50),
  priorAuthorizationNumber: z.string().min(1).max(50).optional(),
  /** Whether this payer is billed as primary or after another payer's remittance. */
  coverage: z.enum(['primary', 'secondary']).default('primary'),
  /** For a secondary claim: the date of the primary payer's remittance (starts its filing clock). */
  primaryRemittanceDate: LocalDate.optional(),
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
  const seen = new Set<string>();
  claim.lines.forEach((line, i) => {
    if (seen.has(line.lineId)) {
      ctx.addIssue({
        code: 'custom',
        message: 'line ids must be unique within a claim',
        path: ['lines', i, 'lineId'],
        params: { code: 'billing.claim.duplicate_line_id' },
      });
    }
    seen.add(line.lineId);
  });
  let current: ClaimStatus = 'draft';
  let lastOn: string | undefined;
  claim.history.forEach((change, i) => {
    if (change.from !== current) {
      ctx.addIssue({
        code: 'custom',
        message: 'must start from the status the previous move ended at',
        path: ['history', i, 'from'],
        params: { code: 'billing.claim.history_broken_chain' },
      });
    }
    if (!isClaimTransitionAllowed(change.from, change.to)) {
      ctx.addIssue({
        code: 'custom',
        message: 'is a move the claim lifecycle table does not allow',
        path: ['history', i, 'to'],
        params: { code: 'billing.claim.history_illegal_move' },
      });
    }
    if (lastOn !== undefined && compareDates(change.on, lastOn) < 0) {
      ctx.addIssue({
        code: 'custom',
        message: 'must not be earlier than the previous move',
        path: ['history', i, 'on'],
        params: { code: 'billing.claim.history_out_of_order' },
      });
    }
    current = change.to;
    lastOn = change.on;
  });
  if (claim.status !== current) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be the status the history ends at',
      path: ['status'],
      params: { code: 'billing.claim.status_not_in_history' },
    });
  }
  if (claim.primaryRemittanceDate !== undefined) {
    const first = earliestClaimServiceDate(claim);
    if (compareDates(claim.primaryRemittanceDate, first) < 0) {
      ctx.addIssue({
        code: 'custom',
        message: 'must not be before the first date of service',
        path: ['primaryRemittanceDate'],
        params: { code: 'billing.claim.remittance_before_service' },
      });
    }
  }
});
export type Claim = z.infer<typeof Claim>;
/** A claim as callers write it, before defaults apply. */
export type ClaimInput = z.input<typeof Claim>;

/**
 * The earliest date of service on a claim: Medicare counts a span claim's filing limit from the line's
 * "from" date, so the first line's clock runs out first [sources: cms-mcpm-ch1-70].
 *
 * @example
 * ```ts
 * earliestClaimServiceDate({ lines: [{ serviceDate: '2026-03-09' }, { serviceDate: '2026-03-02' }] });
 * //=> '2026-03-02'
 * ```
 */
export function earliestClaimServiceDate(claim: {
  readonly lines: readonly { readonly serviceDate: string }[];
}): string {
  let first = '';
  for (const line of claim.lines) if (first === '' || line.serviceDate < first) first = line.serviceDate;
  return first;
}

/**
 * The date the claim counts as filed: the last submission (or resubmission) that the clearinghouse
 * accepted. Rejected submissions do not count [sources: mac-fcso-timely-filing]. `undefined` when never filed.
 *
 * @example
 * ```ts
 * claimFiledOn(claim); //=> '2026-03-03'
 * ```
 */
export function claimFiledOn(claim: Pick<Claim, 'history'>): LocalDate | undefined {
  let filed: LocalDate | undefined;
  let sentOn: LocalDate | undefined;
  for (const change of claim.history) {
    if (change.to === 'submitted' || change.to === 'resubmitted') sentOn = change.on;
    else if (change.to === 'accepted' && sentOn !== undefined) {
      // The first acceptance files the claim; a later one is a corrected claim, not the original filing.
      filed ??= sentOn;
    }
  }
  return filed;
}

/**
 * The date of the claim's most recent move into `status`, or `undefined` when it never had it.
 *
 * @example
 * ```ts
 * lastClaimMoveOn(claim, 'denied'); //=> '2026-04-10'
 * ```
 */
export function lastClaimMoveOn(claim: Pick<Claim, 'history'>, status: ClaimStatus): LocalDate | undefined {
  for (let i = claim.history.length - 1; i >= 0; i -= 1) {
    const change = claim.history[i];
    if (change !== undefined && change.to === status) return change.on;
  }
  return undefined;
}
