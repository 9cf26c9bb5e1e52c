import * as z from 'zod';
import { addMonths, getLocalDate, LocalDate } from '../../core/index.js';
import { compareText, toEpochMs, validateArguments } from '../../core/internal.js';
import {
  type MajorityPurpose,
  type MinorStatus,
  majorityAgeOf,
  minorStatusOf,
} from '../minor-consent/age-of-majority.js';
import type { SubstanceUseStatuteAnswer } from '../minor-consent/state-substance-use-consent.js';
import type {
  IntakeDocumentRecord,
  IntakeDocumentStatus,
  IntakeDocumentType,
  IntakeSignerId,
} from './document.js';
import {
  type GuardianRole,
  IntakeClient,
  type IntakeClientFile,
  type IntakeClientInput,
} from './intake-client.js';
import {
  ownMentalHealthConsentAt,
  type Part2SignerMode,
  part2SignerAnswerOf,
  part2SignerModeOf,
} from './minor-consent-flags.js';
import {
  IntakeCondition,
  type IntakeDocumentDefinition,
  type IntakeDocumentWeight,
  IntakePacketPolicy,
  type IntakePacketPolicyInput,
  type IntakeSoftAction,
  MINOR_CONSENT_FLOOR_AGE,
} from './packet-policy.js';
import { type Part2ConsentContentsDecision, part2ContentsOf } from './part2-consent.js';
import { type ReleaseAuthorizationDecision, releaseAuthorizationOf } from './release-authorization.js';

/**
 * A fact the packet rules needed but nobody recorded: the client's birth date, billing or modality, their state
 * (`state`: for a client of 18 to 20, whose state's age of majority says whether they are a minor, or a minor
 * recorded as able to consent alone, whose state's minor-consent age says whether that holds), the practice's
 * declaration whether it is a 42 CFR Part 2 program (`part2_program`, the policy's `part2Program`), or the
 * minor-consent age it declares for a state whose statute the library does not keep (`minor_consent_age`, the
 * policy's `minorConsentAge`).
 *
 * @example
 * ```ts
 * const fact: IntakeMissingFact = 'birth_date';
 * ```
 */
export type IntakeMissingFact =
  | 'birth_date'
  | 'billing'
  | 'modality'
  | 'part2_program'
  | 'state'
  | 'minor_consent_age';

/**
 * One document a client needs, for one signer when the document is signed per adult.
 *
 * @example
 * ```ts
 * const r: IntakeRequirement = listRequiredIntakeDocuments(client, DEFAULT_INTAKE_PACKET_POLICY, { asOf: '2026-04-01' }).required[0];
 * r.type; //=> 'informed_consent'
 * ```
 */
export interface IntakeRequirement {
  readonly type: IntakeDocumentType;
  /** The signer this copy is for, or null for a single copy. */
  readonly signerId: IntakeSignerId | null;
  readonly weight: IntakeDocumentWeight;
  readonly softAction: IntakeSoftAction;
}

/**
 * The documents a client needs, and the ones that depend on facts nobody has recorded yet.
 *
 * @example
 * ```ts
 * const list: IntakeRequirementList = listRequiredIntakeDocuments(client, DEFAULT_INTAKE_PACKET_POLICY, { asOf: '2026-04-01' });
 * list.undecided; //=> []
 * ```
 */
export interface IntakeRequirementList {
  readonly required: readonly IntakeRequirement[];
  /** Documents that may be required, with the fact each waits on, in policy order. */
  readonly undecided: readonly {
    readonly type: IntakeDocumentType;
    readonly missingFact: IntakeMissingFact;
  }[];
}

/** Whole years from `birth` to `on` (a February 29 birthday turns over on March 1 in other years). */
export function ageOn(birth: LocalDate, on: LocalDate): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  // `MM-DD` compared character by character, in place: the queue asks this of every client.
  for (let i = 5; i < 10; i += 1) {
    const d = on.charCodeAt(i) - birth.charCodeAt(i);
    if (d !== 0) return d < 0 ? years - 1 : years;
  }
  return years;
}

type Tri = boolean | IntakeMissingFact;

/**
 * Whether the client is a minor at `age` for `purpose` under their state's age of majority (18; 19 in Alabama and
 * Nebraska; 21 in Mississippi, where health-care decisions are an adult's from 18), or the practice's declared one
 * for a state not in the table: `unknown` between the table's ages when neither is known
 * [sources: state-age-of-majority, al-code-26-1-1, neb-rev-stat-43-2101, miss-code-1-3-27, miss-code-41-41-203].
 */
export function minorStatusAt(
  client: IntakeClient,
  policy: IntakePacketPolicy,
  age: number,
  purpose: MajorityPurpose,
): MinorStatus {
  return minorStatusOf(age, majorityAgeOf(client.state, policy.adultAge, purpose));
}

/** {@link minorStatusAt} when the client signed at `done` (their age that day in their zone); emancipated, an adult. */
function signingStatus(
  client: IntakeClient,
  birth: LocalDate,
  done: string,
  policy: IntakePacketPolicy,
  purpose: MajorityPurpose,
): MinorStatus {
  const age = ageOn(birth, getLocalDate(toEpochMs(done), client.zone));
  return emancipatedOn(client, age) ? 'adult' : minorStatusAt(client, policy, age, purpose);
}

function condition(c: IntakeCondition, client: IntakeClient, policy: IntakePacketPolicy, on: LocalDate): Tri {
  switch (c) {
    case 'always':
      return true;
    case 'minor': {
      if (client.birthDate === undefined) return 'birth_date';
      const age = ageOn(client.birthDate, on);
      // An emancipated minor consents as an adult: no guardian consent is asked.
      if (emancipatedOn(client, age)) return false;
      // 18 with the state's age for health-care decisions not known: whether a guardian consents waits on it.
      const status = minorStatusAt(client, policy, age, 'health_care');
      if (status !== 'minor') return status === 'unknown' ? 'state' : false;
      // A minor recorded as able to consent alone does so from their state's minor-consent age on the session's
      // date, never from a single default; with the state's age not known, it waits on it. Only the mental-health
      // flag waives the guardian consent; the substance-use one answers another statute.
      const own = ownMentalHealthConsentAt(client, policy, age);
      return own === false ? true : own === true ? false : own;
    }
    case 'telehealth':
      return client.modality === undefined ? 'modality' : client.modality === 'telehealth';
    case 'insured':
      return client.billing === undefined ? 'billing' : client.billing === 'insured';
    case 'self_pay':
      return client.billing === undefined ? 'billing' : client.billing === 'self_pay';
    case 'couples':
      return client.serviceType === 'couples';
    case 'fees_apply':
      return client.feesApply;
    case 'third_party_disclosure':
      return client.releaseNeeded;
    case 'part2_program':
      // The practice's declaration, never inferred (42 CFR 2.11, 2.12(b)) [sources: cfr-42-part-2].
      return policy.part2Program ?? 'part2_program';
    default: {
      const exhausted: never = c;
      return exhausted;
    }
  }
}

