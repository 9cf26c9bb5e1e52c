// Reading FHIR adjudications (ClaimResponse and ExplanationOfBenefit) into the remittance model's amounts,
// adjustments with their group and CARC, and RARC remarks.
import * as z from 'zod';
import { AdjustmentGroupCode } from '../billing/index.js';
import {
  CATEGORY_ADJUSTMENTS,
  DISCRIMINATOR_CATEGORIES,
  INFORMATIONAL_CATEGORIES,
} from './carin-adjudication.js';
import { EXTENSION, SYSTEM } from './codes.js';
import {
  centsAt,
  codeIn,
  codesIn,
  extensionsOf,
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

const CATEGORY_SYSTEMS = [SYSTEM.adjudication, SYSTEM.c4bbAdjudication];

/**
 * Reads adjudications: `submitted` is the charge, `benefit` the payment (CARIN's `paidtoprovider` when no
 * `benefit` is given; both, differing, are reported); an entry whose reason is a CARC is an adjustment (group
 * from the adjustment-group extension, or the category's own: PR for deductible, copay and coinsurance, CO
 * for CARIN's discount); a RARC reason is a remark; deductible, coinsurance, copay and discount without a
 * reason are PR-1, PR-2, PR-3 and CO-45. CARIN's discriminators without an amount (network and payment
 * status, allowed units, a reason alone) inform. An amount that cannot be placed is reported, never dropped.
 */
export function readAdjudications(
  list: readonly InAdjudication[] | undefined,
  path: readonly (string | number)[],
  problems: Problems,
): ReadAdjudications {
  const out: ReadAdjudications = { adjustments: [], remarks: [] };
  let paidToProvider: { cents: number; at: (string | number)[] } | undefined;
  (list ?? []).forEach((a, i) => {
    const at = [...path, i];
    // One adjudication is one amount with one meaning: two categories, two CARCs or two groups on it
    // contradict each other, and taking the first would drop the other's money [sources: x12-835].
    const categories = codesIn(a.category, CATEGORY_SYSTEMS);
    const carcs = codesIn(a.reason, SYSTEM.carc);
    const groups = [...new Set(extensionsOf(a.extension, EXTENSION.adjustmentGroup).map((e) => e.valueCode))];
    let conflict = false;
    if (categories.length > 1) {
      problems.add(
        [...at, 'category'],
        'fhir.adjudication.category_conflict',
        'must have one adjudication category; its codes name several',
      );
      conflict = true;
    }
    if (carcs.length > 1) {
      problems.add(
        [...at, 'reason'],
        'fhir.adjudication.reason_conflict',
        'must carry one CARC: send one adjudication per adjustment',
      );
      conflict = true;
    }
    if (groups.length > 1) {
      problems.add(
        [...at, 'extension'],
        'fhir.adjudication.group_conflict',
        'must give one adjustment group; its extensions name several',
      );
      conflict = true;
    }
    const cents = a.amount === undefined ? undefined : centsAt(a.amount, [...at, 'amount'], problems);
    if (conflict || (a.amount !== undefined && cents === undefined)) return;
    const category = categories[0];
    const carc = carcs[0];
    // Remarks are a list: every RARC of the reason is kept.
    const rarcs = codesIn(a.reason, SYSTEM.rarc);
    if (rarcs.length > 0 && carc === undefined) {
      out.remarks.push(...rarcs);
      if (cents === undefined) return;
    }
    // A CARIN discriminator states a status or a reason, not money: with no amount it only informs.
    const discriminator = codeIn(a.category, SYSTEM.c4bbAdjudicationDiscriminator);
    if (cents === undefined && discriminator !== undefined && DISCRIMINATOR_CATEGORIES.has(discriminator))
      return;
    if (category === 'submitted' || category === 'benefit') {
      if (cents === undefined) {
        problems.add([...at, 'amount'], 'fhir.adjudication.amount_missing', 'must give the amount');
      } else if (category === 'submitted') out.chargeCents = cents;
      else out.paidCents = cents;
      return;
    }
    if (category === 'paidtoprovider' && carc === undefined && cents !== undefined) {
      paidToProvider = { cents, at };
      return;
    }
    if (category !== undefined && INFORMATIONAL_CATEGORIES.has(category) && carc === undefined) return;
    // The category's own group and CARC, when it names one (CO-45 for a discount), and the CARC given agrees.
    const own = category === undefined ? undefined : CATEGORY_ADJUSTMENTS.get(category);
    const implied = own !== undefined && (carc === undefined || carc === own.carc) ? own : undefined;
    const code = carc ?? implied?.carc;
    if (code === undefined) {
      problems.add(at, 'fhir.adjudication.unplaced', 'must be a known category or carry a CARC reason');
      return;
    }
    const group = groups[0] ?? implied?.group;
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
      remarks: carc === undefined ? [] : rarcs,
    });
  });
  // CARIN's amount paid to the provider is the payment when no benefit amount is given; beside a different
  // benefit amount, which of the two reached the practice is not known.
  if (paidToProvider !== undefined) {
    if (out.paidCents === undefined) out.paidCents = paidToProvider.cents;
    else if (out.paidCents !== paidToProvider.cents) {
      problems.add(
        paidToProvider.at,
        'fhir.adjudication.payment_conflict',
        'must equal the benefit amount: the amount paid to the provider and the benefit differ',
      );
    }
  }
  return out;
}

