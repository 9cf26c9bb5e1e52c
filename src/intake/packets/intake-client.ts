import * as z from 'zod';
import { ClientChannelConsent, ClientId, IanaZone, Instant, LocalDate, UsState } from '../../core/index.js';
import { renamedEnum, toEpochMs } from '../../core/internal.js';
import type { IntakeValidationCode } from '../reason-codes.js';
import { IntakeDocumentRecord, IntakeSignerId } from './document.js';
import { Part2ConsentContents } from './part2-consent.js';
import { ReleaseAuthorization } from './release-authorization.js';

/**
 * How the client pays: through insurance, or self-pay (uninsured, or insured but not filing a claim).
 *
 * @example
 * ```ts
 * IntakeBilling.parse('self_pay'); //=> 'self_pay'
 * ```
 */
export const IntakeBilling = z.enum(['insured', 'self_pay']);
export type IntakeBilling = z.infer<typeof IntakeBilling>;

/**
 * How the first session happens.
 *
 * @example
 * ```ts
 * IntakeModality.parse('telehealth'); //=> 'telehealth'
 * ```
 */
export const IntakeModality = z.enum(['in_person', 'telehealth']);
export type IntakeModality = z.infer<typeof IntakeModality>;

const SERVICE_TYPES = ['individual', 'couples', 'family'] as const;

/**
 * Spellings of a service type an earlier version of this library took and no longer does, each with the one to
 * write: `couple` is `couples`, as scheduling's appointment types, the booking request and FHIR spell a couples
 * session. Intake's schemas reject the old spelling with `intake.client.service_type_renamed` (a client's or a
 * practice's service type) or `intake.packet.condition_renamed` (a packet rule's condition), each message naming
 * the spelling to write. A host can migrate its stored records with it.
 *
 * @example
 * ```ts
 * RENAMED_INTAKE_SERVICE_TYPES.couple; //=> 'couples'
 * ```
 */
export const RENAMED_INTAKE_SERVICE_TYPES: Readonly<Record<string, (typeof SERVICE_TYPES)[number]>> =
  Object.freeze({ couple: 'couples' });

/**
 * Who is being seen: one person, a couple (each adult signs), or a family; spelled as scheduling's appointment
 * types (`couples`).
 *
 * @example
 * ```ts
 * IntakeServiceType.parse('couples'); //=> 'couples'
 * ```
 */
export const IntakeServiceType = /* @__PURE__ */ renamedEnum(SERVICE_TYPES, RENAMED_INTAKE_SERVICE_TYPES, {
  code: 'intake.client.service_type_renamed' satisfies IntakeValidationCode,
  noun: 'service type',
});
export type IntakeServiceType = z.infer<typeof IntakeServiceType>;

/**
 * What a listed guardian or signer is to a minor client, for who may consent to their care: `parent` (with legal
 * custody, joint or sole: either parent of a joint custody consents in most states), `legal_guardian` (a
 * court-appointed guardian of the person), `custodial_agency` (the child-welfare agency with custody, consenting
 * for itself), `parent_limited_by_court_order` (a court order limits this parent's decisions: its terms decide),
 * `guardian_ad_litem` (represents the child in court; never a consenter), `foster_parent` and
 * `agency_caseworker` (a child in foster care: the agency with custody consents; whether they may sign for it is
 * state law and agency policy), and `guardian_of_adult` (a guardian of the person a court appointed for an adult
 * client: their personal representative, 45 CFR 164.502(g)(2), within the scope of the order recorded as
 * `courtOrder`; a conservator of the estate alone is not one; for a minor, record a court-appointed guardian as
 * `legal_guardian`).
 *
 * @example
 * ```ts
 * GuardianRole.parse('guardian_ad_litem'); //=> 'guardian_ad_litem'
 * ```
 */
export const GuardianRole = z.enum([
  'parent',
  'legal_guardian',
  'custodial_agency',
  'parent_limited_by_court_order',
  'guardian_ad_litem',
  'foster_parent',
  'agency_caseworker',
  'guardian_of_adult',
]);
export type GuardianRole = z.infer<typeof GuardianRole>;

/**
 * The court's order appointing a guardian of the person for an adult client (letters of guardianship, or the
 * state's equivalent), as the practice verified it from the copy on file (45 CFR 164.514(h)): what it lets the
 * guardian decide (`plenary`: every decision about the person, health care among them; `health_care`: health care
 * decisions, in a limited guardianship; `excludes_health_care`: a limited guardianship that leaves them to the
 * adult), the day it took effect, and the day it ends if it says.
 *
 * @example
 * ```ts
 * AdultGuardianshipOrder.parse({ scope: 'plenary', issuedOn: '2025-11-04' });
 * ```
 */