const SINGLE_COPY: readonly null[] = [null];

/** Whether every condition of one rule holds: false as soon as one fails, else the first unknown fact. */
function ruleHolds(
  when: readonly IntakeCondition[],
  client: IntakeClient,
  policy: IntakePacketPolicy,
  on: LocalDate,
): Tri {
  let result: Tri = true;
  for (const c of when) {
    const v = condition(c, client, policy, on);
    if (v === false) return false;
    if (v !== true && result === true) result = v;
  }
  return result;
}

/**
 * Works out which documents a client needs on `on` (the session date in the client's zone), from the
 * packet rules: a document is required when every condition of one of its rules holds.
 */
export function requirementsFor(
  client: IntakeClient,
  policy: IntakePacketPolicy,
  on: LocalDate,
): IntakeRequirementList {
  const required: IntakeRequirement[] = [];
  const undecided: { type: IntakeDocumentType; missingFact: IntakeMissingFact }[] = [];
  const signers: readonly (IntakeSignerId | null)[] = client.signers ?? SINGLE_COPY;
  // No map per client: a packet has a dozen documents and rules, and the queue runs this 50,000 times.
  for (const def of policy.documents) {
    let need: Tri | undefined;
    for (const rule of policy.rules) {
      if (rule.document !== def.type) continue;
      const result = ruleHolds(rule.when, client, policy, on);
      // Required by any rule wins; otherwise the first unknown fact keeps it undecided.
      if (result === true) {
        need = true;
        break;
      }
      if (need === undefined || need === false) need = result;
    }
    if (need === undefined || need === false) continue;
    if (need !== true) {
      undecided.push({ type: def.type, missingFact: need });
      continue;
    }
    for (const signerId of def.perSigner ? signers : SINGLE_COPY) {
      required.push({ type: def.type, signerId, weight: def.weight, softAction: def.softAction });
    }
  }
  return { required, undecided };
}

/** What a condition said about a client, as a base-8 digit of the cache key below. */
function triDigit(v: Tri): number {
  switch (v) {
    case false:
      return 0;
    case true:
      return 1;
    case 'birth_date':
      return 2;
    case 'modality':
      return 3;
    case 'billing':
      return 4;
    case 'part2_program':
      return 5;
    case 'state':
      return 6;
    case 'minor_consent_age':
      return 7;
    default: {
      const exhausted: never = v;
      return exhausted;
    }
  }
}

interface SharedLists {
  /** The conditions the policy's rules use, in a fixed order. */
  readonly used: readonly IntakeCondition[];
  readonly lists: Map<number, IntakeRequirementList>;
}

// A packet depends on a client only through what each condition says about them, and their signers.
// Clients without listed signers who answer every condition alike share one list, built once per
// policy (at most 8^9 of them); the lists are never mutated. Policies are parsed once per call.
const sharedCache = new WeakMap<IntakePacketPolicy, SharedLists>();

/** {@link requirementsFor}, shared between clients whose conditions all agree (the batch queue's path). */
export function sharedRequirementsFor(
  client: IntakeClient,
  policy: IntakePacketPolicy,
  on: LocalDate,
): IntakeRequirementList {
  if (client.signers !== undefined) return requirementsFor(client, policy, on);
  let shared = sharedCache.get(policy);
  if (shared === undefined) {
    const used = new Set(policy.rules.flatMap((r) => r.when));
    shared = { used: IntakeCondition.options.filter((c) => used.has(c)), lists: new Map() };
    sharedCache.set(policy, shared);
  }
  let key = 0;
  for (const c of shared.used) key = key * 8 + triDigit(condition(c, client, policy, on));
  let list = shared.lists.get(key);
  if (list === undefined) {
    list = requirementsFor(client, policy, on);
    shared.lists.set(key, list);
  }
  return list;
}

/**
 * Options for {@link listRequiredIntakeDocuments}: `asOf`, the date the documents are needed for.
 *
 * @example
 * ```ts
 * ListRequiredIntakeDocumentsOptions.parse({ asOf: '2026-04-01' }); //=> { asOf: '2026-04-01' }
 * ```
 */
export const ListRequiredIntakeDocumentsOptions = z.strictObject({ asOf: LocalDate });
export type ListRequiredIntakeDocumentsOptions = z.infer<typeof ListRequiredIntakeDocumentsOptions>;

/**
 * Lists the documents a client needs on a date (usually the first session's), one per signer for
 * per-signer documents, and those that wait on an unrecorded fact.
 *
 * @throws {@link ValidationError} listing every problem of the client, policy and options at once, each
 * path under its parameter's name (`$.client.zone`, `$.policy.rules[0].document`, `$.options…`).
 * @remarks Rules as data; the default packet is the usual intake packet (a practice convention).
 * @example
 * ```ts
 * listRequiredIntakeDocuments(
 *   { id: 'c-1', zone: 'America/Denver', serviceType: 'couples', signers: ['p-1', 'p-2'], billing: 'self_pay',
 *     modality: 'in_person', birthDate: '1985-05-05' },
 *   DEFAULT_INTAKE_PACKET_POLICY, { asOf: '2026-04-01' });
 * //=> { required: [{ type: 'informed_consent', signerId: 'p-1', … }, { type: 'informed_consent', signerId: 'p-2', … }, …],
 * //     undecided: [{ type: 'part2_notice', missingFact: 'part2_program' }] }
 * ```
 */
export function listRequiredIntakeDocuments(
  client: IntakeClientInput,
  policy: IntakePacketPolicyInput,
  options: ListRequiredIntakeDocumentsOptions,
): IntakeRequirementList {
  // Every argument's problems at once, each under its parameter's name (`$.client.zone`, `$.policy.rules[0].document`).
  const [c, p, o] = validateArguments([
    ['client', IntakeClient, client, 'intake client'],
    ['policy', IntakePacketPolicy, policy, 'intake packet policy'],
    ['options', ListRequiredIntakeDocumentsOptions, options, 'requirement options'],
  ]);
  return requirementsFor(c, p, o.asOf);
}

const RANK: Record<IntakeDocumentStatus, number> = {
  complete: 6,
  partly_done: 4,
  viewed: 3,
  sent: 2,
  declined: 1,
  expired: 1,
  not_sent: 0,
};

/** A document's standing at one moment: its status then, and the record it comes from. */
export interface IntakeDocumentStanding {
  readonly status: IntakeDocumentStatus;
  readonly record: IntakeDocumentRecord | null;
  /** The record's `sentAt` in epoch milliseconds, or null: read once here, used by follow-up. */
  readonly sentMs: number | null;
}

