import * as z from 'zod';
import { ClaimId, type Facts, type LocalDate, type Reason, reason, validate } from '../../core/index.js';
import { fromEpochDay, toEpochDay } from '../../core/internal.js';
import type { AcknowledgmentStatus } from './acknowledgment.js';
import type { ClaimAcknowledgmentDecision, ReportedStatus277 } from './claim-acknowledgment.js';
import { type ClaimStatusKind, claimStatusKind } from './claim-status-category.js';
import { readDate } from './element-values.js';
import { decide277, label, type Settle277, scan277 } from './read-277ca.js';
import type { X12ReasonCode } from './reason-codes.js';
import type { X12Input } from './scan.js';
import type { Patient277 } from './transaction-277ca.js';

/**
 * Days after a pended claim's status date (or a request for information) to ask the payer again: 30, the
 * time within which Medicare must pay a clean claim (the payment ceiling of the Medicare Claims Processing
 * Manual, chapter 1, §80.2.1.2) [sources: cms-mcpm-ch1-80.2]. A practice may choose its own.
 * @example
 * ```ts
 * DEFAULT_CLAIM_STATUS_FOLLOW_UP_DAYS; //=> 30
 * ```
 */
export const DEFAULT_CLAIM_STATUS_FOLLOW_UP_DAYS = 30;

/**
 * Options for {@link read277}:
 * - `claimIds`: the claims asked about in the 276 (CLM01, the patient control numbers), so that a claim the
 *   277 names but was not asked about is undecided and a claim asked about that it does not answer is listed.
 *   Default `[]`: every claim named is read and none is listed.
 * - `followUpDays`: the days after a pended status (or a request for information) to follow it up, a whole
 *   number from 1 to 180. Default {@link DEFAULT_CLAIM_STATUS_FOLLOW_UP_DAYS} (30).
 * @example
 * ```ts
 * Read277Options.parse({ claimIds: ['c-1'], followUpDays: 14 });
 * ```
 */
export const Read277Options = z.strictObject({
  claimIds: z.array(ClaimId).max(200_000).default([]),
  followUpDays: z.number().int().min(1).max(180).default(DEFAULT_CLAIM_STATUS_FOLLOW_UP_DAYS),
});
export type Read277Options = z.input<typeof Read277Options>;

type R = Reason<X12ReasonCode>;
type Kinded = ReportedStatus277 & { kind: ClaimStatusKind };

function addDays(date: LocalDate, days: number): LocalDate {
  return fromEpochDay(toEpochDay(date) + days) as LocalDate;
}

/**
 * The group of code list 507 a status kind belongs to: acknowledgement (A, D0), pended or information asked
 * (P, R), finalized (F). One claim's statuses (STC01, STC10, STC11, and several STC segments) keep within one
 * group: a claim cannot be both pended and finalized [sources: x12-276-277, x12-rfi-1382].
 */