export const InTotal = z.object({ category: InConcept, amount: InMoney });
export const InPayment = z.object({
  date: z.string().optional(),
  amount: InMoney.optional(),
  adjustment: InMoney.optional(),
  adjustmentReason: InConcept.optional(),
});

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
  /** `claim`, `preauthorization` or `predetermination`; absent when the element's shape was wrong. */
  readonly use?: string | undefined;
  readonly outcome: string;
  /** The claim type (`professional`, `institutional`, …); absent when not given. */
  readonly type?: InConcept | undefined;
  readonly created: string;
  readonly insurer: { readonly reference?: string | undefined };
  readonly adjudication?: readonly InAdjudication[] | undefined;
  readonly total?: readonly z.infer<typeof InTotal>[] | undefined;
  readonly payment?: z.infer<typeof InPayment> | undefined;
}

/**
 * Reports a ClaimResponse or ExplanationOfBenefit whose status (R4's financial resource status) is not
 * `active`, each as what it is: `cancelled` is the payer's decision withdrawn (nothing to post; a person
 * reverses any posting of it), `entered-in-error` a record that should never have existed (ignore it),
 * `draft` (or another code) not yet a decision [sources: fhir-r4-claimresponse, fhir-r4-eob].
 */
export function statusProblem(status: string, problems: Problems, subject: 'claim_response' | 'eob'): void {
  if (status === 'active') return;
  if (status === 'cancelled') {
    problems.add(
      ['status'],
      `fhir.${subject}.cancelled`,
      'is cancelled by the payer: its decision is withdrawn, nothing to post; a person reverses any posting of it',
    );
  } else if (status === 'entered-in-error') {
    problems.add(
      ['status'],
      `fhir.${subject}.entered_in_error`,
      'was entered in error: it is no decision; ignore it (nothing to post)',
    );
  } else {
    problems.add(['status'], `fhir.${subject}.status_unsupported`, 'must be active');
  }
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
  // Only a claim is adjudicated and paid: a preauthorization or a predetermination answers what the payer
  // would pay, and its amounts are no payment [sources: fhir-r4-claimresponse, fhir-r4-eob].
  if (header.use === 'preauthorization' || header.use === 'predetermination') {
    problems.add(
      ['use'],
      `fhir.${subject}.not_a_claim`,
      'is a preauthorization or predetermination: an estimate, not a payment to post',
    );
  } else if (header.use !== 'claim') {
    problems.add(['use'], `fhir.${subject}.use_unknown`, 'must be claim (an adjudicated claim)');
  }
  // The library bills professional claims (837P): an institutional, oral, pharmacy or vision claim's
  // adjudication is not one of ours, and a response of no known type cannot be placed
  // [sources: fhir-r4-claimresponse, fhir-r4-eob].
  const types = codesIn(header.type, SYSTEM.claimType);
  if (types.length === 0) {
    problems.add(
      ['type'],
      `fhir.${subject}.type_unknown`,
      'must give the claim type (professional): which kind of claim it adjudicates is not known',
    );
  } else if (types.some((t) => t !== 'professional')) {
    problems.add(
      ['type'],
      `fhir.${subject}.not_professional`,
      'must be a professional claim: the library bills professional claims (837P), not institutional, oral, pharmacy or vision ones',
    );
  }
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
    return centsAt(total.amount, ['total', at, 'amount'], problems);
  };
  const totals = { chargeCents: totalOf('submitted'), paidCents: totalOf('benefit') };
  const paymentCents =
    header.payment?.amount === undefined
      ? undefined
      : centsAt(header.payment.amount, ['payment', 'amount'], problems);
  // A payment adjustment is money not tied to this claim's adjudication (a prior payment reversed, an
  // overpayment recovered, R4's payment-adjustment-reason a001/a002): the remittance model has no place for
  // it and posting it to this claim would be wrong, so it is reported for posting by hand, never dropped
  // [sources: fhir-r4-claimresponse, x12-835].
  const adjustment = header.payment?.adjustment;
  const adjustmentCents =
    adjustment === undefined ? undefined : centsAt(adjustment, ['payment', 'adjustment'], problems);
  if (adjustmentCents !== undefined && adjustmentCents !== 0) {
    problems.add(
      ['payment', 'adjustment'],
      `fhir.${subject}.payment_adjustment`,
      'is a payment adjustment not tied to this claim (a prior payment reversal or overpayment recovery): post it by hand against the claim it concerns; this claim’s payment is the amount before it',
    );
  } else if (adjustment === undefined && header.payment?.adjustmentReason !== undefined) {
    problems.add(
      ['payment', 'adjustment'],
      `fhir.${subject}.payment_adjustment`,
      'must give the amount of the payment adjustment its reason names',
    );
  }
  const sum = (key: 'chargeCents' | 'paidCents') =>
    readLines.reduce((t, l) => t + ((l[key] as number | undefined) ?? 0), 0);
  const chargeCents = totals.chargeCents ?? head.chargeCents ?? sum('chargeCents');
  const paidCents = paymentCents ?? totals.paidCents ?? head.paidCents ?? sum('paidCents');
  // A reversal repeats the payment it takes back with its amounts negated (an 835's CLP02 22). R4 has no
  // claim status, so posting reads a negative charge or payment as a reversal (`isReversal`): one beside a
  // positive charge or payment contradicts itself (what was taken back is not known), and posting it would
  // take back a positive amount. It is set aside, as `read835` sets aside a status 22 with a positive amount
  // [sources: x12-835-clp, fhir-r4-claimresponse, fhir-r4-eob].
  if (isContradictoryReversal(chargeCents, paidCents)) {
    problems.add(
      ['total'],
      `fhir.${subject}.reversal_not_negated`,
      'is a reversal (a negative charge or payment) with a positive charge or payment: a reversal repeats the payment it takes back negated; set aside, not posted',
    );
  }
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

/**
 * Whether a claim's amounts read as a reversal (a negative charge or payment, as `isReversal` reads them)
 * and yet carry a positive charge or payment: a reversal negates every amount it repeats.
 */
function isContradictoryReversal(chargeCents: number | undefined, paidCents: number | undefined): boolean {
  const amounts = [chargeCents, paidCents].filter((a) => a !== undefined);
  return amounts.some((a) => a < 0) && amounts.some((a) => a > 0);
}

/** Where a problem the remittance schema finds sits in the resource (`lines[i]` is the i-th item). */
export function remittancePath(path: readonly PropertyKey[]): readonly (string | number)[] {
  if (path[0] !== 'claims')
    return path[0] === 'paidOn' ? ['payment', 'date'] : path[0] === 'payerId' ? ['insurer'] : [];
  if (path[2] === 'lines' && typeof path[3] === 'number') return ['item', path[3]];
  if (path[2] === 'claimId') return ['request'];
  return path[2] === 'adjustments' ? ['adjudication'] : ['total'];
}
