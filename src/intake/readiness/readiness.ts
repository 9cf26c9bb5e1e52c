import * as z from 'zod';
import {
  type Decision,
  type Facts,
  formatInstant,
  getLocalDate,
  hasErrors,
  type IanaZone,
  Instant,
  isNonEmpty,
  type LocalDate,
  type NonEmptyArray,
  type Reason,
  reason,
} from '../../core/index.js';
import {
  compareReasons,
  compareText,
  sortInPlace,
  toEpochMs,
  validateArguments,
} from '../../core/internal.js';
import {
  MINOR_MENTAL_HEALTH_CONSENT_RULES,
  type MinorMentalHealthConsentRule,
} from '../minor-consent/state-minor-consent.js';
import type { IntakeDocumentRecord, IntakeDocumentStatus, IntakeDocumentType } from '../packets/document.js';
import { IntakeClientFile, type IntakeClientFileInput } from '../packets/intake-client.js';
import { minorMayConsentMentalHealthOf } from '../packets/minor-consent-flags.js';
import {
  type IntakeDocumentDefinition,
  IntakePacketPolicy,
  type IntakePacketPolicyInput,
  MINOR_CONSENT_FLOOR_AGE,
} from '../packets/packet-policy.js';
import {
  ageOn,
  type IntakeDocumentStanding,
  type IntakeRequirement,
  type PacketContext,
  type PacketContextSlot,
  packetContext,
  part2Standing,
  standingsAt,
} from '../packets/requirements.js';
import type { IntakeReasonCode } from '../reason-codes.js';
import { documentMessages } from './readiness-messages.js';
import { hasReleaseFindings, releaseFindings } from './release-findings.js';

/**
 * What the assistant should do about an open item.
 *
 * @example
 * ```ts
 * const action: IntakeAction = 'send_document';
 * ```
 */
export type IntakeAction =
  | 'send_document'
  | 'remind_client'
  | 'send_renewal'
  | 'call_client_about_declined'
  | 'record_good_faith_effort'
  | 'route_to_clinician'
  | 'collect_missing_fact'
  | 'book_first_session';

/**
 * One open item on the way to a first session: which document, for whom, where it stands, what to do.
 *
 * @example
 * ```ts
 * const b: IntakeBlocker = evaluateFirstSessionReadiness(file, DEFAULT_INTAKE_PACKET_POLICY, { asOf }).blockers[0];
 * b.action; //=> 'send_document'
 * ```
 */
export interface IntakeBlocker {
  readonly code: IntakeReasonCode;
  readonly document: IntakeDocumentType | null;
  readonly signerId: string | null;
  readonly status: IntakeDocumentStatus | null;
  readonly action: IntakeAction;
}

/**
 * Whether a client's paperwork allows the first session: `ready`, `ready_with_warnings` (soft items
 * open), `not_ready` (a blocking document is not complete by the deadline) or `undecided` (a fact the
 * packet rules need is missing, or there is no session time).
 *
 * @example
 * ```ts
 * const d: FirstSessionReadinessDecision = evaluateFirstSessionReadiness(file, DEFAULT_INTAKE_PACKET_POLICY,
 *   { asOf: '2026-03-08T12:00:00-04:00' });
 * d.outcome; //=> 'not_ready'
 * ```
 */
export type FirstSessionReadinessDecision = Decision<
  'ready',
  'ready_with_warnings' | 'not_ready' | 'undecided',
  IntakeReasonCode,
  {
    readonly clientId: string;
    readonly sessionStart: Instant | null;
    /** When blocking documents had to be complete, in the client's offset. */
    readonly deadline: Instant | null;
    /** Every open item, blocking first, in a stable order. */
    readonly blockers: readonly IntakeBlocker[];
  }
>;

/**
 * Options for {@link evaluateFirstSessionReadiness}.
 *
 * @example
 * ```ts
 * EvaluateFirstSessionReadinessOptions.parse({ asOf: '2026-03-08T12:00:00-04:00', sessionStart: '2026-03-10T10:00:00-04:00' });
 * ```
 */
export const EvaluateFirstSessionReadinessOptions = z.strictObject({
  asOf: Instant,
  /** The first session's start; defaults to the client's `firstSessionAt` (booking validation passes its own). */
  sessionStart: Instant.optional(),
});
export type EvaluateFirstSessionReadinessOptions = z.infer<typeof EvaluateFirstSessionReadinessOptions>;

const HOUR_MS = 3_600_000;

function actionFor(status: IntakeDocumentStatus): IntakeAction {
  switch (status) {
    case 'not_sent':
      return 'send_document';
    case 'sent':
    case 'viewed':
    case 'partly_done':
    case 'complete':
      return 'remind_client';
    case 'expired':
      return 'send_renewal';
    case 'declined':
      return 'call_client_about_declined';
    default: {
      const exhausted: never = status;
      return exhausted;
    }
  }
}

/**
 * Whether a document that asks only for a good-faith effort (the privacy notice's acknowledgment) was given
 * to the client by `asOfMs` and no later than the session's date `on` (in `zone`): sent then, or declined
 * then (a client who refused to sign was handed it) [sources: cfr-45-164.520].
 */
