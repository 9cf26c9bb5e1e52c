import type * as z from 'zod';
import { ClaimId, type LocalDate, type Reason, reason } from '../../core/index.js';
import { AdjustmentGroupCode, type RemittanceAdjustment } from '../index.js';
import {
  CarcCode,
  ClaimLineId,
  ClaimModifier,
  ClaimProcedureCode,
  RarcCode,
  type RemittanceClaim,
  RemittanceClaimStatusCode,
  type RemittanceLine,
  reversalAmountsNotNegated,
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
  /** CLP05, the payer's statement of what the patient owes; `null` when not given. */
  readonly patientResponsibilityCents: number | null;
  readonly payerClaimControlNumber: string;
  adjustments: RemittanceAdjustment[];
  remarks: string[];
  lines: LineDraft[];
  evidence: Set<'claim_status' | 'crossover_carrier' | 'remark'>;
  carrierName: string | null;
  unreadable: string[];
}

/** Checks well-formedness with the model's own schemas, remembering answers for codes that repeat. */
type CodeKind = 'group' | 'carc' | 'rarc' | 'procedure' | 'modifier' | 'lineRef';
const CODE_SCHEMAS: Record<CodeKind, z.ZodType> = {
  group: AdjustmentGroupCode,
  carc: CarcCode,
  rarc: RarcCode,
  procedure: ClaimProcedureCode,
  modifier: ClaimModifier,
  lineRef: ClaimLineId,
};

export class ModelCodes {
  readonly #known: Record<CodeKind, Map<string, string | null>> = {
    group: new Map(),
    carc: new Map(),
    rarc: new Map(),
    procedure: new Map(),
    modifier: new Map(),
    lineRef: new Map(),
  };
  readonly #lists = new Map<string, readonly string[]>();
  readonly #adjustments = new Map<string, Map<number, RemittanceAdjustment>>();
  #adjustmentCount = 0;

  /**
   * The value when the model's schema accepts it, else `null`. A repeated code comes back as the one string
   * seen first, so 100,000 claims share one `'CO'` and one `'90837'` instead of holding a copy each.
   */
  canonical(kind: CodeKind, value: string): string | null {
    const known = this.#known[kind];
    let ok = known.get(value);
    if (ok === undefined) {
      ok = CODE_SCHEMAS[kind].safeParse(value).success ? value : null;
      // Bounded: the codes of a file repeat; an odd file full of distinct codes only costs re-checks.
      if (known.size < 10_000) known.set(value, ok);
    }
    return ok;
  }

  /**
   * A list of codes (a line's remarks or modifiers) as one frozen list shared by every line that holds the
   * same codes in the same order, {@link NONE} when empty: most lines of a file repeat a few lists.
   */
  list(codes: readonly string[]): string[] {
    if (codes.length === 0) return NONE;
    const key = codes.length === 1 ? (codes[0] as string) : codes.join(' ');
    let list = this.#lists.get(key);
    if (list === undefined) {
      list = Object.freeze(codes.slice());
      if (this.#lists.size < 10_000) this.#lists.set(key, list);
    }
    return list as string[];
  }

  /**
   * An adjustment as one frozen object shared by every adjustment of the same group, reason and amount:
   * a payer's contractual write-offs and copays repeat across a file's claims.
   */
  adjustment(group: AdjustmentGroupCode, carc: string, amountCents: number): RemittanceAdjustment {
    const key = `${group} ${carc}`;
    let byAmount = this.#adjustments.get(key);
    if (byAmount === undefined) {
      byAmount = new Map();
      this.#adjustments.set(key, byAmount);
    }
    let adjustment = byAmount.get(amountCents);
    if (adjustment === undefined) {
      adjustment = Object.freeze({ group, carc, amountCents, remarks: NONE });
      // Bounded: a file of distinct amounts shares nothing and costs one object each, as without sharing.
      if (this.#adjustmentCount < 50_000) {
        byAmount.set(amountCents, adjustment);
        this.#adjustmentCount += 1;
      }
    }
    return adjustment;
  }
}

export function sum(values: readonly { readonly amountCents: number }[]): number {
  let total = 0;
  for (const v of values) total += v.amountCents;
  return total;
}

/**
 * One empty list shared by every claim, line and adjustment that has nothing in it (frozen, so no caller
 * can change the others' by changing one): 100,000 claims would otherwise hold 500,000 empty arrays.
 */
export const NONE: never[] = Object.freeze([]) as unknown as never[];

/** A list trimmed to its length (a list grown by push keeps room for 17), or {@link NONE} when empty. */
function exact<T>(list: T[]): T[] {
  return list.length === 0 ? NONE : list.slice();
}

const STATUSES: ReadonlySet<string> = new Set(RemittanceClaimStatusCode.options);
// SVC05 is a decimal: payers write a whole count as `1` or `1.00` (the TR3's own examples do).
const UNITS = /^\d{1,3}(\.0*)?$/;

