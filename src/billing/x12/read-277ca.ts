import * as z from 'zod';
import {
  ClaimId,
  isNonEmpty,
  type LocalDate,
  type NonEmptyArray,
  type Reason,
  reason,
  validate,
} from '../../core/index.js';
import { type AcknowledgmentStatus, actionOf } from './acknowledgment.js';
import type {
  ClaimAcknowledgment277,
  ClaimAcknowledgmentDecision,
  ReportedStatus277,
} from './claim-acknowledgment.js';
import { type CategoryKind, categoryKind } from './claim-status-category.js';
import { X12Problems } from './problems.js';
import type { X12ReasonCode } from './reason-codes.js';
import { scanX12, type X12Input } from './scan.js';
import { type Guide277, type Level277, type Patient277, Transaction277CA } from './transaction-277ca.js';

/**
 * Options for {@link read277CA}: the claims sent (CLM01, e.g. `write837P(…).written.map((w) => w.claimId)`),
 * so that a claim the 277CA names but the practice did not send is undecided, and a sent claim it does not
 * name is listed. Left empty, every claim named is read and none is listed.
 * @example
 * ```ts
 * Read277CAOptions.parse({ claimIds: ['c-1', 'c-2'] });
 * ```
 */
export const Read277CAOptions = z.strictObject({
  claimIds: z.array(ClaimId).max(200_000).default([]),
});
export type Read277CAOptions = z.input<typeof Read277CAOptions>;

type R = Reason<X12ReasonCode>;

/** A status written `category:code:entity`, as a reason's facts give it. */
export function label(s: ReportedStatus277): string {
  return [s.category, s.code ?? '', s.entity ?? ''].join(':').replace(/:+$/, '');
}

/** An STC's action code (STC03) that says the opposite of its category. */
function contradicts(s: ReportedStatus277, kind: CategoryKind): boolean {
  return (s.actionCode === 'U' && kind === 'accepted') || (s.actionCode === 'WQ' && kind === 'rejected');
}

function rejectionsAbove(level: Level277 | null): ReportedStatus277[] {
  const out: ReportedStatus277[] = [];
  for (let l = level; l !== null; l = l.parent) {
    for (const s of l.statuses) if (categoryKind(s.category) === 'rejected') out.push(s);
  }
  return out;
}

/** A claim's status from everything said of it: its own statuses, its lines' and its provider's or batch's rejections. */
function settle(p: Patient277): ReturnType<Settle277> {
  const all = [...p.statuses, ...p.lines.flatMap((l) => l.statuses), ...rejectionsAbove(p.parent)];
  return {
    ...settleStatuses(all, p.segment),
    lineStatuses: p.lines.map((l) => settleStatuses(l.statuses, l.segment).status),
  };
}

/** The acknowledgment status a set of 277CA statuses gives, and why. */
function settleStatuses(
  all: readonly ReportedStatus277[],
  segment: number,
): { status: AcknowledgmentStatus; why: R } {
  const kinds = new Set(all.map((s) => categoryKind(s.category)));
  const facts = { segment, statuses: all.map(label) };
  if (kinds.has('unknown')) {
    return {
      status: 'undecided',
      why: reason(
        'x12.277ca.unknown_category',
        'warning',
        'A claim status category is not one this reader knows: the claim is undecided, never taken as accepted.',
        facts,
      ),
    };
  }
  if (
    (kinds.has('rejected') && kinds.has('accepted')) ||
    all.some((s) => contradicts(s, categoryKind(s.category)))
  ) {
    return {
      status: 'undecided',
      why: reason(
        'x12.277ca.status_conflict',
        'warning',
        'The claim’s statuses contradict each other (accepted and rejected): read the 277CA by hand before moving it.',
        facts,
      ),
    };
  }
  if (kinds.has('rejected')) {
    return {
      status: 'rejected',
      why: reason(
        'x12.277ca.claim_rejected',
        'error',
        'The claim was rejected before adjudication: fix what its status codes name and send it again as a new claim, not a replacement.',
        facts,
      ),
    };
  }
  if (kinds.has('pending')) {
    return {
      status: 'pending',
      why: reason(
        'x12.277ca.claim_pending',
        'warning',
        'The claim is pended or information is requested: follow up with the payer.',
        facts,
      ),
    };
  }
  if (kinds.has('not_found')) {
    return {
      status: 'not_found',
      why: reason(
        'x12.277ca.claim_not_found',
        'warning',
        'The payer says it cannot find the claim: follow up.',
        facts,
      ),
    };
  }
  if (kinds.has('accepted')) {
    return {
      status: 'accepted',
      why: reason(
        'x12.277ca.claim_accepted',
        'info',
        'The claim was accepted into adjudication: wait for the 835.',
        facts,
      ),
    };
  }
  return {
    status: 'received',
    why: reason(
      'x12.277ca.claim_received',
      'info',
      'The claim was received, not yet accepted into adjudication: wait for the acknowledgment that accepts or rejects it.',
      facts,
    ),
  };
}

// Statuses that leave nothing to do but wait for the next file.
const QUIET: ReadonlySet<AcknowledgmentStatus> = new Set(['accepted', 'received', 'paid', 'finalized']);

