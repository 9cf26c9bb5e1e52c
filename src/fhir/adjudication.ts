// Reading FHIR adjudications (ClaimResponse and ExplanationOfBenefit) into the remittance model's amounts,
// adjustments with their group and CARC, and RARC remarks.
import * as z from 'zod';
import { AdjustmentGroupCode } from '../billing/index.js';
import { centsOf, EXTENSION, SYSTEM } from './codes.js';
import {
  codeIn,
  extensionOf,
  InConcept,
  InExtension,
  InMoney,
  type Problems,
  referencedId,
} from './resource-reader.js';

export const InAdjudication = z.object({
  extension: z.array(InExtension).optional(),
  category: InConcept,
  reason: InConcept.optional(),
  amount: InMoney.optional(),
});
export type InAdjudication = z.infer<typeof InAdjudication>;

/** What a list of adjudications says, in the remittance model's terms. */
export interface ReadAdjudications {
  chargeCents?: number;
  paidCents?: number;
  readonly adjustments: { group: string; carc: string; amountCents: number; remarks: string[] }[];
  readonly remarks: string[];
}

// HL7 adjudication categories that only inform (the allowed amount, a percentage, tax, deductible not tied
// to a line): the balance is charge = paid + adjustments [sources: fhir-r4-claimresponse].
const INFORMATIONAL = new Set(['eligible', 'eligpercent', 'tax', 'unallocdeduct']);
// Patient-responsibility categories and the CARC an 835 uses for them [sources: x12-carc].
const PATIENT_SHARE: Readonly<Record<string, string>> = { deductible: '1', copay: '3' };

/**
 * Reads adjudications: `submitted` is the charge, `benefit` the payment; an entry whose reason is a CARC
 * is an adjustment (group from the adjustment-group extension, or PR for deductible and copay); a RARC
 * reason is a remark; deductible and copay without a reason are PR-1 and PR-3. An amount that cannot be
 * placed is reported, never dropped.
 */
export function readAdjudications(
  list: readonly InAdjudication[] | undefined,
  path: readonly (string | number)[],
  problems: Problems,
): ReadAdjudications {
  const out: ReadAdjudications = { adjustments: [], remarks: [] };
  (list ?? []).forEach((a, i) => {
    const at = [...path, i];
    const category = codeIn(a.category, SYSTEM.adjudication);
    const carc = codeIn(a.reason, SYSTEM.carc);
    const rarc = codeIn(a.reason, SYSTEM.rarc);
    const cents = a.amount === undefined ? undefined : centsOf(a.amount);
    if (a.amount !== undefined && cents === undefined) {
      problems.add([...at, 'amount'], 'fhir.money.invalid', 'must be US dollars with at most two decimals');
      return;
    }
    if (rarc !== undefined && carc === undefined) {
      out.remarks.push(rarc);
      if (cents === undefined) return;
    }
    if (category === 'submitted' || category === 'benefit') {
      if (cents === undefined) {
        problems.add([...at, 'amount'], 'fhir.adjudication.amount_missing', 'must give the amount');
      } else if (category === 'submitted') out.chargeCents = cents;
      else out.paidCents = cents;
      return;
    }
    if (category !== undefined && INFORMATIONAL.has(category) && carc === undefined) return;
    const patientShare = category === undefined ? undefined : PATIENT_SHARE[category];
    const code = carc ?? patientShare;
    if (code === undefined) {
      problems.add(at, 'fhir.adjudication.unplaced', 'must be a known category or carry a CARC reason');
      return;
    }
    const group =
      extensionOf(a.extension, EXTENSION.adjustmentGroup)?.valueCode ??
      (patientShare === undefined ? undefined : 'PR');
    if (group === undefined || !AdjustmentGroupCode.safeParse(group).success) {
      problems.add(
        [...at, 'extension'],
        'fhir.adjudication.group_missing',
        'must give the adjustment group (CO, PR, OA, PI)',
      );
      return;
    }
    if (cents === undefined) {
      problems.add([...at, 'amount'], 'fhir.adjudication.amount_missing', 'must give the amount');
      return;
    }
    out.adjustments.push({
      group,
      carc: code,
      amountCents: cents,
      remarks: rarc === undefined || carc === undefined ? [] : [rarc],
    });
  });
  return out;
}

export const InTotal = z.object({ category: InConcept, amount: InMoney });
export const InPayment = z.object({ date: z.string().optional(), amount: InMoney.optional() });

/** One adjudicated line, read: what the remittance line needs besides its amounts. */
export interface AdjudicatedLine {
  readonly path: readonly (string | number)[];
  readonly fields: Record<string, unknown>;
  readonly adjudication: readonly InAdjudication[] | undefined;
}

