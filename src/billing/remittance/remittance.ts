import * as z from 'zod';
import { Cents, ClaimId, LocalDate, PayerId, validate } from '../../core/index.js';
import { idSchema } from '../../core/internal.js';
import { ClaimLineId, ClaimModifier, ClaimProcedureCode } from '../claims/claim.js';
import type { BillingReasonCode } from '../reason-codes.js';
import { RarcCode } from './denial-codes.js';
import { RemittanceAdjustment } from './denial-triage.js';

/**
 * A remittance (one 835 transaction, or one payment within it).
 * @example
 * ```ts
 * RemittanceId.parse('era-2026-04-10'); //=> 'era-2026-04-10'
 * ```
 */
export const RemittanceId = idSchema('RemittanceId');
export type RemittanceId = z.infer<typeof RemittanceId>;

function total(amounts: readonly number[]): bigint {
  let t = 0n;
  for (const a of amounts) t += BigInt(a);
  return t;
}

const adjustmentTotal = (adjustments: readonly { amountCents: number }[]) =>
  total(adjustments.map((a) => a.amountCents));

/**
 * One service line of a remittance (an 835 SVC loop with its CAS adjustments and LQ remarks). Its
 * charge must equal what was paid plus its adjustments.
 *
 * @throws via `validate`: `billing.remittance.unbalanced_line` when charge ≠ paid + adjustments.
 * @example
 * ```ts
 * RemittanceLine.parse({ procedureCode: '90834', chargeCents: 15_000, paidCents: 9_000,
 *   adjustments: [{ group: 'CO', carc: '45', amountCents: 4_000 }, { group: 'PR', carc: '3', amountCents: 2_000 }] });
 * ```
 */
export const RemittanceLine = z
  .strictObject({
    /** The claim line's id as echoed by the payer (REF*6R), when present. */
    lineRef: ClaimLineId.optional(),
    procedureCode: ClaimProcedureCode,
    /** Modifiers as the payer returned them; payers often drop some [sources: peer-openemr-era-modifiers]. */
    modifiers: z.array(ClaimModifier).max(4).default([]),
    serviceDate: LocalDate.optional(),
    units: z.number().int().min(1).max(999).optional(),
    chargeCents: Cents,
    paidCents: Cents,
    adjustments: z.array(RemittanceAdjustment).max(99).default([]),
    remarks: z.array(RarcCode).max(20).default([]),
  })
  .refine((l) => BigInt(l.chargeCents) === BigInt(l.paidCents) + adjustmentTotal(l.adjustments), {
    message: 'charge must equal paid plus adjustments',
    params: { code: 'billing.remittance.unbalanced_line' satisfies BillingReasonCode },
  });
export type RemittanceLine = z.infer<typeof RemittanceLine>;

/**
 * The payer's status of one claim in a remittance (X12 835 CLP02): `1`, `2`, `3` processed as primary,
 * secondary, tertiary; `4` denied; `19`, `20`, `21` processed and forwarded to another payer; `22`
 * reversal of a previous payment; `23` not our claim, forwarded; `25` predetermination pricing only.
 *
 * @remarks [sources: x12-835-clp]. A `22` entry carries the earlier payment's amounts negated: posting it
 * takes that payment back (a recoupment).
 * @example
 * ```ts
 * RemittanceClaimStatusCode.parse('22'); //=> '22'
 * ```
 */
export const RemittanceClaimStatusCode = z.enum(['1', '2', '3', '4', '19', '20', '21', '22', '23', '25']);
export type RemittanceClaimStatusCode = z.infer<typeof RemittanceClaimStatusCode>;

/**
 * One claim of a remittance (an 835 CLP loop): charge, payment, claim-level adjustments and remarks,
 * and its lines. The claim must balance: charge = paid + every adjustment at claim and line level;
 * when lines are given, their charges add up to the claim's (claim-level adjustments explain any
 * difference between the claim's payment and its lines' payments). A reversal of an earlier payment
 * (`claimStatusCode: '22'`) carries that payment's amounts negated: one with a positive charge or payment
 * is refused, since what it takes back is not known and posting it would add money.
 *
 * @remarks The 835's CLP/SVC/CAS segments [sources: x12-835]; ERA balancing as peers show it
 * [sources: peer-simplepractice-payment-report]; a reversal's negated amounts [sources: x12-835-clp].
 * @throws via `validate`: `billing.remittance.unbalanced`, `billing.remittance.line_charges_mismatch`,
 * `billing.remittance.reversal_not_negated` (at `chargeCents` or `paidCents`).
 * @example
 * ```ts
 * RemittanceClaim.parse({ claimId: 'c-1', chargeCents: 15_000, paidCents: 15_000 }).lines; //=> []
 * ```
 */