function sentMsOf(record: IntakeDocumentRecord): number | null {
  return record.sentAt === undefined ? null : toEpochMs(record.sentAt);
}

/**
 * The status a record (sent at `sentMs`) had at `atMs`, judged valid on date `on`: a completion recorded
 * after `atMs` does not count yet, and a complete document past its end date or re-sign interval is expired. A
 * decline counts from `withdrawnByMs` on (later than `atMs` when a signature had to be in by a deadline, but a
 * consent withdrawn after it still stops the session).
 */
function statusOf(
  record: IntakeDocumentRecord,
  sentMs: number | null,
  def: IntakeDocumentDefinition,
  atMs: number,
  on: LocalDate,
  zone: string,
  withdrawnByMs: number,
): IntakeDocumentStatus {
  const sentBy = sentMs !== null && sentMs <= atMs;
  switch (record.status) {
    case 'complete': {
      const done = record.completedAt as string;
      if (toEpochMs(done) > atMs) return sentBy ? 'sent' : 'not_sent';
      if (record.expiresOn !== undefined && record.expiresOn < on) return 'expired';
      if (
        def.validForMonths !== undefined &&
        addMonths(getLocalDate(toEpochMs(done), zone), def.validForMonths) <= on
      ) {
        return 'expired';
      }
      return 'complete';
    }
    case 'declined':
      return toEpochMs(record.declinedAt as string) <= withdrawnByMs
        ? 'declined'
        : sentBy
          ? 'sent'
          : 'not_sent';
    case 'expired':
    case 'not_sent':
      return record.status;
    case 'sent':
    case 'viewed':
    case 'partly_done':
      return sentBy ? record.status : 'not_sent';
    default: {
      const exhausted: never = record.status;
      return exhausted;
    }
  }
}

const NOTHING_SENT: IntakeDocumentStanding = { status: 'not_sent', record: null, sentMs: null };

/**
 * The best standing among a client's records that satisfy a requirement (its type, and its signer for a
 * per-signer copy): the most advanced status, then the latest completion, then the lowest id, so the
 * answer does not depend on record order. Completions count by `atMs`, declines by `withdrawnByMs`.
 */
export function standingOf(
  requirement: IntakeRequirement,
  records: readonly IntakeDocumentRecord[],
  def: IntakeDocumentDefinition,
  singleSigner: boolean,
  atMs: number,
  on: LocalDate,
  zone: string,
  withdrawnByMs: number = atMs,
): IntakeDocumentStanding {
  let best: IntakeDocumentStanding = NOTHING_SENT;
  let decline: IntakeDocumentRecord | null = null;
  let declineMs = Number.NEGATIVE_INFINITY;
  // A scan, not an index: a client has a handful of records, and building a map per client costs more.
  for (const r of records) {
    if (r.type !== requirement.type) continue;
    // A single-copy document matches any record of its type; a per-signer copy needs its signer.
    const matches =
      requirement.signerId === null ||
      r.signerId === requirement.signerId ||
      (r.signerId === undefined && singleSigner);
    if (!matches) continue;
    const sentMs = sentMsOf(r);
    const status = statusOf(r, sentMs, def, atMs, on, zone, withdrawnByMs);
    if (status === 'declined') {
      const ms = toEpochMs(r.declinedAt as string);
      if (ms > declineMs || (ms === declineMs && decline !== null && compareText(r.id, decline.id) < 0)) {
        decline = r;
        declineMs = ms;
      }
    }
    if (best.record === null || better(status, r, best.status, best.record))
      best = { status, record: r, sentMs };
  }
  // The latest word wins: a decline recorded after the completion withdraws it.
  if (
    best.status === 'complete' &&
    decline !== null &&
    declineMs > toEpochMs(best.record?.completedAt as string)
  ) {
    return { status: 'declined', record: decline, sentMs: sentMsOf(decline) };
  }
  return best;
}

function better(
  status: IntakeDocumentStatus,
  r: IntakeDocumentRecord,
  bestStatus: IntakeDocumentStatus,
  bestRecord: IntakeDocumentRecord,
): boolean {
  const d = RANK[status] - RANK[bestStatus];
  if (d !== 0) return d > 0;
  const a = r.completedAt ?? r.sentAt ?? '';
  const b = bestRecord.completedAt ?? bestRecord.sentAt ?? '';
  if (a !== b) return (a === '' ? 0 : toEpochMs(a)) > (b === '' ? 0 : toEpochMs(b));
  return compareText(r.id, bestRecord.id) < 0;
}

/** Definitions by type, for lookups in hot loops. */
export function definitionsByType(policy: IntakePacketPolicy): Map<string, IntakeDocumentDefinition> {
  let defs = definitionCache.get(policy);
  if (defs === undefined) {
    defs = new Map(policy.documents.map((d) => [d.type, d]));
    definitionCache.set(policy, defs);
  }
  return defs;
}

// Policies are parsed once per call and reused across thousands of clients; they are never mutated.
const definitionCache = new WeakMap<IntakePacketPolicy, Map<string, IntakeDocumentDefinition>>();

