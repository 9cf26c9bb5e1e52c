import * as z from 'zod';
import { ClaimId, isNonEmpty, type NonEmptyArray, type Reason, reason, validate } from '../../core/index.js';
import { type AcknowledgedClaim, type AcknowledgmentStatus, actionOf } from './acknowledgment.js';
import { sameControlNumber } from './envelope.js';
import { checkGroupVerdict } from './group-verdict-999.js';
import type {
  AcknowledgedTransaction999,
  ImplementationAcknowledgmentDecision,
} from './implementation-acknowledgment.js';
import { X12Problems } from './problems.js';
import type { X12ReasonCode } from './reason-codes.js';
import { scanX12, type X12Input } from './scan.js';
import { numberOrNull, type Response999, Transaction999 } from './transaction-999.js';

const ControlNumberText = z
  .union([
    z.number().int().nonnegative().max(999_999_999),
    z.string().regex(/^[0-9A-Za-z]{1,9}$/, { message: 'must be 1–9 letters or digits' }),
  ])
  .transform(String);

/**
 * Options for {@link read999}: the transaction sets the practice sent, each by its group and transaction
 * set control numbers (GS06 and ST02 of the 837P, the `envelope.controlNumbers` given to `write837P`) with the
 * claims it held (`write837P(…).written`), so that each claim gets its status and next action.
 * @example
 * ```ts
 * Read999Options.parse({ sent: [{ groupControlNumber: 17, transactionControlNumber: '0001', claimIds: ['c-1'] }] });
 * ```
 */
export const Read999Options = z.strictObject({
  sent: z
    .array(
      z.strictObject({
        /** GS06 of the file sent. */
        groupControlNumber: ControlNumberText,
        /** ST02 of the transaction set sent. */
        transactionControlNumber: ControlNumberText,
        /** The claims (CLM01) the transaction set held. */
        claimIds: z.array(ClaimId).max(10_000).default([]),
      }),
    )
    .max(10_000)
    .default([]),
});
export type Read999Options = z.input<typeof Read999Options>;
type Sent = z.output<typeof Read999Options>['sent'][number];

// IK501 and AK901 [sources: x12-999]: M, W and X are rejections by the security checks.
const TRANSACTION_CODES: ReadonlyMap<string, AcknowledgedTransaction999['status']> = new Map([
  ['A', 'accepted'],
  ['E', 'accepted_with_errors'],
  ['R', 'rejected'],
  ['M', 'rejected'],
  ['W', 'rejected'],
  ['X', 'rejected'],
]);
type GroupStatus = 'accepted' | 'accepted_with_errors' | 'partially_accepted' | 'rejected';
const GROUP_CODES: ReadonlyMap<string, GroupStatus> = new Map([
  ['A', 'accepted'],
  ['E', 'accepted_with_errors'],
  ['P', 'partially_accepted'],
  ['R', 'rejected'],
  ['M', 'rejected'],
  ['W', 'rejected'],
  ['X', 'rejected'],
]);

type R = Reason<X12ReasonCode>;

/** A transaction set's status as the group's verdict allows it: a contradiction is `undecided`. */
function settle(
  own: AcknowledgedTransaction999['status'],
  group: GroupStatus | undefined,
): { status: AcknowledgedTransaction999['status']; conflict: boolean } {
  if (own === 'undecided' || group === undefined) return { status: 'undecided', conflict: false };
  const rejected = own === 'rejected';
  if (
    (group === 'rejected' && !rejected) ||
    ((group === 'accepted' || group === 'accepted_with_errors') && rejected)
  ) {
    return { status: 'undecided', conflict: true };
  }
  return { status: own, conflict: false };
}

