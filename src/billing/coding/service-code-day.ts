import * as z from 'zod';
import {
  type Decision,
  isNonEmpty,
  PracticeOpsError,
  type Reason,
  reason,
  validate,
} from '../../core/index.js';
import type { BillingReasonCode } from '../reason-codes.js';
import { evaluateServiceCodeSet } from './service-code-pairing.js';
import {
  BillableSession,
  type ServiceCodeSelectionDecision,
  type ServiceLine,
  selectValid,
} from './service-code-selection.js';

// 90839 starts at 30 minutes; timed psychotherapy (90832) at 16 [sources: ama-cpt, lcd-l35101].
const CRISIS_MINIMUM_MINUTES = 30;
const TIMED_MINIMUM_MINUTES = 16;

/**
 * The sessions of one client on one date, in the order they happened; their minutes fit in one day.
 *
 * @throws via `validate`: `billing.codes.day_over_24_hours` when the minutes add up to more than 1,440.
 * @example
 * ```ts
 * BillableDay.parse([{ kind: 'crisis_psychotherapy', faceToFaceMinutes: 40 }]).length; //=> 1
 * ```
 */
export const BillableDay = z
  .array(BillableSession)
  .min(1)
  .max(24)
  .refine((sessions) => sessions.reduce((sum, s) => sum + s.faceToFaceMinutes, 0) <= 1440, {
    message: 'the sessions of one day must not add up to more than 24 hours',
    params: { code: 'billing.codes.day_over_24_hours' satisfies BillingReasonCode },
  });
export type BillableDay = z.infer<typeof BillableDay>;
/**
 * A {@link BillableDay} as callers write it, before its defaults apply: each session's `interactiveComplexity` may be left out (`false`).
 *
 * @example
 * ```ts
 * const day: BillableDayInput = [{ kind: 'crisis_psychotherapy', faceToFaceMinutes: 40 }];
 * ```
 */
export type BillableDayInput = z.input<typeof BillableDay>;

/**
 * The codes for one client's day: `billable` with the day's lines; `not_billable` when no session is;
 * `undecided` when a session needs a fact (the prescriber's E/M code) or the day's codes cannot all be
 * billed together, so a biller decides.
 * @example
 * ```ts
 * const d: DayServiceCodeSelectionDecision = selectServiceCodesForDay([{ kind: 'crisis_psychotherapy', faceToFaceMinutes: 85 }]);
 * d.lines; //=> [{ code: '90839', units: 1 }, { code: '90840', units: 1 }]
 * ```
 */
export type DayServiceCodeSelectionDecision = Decision<
  'billable',
  'not_billable' | 'undecided',
  BillingReasonCode,
  { readonly lines: readonly ServiceLine[] }
>;

/**
 * Codes one client's sessions on one date together. Crisis psychotherapy minutes add up across the day,
 * whether or not the time was continuous: two crisis sessions of 40 and 45 minutes are 85 minutes,
 * billed 90839 + 90840, never 90839 twice. Every other session is coded on its own, and the day's lines
 * must pass the pairing rules of {@link evaluateServiceCodeSet}; when they do not (e.g. crisis and
 * another psychotherapy code on one day), the day is `undecided` with the broken rules, for a biller.
 *
 * @param input - the sessions of one client on one date (validated against {@link BillableDay})
 * @returns the {@link DayServiceCodeSelectionDecision}; at most one 90839 whatever the sessions
 * @throws {@link ValidationError} when a session fails its schema (every problem by path)
 * @remarks 90839 covers the first 30–74 minutes of crisis psychotherapy on a date and +90840 each further
 * 30 minutes from 75; the time on the date need not be continuous [sources: headway-crisis-codes], and
 * Medicare's edits allow one 90839 per patient per day [sources: cms-mue]. Under 30 minutes in all, the
 * day's crisis time is coded as timed psychotherapy (as a single session would be); when only the sessions
 * added together reach its 16 minutes (10 and 10), the day is `undecided`
 * (`billing.codes.crisis_combined_below_timed_minimum`, the proposal kept): only the crisis codes add
 * time across a date.
 * @example
 * ```ts
 * selectServiceCodesForDay([
 *   { kind: 'crisis_psychotherapy', faceToFaceMinutes: 40 },
 *   { kind: 'crisis_psychotherapy', faceToFaceMinutes: 45 },
 * ]);
 * //=> { outcome: 'billable', lines: [{ code: '90839', units: 1 }, { code: '90840', units: 1 }],
 * //     reasons: [{ code: 'billing.codes.crisis_minutes_combined', facts: { sessionMinutes: [40, 45], totalMinutes: 85 }, … }] }
 * ```
 */