/** What readiness and follow-up both read for one client on one date: requirements and records by type. */
export interface PacketContext {
  readonly policy: IntakePacketPolicy;
  readonly on: LocalDate;
  /** The day the question is asked, in the client's zone: what is recorded as received after it is not known. */
  readonly knownOn: LocalDate;
  readonly reqs: IntakeRequirementList;
  readonly defs: Map<string, IntakeDocumentDefinition>;
  readonly records: readonly IntakeDocumentRecord[];
  /**
   * The guardian-consent records that count: signed by a listed signer or guardian who is not the client. A record
   * the client signed, or that names no signer or an unlisted one, is left out.
   */
  readonly guardianRecords: readonly IntakeDocumentRecord[];
  /** How many guardian-consent records were left out of `guardianRecords`. */
  readonly ignoredGuardianRecords: number;
  /**
   * Of those, the ones signed by a listed person whose role does not let them consent alone: a guardian ad litem,
   * a parent a court order limits, a foster parent or agency caseworker (the agency consents).
   */
  readonly guardianRoleFindings: {
    readonly adLitem: number;
    readonly limitedByOrder: number;
    readonly agency: number;
  };
  /**
   * Financial-policy records left out of `records` because they do not bind who pays: signed by someone
   * other than the guarantor (or, for a minor with none, a listed guardian), or by the client before they
   * reached `adultAge` (their birthday in their own zone).
   */
  readonly ignoredFinancialRecords: {
    readonly notByPayer: number;
    readonly signedAsMinor: number;
    /** Signed by the client at 18 to 20 while their state's age of majority is not known. */
    readonly majorityUnknown: number;
  };
  /**
   * An adult client's own consents left out of `records`, by document type: signed by another person (a parent
   * whose authority ended at the client's majority), or by the client before `adultAge` without the right to
   * consent alone, or at 18 to 20 while their state's age of majority is not known (`majorityUnknown`). Empty for a
   * minor, or a client whose birth date is unknown.
   */
  readonly ignoredAdultConsentRecords: ReadonlyMap<string, Readonly<AdultConsentFindings>>;
  /**
   * Release-of-information records left out of `records`, and why: their signer may not authorize the disclosure
   * (45 CFR 164.508(c)(1)(vi), 164.502(g)), or the authorization recorded for one fails 164.508 on the session's
   * date or cannot be judged (see {@link ReleaseFindings}).
   */
  readonly ignoredReleaseRecords: ReleaseFindings;
  /** Complete Part 2 consents left out for their recorded contents (see {@link Part2ContentsFindings}). */
  readonly part2Contents: Part2ContentsFindings;
  /**
   * The client is a minor on the date, nobody who may sign for them is recorded (no guardian, no signer
   * but themselves, and, for the financial policy, no guarantor), and a record of that document on file
   * names another signer: whether it counts waits on who the guardians are.
   */
  readonly guardiansUnknown: {
    readonly consent: boolean;
    readonly financial: boolean;
    /** The same for the Part 2 consent of a minor who needs a guardian's signature beside their own. */
    readonly part2: boolean;
    /** The same for the release of information of a minor whose parent or guardian is their representative. */
    readonly release: boolean;
  };
  /**
   * Who signs a minor's 42 CFR Part 2 consent, or null for a client who is not a minor on the date (or whose
   * birth date is unknown). A minor whom state substance-use law lets obtain treatment alone signs it alone
   * (42 CFR 2.14(b)); otherwise both the minor and a parent or guardian sign (2.14(c)); with that answer not
   * recorded, both signatures are needed and readiness is undecided until then [sources: cfr-42-2.14].
   */
  readonly part2Signers: Part2Signers | null;
  readonly singleSigner: boolean;
  /** The standings of `reqs.required` at the last moment asked for (readiness and follow-up often agree). */
  readonly memo: { atMs: number; withdrawnByMs: number; list: readonly IntakeDocumentStanding[] };
}

/**
 * An adult client's own consent records of one type the gate left out, by cause: signed by someone else (a parent,
 * or a guardian whose order does not cover health care or is not in force), by the client as a minor, at 18 to 20
 * with their state's age of majority not known, by the client while a guardian of the person holds their health
 * care decisions (`wardSigned`), or by the client or a listed guardian of the adult with no order recorded
 * (`guardianshipUnknown`).
 */
export interface AdultConsentFindings {
  notByClient: number;
  signedAsMinor: number;
  majorityUnknown: number;
  wardSigned: number;
  guardianshipUnknown: number;
}

/**
 * The Part 2 consent records of a minor, split by who signed them (42 CFR 2.14): `client_alone` when state
 * substance-use law lets the minor obtain treatment alone (only their signature counts), `client_and_guardian`
 * otherwise (both are needed), `undecided` when that answer is not recorded (both are needed, and signed by
 * both the consent counts under either rule). `ignored` counts records signed by someone whose signature does
 * not count.
 */
export interface Part2Signers {
  readonly mode: Part2SignerMode;
  /** The state statute's answer when the mode comes from the table (the substance-use flag absent). */
  readonly statute: SubstanceUseStatuteAnswer | null;
  readonly byMinor: readonly IntakeDocumentRecord[];
  readonly byGuardian: readonly IntakeDocumentRecord[];
  readonly ignored: number;
}

/**
 * Where one client's packet context is kept between calls: the queue hands the same slot to readiness
 * and follow-up, so the requirements and standings are worked out once per client, with no hidden cache.
 */
export interface PacketContextSlot {
  context?: PacketContext;
}

/**
 * The packet context of a parsed file on a date, reused from `slot` when it was built for the same. `knownOn` is
 * the day (in the client's zone) the question is asked: a release's revocation received after it is not known yet.
 */
export function packetContext(
  given: IntakeClientFile,
  policy: IntakePacketPolicy,
  on: LocalDate,
  slot: PacketContextSlot = {},
  knownOn: LocalDate = on,
): PacketContext {
  const hit = slot.context;
  if (hit !== undefined && hit.policy === policy && hit.on === on && hit.knownOn === knownOn) return hit;
  // A complete Part 2 consent whose recorded contents lack a 2.31(a) element, or whose date has passed by the
  // session, does not count: left out of every signer rule below [sources: cfr-42-2.31].
  const part2Contents = part2ContentsFindings(given, on);
  const file =
    part2Contents.ids.size === 0
      ? given
      : { ...given, documents: given.documents.filter((d) => !part2Contents.ids.has(d.id as string)) };
  const { client } = file;
  const guardianRecords: IntakeDocumentRecord[] = [];
  let ignoredGuardianRecords = 0;
  const guardianRoleFindings = { adLitem: 0, limitedByOrder: 0, agency: 0 };
  for (const r of file.documents) {
    if (r.type !== 'guardian_consent') continue;
    // A guardian consents for a minor: someone listed as a signer, never the client themselves.
    const byGuardian =
      r.signerId !== undefined &&
      (r.signerId as string) !== (client.id as string) &&
      (client.signers?.includes(r.signerId) === true || client.guardians?.includes(r.signerId) === true);
    const role = byGuardian ? roleOf(client, r.signerId as IntakeSignerId) : null;
    if (role === 'guardian_ad_litem') guardianRoleFindings.adLitem += 1;
    else if (role === 'parent_limited_by_court_order') guardianRoleFindings.limitedByOrder += 1;
    else if (role === 'foster_parent' || role === 'agency_caseworker') guardianRoleFindings.agency += 1;
    if (byGuardian && mayConsentFor(role)) guardianRecords.push(r);
    else ignoredGuardianRecords += 1;
  }
  const financial = financialPolicyRecords(file, policy, on);
  const adult = adultConsentRecords(file, policy, on, financial.records);
  const release = releaseRecords(file, policy, on, adult.records, knownOn);
  const part2Signers = part2SignersOf(file, policy, on);
  const context: PacketContext = {
    policy,
    on,
    knownOn,
    reqs: sharedRequirementsFor(client, policy, on),
    defs: definitionsByType(policy),
    records: release.records,
    guardianRecords,
    ignoredGuardianRecords,
    guardianRoleFindings,
    ignoredFinancialRecords: financial.ignored,
    ignoredAdultConsentRecords: adult.ignored,
    ignoredReleaseRecords: release.ignored,
    part2Contents,
    guardiansUnknown: { ...financial.guardiansUnknown, release: release.guardiansUnknown },
    part2Signers,
    singleSigner: (file.client.signers?.length ?? 1) === 1,
    memo: { atMs: Number.NaN, withdrawnByMs: Number.NaN, list: [] },
  };
  slot.context = context;
  return context;
}

