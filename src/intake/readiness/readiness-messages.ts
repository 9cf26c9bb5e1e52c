import type { IntakeDocumentStatus, IntakeDocumentType } from '../packets/document.js';
import type { IntakePacketPolicy } from '../packets/packet-policy.js';

const STATUS_LABEL: Record<IntakeDocumentStatus, string> = {
  not_sent: 'not sent',
  sent: 'sent',
  viewed: 'viewed',
  partly_done: 'partly done',
  complete: 'complete',
  expired: 'expired',
  declined: 'declined',
};

/** The messages of readiness reasons about one document type. */
export interface DocumentMessages {
  readonly declined: string;
  readonly expired: string;
  readonly missedDeadline: Readonly<Record<IntakeDocumentStatus, string>>;
  readonly incomplete: Readonly<Record<IntakeDocumentStatus, string>>;
  readonly effortRecorded: string;
  readonly effortNeeded: string;
  readonly notProvided: string;
  readonly softOpen: string;
}

function byStatus(text: (label: string) => string): Record<IntakeDocumentStatus, string> {
  const out = {} as Record<IntakeDocumentStatus, string>;
  for (const [status, label] of Object.entries(STATUS_LABEL))
    out[status as IntakeDocumentStatus] = text(label);
  return out;
}

function build(type: IntakeDocumentType): DocumentMessages {
  return {
    declined: `The client declined ${type}; a person should talk it through.`,
    expired: `${type} has expired and must be signed again before the session.`,
    missedDeadline: byStatus((label) => `${type} was not complete by the deadline (${label} then).`),
    incomplete: byStatus((label) => `${type} is ${label} and must be complete by the deadline.`),
    effortRecorded: `A good-faith effort for ${type} is on record.`,
    effortNeeded: `Record a good-faith effort to obtain ${type}; the session may go ahead.`,
    notProvided: `${type} has not been given to the client: give the notice by the first session at the latest (an effort to obtain an acknowledgment of a notice never given does not count), then record the acknowledgment or the effort.`,
    softOpen:
      type === 'release_of_information'
        ? 'The release of information is not complete: nothing may be disclosed under it until it is, and the session goes ahead (treatment is not conditioned on signing a release, 45 CFR 164.508(b)(4)).'
        : `A soft document (${type}) is still open.`,
  };
}

// One set of texts per document type and policy, shared by every client's reasons: a queue of 50,000
// clients keeps one copy of each message instead of one per reason. Policies are never mutated.
const cache = new WeakMap<IntakePacketPolicy, Map<string, DocumentMessages>>();

/** The readiness messages about `type`, built once per policy. */
export function documentMessages(policy: IntakePacketPolicy, type: IntakeDocumentType): DocumentMessages {
  let byType = cache.get(policy);
  if (byType === undefined) {
    byType = new Map();
    cache.set(policy, byType);
  }
  let messages = byType.get(type);
  if (messages === undefined) {
    messages = build(type);
    byType.set(type, messages);
  }
  return messages;
}
