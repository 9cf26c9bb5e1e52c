import * as z from 'zod';
import {
  addDays,
  type Decision,
  formatCents,
  LocalDate,
  NonNegativeCents,
  type Reason,
  reason,
  validate,
} from '../../core/index.js';
import { compareText, sortReasons, validateArguments } from '../../core/internal.js';
import type { IntakeReasonCode } from '../reason-codes.js';
import { GoodFaithEstimate } from './estimate.js';

/**
 * Billed-over-estimate amount, in cents, from which a client may start patient-provider dispute
 * resolution: $400 for any one provider or facility.
 *
 * @remarks 45 CFR 149.620(b)(1) ("substantially in excess") [sources: cfr-45-149.620, nsa-gfe-model].
 *
 * @example
 * ```ts
 * formatCents(GFE_DISPUTE_THRESHOLD_CENTS); //=> '$400.00'
 * ```
 */
export const GFE_DISPUTE_THRESHOLD_CENTS = 40_000;

/**
 * Calendar days after receiving the initial bill within which a dispute may be started.
 *
 * @remarks 45 CFR 149.620(b)(2) [sources: cfr-45-149.620].
 *
 * @example
 * ```ts
 * addDays('2026-05-01', GFE_DISPUTE_WINDOW_DAYS); //=> '2026-08-29' (last day to start a dispute)
 * ```
 */
export const GFE_DISPUTE_WINDOW_DAYS = 120;

/**
 * Expected and billed totals per provider, and the date the client received the initial bill.
 *
 * @example
 * ```ts
 * GoodFaithEstimateDisputeFacts.parse({ expected: [{ providerRef: 'dr-a', cents: 100_000 }],
 *   billed: [{ providerRef: 'dr-a', cents: 150_000 }], billReceivedOn: '2026-05-01' }).billReceivedOn;
 * //=> '2026-05-01'
 * ```
 */
export const GoodFaithEstimateDisputeFacts = z.strictObject({
  expected: z
    .array(z.strictObject({ providerRef: z.string().min(1).max(64), cents: NonNegativeCents }))
    .min(1),
  billed: z.array(z.strictObject({ providerRef: z.string().min(1).max(64), cents: NonNegativeCents })).min(1),
  /**
   * The date the client received the initial bill: the 120 days run from receipt
   * [sources: cfr-45-149.620]. When only the bill's own date is known, give it here with
   * `receiptDateUnknown: true`: the client may have received it later, so past day 120 from that date the
   * dispute is `undecided`, never closed on a guess.
   */
  billReceivedOn: LocalDate,
  /**
   * `true` when `billReceivedOn` is the bill's date, not the day the client received it (absent: `false`,
   * the receipt date is known).
   */
  receiptDateUnknown: z.boolean().optional(),
});
export type GoodFaithEstimateDisputeFacts = z.input<typeof GoodFaithEstimateDisputeFacts>;

/**
 * Options for {@link evaluateGoodFaithEstimateDispute}: `asOf`, the client's local date today.
 *
 * @example
 * ```ts
 * EvaluateGoodFaithEstimateDisputeOptions.parse({ asOf: '2026-06-01' }); //=> { asOf: '2026-06-01' }
 * ```
 */
export const EvaluateGoodFaithEstimateDisputeOptions = z.strictObject({ asOf: LocalDate });
export type EvaluateGoodFaithEstimateDisputeOptions = z.input<typeof EvaluateGoodFaithEstimateDisputeOptions>;

/**
 * Whether a bill lets the client dispute it: `eligible`, `not_eligible`, or `undecided` (a person must review).
 *
 * @example
 * ```ts
 * const d: GoodFaithEstimateDisputeDecision = evaluateGoodFaithEstimateDispute(facts, { asOf: '2026-06-01' });
 * d.windowClosesOn; //=> '2026-08-29'
 * ```
 */
export type GoodFaithEstimateDisputeDecision = Decision<
  'eligible',
  'not_eligible' | 'undecided',
  IntakeReasonCode,
  { readonly windowClosesOn: LocalDate; readonly eligibleProviderRefs: readonly string[] }
>;

/**
 * Expected charges per provider on an estimate: each item's charge times its quantity, summed.
 *
 * @example
 * ```ts
 * getExpectedChargesByProvider(gfe); //=> [{ providerRef: 'dr-a', cents: 520_000 }]
 * ```
 * @throws {@link ValidationError} when `estimate` is not a valid Good Faith Estimate.
 */
export function getExpectedChargesByProvider(
  estimate: GoodFaithEstimate,
): { providerRef: string; cents: number }[] {
  const totals = new Map<string, number>();
  for (const item of validate(GoodFaithEstimate, estimate, 'good faith estimate').items) {
    totals.set(
      item.providerRef,
      (totals.get(item.providerRef) ?? 0) + (item.expectedChargeCents ?? 0) * item.quantity,
    );
  }
  return [...totals]
    .map(([providerRef, cents]) => ({ providerRef, cents }))
    .sort((a, b) => compareText(a.providerRef, b.providerRef));
}

function totals(lines: readonly { providerRef: string; cents: number }[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of lines) m.set(l.providerRef, (m.get(l.providerRef) ?? 0) + l.cents);
  return m;
}