function transactionReason(
  t: Response999,
  status: AcknowledgedTransaction999['status'],
  conflict: boolean,
  claims: number,
): R {
  const facts = {
    segment: t.segment,
    controlNumber: t.controlNumber,
    code: t.code ?? '',
    errors: t.errors.length,
    claims,
  };
  if (conflict) {
    return reason(
      'x12.999.status_conflict',
      'warning',
      'The transaction set’s answer (IK5) contradicts its group’s (AK9): whether its claims were taken is not known; read the 999 by hand.',
      facts,
    );
  }
  switch (status) {
    case 'accepted':
      return reason(
        'x12.999.transaction_accepted',
        'info',
        'The transaction set was accepted: its claims were received; wait for the 277CA that accepts each into adjudication.',
        facts,
      );
    case 'accepted_with_errors':
      return reason(
        'x12.999.accepted_with_errors',
        'warning',
        'The transaction set was accepted with errors noted: its claims were received, and the 277CA may still reject those the errors name; fix them before the next file.',
        facts,
      );
    case 'rejected':
      return reason(
        'x12.999.transaction_rejected',
        'error',
        'The transaction set was rejected: none of its claims entered adjudication; fix the errors named and send them again as new claims.',
        facts,
      );
    case 'undecided':
      return reason(
        'x12.999.unknown_code',
        'warning',
        'The transaction set’s acknowledgment code (IK501) is not one this reader knows: its claims are undecided, never taken as accepted.',
        facts,
      );
    default: {
      const never: never = status;
      return never;
    }
  }
}

function claimStatus(status: AcknowledgedTransaction999['status']): AcknowledgmentStatus {
  return status === 'accepted' || status === 'accepted_with_errors' ? 'received' : status;
}

function acknowledgedClaim(claimId: string, status: AcknowledgmentStatus, why: R): AcknowledgedClaim {
  const reasons: NonEmptyArray<R> = [{ ...why, facts: { ...why.facts, claimId } }];
  return { claimId, status, ...actionOf(status), reasons };
}

function rank(r: Reason): number {
  return r.severity === 'error' ? 2 : r.severity === 'warning' ? 1 : 0;
}

