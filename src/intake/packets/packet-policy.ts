import * as z from 'zod';
import { checkUniqueKeys, renamedEnum } from '../../core/internal.js';
import type { IntakeValidationCode } from '../reason-codes.js';
import { IntakeDocumentType } from './document.js';
import { RENAMED_INTAKE_SERVICE_TYPES } from './intake-client.js';

/**
 * What a document is to the client: a form to fill, a consent to sign, or a file to upload or read.
 *
 * @example
 * ```ts
 * IntakeDocumentKind.parse('consent'); //=> 'consent'
 * ```
 */
export const IntakeDocumentKind = z.enum(['form', 'consent', 'file']);
export type IntakeDocumentKind = z.infer<typeof IntakeDocumentKind>;

/**
 * How a document weighs on the first session: `blocking` documents must be complete before it;
 * `soft` ones are chased but never cancel a session.
 *
 * @example
 * ```ts
 * IntakeDocumentWeight.parse('soft'); //=> 'soft'
 * ```
 */
export const IntakeDocumentWeight = z.enum(['blocking', 'soft']);
export type IntakeDocumentWeight = z.infer<typeof IntakeDocumentWeight>;

/**
 * What the assistant does about a soft document that is still open: keep reminding, or record a
 * good-faith effort to obtain it (the HIPAA rule for the privacy-notice acknowledgment).
 *
 * @example
 * ```ts
 * IntakeSoftAction.parse('record_good_faith_effort'); //=> 'record_good_faith_effort'
 * ```
 */
export const IntakeSoftAction = z.enum(['remind', 'record_good_faith_effort']);
export type IntakeSoftAction = z.infer<typeof IntakeSoftAction>;

/**
 * The exceptions of 45 CFR 164.508(b)(4) under which treatment may be conditioned on signing an authorization (a
 * release of information), and so a release may block the first session: `research_related_treatment` (i: a
 * provider conditions research-related treatment on an authorization for that research), `health_plan_enrollment`
 * (ii: a health plan conditions enrollment or eligibility on one it asked for before enrolment, never for
 * psychotherapy notes; a practice that is not a health plan has no use for it), and `service_for_third_party`
 * (iii: care given solely to create information for a third party, such as an evaluation a court or an employer
 * asked for, conditioned on the authorization to disclose it to them).
 *
 * @example
 * ```ts
 * ReleaseConditioningException.parse('service_for_third_party'); //=> 'service_for_third_party'
 * ```
 */
export const ReleaseConditioningException = z.enum([
  'research_related_treatment',
  'health_plan_enrollment',
  'service_for_third_party',
]);
export type ReleaseConditioningException = z.infer<typeof ReleaseConditioningException>;

/**
 * One document the practice uses and how it behaves.
 *
 * @example
 * ```ts
 * IntakeDocumentDefinition.parse({ type: 'telehealth_consent', kind: 'consent', weight: 'blocking', validForMonths: 12 });
 * //=> { …, perSigner: false, softAction: 'remind' }
 * ```
 */
export const IntakeDocumentDefinition = z.strictObject({
  type: IntakeDocumentType,
  kind: IntakeDocumentKind,
  weight: IntakeDocumentWeight,
  /** Each adult signer needs their own copy (each partner of a couple signs). */
  perSigner: z.boolean().default(false),
  /** Re-signed after this many months (e.g. 12 for a yearly consent); absent means it does not lapse. */
  validForMonths: z.number().int().min(1).max(120).optional(),
  softAction: IntakeSoftAction.default('remind'),
  /**
   * For a `release_of_information` only: the 164.508(b)(4) exception under which the practice conditions this
   * care on the release, the one case where it may be `blocking` (see {@link ReleaseConditioningException}).
   */
  conditioningException: ReleaseConditioningException.optional(),
});
export type IntakeDocumentDefinition = z.infer<typeof IntakeDocumentDefinition>;
/**
 * A {@link IntakeDocumentDefinition} as callers write it, before its defaults apply: `perSigner` (`false`) and `softAction` (`'remind'`) may be left out.
 *
 * @example
 * ```ts
 * const definition: IntakeDocumentDefinitionInput = { type: 'telehealth_consent', kind: 'consent', weight: 'blocking' };
 * ```
 */
export type IntakeDocumentDefinitionInput = z.input<typeof IntakeDocumentDefinition>;