/** The Part 2 consents the gate left out for what their recorded contents say (42 CFR 2.31(a)). */
export interface Part2ContentsFindings {
  /** The ids of the documents left out. */
  readonly ids: ReadonlySet<string>;
  /** Those whose contents lack an element of 2.31(a). */
  readonly incomplete: readonly Part2ConsentContentsDecision[];
  /** Those complete but whose expiration date came before the session's date `on`: their ids. */
  readonly expired: readonly string[];
}

/** The complete Part 2 consents whose recorded contents are incomplete, or expired by `on`. */
function part2ContentsFindings(file: IntakeClientFile, on: LocalDate): Part2ContentsFindings {
  const ids = new Set<string>();
  const incomplete: Part2ConsentContentsDecision[] = [];
  const expired: string[] = [];
  if (file.part2Consents.length === 0) return { ids, incomplete, expired };
  for (const d of file.documents) {
    if (d.type !== 'part2_consent' || d.status !== 'complete') continue;
    const contents = file.part2Consents.find((c) => c.id === d.id);
    if (contents === undefined) continue;
    const decision = part2ContentsOf(contents);
    if (decision.outcome === 'incomplete') {
      incomplete.push(decision);
      ids.add(d.id as string);
    } else if (contents.expiresOn !== undefined && contents.expiresOn < on) {
      expired.push(d.id as string);
      ids.add(d.id as string);
    }
  }
  return { ids, incomplete, expired };
}

/** A listed person's recorded role for the client; one not named in `guardianRoles` counts as a parent. */
function roleOf(client: IntakeClient, signerId: IntakeSignerId): GuardianRole {
  return client.guardianRoles?.find((e) => e.signerId === signerId)?.role ?? 'parent';
}

/**
 * Whether someone in this role consents alone for a minor: a parent with custody (either of a joint custody), a
 * legal guardian, the custodial agency; not a guardian ad litem, a parent a court order limits (its terms
 * decide), nor a foster parent or caseworker (the agency consents; whether they may sign for it is state law).
 */
function mayConsentFor(role: GuardianRole | null): boolean {
  switch (role) {
    case 'parent':
    case 'legal_guardian':
    case 'custodial_agency':
      return true;
    case 'parent_limited_by_court_order':
    case 'guardian_ad_litem':
    case 'foster_parent':
    case 'agency_caseworker':
    // An adult's guardian: a court-appointed guardian of a minor is recorded as `legal_guardian`.
    case 'guardian_of_adult':
    case null:
      return false;
    default: {
      const exhausted: never = role;
      return exhausted;
    }
  }
}

/**
 * What a listed guardian of an adult client may sign for them on `on`: `health_care` (the recorded order gives them
 * health care decisions and is in force: they sign as the personal representative, 45 CFR 164.502(g)(2)),
 * `none` (the order leaves health care to the adult, or is not in force that day), or `unknown` (no order
 * recorded) [sources: cfr-45-164.502].
 */
export type AdultGuardianAuthority = 'health_care' | 'none' | 'unknown';

/** The {@link AdultGuardianAuthority} of `signerId` if they are a listed guardian of the adult, else null. */
function adultGuardianAuthority(
  client: IntakeClient,
  signerId: string,
  on: LocalDate,
): AdultGuardianAuthority | null {
  const entry = client.guardianRoles?.find((e) => e.signerId === signerId && e.role === 'guardian_of_adult');
  if (entry === undefined) return null;
  const order = entry.courtOrder;
  if (order === undefined) return 'unknown';
  if (order.issuedOn > on || (order.endsOn !== undefined && order.endsOn < on)) return 'none';
  return order.scope === 'excludes_health_care' ? 'none' : 'health_care';
}

/**
 * Whether an adult client signs their own consents and releases on `on`: `health_care` when a listed guardian of
 * the adult holds health care decisions then (the guardian signs; the client's signature alone does not count),
 * `unknown` when a guardian of the adult is listed with no order recorded, `none` otherwise.
 */
function wardStatusOf(client: IntakeClient, on: LocalDate): AdultGuardianAuthority {
  let status: AdultGuardianAuthority = 'none';
  for (const e of client.guardianRoles ?? []) {
    const a = e.role === 'guardian_of_adult' ? adultGuardianAuthority(client, e.signerId, on) : null;
    if (a === 'health_care') return a;
    if (a === 'unknown') status = a;
  }
  return status;
}

/** An emancipation decree on record for a client of at least the floor age: they consent as an adult. */
export function emancipatedOn(client: IntakeClient, age: number): boolean {
  return client.emancipated === true && age >= MINOR_CONSENT_FLOOR_AGE;
}

/**
 * A minor's Part 2 consent records by signer (null for a client who is not a minor on `on`, or whose birth
 * date is unknown). A minor whom state substance-use law lets consent alone (`minorMayConsentSubstanceUse`,
 * from 12) is the only one who may sign it (42 CFR 2.14(b)); any other minor signs it with a listed parent or
 * guardian (2.14(c)), and so does one whose substance-use answer is not recorded until it is
 * [sources: cfr-42-2.14]. A record naming no signer is the client's, as for every document.
 */
function part2SignersOf(
  file: IntakeClientFile,
  policy: IntakePacketPolicy,
  on: LocalDate,
): Part2Signers | null {
  const { client } = file;
  if (client.birthDate === undefined) return null;
  const age = ageOn(client.birthDate, on);
  // 18 to 20 with the state's age of majority not known: read as a minor's (signed by both, it counts either way).
  if (minorStatusAt(client, policy, age, 'health_care') === 'adult') return null;
  const { mode, statute } = part2SignerAnswerOf(client, age);
  const self = client.id as string;
  const byMinor: IntakeDocumentRecord[] = [];
  const byGuardian: IntakeDocumentRecord[] = [];
  let ignored = 0;
  for (const r of file.documents) {
    if (r.type !== 'part2_consent') continue;
    const signer = r.signerId as string | undefined;
    if (signer === undefined || signer === self) byMinor.push(r);
    else if (
      mode !== 'client_alone' &&
      (client.guardians?.includes(r.signerId as IntakeSignerId) === true ||
        client.signers?.includes(r.signerId as IntakeSignerId) === true)
    )
      byGuardian.push(r);
    else ignored += 1;
  }
  return { mode, statute, byMinor, byGuardian, ignored };
}