function givenBy(
  record: IntakeDocumentRecord | null,
  asOfMs: number,
  on: LocalDate,
  zone: IanaZone,
): boolean {
  if (record === null) return false;
  const at = record.sentAt ?? (record.status === 'declined' ? record.declinedAt : undefined);
  if (at === undefined) return false;
  const ms = toEpochMs(at);
  return ms <= asOfMs && getLocalDate(ms, zone) <= on;
}

/**
 * Readiness without validation, for callers that validated already (the batch queue, which passes one
 * `slot` per client to share the packet work with {@link followUpOf}).
 */
export function readinessOf(
  file: IntakeClientFile,
  policy: IntakePacketPolicy,
  asOfMs: number,
  sessionStart: Instant | undefined,
  slot?: PacketContextSlot,
): FirstSessionReadinessDecision {
  const { client } = file;
  const start = sessionStart ?? client.firstSessionAt;
  if (start === undefined) {
    const r = reason<IntakeReasonCode>(
      'intake.readiness.no_session_time',
      'warning',
      'No first session is booked, so readiness cannot be judged yet.',
      { action: 'book_first_session' },
    );
    return {
      outcome: 'undecided',
      reasons: [r],
      clientId: client.id,
      sessionStart: null,
      deadline: null,
      blockers: [
        { code: r.code, document: null, signerId: null, status: null, action: 'book_first_session' },
      ],
    };
  }
  const startMs = toEpochMs(start);
  const deadlineMs = startMs - policy.completeHoursBeforeSession * HOUR_MS;
  const deadline = formatInstant(deadlineMs, client.zone);
  const checkMs = Math.min(asOfMs, deadlineMs);
  const deadlinePassed = asOfMs >= deadlineMs;
  const on = getLocalDate(startMs, client.zone);
  const context = packetContext(file, policy, on, slot, getLocalDate(asOfMs, client.zone));
  const { reqs } = context;
  // Signatures count by the deadline; a withdrawal counts until the session starts (or until `asOf`, if
  // earlier): a consent or release withdrawn the evening before stops the session all the same.
  const withdrawnByMs = Math.min(asOfMs, startMs);
  const standings = standingsAt(context, checkMs, on, client.zone, withdrawnByMs);
  const found: Findings = { reasons: [], errors: [], warnings: [] };
  const { reasons } = found;
  let blockingCount = 0;
  // A fact nobody recorded decides whether a document counts: the guardians, or a minor's substance-use answer.
  let waitsOnFact = false;
  for (let i = 0; i < reqs.required.length; i += 1) {
    const req = reqs.required[i] as IntakeRequirement;
    const standing = standings[i] as IntakeDocumentStanding;
    if (req.weight === 'blocking') blockingCount += 1;
    if (standing.status === 'complete') continue;
    // Facts are written out per reason (no spreads): this loop runs for every document of every client.
    if (req.weight === 'blocking') {
      const action = actionFor(standing.status);
      const open = standing.status !== 'declined' && standing.status !== 'expired';
      if (
        standing.status !== 'declined' &&
        ((req.type === 'guardian_consent' && context.guardiansUnknown.consent) ||
          (req.type === 'financial_policy' && context.guardiansUnknown.financial) ||
          (req.type === 'part2_consent' && context.guardiansUnknown.part2) ||
          (req.type === 'release_of_information' && context.guardiansUnknown.release))
      ) {
        // Signed by someone, but nobody who may sign for the minor is recorded: never assumed (not even from
        // who pays), so whether it counts is undecided.
        waitsOnFact = true;
        add(
          found,
          'warning',
          'intake.readiness.guardians_unknown',
          'The client is a minor, the document on file was signed by someone other than them, and no parent or legal guardian is recorded (nor, for the financial policy, a guarantor): whether it counts cannot be checked. Record the guardians.',
          {
            document: req.type,
            signerId: req.signerId,
            status: standing.status,
            deadline,
            action: 'collect_missing_fact',
          },
          req,
          standing.status,
          'collect_missing_fact',
        );
        continue;
      }
      if (req.type === 'financial_policy' && open) {
        const { notByPayer, signedAsMinor, majorityUnknown } = context.ignoredFinancialRecords;
        if (notByPayer + signedAsMinor === 0 && majorityUnknown > 0) {
          waitsOnFact = true;
          addMajorityUnknown(found, req, standing.status, deadline, majorityUnknown, client.state ?? null);
          continue;
        }
        if (notByPayer > 0 || signedAsMinor > 0) {
          // A financial policy on file that does not bind who pays does not count.
          add(
            found,
            'error',
            notByPayer > 0
              ? 'intake.readiness.financial_policy_not_by_payer'
              : 'intake.readiness.financial_policy_signed_as_minor',
            notByPayer > 0
              ? 'The financial policy on file was not signed by who pays (the guarantor, or for a minor a listed parent or guardian): have them sign it.'
              : 'The client signed the financial policy before reaching the age of majority: as an adult who pays for themselves, they sign it again.',
            {
              document: req.type,
              signerId: req.signerId,
              status: standing.status,
              deadline,
              ignoredRecords: notByPayer + signedAsMinor,
              action: 'send_document',
            },
            req,
            standing.status,
            'send_document',
          );
          continue;
        }
      }
      if (
        req.type === 'release_of_information' &&
        open &&
        hasReleaseFindings(context.ignoredReleaseRecords)
      ) {
        // A release on file that does not authorize the disclosure on the session's date does not count: signed by
        // someone who is neither the client nor their personal representative, or failing 45 CFR 164.508
        // [sources: cfr-45-164.508, cfr-45-164.502]. Each cause is said; one not known waits on a person.
        if (
          addReleaseFindings(found, context, req, standing.status, deadline, client.state ?? null, 'blocking')
        ) {
          waitsOnFact = true;
        }
        continue;
      }
      const part2Contents = context.part2Contents;
      if (req.type === 'part2_consent' && open && part2Contents.ids.size > 0) {
        // A signed Part 2 consent that lacks an element of 42 CFR 2.31(a), or whose date has passed, permits no
        // disclosure: it does not count, whoever signed it [sources: cfr-42-2.31].
        add(
          found,
          'error',
          'intake.readiness.substance_use_consent_contents_invalid',
          'The 42 CFR Part 2 consent on file lacks an element 2.31(a) requires, or its expiration date came before the session: no disclosure may be made under it. Have a complete consent signed.',
          {
            document: req.type,
            signerId: req.signerId,
            status: standing.status,
            deadline,
            consents: part2Contents.incomplete.map((d) => ({
              consentId: d.consentId,
              missingParagraphs: d.reasons.map((r) => r.facts.paragraph ?? null),
            })),
            expired: [...part2Contents.expired],
            action: 'send_document',
          },
          req,
          standing.status,
          'send_document',
        );
        continue;
      }
      const notOwn = open ? context.ignoredAdultConsentRecords.get(req.type) : undefined;
      if (notOwn !== undefined && notOwn.notByClient + notOwn.signedAsMinor + notOwn.wardSigned === 0) {
        waitsOnFact = true;
        if (notOwn.guardianshipUnknown > 0) {
          // A guardian of the adult is listed with no order recorded: who signs cannot be told.
          add(
            found,
            'warning',
            'intake.readiness.adult_guardianship_order_unknown',
            'A guardian of the adult client is listed, and the court’s order (its scope and dates) is not recorded: whether the guardian signs this consent as the personal representative or the client signs it cannot be told. Record the order from the letters of guardianship on file.',
            {
              document: req.type,
              signerId: req.signerId,
              status: standing.status,
              deadline,
              ignoredRecords: notOwn.guardianshipUnknown,
              role: 'guardian_of_adult',
              action: 'collect_missing_fact',
            },
            req,
            standing.status,
            'collect_missing_fact',
          );
        } else {
          // Signed by the client at 18 to 20 while their state's age of majority is not known.
          addMajorityUnknown(
            found,
            req,
            standing.status,
            deadline,
            notOwn.majorityUnknown,
            client.state ?? null,
          );
        }
        continue;
      }
      if (notOwn !== undefined) {
        // An adult consents for themselves, or through the guardian of the person a court gave their health care
        // decisions (45 CFR 164.502(g)(2)): a parent's signature, their own given as a minor who could not consent
        // alone, or their own while such a guardian decides, does not consent for the adult at the session.
        const code: IntakeReasonCode =
          notOwn.wardSigned > 0
            ? 'intake.readiness.signed_by_adult_under_guardianship'
            : notOwn.notByClient > 0
              ? 'intake.readiness.consent_not_by_adult_client'
              : 'intake.readiness.consent_signed_as_minor';
        add(
          found,
          'error',
          code,
          code === 'intake.readiness.signed_by_adult_under_guardianship'
            ? 'The client has a court-appointed guardian of the person who holds their health care decisions on the session’s date: the guardian consents as their personal representative. Have the guardian sign it.'
            : code === 'intake.readiness.consent_not_by_adult_client'
              ? 'The client is an adult on the session’s date, and the consent on file was signed by someone else (a parent’s authority ended at the client’s majority; a guardian signs only within a court order covering health care, in force that day): have the client sign it.'
              : 'The client signed this consent before reaching the age of majority, without the right to consent alone: as an adult they sign it again.',
          {
            document: req.type,
            signerId: req.signerId,
            status: standing.status,
            deadline,
            ignoredRecords: notOwn.notByClient + notOwn.signedAsMinor + notOwn.wardSigned,
            action: 'send_document',
          },
          req,
          standing.status,
          'send_document',
        );
        continue;
      }
      const part2Signers = req.type === 'part2_consent' ? context.part2Signers : null;
      if (part2Signers !== null && part2Signers.mode === 'undecided') {
        const signed = part2Standing(
          part2Signers,
          req,
          context.defs.get(req.type) as IntakeDocumentDefinition,
          checkMs,
          on,
          client.zone,
          withdrawnByMs,
        );
        // Whether state substance-use law lets this minor consent alone is not recorded: the minor alone
        // (42 CFR 2.14(b)) or with a parent (2.14(c)) cannot be told, and the mental-health answer is another
        // statute, never read here [sources: cfr-42-2.14]. Both signatures count under either rule.
        waitsOnFact = true;
        // The client's state may be in the table with a condition the packet cannot see (a professional's
        // finding, medication): its statute is named, and the practice records the answer.
        const law = part2Signers.statute?.reason.facts ?? null;
        add(
          found,
          'warning',
          'intake.readiness.substance_use_consent_signer_unknown',
          law === null
            ? 'The client is a minor and whether state substance-use law lets them consent alone is not recorded: who signs the Part 2 consent (the minor alone, 42 CFR 2.14(b), or with a parent or guardian, 2.14(c)) cannot be told. Record minorMayConsentSubstanceUse, or have both sign it.'
            : `The client is a minor and ${String(law.statute)} lets them consent alone to substance-use treatment only on a condition not recorded here: who signs the Part 2 consent (the minor alone, 42 CFR 2.14(b), or with a parent or guardian, 2.14(c)) cannot be told. Record minorMayConsentSubstanceUse, or have both sign it.`,
          {
            document: req.type,
            signerId: req.signerId,
            status: standing.status,
            deadline,
            minorSigned: signed.minorSigned,
            guardianSigned: signed.guardianSigned,
            minorMayConsentSubstanceUse: null,
            state: client.state ?? null,
            statute: law === null ? null : (law.statute ?? null),
            source: law === null ? null : (law.source ?? null),
            stateLaw: part2Signers.statute?.reason.code ?? null,
            action: 'collect_missing_fact',
          },
          req,
          standing.status,
          'collect_missing_fact',
        );
        // Without the minor's own signature the consent is incomplete under either rule: said below as well.
        if (signed.minorSigned) continue;
      }
      if (part2Signers !== null && part2Signers.mode !== 'undecided' && open) {
        const signers = part2Signers;
        const signed = part2Standing(
          signers,
          req,
          context.defs.get(req.type) as IntakeDocumentDefinition,
          checkMs,
          on,
          client.zone,
          withdrawnByMs,
        );
        const onFile = signers.byMinor.length + signers.byGuardian.length + signers.ignored > 0;
        if (onFile) {
          // A minor's Part 2 consent: the minor alone signs it where state law lets them obtain treatment
          // alone (42 CFR 2.14(b)); otherwise the minor and a parent or guardian both sign (2.14(c))
          // [sources: cfr-42-2.14].
          const minorOnly = signers.mode === 'client_alone';
          add(
            found,
            'error',
            minorOnly
              ? 'intake.readiness.substance_use_consent_not_by_minor'
              : 'intake.readiness.substance_use_consent_needs_client_and_guardian',
            minorOnly
              ? 'The client is a minor who may obtain treatment without a parent’s consent: only they may sign the Part 2 consent (42 CFR 2.14(b)), and no consent they signed is complete on file. Have the client sign it.'
              : 'The client is a minor who needs a parent’s or guardian’s consent to treatment: the Part 2 consent needs both the minor’s and a listed parent’s or guardian’s signature (42 CFR 2.14(c)). Have the missing one sign it.',
            {
              document: req.type,
              signerId: req.signerId,
              status: standing.status,
              deadline,
              minorSigned: signed.minorSigned,
              guardianSigned: minorOnly ? null : signed.guardianSigned,
              ignoredRecords: signers.ignored,
              statute: signers.statute === null ? null : (signers.statute.reason.facts.statute ?? null),
              action: 'send_document',
            },
            req,
            standing.status,
            'send_document',
          );
          continue;
        }
      }
      const roles = context.guardianRoleFindings;
      if (
        req.type === 'guardian_consent' &&
        open &&
        roles.adLitem + roles.limitedByOrder + roles.agency > 0
      ) {
        // Who signed is listed, but their role does not let them consent alone for the minor.
        const code: IntakeReasonCode =
          roles.adLitem > 0 && roles.limitedByOrder + roles.agency === 0
            ? 'intake.readiness.guardian_ad_litem_not_consenter'
            : roles.limitedByOrder > 0
              ? 'intake.readiness.guardian_authority_limited_by_order'
              : 'intake.readiness.agency_consent_needed';
        const undecided = code !== 'intake.readiness.guardian_ad_litem_not_consenter';
        if (undecided) waitsOnFact = true;
        add(
          found,
          undecided ? 'warning' : 'error',
          code,
          code === 'intake.readiness.guardian_ad_litem_not_consenter'
            ? 'The guardian consent on file was signed by the minor’s guardian ad litem, who represents the child in court and does not consent to care: have a parent, legal guardian or the custodial agency sign it.'
            : code === 'intake.readiness.guardian_authority_limited_by_order'
              ? 'The guardian consent on file was signed by a parent whose decisions a court order limits: whether it covers this care depends on the order’s terms. Have a person read the order, or another parent or guardian sign.'
              : `The guardian consent on file was signed by a foster parent or agency caseworker: the agency with custody consents, and whether they may sign for it is the law of ${client.state ?? 'the client’s state (not recorded)'} and the agency’s policy. Record the agency’s consent.`,
          {
            document: req.type,
            signerId: req.signerId,
            status: standing.status,
            deadline,
            state: client.state ?? null,
            role:
              code === 'intake.readiness.guardian_ad_litem_not_consenter'
                ? 'guardian_ad_litem'
                : code === 'intake.readiness.guardian_authority_limited_by_order'
                  ? 'parent_limited_by_court_order'
                  : roles.agency > 0
                    ? (client.guardianRoles?.find(
                        (e) => e.role === 'foster_parent' || e.role === 'agency_caseworker',
                      )?.role ?? null)
                    : null,
            action: undecided ? 'collect_missing_fact' : 'send_document',
          },
          req,
          standing.status,
          undecided ? 'collect_missing_fact' : 'send_document',
        );
        continue;
      }
      // Blocking documents must be complete before the first session (the practice's packet policy).
      if (
        req.type === 'guardian_consent' &&
        context.ignoredGuardianRecords > 0 &&
        standing.status !== 'declined' &&
        standing.status !== 'expired'
      ) {
        // A consent on file that the client (or no named guardian) signed does not count.
        add(
          found,
          'error',
          'intake.readiness.guardian_consent_not_by_guardian',
          'The guardian consent on file was not signed by a guardian listed for this minor (the client cannot consent for themselves): have a listed guardian sign it.',
          {
            document: req.type,
            signerId: req.signerId,
            status: standing.status,
            deadline,
            ignoredRecords: context.ignoredGuardianRecords,
            action: 'send_document',
          },
          req,
          standing.status,
          'send_document',
        );
        continue;
      }
      const code: IntakeReasonCode =
        standing.status === 'declined'
          ? 'intake.readiness.blocking_document_declined'
          : standing.status === 'expired'
            ? 'intake.readiness.blocking_document_expired'
            : deadlinePassed
              ? 'intake.readiness.blocking_document_missed_deadline'
              : 'intake.readiness.blocking_document_incomplete';
      const texts = documentMessages(policy, req.type);
      const message =
        code === 'intake.readiness.blocking_document_declined'
          ? texts.declined
          : code === 'intake.readiness.blocking_document_expired'
            ? texts.expired
            : code === 'intake.readiness.blocking_document_missed_deadline'
              ? texts.missedDeadline[standing.status]
              : texts.incomplete[standing.status];
      const facts = { document: req.type, signerId: req.signerId, status: standing.status, deadline, action };
      add(found, 'error', code, message, facts, req, standing.status, action);
      continue;
    }
    if (
      req.type === 'release_of_information' &&
      standing.status !== 'declined' &&
      standing.status !== 'expired' &&
      hasReleaseFindings(context.ignoredReleaseRecords)
    ) {
      // A soft release (treatment is not conditioned on it, 45 CFR 164.508(b)(4)): what keeps the one on file from
      // authorizing the disclosure is said, as a warning; the session goes ahead and only the disclosure waits.
      addReleaseFindings(found, context, req, standing.status, deadline, client.state ?? null, 'soft');
      continue;
    }
    if (req.softAction === 'record_good_faith_effort') {
      // The notice itself is owed by the date of the first service; the effort is to obtain the
      // acknowledgment of a notice given. Never given by `asOf` (or only after the session's date): say so,
      // whatever effort is recorded. Never cancels the session [sources: cfr-45-164.520].
      if (!givenBy(standing.record, asOfMs, on, client.zone)) {
        add(
          found,
          'warning',
          'intake.readiness.notice_not_provided',
          documentMessages(policy, req.type).notProvided,
          {
            document: req.type,
            signerId: req.signerId,
            status: standing.status,
            deadline,
            sentAt: standing.record?.sentAt ?? null,
            action: 'send_document',
          },
          req,
          standing.status,
          'send_document',
        );
        continue;
      }
      const effort = standing.record?.effortRecordedAt;
      if (effort !== undefined && toEpochMs(effort) <= asOfMs) {
        reasons.push(
          reason(
            'intake.readiness.good_faith_effort_recorded',
            'info',
            documentMessages(policy, req.type).effortRecorded,
            { document: req.type, signerId: req.signerId, status: standing.status, deadline },
          ),
        );
      } else {
        add(
          found,
          'warning',
          'intake.readiness.good_faith_effort_needed',
          documentMessages(policy, req.type).effortNeeded,
          {
            document: req.type,
            signerId: req.signerId,
            status: standing.status,
            deadline,
            action: 'record_good_faith_effort',
          },
          req,
          standing.status,
          'record_good_faith_effort',
        );
      }
      continue;
    }
    const action = actionFor(standing.status);
    add(
      found,
      'warning',
      'intake.readiness.soft_document_incomplete',
      documentMessages(policy, req.type).softOpen,
      { document: req.type, signerId: req.signerId, status: standing.status, deadline, action },
      req,
      standing.status,
      action,
    );
  }
  for (const u of reqs.undecided) {
    add(
      found,
      'warning',
      'intake.requirements.missing_fact',
      u.missingFact === 'part2_program'
        ? `Whether ${u.type} is needed depends on whether the practice is a 42 CFR Part 2 program, which its packet policy does not declare (part2Program).`
        : u.missingFact === 'state'
          ? `Whether ${u.type} is needed depends on the client's state, not recorded: its age for health-care decisions (19 in Alabama and Nebraska, 18 elsewhere) says whether an 18-year-old is still a minor, and its minor-consent age whether a minor recorded as able to consent alone may. Record the client's state.`
          : u.missingFact === 'minor_consent_age'
            ? `Whether ${u.type} is needed depends on whether this minor, recorded as able to consent alone, is old enough to under the law of ${client.state ?? 'their state'}, whose minor-consent statute the library does not keep: declare the practice's minor-consent age (minorConsentAge), or have a parent or guardian consent.`
            : `Whether ${u.type} is needed depends on a fact not recorded (${u.missingFact}).`,
      { document: u.type, missingFact: u.missingFact, action: 'collect_missing_fact' },
      null,
      null,
      'collect_missing_fact',
    );
  }
  for (const s of client.screenings) {
    // Any non-zero PHQ-9 item 9 goes to a clinician; we route, never assess [sources: phq9-item9].
    if (s.item9 === 0) continue;
    const completedMs = toEpochMs(s.completedAt);
    if (completedMs > asOfMs) continue;
    // A review counts only at or after the answer it reviews, at or before the session starts (it must
    // reach a clinician before the session: compared as instants, so a review later the same day, after
    // the start, does not count), and only once it is on record (by asOf). An answer given after the
    // session started could not reach anyone before it: a review after the answer, by asOf, counts.
    const reviewMs = s.clinicianReviewedAt === undefined ? null : toEpochMs(s.clinicianReviewedAt);
    const reviewBy = completedMs > startMs ? asOfMs : Math.min(asOfMs, startMs);
    if (reviewMs !== null && reviewMs >= completedMs && reviewMs <= reviewBy) continue;
    const predates = reviewMs !== null && reviewMs < completedMs;
    const afterSession = reviewMs !== null && !predates && completedMs <= startMs && reviewMs > startMs;
    add(
      found,
      'warning',
      predates
        ? 'intake.readiness.screening_review_predates_answer'
        : afterSession
          ? 'intake.readiness.screening_reviewed_after_session'
          : 'intake.readiness.screening_needs_clinician_review',
      predates
        ? 'The clinician review on record is dated before this PHQ-9 item 9 answer, so it cannot have seen it: route the answer to a clinician.'
        : afterSession
          ? 'The clinician review on record is dated after the session started, so the answer did not reach a clinician before the session: route it to a clinician and record when it was seen.'
          : 'A PHQ-9 item 9 answer must reach a clinician before the session; staff do not interpret it.',
      {
        instrument: s.instrument,
        completedAt: s.completedAt,
        role: 'clinician',
        action: 'route_to_clinician',
      },
      null,
      null,
      'route_to_clinician',
    );
  }
  const part2Law = context.part2Signers?.statute ?? null;
  if (
    part2Law !== null &&
    context.part2Signers?.mode !== 'undecided' &&
    reqs.required.some((r) => r.type === 'part2_consent')
  ) {
    // With no substance-use answer recorded, the client's state statute decided who signs the Part 2 consent
    // (42 CFR 2.14(b) or (c)): said, with the statute, so a person can check it [sources: cfr-42-2.14].
    const minorOnly = context.part2Signers?.mode === 'client_alone';
    reasons.push(
      reason(
        'intake.readiness.substance_use_consent_by_state_law',
        'info',
        minorOnly
          ? `${String(part2Law.reason.facts.statute)} lets this minor consent alone to substance-use treatment: only they sign the Part 2 consent (42 CFR 2.14(b)). A recorded minorMayConsentSubstanceUse would win.`
          : `${String(part2Law.reason.facts.statute)} does not let this minor consent alone to substance-use treatment: the minor and a parent or guardian sign the Part 2 consent (42 CFR 2.14(c)). A recorded minorMayConsentSubstanceUse would win.`,
        {
          document: 'part2_consent',
          state: client.state ?? null,
          statute: part2Law.reason.facts.statute ?? null,
          source: part2Law.reason.facts.source ?? null,
          stateLaw: part2Law.reason.code,
          // `part2Signers` in evaluateMinorSubstanceUseConsent's words; `signers` is the old spelling, kept
          // (deprecated) for one release so that apps matching on it have time to move.
          part2Signers: minorOnly ? 'client_alone' : 'client_and_guardian',
          signers: minorOnly ? 'minor_only' : 'minor_and_guardian',
        },
      ),
    );
  }
  const stateAge = belowStateMinorConsentAge(client, on);
  if (stateAge !== null) {
    // The flag is honoured from the state's own minor-consent age on the session's date, never from a single default
    // age: under it a guardian's consent is asked above, and a person should correct the record.
    add(
      found,
      'warning',
      'intake.readiness.minor_consent_below_state_age',
      `The client is marked as able to consent alone but is under ${stateAge.minimumAge}, the age from which ${stateAge.state} law lets a minor consent alone to outpatient mental-health care (${stateAge.statute}): guardian consent is asked; check the record.`,
      {
        state: stateAge.state,
        minimumAge: stateAge.minimumAge,
        statute: stateAge.statute,
        source: stateAge.sourceKey,
        action: 'collect_missing_fact',
      },
      null,
      null,
      'collect_missing_fact',
    );
  }
  if (
    (minorMayConsentMentalHealthOf(client) || client.minorMayConsentSubstanceUse === true) &&
    client.birthDate !== undefined &&
    ageOn(client.birthDate, on) < MINOR_CONSENT_FLOOR_AGE
  ) {
    // The flag is honoured from 12 only (most states' ages start there; a few, as Virginia, set none)
    // [sources: icanotes-minor-consent, va-code-54.1-2969]: below it the flag is not
    // honoured (guardian consent is required above) and a person should correct the record.
    add(
      found,
      'warning',
      'intake.readiness.minor_consent_below_floor',
      'The client is marked as able to consent alone but is under 12, below the age from which the library honours that flag: guardian consent is asked; check the record against the state’s law (a few states, as Virginia, set no age).',
      { floorAge: MINOR_CONSENT_FLOOR_AGE, action: 'collect_missing_fact' },
      null,
      null,
      'collect_missing_fact',
    );
  }
  const sorted = sortInPlace(reasons, compareReasons);
  // Errors before warnings; within each, by code, document and signer.
  const blockers = sortInPlace(found.errors, compareBlockers).concat(
    sortInPlace(found.warnings, compareBlockers),
  );
  const data = { clientId: client.id, sessionStart: start, deadline, blockers };
  if (!isNonEmpty(sorted)) {
    return decided('ready', data, [
      reason(
        'intake.readiness.blocking_documents_complete',
        'info',
        'Every blocking document is complete by the deadline.',
        { blockingDocuments: blockingCount, deadline },
      ),
    ]);
  }
  if (hasErrors(sorted)) return decided('not_ready', data, sorted);
  if (reqs.undecided.length > 0 || waitsOnFact) return decided('undecided', data, sorted);
  if (sorted.some((r) => r.severity === 'warning')) return decided('ready_with_warnings', data, sorted);
  return decided('ready', data, sorted);
}