/**
 * A fact about the client that makes a document required. `always` needs nothing; `part2_program` is the
 * practice's declaration ({@link IntakePacketPolicy}'s `part2Program`: "could not decide" while it is not
 * declared); the rest are read from the {@link IntakeClient} (and are "could not decide" when the client
 * lacks the fact).
 *
 * @example
 * ```ts
 * IntakeCondition.parse('minor'); //=> 'minor'
 * ```
 */
export const IntakeCondition = /* @__PURE__ */ renamedEnum(
  [
    'always',
    'minor',
    'telehealth',
    'insured',
    'self_pay',
    'couples',
    'fees_apply',
    'third_party_disclosure',
    'part2_program',
  ],
  RENAMED_INTAKE_SERVICE_TYPES,
  { code: 'intake.packet.condition_renamed' satisfies IntakeValidationCode, noun: 'packet condition' },
);
export type IntakeCondition = z.infer<typeof IntakeCondition>;

/**
 * A packet rule: the document is required when every listed condition holds.
 *
 * @example
 * ```ts
 * IntakePacketRule.parse({ document: 'photo_id', when: ['insured', 'telehealth'] });
 * ```
 */
export const IntakePacketRule = z.strictObject({
  document: IntakeDocumentType,
  when: z.array(IntakeCondition).min(1),
});
export type IntakePacketRule = z.infer<typeof IntakePacketRule>;

/**
 * Default hours before the first session by which every blocking document must be complete.
 *
 * @remarks A practice choice, not a regulation: peer systems ask for paperwork "before" the first
 * session (e.g. "prior to check-in"); 24 h leaves the assistant a business day to chase it.
 *
 * @example
 * ```ts
 * DEFAULT_COMPLETE_HOURS_BEFORE_SESSION; //=> 24
 * ```
 */
export const DEFAULT_COMPLETE_HOURS_BEFORE_SESSION = 24;

/**
 * The age from which the library honours a minor's own consent to outpatient mental-health treatment: below
 * it a guardian's consent is asked, whatever a client record or packet policy says, and a person checks.
 *
 * @remarks Most state minor-consent ages start at 12 or later (California 12, Washington 13, Oregon and
 * Pennsylvania 14) and run to 18; a few states set no age (Virginia deems a minor an adult for outpatient
 * mental-health care) [sources: icanotes-minor-consent, va-code-54.1-2969]. The per-state answer is the
 * caller's, passed as `minorMayConsentMentalHealth` (and `minorMayConsentSubstanceUse` for who signs a Part 2
 * consent); below 12 the library asks a guardian as the safe default, and neither flag is honoured below it.
 *
 * @example
 * ```ts
 * MINOR_CONSENT_FLOOR_AGE; //=> 12
 * ```
 */
export const MINOR_CONSENT_FLOOR_AGE = 12;

/**
 * The default packet documents: the usual intake packet (a practice convention).
 *
 * @remarks
 * - Informed consent: blocking, each adult signs (a practice convention; licensing boards expect it).
 * - NPP acknowledgment: soft; a good-faith effort is recorded instead (45 CFR 164.520(c)(2))
 *   [sources: cfr-45-164.520].
 * - Financial and cancellation policy: blocking when fees apply (a practice choice: the written policy
 *   precedes any fee).
 * - Telehealth consent: blocking for telehealth (state rules vary, unconfirmed per state).
 * - Release of information: soft when a third-party disclosure needs an authorization: asked, never required to
 *   start treatment, since treatment may not be conditioned on signing one (45 CFR 164.508(b)(4)); only the
 *   disclosure waits for it. A practice may make it blocking only under an exception of (b)(4)(i)–(iii), named
 *   in `conditioningException` [sources: cfr-45-164.508].
 * - Intake questionnaire: soft (a practice convention).
 * - Insurance card: blocking for insured billing (a practice convention).
 * - Guardian consent: blocking for a minor who may not consent alone (state law; unconfirmed per state).
 * - Good Faith Estimate: soft for self-pay (a late GFE is a compliance issue, not a cancellation)
 *   [sources: cfr-45-149.610].
 * - Photo ID is defined but not required: a practice opts in with a rule.
 * - 42 CFR Part 2 program (the practice's `part2Program`): the written notice of Part 2 confidentiality,
 *   blocking (given at admission, 42 CFR 2.22), and the client's written Part 2 consent, blocking when the
 *   program will disclose: to bill the client's insurer or to a third party (42 CFR 2.31, 2.33; one
 *   consent may cover all future treatment, payment and operations since the 2024 rule)
 *   [sources: cfr-42-part-2, fr-89-12472].
 *
 * @example
 * ```ts
 * DEFAULT_INTAKE_DOCUMENTS.find((d) => d.type === 'privacy_notice_acknowledgment')?.softAction;
 * //=> 'record_good_faith_effort'
 * ```
 */