function decide(t: Transaction999, sent: readonly Sent[]): ImplementationAcknowledgmentDecision | null {
  if (t.ak1 === null || t.ak9 === null) return null;
  const ak1 = t.ak1.elements;
  const ak9 = t.ak9.elements;
  const groupControlNumber = ak1[2] ?? '';
  const groupCode = ak9[1] ?? '';
  const group = GROUP_CODES.get(groupCode);
  const ofGroup = sent.filter((s) => sameControlNumber(s.groupControlNumber, groupControlNumber));
  const reasons: R[] = [];
  const claims: AcknowledgedClaim[] = [];
  let undecided = group === undefined;
  if (group === undefined) {
    reasons.push(
      reason(
        'x12.999.unknown_code',
        'warning',
        'The group’s acknowledgment code (AK901) is not one this reader knows: nothing in it is taken as accepted.',
        { segment: t.ak9.position, element: 'AK901', code: groupCode },
      ),
    );
  }
  if (sent.length > 0 && ofGroup.length === 0) {
    reasons.push(
      reason(
        'x12.999.not_sent',
        'warning',
        'The 999 answers a functional group (AK102) that is not among the files said to be sent: its claims cannot be named.',
        { segment: t.ak1.position, element: 'AK102' },
      ),
    );
  }
  const transactions: AcknowledgedTransaction999[] = [];
  const answered = new Set<Sent>();
  const owns = t.responses.map((r) => TRANSACTION_CODES.get(r.code ?? '') ?? 'undecided');
  // AK9 checked whole against the sets answered: a disagreement about acceptance leaves every claim undecided.
  const whole = checkGroupVerdict(t.ak9, group, owns);
  reasons.push(...whole.reasons);
  const doubt = whole.acceptanceUnknown ? whole.reasons[0] : undefined;
  if (doubt !== undefined) undecided = true;
  for (const [i, r] of t.responses.entries()) {
    const settled = settle(owns[i] ?? 'undecided', group);
    const status = doubt === undefined ? settled.status : 'undecided';
    const conflict = settled.conflict;
    const matched = ofGroup.filter((s) => sameControlNumber(s.transactionControlNumber, r.controlNumber));
    for (const m of matched) answered.add(m);
    const claimIds = [...new Set(matched.flatMap((m) => m.claimIds))];
    if (ofGroup.length > 0 && matched.length === 0) {
      reasons.push(
        reason(
          'x12.999.not_sent',
          'warning',
          'The 999 answers a transaction set (AK202) that is not among those said to be sent in its group: its claims cannot be named.',
          { segment: r.segment, element: 'AK202' },
        ),
      );
    }
    const own = transactionReason(r, settled.status, conflict, claimIds.length);
    const why =
      doubt === undefined ? own : { ...doubt, facts: { ...doubt.facts, controlNumber: r.controlNumber } };
    if (status === 'undecided') undecided = true;
    reasons.push(own);
    for (const id of claimIds) claims.push(acknowledgedClaim(id, claimStatus(status), why));
    transactions.push({
      segment: r.segment,
      transactionSetId: r.transactionSetId,
      controlNumber: r.controlNumber,
      code: r.code ?? '',
      status,
      syntaxErrors: r.syntaxErrors,
      errors: r.errors,
      claimIds,
    });
  }
  // A sent transaction set with no AK2 of its own takes the group's verdict when it is whole (A or R) and its
  // counts agree; an A only while AK903 leaves room for sets the 999 does not answer one by one.
  const received = numberOrNull(t.ak9.elements[3]);
  const unanswered = ofGroup.filter((s) => !answered.has(s)).length;
  const room = received !== null && received - t.responses.length >= unanswered;
  for (const s of ofGroup) {
    if (answered.has(s)) continue;
    let why: R;
    let status: AcknowledgmentStatus;
    if (doubt !== undefined) {
      status = 'undecided';
      why = { ...doubt, facts: { ...doubt.facts, controlNumber: s.transactionControlNumber } };
    } else if ((group === 'accepted' && room) || group === 'rejected') {
      status = group === 'accepted' ? 'received' : 'rejected';
      why = reason(
        group === 'accepted' ? 'x12.999.transaction_accepted' : 'x12.999.group_rejected',
        group === 'accepted' ? 'info' : 'error',
        group === 'accepted'
          ? 'The group was accepted whole (AK901 A): the transaction set’s claims were received; wait for the 277CA.'
          : 'The whole functional group was rejected (AK9): none of its claims entered adjudication; fix and send them again as new claims.',
        { segment: t.ak9.position, controlNumber: s.transactionControlNumber, claims: s.claimIds.length },
      );
    } else {
      status = 'undecided';
      undecided = true;
      why = reason(
        'x12.999.transaction_not_acknowledged',
        'warning',
        'The 999 does not answer a transaction set said to be sent in its group, and the group was not accepted or rejected whole (or its counts leave no set unanswered): its claims are undecided.',
        { segment: t.ak9.position, controlNumber: s.transactionControlNumber, claims: s.claimIds.length },
      );
    }
    if (doubt === undefined) reasons.push(why);
    for (const id of s.claimIds) claims.push(acknowledgedClaim(id, status, why));
  }
  if (group === 'rejected' && !reasons.some((r) => r.code === 'x12.999.group_rejected')) {
    reasons.push(
      reason(
        'x12.999.group_rejected',
        'error',
        'The whole functional group was rejected (AK9): none of its claims entered adjudication; fix and send them again as new claims.',
        { segment: t.ak9.position, code: groupCode },
      ),
    );
  }
  if (group === 'accepted_with_errors' && !reasons.some((r) => r.code === 'x12.999.accepted_with_errors')) {
    reasons.push(
      reason(
        'x12.999.accepted_with_errors',
        'warning',
        'The functional group was accepted with errors noted (AK901 E): its claims were received, and the 277CA may still reject those the errors name.',
        { segment: t.ak9.position, code: groupCode },
      ),
    );
  }
  if (group === 'partially_accepted') {
    reasons.push(
      reason(
        'x12.999.group_partially_accepted',
        'warning',
        'The functional group was partially accepted (AK901 P): at least one transaction set was rejected; see each one’s answer.',
        { segment: t.ak9.position },
      ),
    );
  }
  const data = {
    segment: t.st.position,
    functionalId: ak1[1] ?? '',
    groupControlNumber,
    version: (ak1[3] ?? '') === '' ? null : (ak1[3] as string),
    groupCode,
    counts: {
      included: numberOrNull(ak9[2]),
      received: numberOrNull(ak9[3]),
      accepted: numberOrNull(ak9[4]),
    },
    transactions,
    claims,
  };
  const sorted = reasons.sort((a, b) => rank(b) - rank(a));
  const outcome = undecided
    ? 'undecided'
    : whole.errorsNoted
      ? 'accepted_with_errors'
      : (group as GroupStatus);
  if (outcome === 'accepted' || !isNonEmpty(sorted)) return { ...data, outcome: 'accepted', reasons: sorted };
  return { ...data, outcome, reasons: sorted };
}