function rank(r: Reason): number {
  return r.severity === 'error' ? 2 : r.severity === 'warning' ? 1 : 0;
}

/** How one guide settles a claim: its status and why, and the day to follow it up, if any. */
export type Settle277 = (p: Patient277) => {
  status: AcknowledgmentStatus;
  why: R;
  followUpOn?: LocalDate | null;
  /** Each line's own status, in the order of `p.lines`. */
  lineStatuses: readonly AcknowledgmentStatus[];
  /** Further reasons about the claim (its lines, an amount not given), after `why`. */
  more?: readonly R[];
  /** Whether `more` asks for work although the claim's status does not. */
  moreNeedsAction?: boolean;
};

/**
 * One 277 decided: the batch and provider rejections, each claim settled by `settleClaim`, the claims not
 * sent (or not asked about) and the sent claims it does not name. Shared by {@link read277CA} and `read277`.
 */
export function decide277(
  t: Transaction277CA,
  sent: ReadonlySet<string>,
  settleClaim: Settle277 = settle,
  guide: Guide277 = 'acknowledgment',
): ClaimAcknowledgmentDecision {
  const reasons: R[] = [];
  const batchRejections: (ReportedStatus277 & { level: 'receiver' | 'provider' })[] = [];
  for (const l of t.levels) {
    if (l.level !== 'receiver' && l.level !== 'provider') continue;
    const rejected = l.statuses.filter((s) => categoryKind(s.category) === 'rejected');
    for (const s of rejected) batchRejections.push({ ...s, level: l.level });
    if (rejected.length > 0) {
      const claims = t.patients.filter((p) => rejectionsAbove(p.parent).length > 0 && isUnder(p, l)).length;
      reasons.push(
        reason(
          'x12.277ca.batch_rejected',
          'error',
          l.level === 'receiver'
            ? 'The whole batch was rejected: every claim it held must be fixed and sent again as a new claim.'
            : 'Every claim of a billing provider was rejected: fix what the status codes name (often the provider’s identifiers) and send them again as new claims.',
          {
            segment: l.segment,
            level: l.level,
            statuses: rejected.map(label),
            claimsListed: claims,
          },
        ),
      );
    }
  }
  const claims: ClaimAcknowledgment277[] = [];
  const named = new Set<string>();
  let undecided = false;
  let action = batchRejections.length > 0;
  for (const p of t.patients) {
    const claimId = p.claimId as string;
    named.add(claimId);
    const settled = settleClaim(p);
    let { status, why } = settled;
    let followUpOn = settled.followUpOn ?? null;
    if (sent.size > 0 && !sent.has(claimId)) {
      status = 'undecided';
      followUpOn = null;
      const facts = { segment: p.segment, statuses: why.facts.statuses ?? [] };
      why =
        guide === 'status'
          ? reason(
              'x12.277.claim_not_asked',
              'warning',
              'The claim status response names a claim that is not among the claims asked about: it is undecided.',
              facts,
            )
          : reason(
              'x12.277ca.claim_not_sent',
              'warning',
              'The 277CA names a claim that is not among the claims said to be sent: it is not moved.',
              facts,
            );
    }
    if (status === 'undecided') undecided = true;
    else if (!QUIET.has(status) || settled.moreNeedsAction === true) action = true;
    const withClaim: R = { ...why, facts: { ...why.facts, claimId } };
    const more = (settled.more ?? []).map((m): R => ({ ...m, facts: { ...m.facts, claimId } }));
    reasons.push(withClaim, ...more);
    // The claim's own reasons, the most severe first (a line denial before a paid claim's note).
    const sortedMore = [...more].sort((a, b) => rank(b) - rank(a));
    const before = sortedMore.filter((m) => rank(m) > rank(withClaim));
    const after = sortedMore.filter((m) => rank(m) <= rank(withClaim));
    const own: NonEmptyArray<R> = isNonEmpty(before)
      ? [before[0], ...before.slice(1), withClaim, ...after]
      : [withClaim, ...after];
    claims.push({
      claimId,
      status,
      ...actionOf(status),
      reasons: own,
      segment: p.segment,
      payerClaimControlNumber: p.payerClaimControlNumber,
      clearinghouseTraceNumber: p.clearinghouseTraceNumber,
      traceNumber: p.traceNumber,
      chargeCents: p.chargeCents,
      paidCents: p.paidCents,
      adjudicatedOn: p.adjudicatedOn,
      paidOn: p.paidOn,
      paymentTraceNumber: p.paymentTraceNumber,
      followUpOn,
      statuses: p.statuses,
      lines: p.lines.map((l, i) => ({ ...l, status: settled.lineStatuses[i] ?? 'undecided' })),
    });
  }
  const unacknowledged = [...sent].filter((id) => !named.has(id));
  // A claim asked about and not answered is asked again; a 277CA's missing claim may still come in another.
  if (unacknowledged.length > 0 && guide === 'status') action = true;
  if (unacknowledged.length > 0) {
    reasons.push(
      guide === 'status'
        ? reason(
            'x12.277.claim_not_answered',
            'warning',
            'Claims asked about are not answered in this claim status response: ask again, or ask another payer.',
            { segment: t.st.position, claims: unacknowledged.length },
          )
        : reason(
            'x12.277ca.claim_not_acknowledged',
            batchRejections.length > 0 ? 'warning' : 'info',
            batchRejections.length > 0
              ? 'Claims said to be sent are not named in this 277CA, which rejects a batch or provider: they may be among those rejected; check before waiting.'
              : 'Claims said to be sent are not named in this 277CA: another may still come; follow up if none does.',
            { segment: t.st.position, claims: unacknowledged.length },
          ),
    );
  }
  const data = {
    segment: t.st.position,
    referenceId: ((t.bht?.elements[3] ?? '') || null) as string | null,
    claims,
    batchRejections,
    unacknowledged,
  };
  const sorted = reasons.sort((a, b) => rank(b) - rank(a));
  if (isNonEmpty(sorted) && (undecided || action)) {
    return { ...data, outcome: undecided ? 'undecided' : 'needs_action', reasons: sorted };
  }
  return { ...data, outcome: 'acknowledged', reasons: sorted };
}