export const DEFAULT_INTAKE_DOCUMENTS: readonly IntakeDocumentDefinition[] = [
  { type: 'informed_consent', kind: 'consent', weight: 'blocking', perSigner: true, softAction: 'remind' },
  {
    type: 'privacy_notice_acknowledgment',
    kind: 'consent',
    weight: 'soft',
    perSigner: true,
    softAction: 'record_good_faith_effort',
  },
  { type: 'financial_policy', kind: 'consent', weight: 'blocking', perSigner: true, softAction: 'remind' },
  {
    type: 'telehealth_consent',
    kind: 'consent',
    weight: 'blocking',
    perSigner: true,
    softAction: 'remind',
  },
  { type: 'release_of_information', kind: 'consent', weight: 'soft', perSigner: false, softAction: 'remind' },
  { type: 'intake_questionnaire', kind: 'form', weight: 'soft', perSigner: false, softAction: 'remind' },
  { type: 'insurance_card', kind: 'file', weight: 'blocking', perSigner: false, softAction: 'remind' },
  { type: 'photo_id', kind: 'file', weight: 'soft', perSigner: false, softAction: 'remind' },
  { type: 'guardian_consent', kind: 'consent', weight: 'blocking', perSigner: false, softAction: 'remind' },
  { type: 'good_faith_estimate', kind: 'file', weight: 'soft', perSigner: false, softAction: 'remind' },
  { type: 'part2_notice', kind: 'file', weight: 'blocking', perSigner: false, softAction: 'remind' },
  { type: 'part2_consent', kind: 'consent', weight: 'blocking', perSigner: false, softAction: 'remind' },
];

/**
 * The default packet rules (see {@link DEFAULT_INTAKE_DOCUMENTS} for the sources).
 *
 * @example
 * ```ts
 * DEFAULT_INTAKE_PACKET_RULES.find((r) => r.document === 'guardian_consent'); //=> { document: 'guardian_consent', when: ['minor'] }
 * ```
 */
export const DEFAULT_INTAKE_PACKET_RULES: readonly IntakePacketRule[] = [
  { document: 'informed_consent', when: ['always'] },
  { document: 'privacy_notice_acknowledgment', when: ['always'] },
  { document: 'financial_policy', when: ['fees_apply'] },
  { document: 'telehealth_consent', when: ['telehealth'] },
  { document: 'release_of_information', when: ['third_party_disclosure'] },
  { document: 'intake_questionnaire', when: ['always'] },
  { document: 'insurance_card', when: ['insured'] },
  { document: 'guardian_consent', when: ['minor'] },
  { document: 'good_faith_estimate', when: ['self_pay'] },
  { document: 'part2_notice', when: ['part2_program'] },
  { document: 'part2_consent', when: ['part2_program', 'insured'] },
  { document: 'part2_consent', when: ['part2_program', 'third_party_disclosure'] },
];

/**
 * The practice's packet: its documents, the rules that require them, when they must be done, and whether
 * the practice is a 42 CFR Part 2 program.
 *
 * @remarks `part2Program` is the practice's declaration, never inferred: a Part 2 program is a federally
 * assisted program (Medicare or Medicaid participation, tax exemption, a DEA registration, …) that holds
 * itself out as providing substance-use-disorder diagnosis, treatment or referral for treatment
 * (42 CFR 2.11, 2.12(b)) [sources: cfr-42-part-2]. Left out, it is not known, and every document whose rule
 * asks `part2_program` (the Part 2 notice and consent) is undecided with the missing fact
 * `part2_program`: a first session is then `undecided`, never taken as outside Part 2. Set `false` for a
 * practice that is not a Part 2 program.
 * @example
 * ```ts
 * validate(IntakePacketPolicy, { completeHoursBeforeSession: 48, part2Program: false }, 'intake packet policy');
 * //=> the default packet, due 48 h before, outside Part 2
 * ```
 */