export function selectServiceCodesForDay(
  input: readonly z.input<typeof BillableSession>[],
): DayServiceCodeSelectionDecision {
  const sessions = validate(BillableDay, input, 'billable day');
  const lines: ServiceLine[] = [];
  const reasons: Reason<BillingReasonCode>[] = [];
  let undecided = false;
  const take = (selection: ServiceCodeSelectionDecision): void => {
    lines.push(...selection.lines);
    reasons.push(...selection.reasons);
    if (selection.outcome === 'undecided') undecided = true;
  };
  const crisis = sessions.filter((s) => s.kind === 'crisis_psychotherapy');
  sessions.forEach((session) => {
    if (session.kind !== 'crisis_psychotherapy') take(selectValid(session));
    else if (session === crisis[0]) {
      // The day's crisis time is coded once, where its first session falls.
      const sessionMinutes = crisis.map((s) => s.faceToFaceMinutes);
      const totalMinutes = sessionMinutes.reduce((a, b) => a + b, 0);
      if (crisis.length > 1) {
        reasons.push(
          reason(
            'billing.codes.crisis_minutes_combined',
            'info',
            'Crisis psychotherapy time adds up across the day: the sessions were coded once, on their total minutes.',
            { sessionMinutes, totalMinutes },
          ),
        );
      }
      // Medicare's site codes or CPT's: one crisis, one code set; sessions that disagree are a biller's call.
      const sites = new Set(crisis.map((s) => s.medicareCrisisSite === true));
      if (sites.size > 1) {
        undecided = true;
        reasons.push(
          reason(
            'billing.codes.crisis_sites_differ',
            'warning',
            'The day’s crisis sessions are not all at a Medicare site other than the office (G0017/+G0018) or all elsewhere (90839/+90840), and their minutes add up as one crisis: a biller decides the codes.',
            { medicareCrisisSite: crisis.map((s) => s.medicareCrisisSite === true) },
          ),
        );
      }
      take(
        selectValid({
          kind: 'crisis_psychotherapy',
          faceToFaceMinutes: totalMinutes,
          interactiveComplexity: crisis.some((s) => s.interactiveComplexity),
          ...(crisis[0]?.medicareCrisisSite === true ? { medicareCrisisSite: true } : {}),
        }),
      );
      // Under 30 minutes in all the crisis codes do not apply, and only they add time across a date: sessions
      // that reach the 16 minutes of timed psychotherapy only together are a biller's call, not a code.
      const longest = Math.max(...sessionMinutes);
      if (
        totalMinutes < CRISIS_MINIMUM_MINUTES &&
        totalMinutes >= TIMED_MINIMUM_MINUTES &&
        longest < TIMED_MINIMUM_MINUTES
      ) {
        undecided = true;
        reasons.push(
          reason(
            'billing.codes.crisis_combined_below_timed_minimum',
            'warning',
            'The crisis sessions reach 16 minutes only added together; timed psychotherapy is coded per session: a biller decides.',
            { sessionMinutes, totalMinutes, longestMinutes: longest, minimumMinutes: TIMED_MINIMUM_MINUTES },
          ),
        );
      }
    }
  });
  if (!undecided && lines.length > 1) {
    const pairing = evaluateServiceCodeSet(lines);
    if (pairing.outcome === 'invalid') {
      undecided = true;
      reasons.push(
        reason(
          'billing.codes.day_needs_review',
          'warning',
          'The day’s codes cannot all be billed together as coded: a biller decides what to bill.',
          { codes: lines.map((l) => l.code) },
        ),
        ...pairing.reasons,
      );
    }
  }
  if (!undecided && lines.length > 0) return { outcome: 'billable', lines, reasons };
  /* c8 ignore next 2 -- every session that codes to nothing, or needs a fact, carries its reason */
  if (!isNonEmpty(reasons))
    throw new PracticeOpsError('billing.codes.unreachable', 'An empty selection must carry a reason.');
  return { outcome: undecided ? 'undecided' : 'not_billable', lines, reasons };
}