export const AdultGuardianshipOrder = z.strictObject({
  scope: z.enum(['plenary', 'health_care', 'excludes_health_care']),
  issuedOn: LocalDate,
  endsOn: LocalDate.optional(),
});
export type AdultGuardianshipOrder = z.infer<typeof AdultGuardianshipOrder>;

/**
 * A listed guardian's or signer's role for the client (see {@link GuardianRole}); for a `guardian_of_adult`, the
 * court's order as the practice verified it (`courtOrder`, for that role only).
 *
 * @example
 * ```ts
 * GuardianRoleEntry.parse({ signerId: 'dad', role: 'parent_limited_by_court_order' });
 * GuardianRoleEntry.parse({ signerId: 'sister', role: 'guardian_of_adult',
 *   courtOrder: { scope: 'health_care', issuedOn: '2025-11-04' } });
 * ```
 */
export const GuardianRoleEntry = z.strictObject({
  signerId: IntakeSignerId,
  role: GuardianRole,
  courtOrder: AdultGuardianshipOrder.optional(),
});
export type GuardianRoleEntry = z.infer<typeof GuardianRoleEntry>;

/**
 * A screener the client answered, kept only to route it: the library never scores or interprets it.
 * `item9` is PHQ-9 item 9 (LOINC 44260-8, answers 0–3); any non-zero answer must reach a clinician.
 *
 * @example
 * ```ts
 * IntakeScreening.parse({ instrument: 'phq9', completedAt: '2026-03-06T10:00:00-05:00', item9: 0 });
 * ```
 */
export const IntakeScreening = z.strictObject({
  instrument: z.literal('phq9'),
  completedAt: Instant,
  item9: z.number().int().min(0).max(3),
  /**
   * When a clinician recorded their review. It counts for a session only when at or after the answer and
   * at or before the session's start instant (a review later that day came too late for it).
   */
  clinicianReviewedAt: Instant.optional(),
});
export type IntakeScreening = z.infer<typeof IntakeScreening>;

/**
 * The facts about a new client that intake decisions read. Optional facts may be unknown; a rule that
 * needs an unknown fact answers "could not decide", never "no".
 *
 * @example
 * ```ts
 * IntakeClient.parse({ id: 'c-1', zone: 'America/Chicago', billing: 'self_pay', modality: 'telehealth',
 *   birthDate: '1990-04-02', firstSessionAt: '2026-03-10T15:00:00-05:00' });
 * ```
 */