/**
 * The client's records with the financial-policy records that do not bind who pays left out. The policy is
 * acknowledged by the person charged: the guarantor when one is recorded; for a minor without one, a
 * listed guardian (or signer) who is not the client; otherwise the client, but only from the day they
 * reach `adultAge` in their own zone, as {@link ageOn} counts it (a signature given as a minor does not bind the adult). A client
 * whose birth date is unknown is not filtered here: whether they are a minor already keeps the guardian
 * consent undecided.
 */
function financialPolicyRecords(
  file: IntakeClientFile,
  policy: IntakePacketPolicy,
  on: LocalDate,
): Pick<PacketContext, 'records'> & {
  readonly guardiansUnknown: Omit<PacketContext['guardiansUnknown'], 'release'>;
  readonly ignored: PacketContext['ignoredFinancialRecords'];
} {
  const { client } = file;
  const self = client.id as string;
  const age = client.birthDate === undefined ? null : ageOn(client.birthDate, on);
  // An emancipated minor pays and signs for themselves.
  // A promise to pay: the state's contract age (21 in Mississippi, whatever its health-care age).
  const minor =
    age !== null && minorStatusAt(client, policy, age, 'contract') === 'minor' && !emancipatedOn(client, age);
  const guardians: string[] = [...(client.guardians ?? []), ...(client.signers ?? [])].filter(
    (g) => g !== self,
  );
  const guarantor =
    client.guarantorId !== undefined && client.guarantorId !== self ? client.guarantorId : undefined;
  // Nobody recorded who may sign for a minor, and a record on file names a signer other than the client:
  // whether that signer is a parent or guardian is not known (never assumed, not even from who pays).
  const namedByOther = (type: IntakeDocumentRecord['type']) =>
    file.documents.some(
      (r) => r.type === type && r.signerId !== undefined && (r.signerId as string) !== self,
    );
  const unknown = minor && guardians.length === 0;
  const guardiansUnknown = {
    consent: unknown && namedByOther('guardian_consent'),
    financial: unknown && guarantor === undefined && namedByOther('financial_policy'),
    // A minor who may not consent alone signs the Part 2 consent with a parent or guardian (42 CFR 2.14(c)).
    // With the substance-use answer unknown, readiness says so instead (`substance_use_consent_signer_unknown`).
    part2:
      unknown &&
      part2SignerModeOf(client, ageOn(client.birthDate as LocalDate, on)) === 'client_and_guardian' &&
      namedByOther('part2_consent'),
  };
  let notByPayer = 0;
  let signedAsMinor = 0;
  let majorityUnknown = 0;
  const records: IntakeDocumentRecord[] = [];
  for (const r of file.documents) {
    if (r.type !== 'financial_policy') {
      records.push(r);
      continue;
    }
    const signer = r.signerId as string | undefined;
    const byClient = signer === undefined || signer === self;
    if (guarantor !== undefined || minor) {
      const payer = guarantor !== undefined ? signer === guarantor : !byClient && guardians.includes(signer);
      if (payer) records.push(r);
      else notByPayer += 1;
      continue;
    }
    // An adult paying for themselves: their own signature counts from their birthday of majority on.
    const done = r.completedAt;
    const signed =
      byClient && client.birthDate !== undefined && done !== undefined
        ? signingStatus(client, client.birthDate, done, policy, 'contract')
        : 'adult';
    if (signed === 'minor') signedAsMinor += 1;
    else if (signed === 'unknown') majorityUnknown += 1;
    else records.push(r);
  }
  return {
    records: notByPayer + signedAsMinor + majorityUnknown === 0 ? file.documents : records,
    ignored: { notByPayer, signedAsMinor, majorityUnknown },
    guardiansUnknown,
  };
}

/** Consents whose signer is the subject of the adult rule below (the others have signer rules of their own). */
const OWN_SIGNER_RULES = new Set<string>(['financial_policy', 'guardian_consent', 'part2_consent']);

/**
 * An adult client's own blocking per-signer consents (the treatment and telehealth consents by default; not the
 * privacy-notice acknowledgment, which is no consent, nor the financial policy, whose payer rule is above, nor the guardian or Part 2 consent): a record signed by someone else does
 * not consent for an adult who lists no signers (a parent's authority to consent ends at the client's
 * majority), and one the client signed before `adultAge`, without the recorded right to consent alone, is asked
 * again from the adult. Both judged on the session's date `on`, the signing date in the client's zone.
 */
function adultConsentRecords(
  file: IntakeClientFile,
  policy: IntakePacketPolicy,
  on: LocalDate,
  records: readonly IntakeDocumentRecord[],
): {
  readonly records: readonly IntakeDocumentRecord[];
  readonly ignored: PacketContext['ignoredAdultConsentRecords'];
} {
  const { client } = file;
  const birth = client.birthDate;
  const ignored = new Map<string, AdultConsentFindings>();
  if (birth === undefined || minorStatusAt(client, policy, ageOn(birth, on), 'health_care') !== 'adult') {
    return { records, ignored };
  }
  const self = client.id as string;
  const ward = wardStatusOf(client, on);
  const kept: IntakeDocumentRecord[] = [];
  for (const r of records) {
    const def = policy.documents.find((d) => d.type === r.type);
    const ownConsent = def?.perSigner === true && def.kind === 'consent' && def.weight === 'blocking';
    if (!ownConsent || OWN_SIGNER_RULES.has(r.type)) {
      kept.push(r);
      continue;
    }
    const signer = r.signerId as string | undefined;
    const byClient = signer === undefined || signer === self;
    const count = ignored.get(r.type) ?? {
      notByClient: 0,
      signedAsMinor: 0,
      majorityUnknown: 0,
      wardSigned: 0,
      guardianshipUnknown: 0,
    };
    // An adult under a court's guardianship of the person: the guardian whose order covers health care signs as
    // their personal representative (45 CFR 164.502(g)(2)), and the adult's own signature alone does not count
    // [sources: cfr-45-164.502].
    const guardian = byClient ? null : adultGuardianAuthority(client, signer as string, on);
    if (guardian === 'health_care') {
      kept.push(r);
      continue;
    }
    if (guardian === 'unknown' || (byClient && ward === 'unknown')) {
      count.guardianshipUnknown += 1;
      ignored.set(r.type, count);
      continue;
    }
    if (byClient && ward === 'health_care') {
      count.wardSigned += 1;
      ignored.set(r.type, count);
      continue;
    }
    if (!byClient && (client.signers === undefined || guardian === 'none')) {
      count.notByClient += 1;
      ignored.set(r.type, count);
      continue;
    }
    const done = r.completedAt;
    // Signed as a minor, it counts only with the right to consent alone on the day it was signed.
    const signed =
      byClient && done !== undefined ? signedWithAuthority(client, birth, done, policy) : 'adult';
    if (signed !== 'adult') {
      if (signed === 'minor') count.signedAsMinor += 1;
      else count.majorityUnknown += 1;
      ignored.set(r.type, count);
      continue;
    }
    kept.push(r);
  }
  return { records: ignored.size === 0 ? records : kept, ignored };
}