/**
 * A document the client signed at 18 to 20 while their state's age of majority is not known: whether they signed
 * it as an adult cannot be told (19 in Alabama and Nebraska, 21 in Mississippi, 18 elsewhere), so it does not
 * count until the state is recorded [sources: state-age-of-majority, al-code-26-1-1, neb-rev-stat-43-2101,
 * miss-code-1-3-27].
 */
function addMajorityUnknown(
  found: Findings,
  req: IntakeRequirement,
  status: IntakeDocumentStatus,
  deadline: Instant,
  ignoredRecords: number,
  state: string | null,
): void {
  add(
    found,
    'warning',
    'intake.readiness.majority_unknown',
    'The client signed this document at an age that is a minor’s in some states, and their state is not recorded (nor an age of majority declared by the practice): whether they signed it with an adult’s authority (19 in Alabama and Nebraska, 18 elsewhere; for the financial policy, a promise to pay, 21 in Mississippi) cannot be told. Record the client’s state.',
    {
      document: req.type,
      signerId: req.signerId,
      status,
      deadline,
      ignoredRecords,
      state,
      action: 'collect_missing_fact',
    },
    req,
    status,
    'collect_missing_fact',
  );
}

/**
 * What keeps the releases of information on file from authorizing the disclosure, one open item per cause, each
 * with the document's facts before the cause's own [sources: cfr-45-164.508, cfr-45-164.502]. A `blocking` release
 * (one the practice conditions care on under 164.508(b)(4)) keeps each cause's severity; a `soft` one says every
 * cause as a warning, since the session goes ahead and only the disclosure waits. Returns whether a cause waits on
 * a fact (a blocking release's warning), which makes the gate undecided.
 */