export const IntakeClient = z
  .strictObject({
    id: ClientId,
    /** The client's zone: reminders respect quiet hours here. */
    zone: IanaZone,
    birthDate: LocalDate.optional(),
    billing: IntakeBilling.optional(),
    modality: IntakeModality.optional(),
    serviceType: IntakeServiceType.default('individual'),
    /** Adults who sign per-signer documents (each partner of a couple; a minor's guardians). */
    signers: z.array(IntakeSignerId).min(1).optional(),
    /**
     * A minor's parents or legal guardians, or an adult's court-appointed guardian of the person (role
     * `guardian_of_adult`), as recorded (never assumed from the guarantor): they may sign
     * the guardian consent and, with no guarantor recorded, the financial policy, besides anyone in
     * `signers`. The client never counts as their own guardian. A minor with none recorded (and no signer
     * but themselves) makes readiness `undecided` (`intake.readiness.guardians_unknown`).
     */
    guardians: z.array(IntakeSignerId).min(1).optional(),
    /**
     * What each listed guardian or signer is to a minor (a parent, a guardian ad litem, a foster parent…), for who
     * may sign the guardian consent and the release; one not named here counts as a parent or legal guardian.
     * Each must be listed in `guardians` or `signers`.
     */
    guardianRoles: z.array(GuardianRoleEntry).max(20).optional(),
    /**
     * A court's decree of emancipation (or the state's equivalent) is on record, as the practice verified it: the
     * minor, from 12, consents to their own care and signs their own papers (no guardian consent, their own
     * financial policy and release). Its effect on a Part 2 consent is `minorMayConsentSubstanceUse`'s to say.
     */
    emancipated: z.boolean().optional(),
    /**
     * Who pays this client's charges when it is not the client (a minor's parent or guardian, or another
     * person): the financial policy is theirs to sign, and the client's own signature on it does not count.
     */
    guarantorId: IntakeSignerId.optional(),
    /** The practice charges fees this client could owe (late-cancel, self-pay fee). */
    feesApply: z.boolean().default(true),
    /** A disclosure to a third party (school, another provider) is needed. */
    releaseNeeded: z.boolean().default(false),
    /**
     * The state's law lets this minor consent alone to outpatient MENTAL-HEALTH treatment (decided by the caller
     * per state, e.g. from `evaluateMinorConsent`'s `may_consent`). It waives the guardian consent from
     * 12 on. Absent means not known: a guardian consents.
     */
    minorMayConsentMentalHealth: z.boolean().optional(),
    /**
     * The state's SUBSTANCE-USE treatment law (often a different statute and age from the mental-health one)
     * lets this minor consent alone to SUD treatment. It alone decides who signs a 42 CFR Part 2 consent: the
     * minor alone (2.14(b)) when true, the minor and a parent or guardian (2.14(c)) when false; absent, a
     * minor of 12 or older in a Part 2 program is `undecided` until it is recorded (signed by both, the consent
     * counts either way).
     */
    minorMayConsentSubstanceUse: z.boolean().optional(),
    /**
     * The state whose law governs the client's care (where they are treated). With
     * `minorMayConsentSubstanceUse` absent, a minor's Part 2 signers follow that state's substance-use statute
     * where the library cites one (`MINOR_SUBSTANCE_USE_CONSENT_RULES`); elsewhere they stay undecided.
     */
    state: UsState.optional(),
    /**
     * @deprecated Since the split into `minorMayConsentMentalHealth` and
     * `minorMayConsentSubstanceUse`; removed in the next release. Read as `minorMayConsentMentalHealth` only,
     * never for a Part 2 consent, and refused beside either new flag.
     */
    minorMayConsent: z.boolean().optional(),
    firstSessionAt: Instant.optional(),
    screenings: z.array(IntakeScreening).default([]),
    /**
     * The channels the client opted in to for reminders and forms; absent means no consent is recorded,
     * and no email or text goes out until it is.
     */
    channelConsent: ClientChannelConsent.optional(),
  })
  .superRefine((client, ctx) => {
    if (client.serviceType === 'couples' && (client.signers?.length ?? 0) < 2) {
      ctx.addIssue({
        code: 'custom',
        message: 'must list both adults of a couple',
        path: ['signers'],
        params: { code: 'intake.client.couple_needs_two_signers' satisfies IntakeValidationCode },
      });
    }
    if (
      client.minorMayConsent !== undefined &&
      (client.minorMayConsentMentalHealth !== undefined || client.minorMayConsentSubstanceUse !== undefined)
    ) {
      // The old single flag beside the split ones could say two things at once: refused, never merged.
      ctx.addIssue({
        code: 'custom',
        message: 'must not be given beside minorMayConsentMentalHealth or minorMayConsentSubstanceUse',
        path: ['minorMayConsent'],
        params: {
          code: 'intake.client.deprecated_minor_consent_beside_split' satisfies IntakeValidationCode,
        },
      });
    }
    client.guardianRoles?.forEach((entry, i) => {
      if (entry.courtOrder !== undefined && entry.role !== 'guardian_of_adult') {
        ctx.addIssue({
          code: 'custom',
          message: 'is recorded for a guardian_of_adult only',
          path: ['guardianRoles', i, 'courtOrder'],
          params: { code: 'intake.client.court_order_not_adult_guardian' satisfies IntakeValidationCode },
        });
      }
      if (
        client.guardians?.includes(entry.signerId) !== true &&
        client.signers?.includes(entry.signerId) !== true
      ) {
        ctx.addIssue({
          code: 'custom',
          message: 'must name a listed guardian or signer',
          path: ['guardianRoles', i, 'signerId'],
          params: { code: 'intake.client.guardian_role_unlisted' satisfies IntakeValidationCode },
        });
      }
    });
    if (client.signers !== undefined && new Set(client.signers).size !== client.signers.length) {
      ctx.addIssue({
        code: 'custom',
        message: 'must not repeat a signer',
        path: ['signers'],
        params: { code: 'intake.client.duplicate_signer' satisfies IntakeValidationCode },
      });
    }
  });
export type IntakeClient = z.infer<typeof IntakeClient>;
/**
 * What callers pass for an {@link IntakeClient}, before defaults apply.
 *
 * @example
 * ```ts
 * const client: IntakeClientInput = { id: 'c-1', zone: 'America/New_York', billing: 'self_pay' };
 * ```
 */
export type IntakeClientInput = z.input<typeof IntakeClient>;

/**
 * One client with their packet and the reminders already sent: the unit the readiness, follow-up and
 * queue functions read.
 *
 * @example
 * ```ts
 * IntakeClientFile.parse({ client: { id: 'c-1', zone: 'America/Chicago' }, documents: [] });
 * //=> { client: { …, serviceType: 'individual', feesApply: true, … }, documents: [], remindersSentAt: [], releaseAuthorizations: [], part2Consents: [] }
 * ```
 */