function groupOf(kind: ClaimStatusKind): 'acknowledgment' | 'pending' | 'finalized' | 'other' {
  switch (kind) {
    case 'received':
    case 'accepted':
    case 'rejected':
    case 'not_found':
      return 'acknowledgment';
    case 'pending':
      return 'pending';
    case 'paid':
    case 'denied':
    case 'finalized':
      return 'finalized';
    case 'unanswered':
    case 'unknown':
      return 'other';
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** Two statuses of the claim itself (not its lines) that cannot both be true. */
function conflicting(kinds: ReadonlySet<ClaimStatusKind>): boolean {
  const adjudicated =
    kinds.has('paid') || kinds.has('denied') || kinds.has('finalized') || kinds.has('accepted');
  return (
    (kinds.has('paid') && kinds.has('denied')) ||
    (kinds.has('rejected') && adjudicated) ||
    new Set([...kinds].map(groupOf)).size > 1
  );
}

const ANSWERS: readonly {
  kind: Exclude<ClaimStatusKind, 'unknown' | 'unanswered'>;
  status: AcknowledgmentStatus;
  code: X12ReasonCode;
  severity: R['severity'];
  message: string;
}[] = [
  {
    kind: 'rejected',
    status: 'rejected',
    code: 'x12.277.claim_rejected',
    severity: 'error',
    message:
      'The payer rejected the claim before adjudication (A3, A6, A7 or A8): fix what its status codes name and send it again as a new claim.',
  },
  {
    kind: 'denied',
    status: 'denied',
    code: 'x12.277.claim_denied',
    severity: 'error',
    message:
      'The claim was finalized as denied or with no payment forthcoming (F2, F4): work the denial from the 835’s reasons.',
  },
  {
    kind: 'pending',
    status: 'pending',
    code: 'x12.277.claim_pending',
    severity: 'warning',
    message:
      'The claim is pended or the payer asks for information (P, R): send what it asks for, and ask again on the follow-up date.',
  },
  {
    kind: 'not_found',
    status: 'not_found',
    code: 'x12.277.claim_not_found',
    severity: 'warning',
    message:
      'The payer cannot find the claim (A4, D0): check its 999 and 277CA, and send it again if it never arrived.',
  },
  {
    kind: 'paid',
    status: 'paid',
    code: 'x12.277.claim_paid',
    severity: 'info',
    message: 'The claim was finalized and paid (F1): post it from the 835, not from this status.',
  },
  {
    kind: 'finalized',
    status: 'finalized',
    code: 'x12.277.claim_finalized',
    severity: 'info',
    message:
      'The claim was finalized without saying whether it was paid (F0, F3): the 835 says how; it is not read as paid.',
  },
  {
    kind: 'accepted',
    status: 'accepted',
    code: 'x12.277.claim_accepted',
    severity: 'info',
    message: 'The claim was accepted into adjudication (A2, A5) and is not yet finalized: wait for the 835.',
  },
  {
    kind: 'received',
    status: 'received',
    code: 'x12.277.claim_received',
    severity: 'info',
    message:
      'The claim was received, not yet accepted into adjudication (A0, A1): wait for the 277CA or ask again.',
  },
];

/** The status one line's own statuses give (`undecided` for an unknown, unanswered or contradicting category). */
function lineStatus(statuses: readonly Kinded[]): AcknowledgmentStatus {
  const kinds = new Set(statuses.map((s) => s.kind));
  if (kinds.has('unknown') || kinds.has('unanswered') || conflicting(kinds)) return 'undecided';
  return ANSWERS.find((a) => kinds.has(a.kind))?.status ?? 'undecided';
}

const kinded = (s: ReportedStatus277): Kinded => ({ ...s, kind: claimStatusKind(s.category) });

/**
 * A claim status response's claim settled: its status from its own (claim-level, 2200D/E) statuses alone, its
 * lines' statuses (2220D/E) each read for its line, and when to follow it up. A line never overrides the claim:
 * a line denied under a paid claim is a line denial, reported beside the claim's answer [sources: x12-rfi-1382].
 */
function settler(asked: LocalDate, followUpDays: number): Settle277 {
  return (p: Patient277) => {
    const own: Kinded[] = p.statuses.map(kinded);
    const lines = p.lines.map((l) => {
      const statuses = l.statuses.map(kinded);
      return { line: l, statuses, status: lineStatus(statuses) };
    });
    const lineStatuses = lines.map((l) => l.status);
    const all = [...own, ...lines.flatMap((l) => l.statuses)];
    const facts = { segment: p.segment, statuses: own.map(label) };
    const undecided = (code: X12ReasonCode, message: string, used: Facts = facts) => ({
      status: 'undecided' as const,
      why: reason(code, 'warning', message, used),
      lineStatuses,
    });
    const kinds = new Set(own.map((s) => s.kind));
    if (kinds.has('unknown')) {
      return undecided(
        'x12.277.unknown_category',
        'A claim status category is not one this reader knows: the claim is undecided, never taken as paid.',
      );
    }
    if (kinds.has('unanswered')) {
      return undecided(
        'x12.277.inquiry_not_answered',
        'The payer could not answer the inquiry (E0–E4: an error in the 276, or its system): the claim’s status is not known; correct the 276 or ask again later.',
      );
    }
    if (conflicting(kinds) || (kinds.has('paid') && p.paidCents === 0)) {
      return undecided(
        'x12.277.status_conflict',
        'The claim’s statuses contradict each other (paid and denied, pended and finalized, rejected and adjudicated, or paid with nothing paid): read the response by hand.',
      );
    }
    const answer = ANSWERS.find((a) => kinds.has(a.kind));
    if (answer === undefined) {
      // Every status is unknown or unanswered, handled above; a claim without a status is a ValidationError.
      return undecided(
        'x12.277.unknown_category',
        'The claim has no status this reader can read: it is undecided.',
      );
    }
    if (answer.status === 'denied' && lineStatuses.includes('paid')) {
      return undecided(
        'x12.277.status_conflict',
        'The claim is finalized with no payment (F2, F4) while a line is said paid (F1): read the response by hand.',
        { ...facts, lineStatuses: all.filter((s) => !own.includes(s)).map(label) },
      );
    }
    let followUpOn: LocalDate | null = null;
    if (answer.status === 'pending') followUpOn = followUpFrom(own, asked, followUpDays);
    const more: R[] = [];
    let moreNeedsAction = false;
    if (answer.status === 'paid' && p.paidCents === null) {
      more.push(
        reason(
          'x12.277.paid_amount_unknown',
          'warning',
          'The claim is finalized and paid (F1) but the response gives no amount paid (STC05): the amount is undecided, never zero; post from the 835.',
          { segment: p.segment, paidCents: null, amount: 'undecided' },
        ),
      );
    }
    for (const l of lines) {
      if (l.status === answer.status) continue;
      const lineFacts = {
        segment: l.line.segment,
        procedureCode: l.line.procedureCode,
        statuses: l.statuses.map(label),
      };
      switch (l.status) {
        case 'denied':
          moreNeedsAction = true;
          more.push(
            reason(
              'x12.277.line_denied',
              'error',
              'A service line was finalized as denied or with no payment (F2, F4) under a claim that was not: the claim keeps its status; work the line’s denial from the 835.',
              lineFacts,
            ),
          );
          break;
        case 'pending':
        case 'not_found':
        case 'rejected':
          moreNeedsAction = true;
          more.push(
            reason(
              'x12.277.line_needs_follow_up',
              'warning',
              'A service line is pended, asked about, not found or rejected while its claim is not: follow the line up with the payer.',
              { ...lineFacts, followUpOn: followUpFrom(l.statuses, asked, followUpDays) },
            ),
          );
          break;
        case 'undecided':
          moreNeedsAction = true;
          more.push(
            reason(
              'x12.277.line_undecided',
              'warning',
              'A service line’s status category is unknown, unanswered or contradicts itself: the claim keeps its status; read the line by hand.',
              lineFacts,
            ),
          );
          break;
        case 'paid':
        case 'finalized':
        case 'accepted':
        case 'received':
          break;
        default: {
          const never: never = l.status;
          return never;
        }
      }
    }
    return {
      status: answer.status,
      why: reason(
        answer.code,
        answer.severity,
        answer.message,
        followUpOn === null ? facts : { ...facts, followUpOn },
      ),
      followUpOn,
      lineStatuses,
      more,
      moreNeedsAction,
    };
  };
}

/** The latest pended status's date (STC02, else the response's BHT04) plus the follow-up days. */
function followUpFrom(statuses: readonly Kinded[], asked: LocalDate, followUpDays: number): LocalDate {
  const dates = statuses.filter((s) => s.kind === 'pending').map((s) => s.date ?? asked);
  let latest = dates[0] ?? asked;
  for (const d of dates) if (d > latest) latest = d;
  return addDays(latest, followUpDays);
}

/**
 * Reads the 277 claim status responses of an X12 005010 file (005010X212) that answer a 276 inquiry, into
 * the claims {@link read277CA} gives: each claim (a TRN loop under the subscriber, HL 22, or dependent, HL
 * 23) named by its patient control number (REF*EJ, the 837's CLM01; else the 276's trace number, TRN02), with
 * its statuses (STC, and its lines'), the payer's claim control number (REF*1K), the charge, the amount paid,
 * the adjudication and payment dates and the check or EFT number (STC04–STC09), and what the work queue does
 * next: paid (F1) or finalized (F0, F3) → wait for the 835 and post from it; pended (P) or information asked
 * (R) → follow up on `followUpOn`; denied (F2, F4) → work the denial; not found (A4, D0) →
 * check the acknowledgments and resubmit; rejected (A3, A6–A8) → fix and send as a new claim. An unknown
 * category, a response not possible (E0–E4) and contradicting statuses are `undecided`, never paid. The
 * claim's status is its claim-level STC's (2200D/E) alone: each service line (2220D/E) carries its own
 * `status`, and a line that differs adds a reason (`x12.277.line_denied`, `x12.277.line_needs_follow_up`,
 * `x12.277.line_undecided`) without changing the claim's [sources: x12-rfi-1382]. F1 without STC05 is paid
 * with `paidCents` null and `x12.277.paid_amount_unknown`: the amount is undecided, never zero.
 *
 * @param input - the file as a string, or its chunks in order
 * @param options - the claims asked about, and the days to follow a pended claim up
 * @returns one decision per 277 transaction set, in file order
 * @throws {@link ValidationError} listing every problem by segment number and element position, never a
 * value: not X12, a broken envelope, a transaction set that is not a 277, a hierarchy that is not 20 ← 21 ←
 * 19 ← 22 (← 23), a segment out of its place, a claim without its trace or status, a malformed date or
 * amount; and bad options under `$.claimIds` or `$.followUpDays`.
 * @remarks Loops, segments and category codes as the 276/277 TR3 describes them [sources: x12-276-277].
 * @example
 * ```ts fragment
 * const [status] = read277(text, { claimIds: ['c-1'] });
 * status.claims[0]; //=> { claimId: 'c-1', status: 'pending', action: 'follow_up', followUpOn: '2026-12-31', … }
 * ```
 */
export function read277(input: X12Input, options: Read277Options = {}): ClaimAcknowledgmentDecision[] {
  const opts = validate(Read277Options, options, '277 options');
  const asked = new Set<string>(opts.claimIds);
  const out: ClaimAcknowledgmentDecision[] = [];
  scan277(input, 'status', '277 file', (t, problems) => {
    // BHT04, the day the response was made: a pended status without a date of its own counts from it.
    const made = t.bht === null ? null : readDate(t.bht.elements[4] ?? '');
    if (t.bht !== null && made === null) {
      problems.add(t.bht.position, 'BHT04', 'x12.element.invalid', 'must be a date written CCYYMMDD');
    }
    if (made !== null) out.push(decide277(t, asked, settler(made, opts.followUpDays), 'status'));
  });
  return out;
}