export const IntakePacketPolicy = z
  .strictObject({
    documents: z
      .array(IntakeDocumentDefinition)
      .min(1)
      .default([...DEFAULT_INTAKE_DOCUMENTS]),
    rules: z.array(IntakePacketRule).default([...DEFAULT_INTAKE_PACKET_RULES]),
    completeHoursBeforeSession: z
      .number()
      .min(0)
      .max(24 * 14)
      .default(DEFAULT_COMPLETE_HOURS_BEFORE_SESSION),
    /**
     * The age of majority the practice declares for a client whose state is not in `AGE_OF_MAJORITY_RULES` or not
     * recorded (18 to 21, the ages US law uses). The client's recorded state always decides first; left out, a
     * client of 18 to 20 without one is undecided (`missingFact: 'state'`), never taken as an adult.
     */
    adultAge: z.number().int().min(18).max(21).optional(),
    /**
     * The age from which the practice honours a minor's recorded right to consent alone to outpatient mental-health
     * care (`minorMayConsentMentalHealth`) for a client whose state is not in `MINOR_MENTAL_HEALTH_CONSENT_RULES`
     * or not recorded (12 to 17, its counsel's reading of that state's law). A state in the table always decides by
     * its statute's age; left out, such a flagged minor's guardian consent is undecided (`missingFact`
     * `minor_consent_age`, or `state`), never honoured from a single default age.
     */
    minorConsentAge: z.number().int().min(MINOR_CONSENT_FLOOR_AGE).max(17).optional(),
    /**
     * Whether the practice is a 42 CFR Part 2 program (federally assisted, holding itself out as providing
     * substance-use-disorder treatment); left out while not declared (Part 2 documents are then undecided).
     */
    part2Program: z.boolean().optional(),
  })
  .superRefine((policy, ctx) => {
    const seen = checkUniqueKeys(
      ctx,
      policy.documents,
      (d) => d.type,
      (i) => ['documents', i, 'type'],
      {
        code: 'intake.packet.duplicate_document' satisfies IntakeValidationCode,
        message: 'is defined more than once',
      },
    );
    policy.documents.forEach((d, i) => {
      // Treatment may not be conditioned on an authorization outside 164.508(b)(4)(i)-(iii)
      // [sources: cfr-45-164.508]: a blocking release must name its exception, and only a release has one.
      if (
        d.type === 'release_of_information' &&
        d.weight === 'blocking' &&
        d.conditioningException === undefined
      ) {
        ctx.addIssue({
          code: 'custom',
          message:
            'must be soft: treatment may not be conditioned on a release (45 CFR 164.508(b)(4)) unless conditioningException names the exception',
          path: ['documents', i, 'weight'],
          params: { code: 'intake.packet.release_conditions_treatment' satisfies IntakeValidationCode },
        });
      }
      if (d.type !== 'release_of_information' && d.conditioningException !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'applies to a release_of_information only',
          path: ['documents', i, 'conditioningException'],
          params: { code: 'intake.packet.conditioning_exception_not_release' satisfies IntakeValidationCode },
        });
      }
    });
    policy.rules.forEach((r, i) => {
      if (!seen.has(r.document)) {
        ctx.addIssue({
          code: 'custom',
          message: 'refers to a document the packet does not define',
          path: ['rules', i, 'document'],
          params: { code: 'intake.packet.rule_references_missing_document' satisfies IntakeValidationCode },
        });
      }
    });
  });
export type IntakePacketPolicy = z.infer<typeof IntakePacketPolicy>;
/**
 * What callers pass for an {@link IntakePacketPolicy}, before defaults apply.
 *
 * @example
 * ```ts
 * const policy: IntakePacketPolicyInput = { completeHoursBeforeSession: 48 };
 * ```
 */
export type IntakePacketPolicyInput = z.input<typeof IntakePacketPolicy>;

/**
 * The default packet policy, parsed: {@link DEFAULT_INTAKE_DOCUMENTS}, {@link DEFAULT_INTAKE_PACKET_RULES},
 * blocking documents complete 24 hours before the session. It does not declare `part2Program`: the Part 2
 * documents stay undecided until the practice says whether it is a Part 2 program.
 *
 * @example
 * ```ts
 * DEFAULT_INTAKE_PACKET_POLICY.completeHoursBeforeSession; //=> 24
 * ```
 */
export const DEFAULT_INTAKE_PACKET_POLICY: IntakePacketPolicy = IntakePacketPolicy.parse({});