function addReleaseFindings(
  found: Findings,
  context: PacketContext,
  req: IntakeRequirement,
  status: IntakeDocumentStatus,
  deadline: Instant,
  state: string | null,
  weight: 'blocking' | 'soft',
): boolean {
  let waits = false;
  for (const r of releaseFindings(context.ignoredReleaseRecords, state)) {
    const action = r.severity === 'error' ? 'send_document' : 'collect_missing_fact';
    if (weight === 'blocking' && r.severity === 'warning') waits = true;
    add(
      found,
      weight === 'blocking' ? r.severity : 'warning',
      r.code,
      weight === 'blocking' ? r.message : `${r.message} The session goes ahead: only the disclosure waits.`,
      { document: req.type, signerId: req.signerId, status, deadline, ...r.facts, action },
      req,
      status,
      action,
    );
  }
  return waits;
}

/**
 * The client's state's minor-consent rule when the mental-health flag is recorded and the client, 12 or older and a
 * minor on `on`, is under its minimum age; else null (below 12 the floor's own warning speaks).
 */
function belowStateMinorConsentAge(
  client: IntakeClientFile['client'],
  on: LocalDate,
): MinorMentalHealthConsentRule | null {
  if (!minorMayConsentMentalHealthOf(client) || client.birthDate === undefined) return null;
  const age = ageOn(client.birthDate, on);
  if (age < MINOR_CONSENT_FLOOR_AGE || age >= 18 || client.emancipated === true) return null;
  const rule = MINOR_MENTAL_HEALTH_CONSENT_RULES.find((r) => r.state === client.state);
  return rule !== undefined && age < rule.minimumAge ? rule : null;
}