/** The header of a ClaimResponse or ExplanationOfBenefit, read. */
export interface AdjudicatedClaim {
  readonly id: string;
  readonly claimId: string | undefined;
  readonly outcome: string;
  readonly created: string;
  readonly insurer: { readonly reference?: string | undefined };
  readonly adjudication?: readonly InAdjudication[] | undefined;
  readonly total?: readonly z.infer<typeof InTotal>[] | undefined;
  readonly payment?: z.infer<typeof InPayment> | undefined;
}

/**
 * Builds the normalized remittance (one claim) from an adjudicated claim and its lines. A claim the payer
 * has not adjudicated (`queued`) or rejected (`error`) is reported: it is not a remittance to post.
 */
export function remittanceOf(
  header: AdjudicatedClaim,
  lines: readonly AdjudicatedLine[],
  problems: Problems,
  subject: 'claim_response' | 'eob',
): Record<string, unknown> {
  if (header.outcome === 'queued') {
    problems.add(
      ['outcome'],
      `fhir.${subject}.not_adjudicated`,
      'must be adjudicated (complete or partial) to post',
    );
  } else if (header.outcome === 'error') {
    problems.add(
      ['outcome'],
      `fhir.${subject}.rejected`,
      'is a rejection, not a remittance: correct and resubmit the claim',
    );
  }
  const payerId = referencedId(header.insurer, 'Organization');
  if (payerId === undefined)
    problems.add(['insurer'], 'fhir.reference.invalid', 'must be a literal reference Organization/id');
  const readLines = lines.map((l) => {
    const read = readAdjudications(l.adjudication, [...l.path, 'adjudication'], problems);
    if (read.chargeCents === undefined) {
      problems.add(
        [...l.path, 'adjudication'],
        'fhir.adjudication.amount_missing',
        'must give the submitted amount',
      );
    }
    return {
      ...l.fields,
      chargeCents: read.chargeCents,
      // A line the payer paid nothing on may leave the benefit out; the balance check catches a missing payment.
      paidCents: read.paidCents ?? 0,
      adjustments: read.adjustments,
      remarks: read.remarks,
    };
  });
  const head = readAdjudications(header.adjudication, ['adjudication'], problems);
  // Totals summarize; only the submitted and benefit totals are read.
  const totalOf = (category: string) => {
    const at = header.total?.findIndex((t) => codeIn(t.category, SYSTEM.adjudication) === category) ?? -1;
    const total = header.total?.[at];
    if (total === undefined) return undefined;
    const cents = centsOf(total.amount);
    if (cents === undefined)
      problems.add(
        ['total', at, 'amount'],
        'fhir.money.invalid',
        'must be US dollars with at most two decimals',
      );
    return cents;
  };
  const totals = { chargeCents: totalOf('submitted'), paidCents: totalOf('benefit') };
  const paymentCents = header.payment?.amount === undefined ? undefined : centsOf(header.payment.amount);
  if (header.payment?.amount !== undefined && paymentCents === undefined) {
    problems.add(['payment', 'amount'], 'fhir.money.invalid', 'must be US dollars with at most two decimals');
  }
  const sum = (key: 'chargeCents' | 'paidCents') =>
    readLines.reduce((t, l) => t + ((l[key] as number | undefined) ?? 0), 0);
  const chargeCents = totals.chargeCents ?? head.chargeCents ?? sum('chargeCents');
  const paidCents = paymentCents ?? totals.paidCents ?? head.paidCents ?? sum('paidCents');
  const date = header.payment?.date ?? header.created;
  return {
    remittanceId: header.id,
    payerId,
    paidOn: /^\d{4}-\d\d-\d\d/.test(date) ? date.slice(0, 10) : date,
    claims: [
      {
        claimId: header.claimId,
        chargeCents,
        paidCents,
        adjustments: head.adjustments,
        remarks: head.remarks,
        lines: readLines,
      },
    ],
  };
}

/** Where a problem the remittance schema finds sits in the resource (`lines[i]` is the i-th item). */
export function remittancePath(path: readonly PropertyKey[]): readonly (string | number)[] {
  if (path[0] !== 'claims')
    return path[0] === 'paidOn' ? ['payment', 'date'] : path[0] === 'payerId' ? ['insurer'] : [];
  if (path[2] === 'lines' && typeof path[3] === 'number') return ['item', path[3]];
  if (path[2] === 'claimId') return ['request'];
  return path[2] === 'adjustments' ? ['adjudication'] : ['total'];
}
