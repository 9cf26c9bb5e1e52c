import type * as z from 'zod';
import { ClaimId, type LocalDate, type Reason, reason } from '../../core/index.js';
import type { RemittanceAdjustment } from '../index.js';
import {
  CarcCode,
  ClaimModifier,
  ClaimProcedureCode,
  RarcCode,
  type RemittanceClaim,
  RemittanceClaimStatusCode,
  type RemittanceLine,
} from '../internal.js';
import type { X12ReasonCode } from './reason-codes.js';

// What the 835 reader gathers for each claim (CLP loop) and line (SVC loop) as it goes, and how a
// gathered claim becomes the library's remittance model, or is set aside with the reasons it cannot.

export interface LineDraft {
  readonly segment: number;
  procedure: string[];
  chargeCents: number;
  paidCents: number;
  units: string;
  serviceDate: LocalDate | undefined;
  lineRef: string | undefined;
  adjustments: RemittanceAdjustment[];
  remarks: string[];
  /** Model problems: a value the remittance model cannot hold. */
  unreadable: string[];
}

export interface ClaimDraft {
  readonly segment: number;
  readonly index: number;
  readonly claimId: string;
  readonly status: string;
  readonly chargeCents: number;
  readonly paidCents: number;
  readonly payerClaimControlNumber: string;
  adjustments: RemittanceAdjustment[];
  remarks: string[];
  lines: LineDraft[];
  evidence: Set<'claim_status' | 'crossover_carrier' | 'remark'>;
  carrierName: string | null;
  unreadable: string[];
}

/** Checks well-formedness with the model's own schemas, remembering answers for codes that repeat. */
export class ModelCodes {
  readonly #known = new Map<string, boolean>();
  readonly #schemas: Record<string, z.ZodType> = {
    carc: CarcCode,
    rarc: RarcCode,
    procedure: ClaimProcedureCode,
    modifier: ClaimModifier,
  };

  fits(kind: 'carc' | 'rarc' | 'procedure' | 'modifier', value: string): boolean {
    const key = `${kind}:${value}`;
    let ok = this.#known.get(key);
    if (ok === undefined) {
      ok = (this.#schemas[kind] as z.ZodType).safeParse(value).success;
      if (this.#known.size < 10_000) this.#known.set(key, ok);
    }
    return ok;
  }
}

export function sum(values: readonly { readonly amountCents: number }[]): number {
  let total = 0;
  for (const v of values) total += v.amountCents;
  return total;
}

/** The claim as the remittance model holds it, or the reasons it cannot be. */
export function toModel(draft: ClaimDraft, codes: ModelCodes): RemittanceClaim | Reason<X12ReasonCode>[] {
  const unreadable = [...draft.unreadable];
  if (!ClaimId.safeParse(draft.claimId).success) unreadable.push(`CLP01 of segment ${draft.segment}`);
  if (!RemittanceClaimStatusCode.safeParse(draft.status).success) {
    unreadable.push(`CLP02 of segment ${draft.segment}`);
  }
  const lines: RemittanceLine[] = [];
  const reasons: Reason<X12ReasonCode>[] = [];
  let lineAdjustments = 0;
  let lineCharges = 0;
  for (const l of draft.lines) {
    unreadable.push(...l.unreadable);
    const [qualifier = '', code = '', ...modifiers] = l.procedure;
    if (qualifier !== 'HC' || !codes.fits('procedure', code))
      unreadable.push(`SVC01 of segment ${l.segment}`);
    const mods = modifiers.filter((m) => m.length > 0);
    if (!mods.every((m) => codes.fits('modifier', m))) unreadable.push(`SVC01 of segment ${l.segment}`);
    const adjusted = sum(l.adjustments);
    lineAdjustments += adjusted;
    lineCharges += l.chargeCents;
    if (l.chargeCents !== l.paidCents + adjusted) {
      reasons.push(
        reason('x12.835.unbalanced_line', 'error', X12_MESSAGES.unbalancedLine, {
          segment: l.segment,
          chargeCents: l.chargeCents,
          paidCents: l.paidCents,
          adjustmentCents: adjusted,
        }),
      );
    }
    // Units paid as a count of 1–999; none, zero, negative (a reversal) or a fraction leaves them out.
    const units = /^\d{1,3}$/.test(l.units) ? Number(l.units) : 0;
    lines.push({
      ...(l.lineRef === undefined ? {} : { lineRef: l.lineRef }),
      procedureCode: code,
      modifiers: mods,
      ...(l.serviceDate === undefined ? {} : { serviceDate: l.serviceDate }),
      ...(units >= 1 ? { units } : {}),
      chargeCents: l.chargeCents,
      paidCents: l.paidCents,
      adjustments: l.adjustments,
      remarks: l.remarks,
    } as RemittanceLine);
  }
  const claimAdjustments = sum(draft.adjustments);
  if (draft.chargeCents !== draft.paidCents + claimAdjustments + lineAdjustments) {
    reasons.push(
      reason('x12.835.unbalanced_claim', 'error', X12_MESSAGES.unbalancedClaim, {
        segment: draft.segment,
        chargeCents: draft.chargeCents,
        paidCents: draft.paidCents,
        adjustmentCents: claimAdjustments + lineAdjustments,
      }),
    );
  }
  if (lines.length > 0 && lineCharges !== draft.chargeCents) {
    reasons.push(
      reason('x12.835.line_charges_mismatch', 'error', X12_MESSAGES.lineCharges, {
        segment: draft.segment,
        chargeCents: draft.chargeCents,
        lineChargeCents: lineCharges,
      }),
    );
  }
  if (draft.lines.length > 50 || draft.adjustments.length > 99 || draft.remarks.length > 20) {
    unreadable.push(
      `the claim loop of segment ${draft.segment} (more lines, adjustments or remarks than the model holds)`,
    );
  }
  if (unreadable.length > 0) {
    // Where the unreadable values are, never what they are.
    reasons.push(
      reason('x12.835.claim_not_readable', 'error', X12_MESSAGES.notReadable, {
        segment: draft.segment,
        elements: [...new Set(unreadable)],
      }),
    );
  }
  if (reasons.length > 0) return reasons;
  return {
    claimId: draft.claimId as RemittanceClaim['claimId'],
    claimStatusCode: draft.status as RemittanceClaimStatusCode,
    ...(draft.payerClaimControlNumber.length > 0 && draft.payerClaimControlNumber.length <= 50
      ? { payerClaimControlNumber: draft.payerClaimControlNumber }
      : {}),
    chargeCents: draft.chargeCents,
    paidCents: draft.paidCents,
    adjustments: draft.adjustments,
    remarks: draft.remarks,
    lines,
  };
}

const X12_MESSAGES = {
  unbalancedLine:
    'The service line’s charge is not its payment plus its adjustments; its claim was set aside.',
  unbalancedClaim:
    'The claim’s charge is not its payment plus its adjustments; it was set aside, not posted.',
  lineCharges: 'The claim’s service lines do not add up to its charge; it was set aside, not posted.',
  notReadable: 'The claim holds values the remittance model cannot take; it was set aside, not posted.',
} as const;