/** The fields every readiness answer carries besides its outcome and reasons. */
interface ReadinessData {
  readonly clientId: string;
  readonly sessionStart: Instant;
  readonly deadline: Instant;
  readonly blockers: readonly IntakeBlocker[];
}

function decided(
  outcome: FirstSessionReadinessDecision['outcome'],
  data: ReadinessData,
  reasons: NonEmptyArray<Reason<IntakeReasonCode>>,
): FirstSessionReadinessDecision {
  return {
    outcome,
    reasons,
    clientId: data.clientId,
    sessionStart: data.sessionStart,
    deadline: data.deadline,
    blockers: data.blockers,
  };
}

/** What one readiness evaluation found: its reasons, and the open items by severity. */
interface Findings {
  readonly reasons: Reason<IntakeReasonCode>[];
  readonly errors: IntakeBlocker[];
  readonly warnings: IntakeBlocker[];
}

/** Records an open item: its reason, and its blocker under the reason's severity. */
function add(
  found: Findings,
  severity: 'error' | 'warning',
  code: IntakeReasonCode,
  message: string,
  facts: Facts,
  req: IntakeRequirement | null,
  status: IntakeDocumentStatus | null,
  action: IntakeAction,
): void {
  found.reasons.push(reason(code, severity, message, facts));
  (severity === 'error' ? found.errors : found.warnings).push({
    code,
    document: req?.type ?? null,
    signerId: req?.signerId ?? null,
    status,
    action,
  });
}