/**
 * Decides whether a client may dispute a bill against their Good Faith Estimate: billed at least $400
 * more than estimated for any one provider, within 120 calendar days of receiving the bill.
 *
 * @throws {@link ValidationError} listing the facts' and the options' problems at once, each path under its
 * parameter's name (`$.facts.billed[0].cents`, `$.options.asOf`).
 * @remarks 45 CFR 149.620 [sources: cfr-45-149.620, nsa-gfe-model]. A provider billed but not on the
 * estimate is `undecided`: a person must review it rather than the library guessing. Only an `eligible`
 * answer lists providers in `eligibleProviderRefs` (with `intake.gfe_dispute.eligible`): past day 120, or
 * with the bill dated after `asOf`, a provider billed $400 or more over is
 * `intake.gfe_dispute.over_threshold_not_open` and the list is empty.
 * @example
 * ```ts
 * evaluateGoodFaithEstimateDispute({ expected: [{ providerRef: 'dr-a', cents: 200_000 }],
 *   billed: [{ providerRef: 'dr-a', cents: 240_000 }], billReceivedOn: '2026-05-01' }, { asOf: '2026-06-01' });
 * //=> { outcome: 'eligible', eligibleProviderRefs: ['dr-a'], windowClosesOn: '2026-08-29', … }
 * ```
 */
export function evaluateGoodFaithEstimateDispute(
  facts: GoodFaithEstimateDisputeFacts,
  options: EvaluateGoodFaithEstimateDisputeOptions,
): GoodFaithEstimateDisputeDecision {
  // Every argument's problems at once, each under its parameter's name (`$.facts…`, `$.options.asOf`).
  const [f, { asOf }] = validateArguments([
    ['facts', GoodFaithEstimateDisputeFacts, facts, 'dispute facts'],
    ['options', EvaluateGoodFaithEstimateDisputeOptions, options, 'dispute options'],
  ]);
  const windowClosesOn = addDays(f.billReceivedOn, GFE_DISPUTE_WINDOW_DAYS);
  const expected = totals(f.expected);
  const billed = totals(f.billed);
  // A bill dated after asOf is not a fact yet: nothing can be disputed before it arrives.
  const billAhead = f.billReceivedOn > asOf;
  const open = asOf <= windowClosesOn;
  // Only an open dispute names providers as eligible: past day 120 (or before the bill) none is.
  const disputable = open && !billAhead;
  const reasons: Reason<IntakeReasonCode>[] = [];
  const eligible: string[] = [];
  let unknownProvider = false;
  for (const ref of [...billed.keys()].sort(compareText)) {
    const b = billed.get(ref) as number;
    const e = expected.get(ref);
    if (e === undefined) {
      unknownProvider = true;
      reasons.push(
        reason(
          'intake.gfe_dispute.provider_not_on_estimate',
          'warning',
          'A billed provider is not on the estimate.',
          {
            providerRef: ref,
            billedCents: b,
            role: 'billing_staff',
          },
        ),
      );
      continue;
    }
    const over = b - e;
    const facts = {
      providerRef: ref,
      expectedCents: e,
      billedCents: b,
      overCents: over,
      thresholdCents: GFE_DISPUTE_THRESHOLD_CENTS,
    };
    if (over >= GFE_DISPUTE_THRESHOLD_CENTS && !disputable) {
      reasons.push(
        reason(
          'intake.gfe_dispute.over_threshold_not_open',
          'info',
          `Billed ${formatCents(over)} over the estimate, but no dispute can be started now.`,
          facts,
        ),
      );
    } else if (over >= GFE_DISPUTE_THRESHOLD_CENTS) {
      eligible.push(ref);
      reasons.push(
        reason(
          'intake.gfe_dispute.eligible',
          'info',
          `Billed ${formatCents(over)} over the estimate.`,
          facts,
        ),
      );
    } else {
      reasons.push(
        reason(
          'intake.gfe_dispute.below_threshold',
          'info',
          `Billed ${formatCents(Math.max(over, 0))} over the estimate, under $400.`,
          facts,
        ),
      );
    }
  }
  if (billAhead) {
    reasons.push(
      reason(
        'intake.gfe_dispute.bill_dated_after_as_of',
        'warning',
        'The bill is recorded as received after the date asked about: the dispute cannot be judged yet.',
        { billReceivedOn: f.billReceivedOn, asOf },
      ),
    );
  }
  // The window runs from receipt: counted from the bill's own date it may close too early, so once that
  // count has passed, whether the window is still open is not known [sources: cfr-45-149.620].
  const receiptUnknownClosed = !open && f.receiptDateUnknown === true;
  if (receiptUnknownClosed) {
    reasons.push(
      reason(
        'intake.gfe_dispute.receipt_date_unknown',
        'warning',
        'More than 120 days have passed since the bill’s date, but the dispute window runs from the day the client received it, which is not known: find out before telling the client the window has closed.',
        { billDatedOn: f.billReceivedOn, windowClosesOn, asOf, role: 'billing_staff' },
      ),
    );
  } else if (!open) {
    reasons.push(
      reason('intake.gfe_dispute.window_closed', 'error', 'More than 120 days have passed since the bill.', {
        billReceivedOn: f.billReceivedOn,
        windowClosesOn,
        asOf,
      }),
    );
  }
  const [first, ...rest] = sortReasons(reasons);
  const list = [first as Reason<IntakeReasonCode>, ...rest] as const;
  if (billAhead || receiptUnknownClosed) {
    return { outcome: 'undecided', reasons: list, windowClosesOn, eligibleProviderRefs: [] };
  }
  const base = { windowClosesOn, eligibleProviderRefs: eligible };
  if (open && eligible.length > 0) return { outcome: 'eligible', reasons: list, ...base };
  if (open && unknownProvider) return { outcome: 'undecided', reasons: list, ...base };
  return { outcome: 'not_eligible', reasons: list, ...base };
}
