// Shared builders for the intake tests (not a test file).
import {
  type IntakeClientFileInput,
  type IntakeDocumentRecord,
  IntakePacketPolicy,
} from '../../src/intake/index.js';

/**
 * The default packet of a practice that declared it is not a 42 CFR Part 2 program (the default policy
 * leaves that undeclared, and its Part 2 documents undecided).
 */
export const NOT_PART2: IntakePacketPolicy = IntakePacketPolicy.parse({ part2Program: false });

/**
 * {@link NOT_PART2} for care given solely to create information for a third party (a court-ordered evaluation):
 * the one kind of practice whose release of information may block the first session (45 CFR 164.508(b)(4)(iii)).
 */
export const THIRD_PARTY_SERVICE: IntakePacketPolicy = IntakePacketPolicy.parse({
  part2Program: false,
  documents: NOT_PART2.documents.map((d) =>
    d.type === 'release_of_information'
      ? { ...d, weight: 'blocking', conditioningException: 'service_for_third_party' }
      : d,
  ),
});

type DocInput = Omit<IntakeDocumentRecord, 'id' | 'clientId' | 'type' | 'signerId'> & {
  readonly type: string;
  readonly signerId?: string;
  readonly id?: string;
};

/** A complete document record. */
/** An insured adult whose first session is in person on 2026-03-10 (New York). */
export const ADULT_INSURED = {
  id: 'c-ana',
  zone: 'America/New_York',
  birthDate: '1990-06-15',
  billing: 'insured',
  modality: 'in_person',
  firstSessionAt: '2026-03-10T10:00:00-04:00',
} as const;

export function done(type: string, completedAt: string, extra: Partial<DocInput> = {}): DocInput {
  return { type, status: 'complete', sentAt: completedAt, completedAt, ...extra };
}

/** A sent, unopened document record. */
export function sent(type: string, sentAt: string, extra: Partial<DocInput> = {}): DocInput {
  return { type, status: 'sent', sentAt, ...extra };
}

/** An insured adult's intake packet, every document sent at `sentAt` and none opened yet. */
export function sentPacket(sentAt: string): DocInput[] {
  return [
    'informed_consent',
    'privacy_notice_acknowledgment',
    'financial_policy',
    'intake_questionnaire',
    'insurance_card',
  ].map((type) => sent(type, sentAt));
}

/** Builds a client file from a client and document shorthands, giving ids in order. */
export function fileOf(
  client: { readonly id: string } & object,
  docs: readonly (Partial<DocInput> | Record<string, unknown>)[] = [],
  remindersSentAt: readonly string[] = [],
): IntakeClientFileInput {
  return {
    client,
    documents: docs.map((d, i) => ({ id: `${client.id}-doc-${i}`, clientId: client.id, ...d })),
    remindersSentAt: [...remindersSentAt],
  } as IntakeClientFileInput;
}

/** Zones with and without DST, half-hour offsets and a southern-hemisphere DST rule. */
export const TEST_ZONES = [
  'America/New_York',
  'America/Los_Angeles',
  'America/Phoenix',
  'America/St_Johns',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Europe/London',
  'Pacific/Honolulu',
] as const;

/** Epoch ms to an ISO instant in UTC. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