function compareBlockers(a: IntakeBlocker, b: IntakeBlocker): number {
  return (
    compareText(a.code, b.code) ||
    compareText(a.document ?? '', b.document ?? '') ||
    compareText(a.signerId ?? '', b.signerId ?? '')
  );
}

/**
 * Decides whether a client's paperwork is ready for their first session at a given time: every
 * blocking document complete the policy's hours before it, otherwise each blocker with a code and what
 * the assistant should do. A PHQ-9 item 9 answer above 0 is routed to a clinician unless a clinician's
 * review is on record, dated at or after the answer and at or before the session's start (instants
 * compared, not calendar days); a review dated after the start routes it again
 * (`intake.readiness.screening_reviewed_after_session`) [sources: phq9-item9].
 *
 * @param file - the client, their documents and the reminders sent
 * @param policy - the packet policy (defaults: {@link DEFAULT_INTAKE_PACKET_POLICY})
 * @param options - `asOf`, and the `sessionStart` being booked when it is not the client's `firstSessionAt`
 * @returns `ready`, `ready_with_warnings`, `not_ready` or `undecided`, with reasons and blockers
 * @throws {@link ValidationError} listing every problem of the file, policy and options at once, each
 * path under its parameter's name (`$.file.client.zone`, `$.policy.rules[1].document`, `$.options.asOf`).
 * @remarks Blocking vs soft follows the packet policy [sources: cfr-45-164.520]: a missing privacy-notice
 * acknowledgment asks for a recorded good-faith effort (45 CFR 164.520(c)(2)), never a cancelled
 * session. A non-zero PHQ-9 item 9 is routed to a clinician [sources: phq9-item9]; the library does not
 * assess it.
 * @example
 * ```ts
 * evaluateFirstSessionReadiness(
 *   { client: { id: 'c-1', zone: 'America/New_York', billing: 'insured', modality: 'in_person',
 *       birthDate: '1990-01-01', firstSessionAt: '2026-03-10T10:00:00-04:00' },
 *     documents: [] },
 *   DEFAULT_INTAKE_PACKET_POLICY,
 *   { asOf: '2026-03-08T12:00:00-04:00' },
 * );
 * //=> { outcome: 'not_ready', deadline: '2026-03-09T10:00:00-04:00',
 * //     reasons: [{ code: 'intake.readiness.blocking_document_incomplete', … }, …], … }
 * ```
 */
export function evaluateFirstSessionReadiness(
  file: IntakeClientFileInput,
  policy: IntakePacketPolicyInput,
  options: EvaluateFirstSessionReadinessOptions,
): FirstSessionReadinessDecision {
  // Every argument's problems at once, each under its parameter's name (`$.file.client.zone`).
  const [f, p, o] = validateArguments([
    ['file', IntakeClientFile, file, 'intake client file'],
    ['policy', IntakePacketPolicy, policy, 'intake packet policy'],
    ['options', EvaluateFirstSessionReadinessOptions, options, 'readiness options'],
  ]);
  return readinessOf(f, p, toEpochMs(o.asOf), o.sessionStart);
}