/**
 * Whose signature authorizes a release of information: `client` (an adult, an emancipated minor, or a minor who
 * may consent alone from 12: only their own), `guardian` (any other minor: a listed parent or guardian with
 * authority to act for them, never the minor alone), or `unknown` (the birth date is not recorded, or the client
 * is 18 to 20 and their state's age of majority is not known: nothing is counted but the client's own signature:
 * whether another signer represents them cannot be told).
 */
export type ReleaseSignerRule = 'client' | 'guardian' | 'unknown';

/** The roles whose authority to act for a minor is not known from the record (a court order's terms, an agency's). */
export type ReleaseAuthorityUnknownRole =
  | 'parent_limited_by_court_order'
  | 'foster_parent'
  | 'agency_caseworker';

/** The release-of-information records the gate left out, by cause (all zero and empty when none was). */
export interface ReleaseFindings {
  readonly rule: ReleaseSignerRule;
  /**
   * Signed by someone who may not authorize it: for `client`, anyone but the client (a parent's authority ends at
   * majority, and is not a representative's for care the minor consented to alone); for `guardian`, the minor, a
   * signer not listed, or a listed guardian ad litem (who represents the child in court, not in their care).
   */
  readonly notBySigner: number;
  /** Of `notBySigner`, signed by a listed guardian ad litem. */
  readonly adLitem: number;
  /** Signed by the client, an adult on the session's date, before majority and without the right to consent alone. */
  readonly signedAsMinor: number;
  /** Signed by someone other than the client while the client's birth date is not recorded (rule `unknown`). */
  readonly ageUnknown: number;
  /**
   * Left out because the client's state's age of majority is not known: signed by someone else while the client is
   * 18 to 20 (rule `unknown`), or by the adult client at 18 to 20.
   */
  readonly majorityUnknown: number;
  /**
   * Left out because the client is a minor recorded as able to consent alone whose state's minor-consent age is not
   * known (the state not recorded, or not in the table with no age declared): signed by them or by someone else.
   */
  readonly consentLawUnknown: number;
  /** Signed by an adult client whose court-appointed guardian of the person holds their health care decisions. */
  readonly wardSigned: number;
  /** Signed by an adult client, or their listed guardian of the adult, while the guardian's order is not recorded. */
  readonly guardianshipUnknown: number;
  /** Signed by a listed person whose authority for the minor is not known: their roles, sorted, once each. */
  readonly authorityUnknown: readonly ReleaseAuthorityUnknownRole[];
  /** Complete releases whose recorded authorization fails 164.508 on the session's date. */
  readonly refused: readonly ReleaseAuthorizationDecision[];
  /** Complete releases whose recorded authorization cannot be judged on that date (an event, a revocation). */
  readonly undecided: readonly ReleaseAuthorizationDecision[];
}

/**
 * The records with the releases of information that do not authorize a disclosure on the session's date `on`
 * left out. An authorization is signed by the individual or their personal representative (45 CFR
 * 164.508(c)(1)(vi)): an adult signs their own (a parent's or guardian's authority over a minor ended at majority,
 * and a release the adult signed as a minor without the right to consent alone is signed again, as their
 * consents are); an emancipated minor signs their own; a parent is not the representative of a minor for care the
 * minor consented to alone (164.502(g)(3)(i)), so such a minor signs their own; any other minor's representative
 * is who may make their health care decisions (164.502(g)(3)): a listed parent, legal guardian or custodial
 * agency, never a guardian ad litem, and for a parent a court order limits, or a foster parent or caseworker, not
 * known without the order or the agency [sources: cfr-45-164.508, cfr-45-164.502]. A record naming no signer is
 * the client's. With no parent or guardian recorded for such a minor and a record signed by someone else, whether
 * it counts waits on who they are (`guardiansUnknown`); with the birth date not recorded, a release signed by
 * anyone but the client waits on it (`ageUnknown`). A complete release whose authorization is recorded is
 * then checked by {@link releaseAuthorizationOf} on `on` (a representative's signature needs the description of
 * their authority): refused or undecided, it does not count.
 */