function isUnder(p: Patient277, level: Level277): boolean {
  for (let l = p.parent; l !== null; l = l.parent) if (l === level) return true;
  return false;
}

/**
 * Reads the 277CA claim acknowledgments of an X12 005010 file (005010X214): each claim (HL `PT`) tied to
 * the claim sent by its patient control number (TRN02, the 837P's CLM01), with the payer's claim control
 * number (REF*1K), its statuses (STC: category, status code, entity) and its lines', and what the biller
 * does next: accepted into adjudication (A2, A5) → wait for the 835; received (A1, A0) → wait for the
 * acknowledgment that settles it; rejected (A3, A6, A7, A8, or a rejection of its billing provider or whole
 * batch) → fix it and send it again as a new claim, not a replacement, since it never entered adjudication;
 * pended, information requested or not found → follow up. An unknown category, statuses that contradict
 * each other (accepted and rejected, or STC03 against its category) and a claim that was not sent are
 * `undecided`, never accepted. Each claim carries the claim status to move it to (`moveTo`, for `moveClaim`).
 *
 * @param input - the file as a string, or its chunks in order
 * @param options - the claims sent
 * @returns one decision per 277 transaction set, in file order
 * @throws {@link ValidationError} listing every problem by segment number and element position, never a
 * value: not X12, cut short, a broken envelope, a transaction set that is not a 277, a hierarchy that is not
 * 20 ← 21 ← 19 ← PT, a segment out of its place, a claim without its TRN or STC, a malformed date or amount.
 * @remarks Loops, segments and category codes as the 277CA TR3, X12 RFI 1942 and the CMS and MAC companion
 * guides describe them [sources: x12-277ca, x12-rfi-1942, x12-acknowledgments-cms].
 * @example
 * ```ts fragment
 * const [ack] = read277CA(text, { claimIds: ['c-1'] });
 * ack.claims[0]?.status; //=> 'rejected'
 * ack.claims[0]?.statuses[0]; //=> { category: 'A7', code: '21', entity: null, … }
 * moveClaim(claim, { to: ack.claims[0].moveTo }, { asOf: '2026-04-11' }).outcome; //=> 'moved'
 * ```
 */
export function read277CA(input: X12Input, options: Read277CAOptions = {}): ClaimAcknowledgmentDecision[] {
  const opts = validate(Read277CAOptions, options, '277CA options');
  const sent = new Set<string>(opts.claimIds);
  const out: ClaimAcknowledgmentDecision[] = [];
  scan277(input, 'acknowledgment', '277CA file', (t) => {
    out.push(decide277(t, sent));
  });
  return out;
}

/**
 * Reads each 277 of a file as the guide says (`acknowledgment`: a 277CA; `status`: a 277 claim status response) and
 * hands every transaction read whole and without a problem to `read`, which may add problems of its own; throws a
 * ValidationError with every problem of the file at the end. The loop both 277 readers share.
 */
export function scan277(
  input: X12Input,
  guide: Guide277,
  what: string,
  read: (t: Transaction277CA, problems: X12Problems) => void,
): void {
  const problems = new X12Problems();
  let current: Transaction277CA | null = null;
  scanX12(
    input,
    {
      start(st, delimiters) {
        current = null;
        if (st.elements[1] !== '277') {
          problems.add(
            st.position,
            'ST01',
            'x12.transaction.unexpected_type',
            guide === 'status'
              ? 'must be 277 (a claim status response)'
              : 'must be 277 (a claim acknowledgment)',
          );
          return;
        }
        current = new Transaction277CA(st, delimiters, problems, guide);
      },
      segment(s) {
        (current as Transaction277CA | null)?.accept(s);
      },
      end(se) {
        const t = current as Transaction277CA | null;
        current = null;
        if (t === null || se === null) return;
        const before = problems.count;
        t.end();
        if (problems.count === before) read(t, problems);
      },
    },
    problems,
  );
  problems.throwIfAny(what);
}