/**
 * Reads the 999 implementation acknowledgments of an X12 005010 file (005010X231A1): for each, the
 * functional group it answers (AK1, tied to the file sent by GS06), each transaction set's answer (AK2 …
 * IK5, tied by ST02) with the segments and elements in error (IK3, IK4) and the claim each belongs to (CTX
 * `CLM01`), the group's verdict (AK9), and, for the transaction sets named in `options.sent`, each claim's
 * status and next action. A 999 says whether a file was readable, not whether the payer took its claims:
 * an accepted claim is `received` and waits for the 277CA; a rejected one never entered adjudication and is
 * sent again as a new claim. An unknown code, a transaction set's answer that contradicts its group's, or a
 * sent transaction set the 999 leaves unanswered is `undecided`, never accepted.
 *
 * @param input - the file as a string, or its chunks in order
 * @param options - the transaction sets sent and their claims
 * @returns one decision per 999 transaction set, in file order
 * @throws {@link ValidationError} listing every problem by segment number and element position, never a
 * value: not X12, cut short, a broken envelope, a transaction set that is not a 999, a segment out of its
 * place, a required element empty; and bad options under `$.sent…`.
 * @remarks Segments and codes as the 999 TR3 and the CMS and MAC companion guides describe them
 * [sources: x12-999, x12-acknowledgments-cms].
 * @example
 * ```ts
 * // The clearinghouse's 999 of 2026-04-11 for our 837P group 17456: the subscriber's identification code
 * // (NM109, data element 67) on claim c-1 is invalid, so the transaction set is rejected.
 * const text = [
 *   'ISA*00*          *00*          *ZZ*SUMMITCH       *ZZ*HARBORCNS      *260411*0830*^*00501*000000101*0*P*:~',
 *   'GS*FA*SUMMITCH*HARBORCNS*20260411*0830*101*X*005010X231A1~',
 *   'ST*999*0001*005010X231A1~', 'AK1*HC*17456*005010X222A1~', 'AK2*837*0001*005010X222A1~',
 *   'IK3*NM1*8*2010BA*8~', 'CTX*CLM01:c-1~', 'IK4*9*67*7~', 'IK5*R*5~', 'AK9*R*1*1*0~',
 *   'SE*9*0001~', 'GE*1*101~', 'IEA*1*000000101~',
 * ].join('\n');
 * const sent = [{ groupControlNumber: 17456, transactionControlNumber: 1, claimIds: ['c-1'] }];
 * const [ack] = read999(text, { sent });
 * ack.outcome; //=> 'rejected'
 * ack.transactions[0]?.errors[0]; //=> { segmentId: 'NM1', position: 8, loopId: '2010BA', code: '8', claimId: 'c-1', … }
 * ack.claims[0]?.action; //=> 'fix_and_submit_new'
 * ```
 */
export function read999(
  input: X12Input,
  options: Read999Options = {},
): ImplementationAcknowledgmentDecision[] {
  const opts = validate(Read999Options, options, '999 options');
  const problems = new X12Problems();
  const out: ImplementationAcknowledgmentDecision[] = [];
  let current: Transaction999 | null = null;
  scanX12(
    input,
    {
      start(st, delimiters) {
        current = null;
        if (st.elements[1] !== '999') {
          problems.add(
            st.position,
            'ST01',
            'x12.transaction.unexpected_type',
            'must be 999 (an implementation acknowledgment)',
          );
          return;
        }
        current = new Transaction999(st, delimiters, problems);
      },
      segment(s) {
        (current as Transaction999 | null)?.accept(s);
      },
      end(se) {
        const t = current as Transaction999 | null;
        current = null;
        if (t === null || se === null) return;
        t.end(se);
        const d = decide(t, opts.sent);
        if (d !== null) out.push(d);
      },
    },
    problems,
  );
  problems.throwIfAny('999 file');
  return out;
}