export const RemittanceClaim = z
  .strictObject({
    /** Our claim id as echoed by the payer (CLP01, the patient control number). */
    claimId: ClaimId,
    /** The payer's status of the claim (CLP02); `22` is a reversal of an earlier payment. */
    claimStatusCode: RemittanceClaimStatusCode.optional(),
    /** The payer's own number for the claim (CLP07); a reversal repeats the number of the payment it reverses. */
    payerClaimControlNumber: z.string().min(1).max(50).optional(),
    chargeCents: Cents,
    paidCents: Cents,
    adjustments: z.array(RemittanceAdjustment).max(99).default([]),
    remarks: z.array(RarcCode).max(20).default([]),
    lines: z.array(RemittanceLine).max(50).default([]),
  })
  .superRefine((c, ctx) => {
    let lineAdjustments = 0n;
    for (const l of c.lines) lineAdjustments += adjustmentTotal(l.adjustments);
    if (BigInt(c.chargeCents) !== BigInt(c.paidCents) + adjustmentTotal(c.adjustments) + lineAdjustments) {
      ctx.addIssue({
        code: 'custom',
        message: 'charge must equal paid plus all claim and line adjustments',
        path: [],
        params: { code: 'billing.remittance.unbalanced' satisfies BillingReasonCode },
      });
    }
    // A reversal repeats the payment it takes back with every amount negated [sources: x12-835-clp]: a
    // positive charge or payment beside status 22 leaves unknown what was taken back, and posting it
    // would add the money a reversal removes.
    for (const key of reversalAmountsNotNegated(c)) {
      ctx.addIssue({
        code: 'custom',
        message: 'a reversal (claim status 22) must carry its charge and payment negated',
        path: [key],
        params: { code: 'billing.remittance.reversal_not_negated' satisfies BillingReasonCode },
      });
    }
    if (c.lines.length > 0) {
      if (total(c.lines.map((l) => l.chargeCents)) !== BigInt(c.chargeCents)) {
        ctx.addIssue({
          code: 'custom',
          message: 'line charges must add up to the claim charge',
          path: ['lines'],
          params: { code: 'billing.remittance.line_charges_mismatch' satisfies BillingReasonCode },
        });
      }
    }
  });
export type RemittanceClaim = z.infer<typeof RemittanceClaim>;

/**
 * Whether a remittance claim takes an earlier payment back: claim status `22`, or negative amounts
 * (a payer that leaves the status out still negates what it reverses).
 *
 * @example
 * ```ts
 * isReversal({ claimStatusCode: '22', chargeCents: -15_000, paidCents: -9_000 }); //=> true
 * isReversal({ chargeCents: 15_000, paidCents: 9_000 }); //=> false
 * ```
 * @throws {@link ValidationError} when the amounts are not safe integers of cents or the status is not a string.
 */
export function isReversal(
  claim: Pick<RemittanceClaim, 'chargeCents' | 'paidCents'> & {
    readonly claimStatusCode?: string | undefined;
  },
): boolean {
  // A check of the three fields read, not a parse: posting calls this once per remittance claim.
  const c = claim as Partial<RemittanceClaim> | null;
  const valid =
    typeof c === 'object' &&
    c !== null &&
    Number.isSafeInteger(c.chargeCents) &&
    Number.isSafeInteger(c.paidCents) &&
    (c.claimStatusCode === undefined || typeof c.claimStatusCode === 'string');
  if (!valid) validate(ReversalFields, claim, 'remittance claim');
  return claim.claimStatusCode === '22' || claim.chargeCents < 0 || claim.paidCents < 0;
}

/**
 * The claim-level amounts that contradict a reversal: for a claim with status `22`, each of its charge
 * and payment that is positive. Empty for a well-formed reversal and for every other status (a claim
 * with no status and a negative amount is read as a reversal by {@link isReversal}, and posts no payment).
 */
export function reversalAmountsNotNegated(claim: {
  readonly claimStatusCode?: string | undefined;
  readonly chargeCents: number;
  readonly paidCents: number;
}): ('chargeCents' | 'paidCents')[] {
  if (claim.claimStatusCode !== '22') return [];
  return (['chargeCents', 'paidCents'] as const).filter((k) => claim[k] > 0);
}

const ReversalFields = z.looseObject({
  claimStatusCode: z.string().optional(),
  chargeCents: Cents,
  paidCents: Cents,
});

/**
 * A normalized remittance (ERA): the payer, the payment date, and the claims it adjudicates. Any 835
 * parser or clearinghouse JSON maps into this shape.
 *
 * @remarks Normalized input, not the wire format: an 835 [sources: x12-835] parser maps into it.
 * @example
 * ```ts
 * Remittance.parse({ remittanceId: 'era-1', payerId: 'p-1', paidOn: '2026-04-10',
 *   claims: [{ claimId: 'c-1', chargeCents: 15_000, paidCents: 15_000 }] }).claims.length; //=> 1
 * ```
 */
export const Remittance = z.strictObject({
  remittanceId: RemittanceId,
  payerId: PayerId,
  /** The payment (or decision) date: it starts appeal windows. */
  paidOn: LocalDate,
  claims: z.array(RemittanceClaim).min(1).max(10_000),
});
export type Remittance = z.infer<typeof Remittance>;
/**
 * A {@link Remittance} as callers write it, before defaults apply.
 * @example
 * ```ts
 * const era: RemittanceInput = { remittanceId: 'era-1', payerId: 'p-1', paidOn: '2026-04-10',
 *   claims: [{ claimId: 'c-1', chargeCents: 15_000, paidCents: 15_000 }] };
 * Remittance.parse(era).claims[0].claimId; //=> 'c-1'
 * ```
 */
export type RemittanceInput = z.input<typeof Remittance>;
