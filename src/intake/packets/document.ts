import * as z from 'zod';
import { ClientId, Instant, LocalDate } from '../../core/index.js';
import { DocumentId, idSchema, toEpochMs } from '../../core/internal.js';
import type { IntakeValidationCode } from '../reason-codes.js';

/**
 * The standard documents of an intake packet, plus the practice's own as `custom:<name>`.
 *
 * @remarks The usual intake packet (a practice convention; the notice of privacy practices is
 * [sources: cfr-45-164.520]): treatment consent, HIPAA notice of
 * privacy practices acknowledgment, financial and cancellation policy, telehealth consent, release of
 * information, intake questionnaire, insurance card, photo ID, guardian consent for a minor, the
 * Good Faith Estimate for self-pay clients, and in a 42 CFR Part 2 program the notice of Part 2
 * confidentiality (42 CFR 2.22) and the patient's written Part 2 consent to disclose (42 CFR 2.31)
 * [sources: cfr-42-part-2].
 *
 * @example
 * ```ts
 * STANDARD_INTAKE_DOCUMENT_TYPES.includes('guardian_consent'); //=> true
 * ```
 */
export const STANDARD_INTAKE_DOCUMENT_TYPES = [
  'informed_consent',
  'privacy_notice_acknowledgment',
  'financial_policy',
  'telehealth_consent',
  'release_of_information',
  'intake_questionnaire',
  'insurance_card',
  'photo_id',
  'guardian_consent',
  'good_faith_estimate',
  'part2_notice',
  'part2_consent',
] as const;

const CUSTOM_RE = /^custom:[a-z0-9][a-z0-9_]{0,62}$/;
const STANDARD = new Set<string>(STANDARD_INTAKE_DOCUMENT_TYPES);

// The same choice as one regular expression, for the JSON Schema.
function documentTypePattern(): string {
  return `^(?:${STANDARD_INTAKE_DOCUMENT_TYPES.join('|')}|${CUSTOM_RE.source.slice(1, -1)})$`;
}

/**
 * A document type: one of {@link STANDARD_INTAKE_DOCUMENT_TYPES} or a practice document named
 * `custom:<snake_case>` (e.g. `custom:parking_waiver`). Anything else is rejected as unknown.
 *
 * @example
 * ```ts
 * IntakeDocumentType.parse('telehealth_consent'); //=> 'telehealth_consent'
 * IntakeDocumentType.parse('custom:art_supplies'); //=> 'custom:art_supplies'
 * ```
 */
export const IntakeDocumentType = z
  .string()
  .refine((s) => STANDARD.has(s) || CUSTOM_RE.test(s), {
    message: 'must be a standard intake document type or custom:<snake_case_name>',
    params: { code: 'intake.document.unknown_type' satisfies IntakeValidationCode },
  })
  .meta({
    description: "A standard intake document type, or the practice's own as custom:<snake_case_name>.",
    pattern: /* @__PURE__ */ documentTypePattern(),
  });
export type IntakeDocumentType = z.infer<typeof IntakeDocumentType>;

/**
 * Where one document stands with the client. `declined` is a refusal, not a gap: it is reported as such
 * (as Medplum records a rejected Consent), never as "missing".
 *
 * @example
 * ```ts
 * IntakeDocumentStatus.parse('partly_done'); //=> 'partly_done'
 * ```
 */
export const IntakeDocumentStatus = z.enum([
  'not_sent',
  'sent',
  'viewed',
  'partly_done',
  'complete',
  'expired',
  'declined',
]);
export type IntakeDocumentStatus = z.infer<typeof IntakeDocumentStatus>;

/**
 * Who signs a per-adult document: each partner of a couple, a guardian, or the client.
 *
 * @example
 * ```ts
 * IntakeSignerId.parse('partner-b'); //=> 'partner-b' (branded)
 * ```
 */
export const IntakeSignerId = idSchema('IntakeSignerId');
export type IntakeSignerId = z.infer<typeof IntakeSignerId>;

const ORDER: readonly (readonly [
  'sentAt' | 'viewedAt' | 'startedAt',
  'viewedAt' | 'startedAt' | 'completedAt' | 'declinedAt',
])[] = [
  ['sentAt', 'viewedAt'],
  ['sentAt', 'startedAt'],
  ['sentAt', 'completedAt'],
  ['sentAt', 'declinedAt'],
  ['viewedAt', 'completedAt'],
  ['startedAt', 'completedAt'],
];

const DATE_FOR_STATUS: Partial<Record<IntakeDocumentStatus, 'sentAt' | 'completedAt' | 'declinedAt'>> = {
  sent: 'sentAt',
  viewed: 'sentAt',
  partly_done: 'sentAt',
  complete: 'completedAt',
  declined: 'declinedAt',
};

/**
 * One document of one client's packet with its status and dates. A release of information with an end
 * date carries `expiresOn`; a consent that is re-signed yearly expires by its definition's
 * `validForMonths`.
 *
 * @example
 * ```ts
 * IntakeDocumentRecord.parse({
 *   id: 'doc-1', clientId: 'c-1', type: 'informed_consent', status: 'complete',
 *   sentAt: '2026-03-02T10:00:00-05:00', completedAt: '2026-03-03T19:12:00-05:00',
 * });
 * ```
 */
export const IntakeDocumentRecord = z
  .strictObject({
    id: DocumentId,
    clientId: ClientId,
    type: IntakeDocumentType,
    /** For per-adult documents: who this copy is for. Absent means the client. */
    signerId: IntakeSignerId.optional(),
    status: IntakeDocumentStatus,
    sentAt: Instant.optional(),
    viewedAt: Instant.optional(),
    startedAt: Instant.optional(),
    completedAt: Instant.optional(),
    declinedAt: Instant.optional(),
    /** Last day the signed document is valid (a release of information with an end date). */
    expiresOn: LocalDate.optional(),
    /** When staff recorded a good-faith effort to obtain it (45 CFR 164.520(c)(2) for the NPP). */
    effortRecordedAt: Instant.optional(),
  })
  .superRefine((doc, ctx) => {
    for (const [before, after] of ORDER) {
      const a = doc[before];
      const b = doc[after];
      if (a !== undefined && b !== undefined && toEpochMs(a) > toEpochMs(b)) {
        ctx.addIssue({
          code: 'custom',
          message: `must not be before ${before}`,
          path: [after],
          params: { code: 'intake.document.dates_out_of_order' satisfies IntakeValidationCode },
        });
      }
    }
    const needed = DATE_FOR_STATUS[doc.status];
    if (needed !== undefined && doc[needed] === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'is required for this status',
        path: [needed],
        params: { code: 'intake.document.missing_date' satisfies IntakeValidationCode },
      });
    }
  });
export type IntakeDocumentRecord = z.infer<typeof IntakeDocumentRecord>;