/** The claim as the remittance model holds it, or the reasons it cannot be. */
export function toModel(draft: ClaimDraft, codes: ModelCodes): RemittanceClaim | Reason<X12ReasonCode>[] {
  const unreadable = draft.unreadable;
  if (!ClaimId.safeParse(draft.claimId).success) unreadable.push(`CLP01 of segment ${draft.segment}`);
  if (!STATUSES.has(draft.status)) unreadable.push(`CLP02 of segment ${draft.segment}`);
  const lines: RemittanceLine[] = [];
  const reasons: Reason<X12ReasonCode>[] = [];
  let lineAdjustments = 0;
  let lineCharges = 0;
  for (const l of draft.lines) {
    for (const u of l.unreadable) unreadable.push(u);
    const procedure = l.procedure;
    const code = codes.canonical('procedure', procedure[1] ?? '');
    if (procedure[0] !== 'HC' || code === null) unreadable.push(`SVC01 of segment ${l.segment}`);
    const modifiers: string[] = [];
    for (let i = 2; i < procedure.length; i += 1) {
      const m = procedure[i] as string;
      if (m.length === 0) continue;
      const modifier = codes.canonical('modifier', m);
      if (modifier === null) unreadable.push(`SVC01 of segment ${l.segment}`);
      else modifiers.push(modifier);
    }
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
    // Units paid as a count of 1–999 (`2` or `2.00`); none, zero, negative (a reversal) or a fraction leaves them out.
    const units = UNITS.test(l.units) ? Number.parseInt(l.units, 10) : 0;
    lines.push(
      modelLine(
        code as string,
        codes.list(modifiers),
        l,
        exact(l.adjustments),
        codes.list(l.remarks),
        units >= 1 ? units : undefined,
      ),
    );
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
  // A reversal (CLP02 22) repeats the payment it takes back with its amounts negated: a positive charge or
  // payment under it contradicts the status, and posting would add money a reversal takes away; the
  // model refuses it too
  // [sources: x12-835-clp].
  const notNegated = reversalAmountsNotNegated({
    claimStatusCode: draft.status,
    chargeCents: draft.chargeCents,
    paidCents: draft.paidCents,
  });
  if (notNegated.length > 0) {
    reasons.push(
      reason('x12.835.reversal_not_negated', 'error', X12_MESSAGES.reversalNotNegated, {
        segment: draft.segment,
        chargeCents: draft.chargeCents,
        paidCents: draft.paidCents,
      }),
    );
  }
  // CLP05 must equal every PR adjustment of the claim and its lines, reversals excepted; it is no part of
  // the balancing, so a claim that balances may still state two different amounts the client owes
  // [sources: x12-rfi-clp05].
  if (draft.patientResponsibilityCents !== null && draft.status !== '22') {
    const owed = patientResponsibilityOf(draft);
    if (owed !== draft.patientResponsibilityCents) {
      reasons.push(
        reason('x12.835.patient_responsibility_mismatch', 'error', X12_MESSAGES.patientResponsibility, {
          segment: draft.segment,
          patientResponsibilityCents: draft.patientResponsibilityCents,
          patientAdjustmentCents: owed,
        }),
      );
    }
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
  const claimId = draft.claimId as RemittanceClaim['claimId'];
  const claimStatusCode = draft.status as RemittanceClaimStatusCode;
  const adjustments = exact(draft.adjustments);
  const remarks = codes.list(draft.remarks);
  const control = draft.payerClaimControlNumber;
  const { chargeCents, paidCents } = draft;
  // One literal per shape, every property in the object itself (a property added later costs a
  // separate store), in the model's order: the payer's control number last, when it fits.
  if (control.length > 0 && control.length <= 50) {
    const payerClaimControlNumber = control;
    return {
      claimId,
      claimStatusCode,
      chargeCents,
      paidCents,
      adjustments,
      remarks,
      lines: exact(lines),
      payerClaimControlNumber,
    };
  }
  return { claimId, claimStatusCode, chargeCents, paidCents, adjustments, remarks, lines: exact(lines) };
}

/** The claim's PR adjustments, at claim and line level, in cents. */
function patientResponsibilityOf(draft: ClaimDraft): number {
  let owed = 0;
  for (const a of draft.adjustments) if (a.group === 'PR') owed += a.amountCents;
  for (const l of draft.lines) for (const a of l.adjustments) if (a.group === 'PR') owed += a.amountCents;
  return owed;
}

/** A line of the model, built as one literal for the common shape (reference, date and units all given). */
function modelLine(
  procedureCode: string,
  modifiers: string[],
  l: LineDraft,
  adjustments: RemittanceAdjustment[],
  remarks: string[],
  units: number | undefined,
): RemittanceLine {
  const { chargeCents, paidCents, lineRef, serviceDate } = l;
  if (lineRef !== undefined && serviceDate !== undefined && units !== undefined) {
    return {
      procedureCode,
      modifiers,
      chargeCents,
      paidCents,
      adjustments,
      remarks,
      lineRef,
      serviceDate,
      units,
    };
  }
  const line: RemittanceLine = { procedureCode, modifiers, chargeCents, paidCents, adjustments, remarks };
  if (lineRef !== undefined) line.lineRef = lineRef;
  if (serviceDate !== undefined) line.serviceDate = serviceDate;
  if (units !== undefined) line.units = units;
  return line;
}

const X12_MESSAGES = {
  unbalancedLine:
    'The service line’s charge is not its payment plus its adjustments; its claim was set aside.',
  unbalancedClaim:
    'The claim’s charge is not its payment plus its adjustments; it was set aside, not posted.',
  lineCharges: 'The claim’s service lines do not add up to its charge; it was set aside, not posted.',
  notReadable: 'The claim holds values the remittance model cannot take; it was set aside, not posted.',
  reversalNotNegated:
    'The claim is a reversal (CLP02 22) yet its charge or payment is positive: what was taken back is not known; it was set aside, not posted.',
  patientResponsibility:
    'The claim’s patient responsibility (CLP05) is not the sum of its PR adjustments: what the client owes is not known; it was set aside, not posted.',
} as const;
