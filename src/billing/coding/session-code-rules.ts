import { type Reason, reason } from '../../core/index.js';
import { compareText } from '../../core/internal.js';
import type { BillingReasonCode } from '../reason-codes.js';
import { serviceCodeSetOfValidated } from './service-code-pairing.js';
import { SERVICE_CODE_CATALOG, type ServiceCode } from './service-codes.js';

// The crisis codes, CPT's and Medicare's for a site other than the office: minutes add up across the day.
const CRISIS_CODES: ReadonlySet<string> = new Set(['90839', '90840', 'G0017', 'G0018']);

/** A billed line as the per-session code rules read it: its date of service, code and units. */
export interface DatedServiceLine {
  readonly serviceDate: string;
  readonly code: ServiceCode;
  readonly units: number;
}

/** The telehealth modifiers (95 video, 93 and FQ audio-only, GT legacy) [sources: mac-fcso-telehealth-modifiers]. */
export const TELEHEALTH_MODIFIERS: ReadonlySet<string> = new Set(['95', '93', 'GT', 'FQ']);

/**
 * The code-set rules of each session (the lines on one date of service), one rule for the claim scrubber
 * and the superbill: add-ons beside their primary, no mutually exclusive pair, units within the code's
 * maximum, no code twice. Crisis minutes add up across the day, so 90839 twice (or +90840 on two lines,
 * or 90839 for more than one unit; the same of G0017/+G0018) is reported as one crisis split in two
 * (`billing.codes.crisis_billed_twice`, the broken rule in `facts.rule`). A monthly code (behavioral health
 * integration) is checked with the other monthly codes of its calendar month, its `serviceDate` then the
 * month (`YYYY-MM`). Dates in order; each reason names its `serviceDate`.
 */
export function sessionCodeSetReasons(lines: readonly DatedServiceLine[]): Reason<BillingReasonCode>[] {
  const byDate = new Map<string, { code: ServiceCode; units: number }[]>();
  for (const line of lines) {
    // A monthly code's "session" is its calendar month (YYYY-MM): its pairs, units and add-ons hold there.
    const key =
      SERVICE_CODE_CATALOG[line.code].billedPer === 'calendar_month'
        ? line.serviceDate.slice(0, 7)
        : line.serviceDate;
    const list = byDate.get(key) ?? [];
    list.push({ code: line.code, units: Math.min(line.units, 99) });
    byDate.set(key, list);
  }
  const reasons: Reason<BillingReasonCode>[] = [];
  for (const [serviceDate, session] of [...byDate.entries()].sort(([a], [b]) => compareText(a, b))) {
    for (const r of serviceCodeSetOfValidated(session).reasons) {
      const facts = { ...r.facts, serviceDate };
      const crisisSplit =
        (r.code === 'billing.codes.duplicate_code' && CRISIS_CODES.has(String(r.facts.code))) ||
        (r.code === 'billing.codes.units_above_maximum' &&
          (r.facts.code === '90839' || r.facts.code === 'G0017'));
      reasons.push(
        crisisSplit
          ? reason(
              'billing.codes.crisis_billed_twice',
              'error',
              'Crisis psychotherapy minutes add up across the day: bill 90839 once, with +90840 for the time past 74 minutes.',
              { ...facts, rule: r.code },
            )
          : { ...r, facts },
      );
    }
  }
  return reasons;
}