function releaseRecords(
  file: IntakeClientFile,
  policy: IntakePacketPolicy,
  on: LocalDate,
  records: readonly IntakeDocumentRecord[],
  knownOn: LocalDate,
): {
  readonly records: readonly IntakeDocumentRecord[];
  readonly ignored: ReleaseFindings;
  readonly guardiansUnknown: boolean;
} {
  const { client } = file;
  const self = client.id as string;
  const birth = client.birthDate;
  const age = birth === undefined ? null : ageOn(birth, on);
  const status = age === null ? null : minorStatusAt(client, policy, age, 'health_care');
  // A minor recorded as able to consent alone signs their own from their state's minor-consent age; with that age
  // not known, who signs waits on it.
  const own = age === null || status !== 'minor' ? false : ownMentalHealthConsentAt(client, policy, age);
  const rule: ReleaseSignerRule =
    age === null
      ? 'unknown'
      : status === 'adult' || emancipatedOn(client, age) || own === true
        ? 'client'
        : status === 'minor' && own === false
          ? 'guardian'
          : 'unknown';
  const guardians: string[] = [...(client.guardians ?? []), ...(client.signers ?? [])].filter(
    (g) => g !== self,
  );
  let notBySigner = 0;
  let adLitem = 0;
  let signedAsMinor = 0;
  let ageUnknown = 0;
  let majorityUnknown = 0;
  let consentLawUnknown = 0;
  let wardSigned = 0;
  let guardianshipUnknown = 0;
  const ward = status === 'adult' ? wardStatusOf(client, on) : 'none';
  const unknownRoles = new Set<ReleaseAuthorityUnknownRole>();
  const refused: ReleaseAuthorizationDecision[] = [];
  const undecided: ReleaseAuthorizationDecision[] = [];
  let namedByOther = false;
  let left = 0;
  const kept: IntakeDocumentRecord[] = [];
  for (const r of records) {
    if (r.type !== 'release_of_information') {
      kept.push(r);
      continue;
    }
    const signer = r.signerId as string | undefined;
    const byClient = signer === undefined || signer === self;
    if (!byClient) namedByOther = true;
    let counts = true;
    // An adult's court-appointed guardian of the person signs within the order's scope (164.502(g)(2)).
    const guardian =
      byClient || status !== 'adult' ? null : adultGuardianAuthority(client, signer as string, on);
    if (rule === 'client' && (guardian === 'unknown' || (byClient && ward === 'unknown'))) {
      guardianshipUnknown += 1;
      counts = false;
    } else if (rule === 'client' && byClient && ward === 'health_care') {
      wardSigned += 1;
      counts = false;
    } else if (rule === 'client' && guardian === 'health_care') {
      // The representative's signature: its authorization, when recorded, must describe their authority.
    } else if (rule === 'client') {
      if (!byClient) {
        notBySigner += 1;
        counts = false;
      } else if (status === 'adult' && r.completedAt !== undefined) {
        const signed = signedWithAuthority(client, birth as LocalDate, r.completedAt, policy);
        if (signed === 'minor') signedAsMinor += 1;
        else if (signed === 'unknown') majorityUnknown += 1;
        counts = signed === 'adult';
      }
    } else if (rule === 'guardian') {
      const role = byClient || !guardians.includes(signer) ? null : roleOf(client, signer as IntakeSignerId);
      if (role === 'guardian_ad_litem') adLitem += 1;
      if (
        role === 'parent_limited_by_court_order' ||
        role === 'foster_parent' ||
        role === 'agency_caseworker'
      ) {
        unknownRoles.add(role);
        counts = false;
      } else if (!mayConsentFor(role)) {
        notBySigner += 1;
        counts = false;
      }
    } else if (!byClient) {
      // The birth date (or, from 18 to 20, the state's age of majority) is not recorded: whether the signer is a
      // minor's parent, and so their representative, or an adult's relative, who is not, cannot be told.
      if (age === null) ageUnknown += 1;
      else if (status === 'unknown') majorityUnknown += 1;
      else consentLawUnknown += 1;
      counts = false;
    } else if (age !== null) {
      // The client's own signature, while whether they sign their own (an adult, or a minor who consents alone under
      // their state's minor-consent age) or a parent does for them cannot be told: it waits as well, never counted.
      if (status === 'unknown') majorityUnknown += 1;
      else consentLawUnknown += 1;
      counts = false;
    }
    const authorization =
      counts && r.status === 'complete' ? file.releaseAuthorizations.find((a) => a.id === r.id) : undefined;
    if (authorization !== undefined) {
      // Signed by someone other than the client, the form describes their authority ((c)(1)(vi)); a revocation
      // received after the day asked about is not known yet (a replay sees what was known then).
      const { revocation, ...rest } = authorization;
      const known = revocation !== undefined && revocation.receivedOn <= knownOn ? { revocation } : {};
      const decision = releaseAuthorizationOf(
        { ...rest, ...known, signedByRepresentative: authorization.signedByRepresentative || !byClient },
        on,
      );
      if (decision.outcome === 'refused') refused.push(decision);
      else if (decision.outcome === 'undecided') undecided.push(decision);
      counts = decision.outcome === 'valid';
    }
    if (counts) kept.push(r);
    else left += 1;
  }
  return {
    records: left === 0 ? records : kept,
    ignored: {
      rule,
      notBySigner,
      adLitem,
      signedAsMinor,
      ageUnknown,
      majorityUnknown,
      consentLawUnknown,
      wardSigned,
      guardianshipUnknown,
      authorityUnknown: [...unknownRoles].sort(compareText),
      refused,
      undecided,
    },
    guardiansUnknown: rule === 'guardian' && guardians.length === 0 && namedByOther,
  };
}

/**
 * Whether the client signed (at `done`, in their zone) with their own authority: as an adult, emancipated, or with
 * the recorded right to consent alone from their state's minor-consent age (`adult`); as a minor without it
 * (`minor`); or while their state's age for health-care decisions, or its minor-consent age, is not known
 * (`unknown`).
 */
function signedWithAuthority(
  client: IntakeClient,
  birth: LocalDate,
  done: string,
  policy: IntakePacketPolicy,
): MinorStatus {
  const signed = signingStatus(client, birth, done, policy, 'health_care');
  if (signed !== 'minor') return signed;
  // The right to consent alone is judged at the signing age, under the state's minor-consent age.
  const own = ownMentalHealthConsentAt(
    client,
    policy,
    ageOn(birth, getLocalDate(toEpochMs(done), client.zone)),
  );
  return own === true ? 'adult' : own === false ? 'minor' : 'unknown';
}

/**
 * The standing of each required document (aligned with `reqs.required`) at `atMs`, judged valid on `on`, with
 * declines (a consent or release withdrawn) counted up to `withdrawnByMs`.
 */
export function standingsAt(
  context: PacketContext,
  atMs: number,
  on: LocalDate,
  zone: string,
  withdrawnByMs: number = atMs,
): readonly IntakeDocumentStanding[] {
  if (context.memo.atMs === atMs && context.memo.withdrawnByMs === withdrawnByMs) return context.memo.list;
  const list = context.reqs.required.map((req) => {
    const def = context.defs.get(req.type) as IntakeDocumentDefinition;
    if (req.type === 'part2_consent' && context.part2Signers !== null) {
      return part2Standing(context.part2Signers, req, def, atMs, on, zone, withdrawnByMs).standing;
    }
    const records = req.type === 'guardian_consent' ? context.guardianRecords : context.records;
    return standingOf(req, records, def, context.singleSigner, atMs, on, zone, withdrawnByMs);
  });
  context.memo.atMs = atMs;
  context.memo.withdrawnByMs = withdrawnByMs;
  context.memo.list = list;
  return list;
}

/**
 * A minor's Part 2 consent at `atMs`: the minor's own record alone (`client_alone`), or the weaker of the
 * minor's and a guardian's (`client_and_guardian`, and `undecided`: both must be complete, so neither the
 * minor alone nor a parent alone ever completes it while the rule is unknown), with which signature is missing
 * [sources: cfr-42-2.14].
 */
export function part2Standing(
  signers: Part2Signers,
  req: IntakeRequirement,
  def: IntakeDocumentDefinition,
  atMs: number,
  on: LocalDate,
  zone: string,
  withdrawnByMs: number = atMs,
): {
  readonly standing: IntakeDocumentStanding;
  readonly minorSigned: boolean;
  readonly guardianSigned: boolean;
} {
  const minor = standingOf(req, signers.byMinor, def, true, atMs, on, zone, withdrawnByMs);
  const minorSigned = minor.status === 'complete';
  if (signers.mode === 'client_alone') return { standing: minor, minorSigned, guardianSigned: false };
  const guardian = standingOf(req, signers.byGuardian, def, true, atMs, on, zone, withdrawnByMs);
  const guardianSigned = guardian.status === 'complete';
  // Both signatures are needed: the consent stands as the one that is not complete (the minor's first).
  const standing = !minorSigned ? minor : guardian;
  return { standing, minorSigned, guardianSigned };
}