export const IntakeClientFile = z
  .strictObject({
    client: IntakeClient,
    documents: z.array(IntakeDocumentRecord).default([]),
    /** When packet reminders were sent, oldest first. */
    remindersSentAt: z.array(Instant).default([]),
    /**
     * What each signed release of information says (45 CFR 164.508(c)) and its revocation, as the practice
     * recorded it: each `id` is that of a `release_of_information` document on file. The first-session gate
     * checks a complete release against it on the session's date; a release without one counts as its status
     * says.
     */
    releaseAuthorizations: z.array(ReleaseAuthorization).max(50).default([]),
    /**
     * What each signed 42 CFR Part 2 consent says (2.31(a)), as the practice recorded it: each `id` is that of a
     * `part2_consent` document on file. The gate counts a complete Part 2 consent with one only when its
     * contents are complete and its date has not passed by the session; one without counts as its status says.
     */
    part2Consents: z.array(Part2ConsentContents).max(50).default([]),
  })
  .superRefine((file, ctx) => {
    file.documents.forEach((d, i) => {
      if (d.clientId !== file.client.id) {
        ctx.addIssue({
          code: 'custom',
          message: 'must belong to this client',
          path: ['documents', i, 'clientId'],
          params: { code: 'intake.file.document_of_another_client' satisfies IntakeValidationCode },
        });
      }
    });
    // Each describes one signed document on file, of this client, once.
    describedDocuments(file, ctx, 'releaseAuthorizations', 'release_of_information');
    describedDocuments(file, ctx, 'part2Consents', 'part2_consent');
    for (let i = 1; i < file.remindersSentAt.length; i += 1) {
      const prev = file.remindersSentAt[i - 1] as string;
      if (toEpochMs(prev) > toEpochMs(file.remindersSentAt[i] as string)) {
        ctx.addIssue({
          code: 'custom',
          message: 'must be in time order',
          path: ['remindersSentAt', i],
          params: { code: 'intake.file.reminders_out_of_order' satisfies IntakeValidationCode },
        });
      }
    }
  });
export type IntakeClientFile = z.infer<typeof IntakeClientFile>;
/**
 * What callers pass for an {@link IntakeClientFile}, before defaults apply.
 *
 * @example
 * ```ts
 * const file: IntakeClientFileInput = { client: { id: 'c-1', zone: 'America/New_York' }, documents: [] };
 * ```
 */
export type IntakeClientFileInput = z.input<typeof IntakeClientFile>;

/**
 * Checks that each record of `key` describes a document of `type` in the file, of its client, once (the
 * `<key>_of_another_client`, `_without_document` and duplicate codes).
 */
function describedDocuments(
  file: {
    readonly client: { readonly id: string };
    readonly documents: readonly { readonly id: string; readonly type: string }[];
  } & Record<
    'releaseAuthorizations' | 'part2Consents',
    readonly { readonly id: string; readonly clientId: string }[]
  >,
  ctx: z.RefinementCtx,
  key: 'releaseAuthorizations' | 'part2Consents',
  type: 'release_of_information' | 'part2_consent',
): void {
  const codes = CODES[key];
  const seen = new Set<string>();
  file[key].forEach((a, i) => {
    if (a.clientId !== file.client.id) {
      ctx.addIssue({
        code: 'custom',
        message: 'must belong to this client',
        path: [key, i, 'clientId'],
        params: { code: codes.otherClient },
      });
    }
    if (!file.documents.some((d) => d.id === a.id && d.type === type)) {
      ctx.addIssue({
        code: 'custom',
        message: `must be the id of a ${type} document in this file`,
        path: [key, i, 'id'],
        params: { code: codes.withoutDocument },
      });
    }
    if (seen.has(a.id)) {
      ctx.addIssue({
        code: 'custom',
        message: 'must not describe the same document twice',
        path: [key, i, 'id'],
        params: { code: codes.duplicate },
      });
    }
    seen.add(a.id);
  });
}

const CODES: Record<
  'releaseAuthorizations' | 'part2Consents',
  {
    otherClient: IntakeValidationCode;
    withoutDocument: IntakeValidationCode;
    duplicate: IntakeValidationCode;
  }
> = {
  releaseAuthorizations: {
    otherClient: 'intake.file.release_authorization_of_another_client',
    withoutDocument: 'intake.file.release_authorization_without_document',
    duplicate: 'intake.file.duplicate_release_authorization',
  },
  part2Consents: {
    otherClient: 'intake.file.substance_use_consent_of_another_client',
    withoutDocument: 'intake.file.substance_use_consent_without_document',
    duplicate: 'intake.file.duplicate_substance_use_consent',
  },
};
