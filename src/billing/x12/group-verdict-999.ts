import { type Reason, reason } from '../../core/index.js';
import type { AcknowledgedTransaction999 } from './implementation-acknowledgment.js';
import type { X12ReasonCode } from './reason-codes.js';
import type { X12Segment } from './scanned-segment.js';
import { numberOrNull } from './transaction-999.js';

type R = Reason<X12ReasonCode>;
type GroupStatus = 'accepted' | 'accepted_with_errors' | 'partially_accepted' | 'rejected';

/** What checking a 999's AK9 against its AK2 loops found. */
export interface GroupVerdictCheck {
  /** The disagreements found; empty when the AK9 and the sets answered agree. */
  readonly reasons: R[];
  /** A disagreement about which sets were accepted: no claim of the group can be read as received or rejected. */
  readonly acceptanceUnknown: boolean;
  /** AK901 `A` while a set says IK501 `E`: the group is read as accepted with errors, never plain accepted. */
  readonly errorsNoted: boolean;
}

/**
 * Checks a 999's AK9 whole [sources: x12-999]: AK902 (sets included), AK903 (received) and AK904 (accepted,
 * IK501 `A` or `E`) against each other and against the AK2 … IK5 loops present, and AK901 against the sets'
 * answers (`A` none rejected or noted with errors, `E` none rejected, `P` at least one rejected and one
 * accepted, `R` none accepted). A set with no AK2 of its own is counted by AK9 alone, so the answers present
 * bound the counts rather than equal them.
 */
export function checkGroupVerdict(
  ak9: X12Segment,
  group: GroupStatus | undefined,
  answers: readonly AcknowledgedTransaction999['status'][],
): GroupVerdictCheck {
  const e = ak9.elements;
  const included = numberOrNull(e[2]);
  const received = numberOrNull(e[3]);
  const accepted = numberOrNull(e[4]);
  const answered = answers.length;
  const answeredAccepted = answers.filter((a) => a === 'accepted' || a === 'accepted_with_errors').length;
  const answeredRejected = answers.filter((a) => a === 'rejected').length;
  const withErrors = answers.some((a) => a === 'accepted_with_errors');
  const groupNotes = e.slice(5, 10).some((c) => c !== '');
  const facts = {
    segment: ak9.position,
    included,
    received,
    accepted,
    answered,
    answeredAccepted,
    answeredRejected,
  };
  const reasons: R[] = [];
  const counts = (element: string, why: string): void => {
    reasons.push(
      reason(
        'x12.999.counts_disagree',
        'warning',
        `The 999’s counts (AK9) ${why}: which transaction sets were taken is not known; read the 999 by hand.`,
        { ...facts, element },
      ),
    );
  };
  const code = (why: string): R =>
    reason(
      'x12.999.group_code_disagrees',
      'warning',
      `The group’s answer (AK901) ${why}; read the 999 by hand.`,
      { ...facts, element: 'AK901', code: e[1] ?? '', rejected: answeredRejected, withErrors },
    );
  if (included === null || received === null || accepted === null) {
    const element = included === null ? 'AK902' : received === null ? 'AK903' : 'AK904';
    counts(element, 'are missing or not numbers');
  } else if (received !== included && group !== 'rejected') {
    // A group rejected whole takes every set with it, received or not.
    counts('AK903', 'say fewer or more transaction sets were received than the group included');
  } else if (accepted > received) {
    counts('AK904', 'accept more transaction sets than were received');
  } else if (answered > received) {
    counts('AK903', 'say fewer transaction sets were received than the 999 answers');
  } else if (answeredAccepted > accepted || answeredRejected > received - accepted) {
    counts('AK904', 'disagree with the number of transaction sets the IK5 answers accept');
  } else if (group === 'accepted' || group === 'accepted_with_errors') {
    if (accepted !== received)
      counts('AK904', 'accept fewer transaction sets than were received, under AK901 A or E');
  } else if (group === 'rejected') {
    if (accepted !== 0) counts('AK904', 'count accepted transaction sets in a group rejected whole');
  } else if (group === 'partially_accepted' && (accepted === 0 || accepted === received)) {
    counts('AK904', 'accept none or all of the transaction sets of a group partially accepted (AK901 P)');
  }
  let acceptanceUnknown = reasons.length > 0;
  let errorsNoted = false;
  if (group === 'partially_accepted' && answeredRejected === 0) {
    reasons.push(code('says partially accepted (P), but no transaction set answered was rejected'));
    acceptanceUnknown = true;
  } else if (group === 'partially_accepted' && answered === received && answeredAccepted === 0) {
    reasons.push(code('says partially accepted (P), but every transaction set was rejected'));
    acceptanceUnknown = true;
  } else if (group === 'accepted' && withErrors) {
    reasons.push(
      code('says accepted without errors (A), but a transaction set was accepted with errors (IK501 E)'),
    );
    errorsNoted = true;
  } else if (group === 'accepted_with_errors' && !withErrors && !groupNotes && answered > 0) {
    reasons.push(
      code('says errors were noted (E), but no transaction set answered notes one and AK905–AK909 are empty'),
    );
  }
  return { reasons, acceptanceUnknown, errorsNoted };
}
