import * as z from 'zod';
import { compareDates, type Decision, isNonEmpty, LocalDate, type Reason, reason } from '../../core/index.js';
import { practitionerKinds, validateArguments } from '../../core/internal.js';
import type { BillingReasonCode } from '../reason-codes.js';

/**
 * The first date of service on which Medicare lets auxiliary personnel furnish behavioral health services
 * incident to a physician's or practitioner's service under general supervision (the CY 2024 physician fee
 * schedule rule, amending 42 CFR 410.26(b)(5)); before it, and for other services still, direct supervision.
 *
 * @remarks [sources: cfr-42-410.26, fr-2023-24184]
 * @example
 * ```ts
 * MEDICARE_INCIDENT_TO_GENERAL_SUPERVISION_FROM; //=> '2024-01-01'
 * ```
 */
export const MEDICARE_INCIDENT_TO_GENERAL_SUPERVISION_FROM = '2024-01-01';

/**
 * A service billed incident to a supervising practitioner: `behavioral_health` (the diagnosis, evaluation or
 * treatment of a mental health or substance use disorder: psychotherapy, a diagnostic interview) or `other`.
 *
 * @example
 * ```ts
 * IncidentToService.parse('behavioral_health'); //=> 'behavioral_health'
 * ```
 */
export const IncidentToService = z.enum(['behavioral_health', 'other']);
export type IncidentToService = z.infer<typeof IncidentToService>;

/**
 * The supervision a practitioner gave: `direct` (immediately available to help, 42 CFR 410.26(a)(2)) or
 * `general` (overall direction and control, not present, 410.32(b)(3)(i)).
 *
 * @example
 * ```ts
 * IncidentToSupervision.parse('general'); //=> 'general'
 * ```
 */
export const IncidentToSupervision = z.enum(['direct', 'general']);
export type IncidentToSupervision = z.infer<typeof IncidentToSupervision>;

/**
 * The kind of practitioner who supervised a session billed incident to their service. Medicare pays services
 * incident to those of a physician, physician assistant, nurse practitioner, clinical nurse specialist,
 * certified nurse-midwife or clinical psychologist; the clinical social worker, marriage and family therapist
 * and mental health counselor benefits do not include services incident to their own. The values are
 * `PractitionerKind`'s (from the package root), spelled as in every module.
 *
 * @remarks [sources: cms-mbpm-ch15-60, cfr-42-410.26]
 * @example
 * ```ts
 * IncidentToSupervisingPractitioner.parse('clinical_psychologist'); //=> 'clinical_psychologist'
 * ```
 */
export const IncidentToSupervisingPractitioner = practitionerKinds([
  'physician',
  'physician_assistant',
  'nurse_practitioner',
  'clinical_nurse_specialist',
  'certified_nurse_midwife',
  'clinical_psychologist',
  'clinical_social_worker',
  'marriage_and_family_therapist',
  'mental_health_counselor',
]);
export type IncidentToSupervisingPractitioner = z.infer<typeof IncidentToSupervisingPractitioner>;

/** The practitioners Medicare lets bill services incident to their own [sources: cms-mbpm-ch15-60]. */
const MAY_BILL_INCIDENT_TO: ReadonlySet<IncidentToSupervisingPractitioner> = new Set([
  'physician',
  'physician_assistant',
  'nurse_practitioner',
  'clinical_nurse_specialist',
  'certified_nurse_midwife',
  'clinical_psychologist',
]);

/**
 * A session furnished by a supervised clinician (auxiliary personnel) and billed to Medicare under the
 * supervising practitioner's NPI: its date of service, the kind of service, the supervision given and the kind
 * of practitioner who gave it (each left out when not recorded).
 *
 * @example
 * ```ts
 * MedicareIncidentToQuery.parse({ serviceDate: '2024-02-05', service: 'behavioral_health', supervision: 'general',
 *   supervisingPractitioner: 'clinical_psychologist' });
 * //=> the same object
 * ```
 */
export const MedicareIncidentToQuery = z.strictObject({
  serviceDate: LocalDate,
  service: IncidentToService,
  supervision: IncidentToSupervision.optional(),
  supervisingPractitioner: IncidentToSupervisingPractitioner.optional(),
});
export type MedicareIncidentToQuery = z.infer<typeof MedicareIncidentToQuery>;

/**
 * The decision of {@link evaluateMedicareIncidentToSupervision}, with the supervision the date and service
 * require.
 * @example
 * ```ts
 * const d: MedicareIncidentToDecision = evaluateMedicareIncidentToSupervision(
 *   { serviceDate: '2023-12-29', service: 'behavioral_health', supervision: 'general' });
 * d.outcome; //=> 'refused'
 * ```
 */
export type MedicareIncidentToDecision = Decision<
  'supervision_met',
  'refused' | 'undecided',
  BillingReasonCode,
  { readonly requiredSupervision: IncidentToSupervision }
>;

/**
 * Decides whether a supervised clinician's session meets Medicare's supervision rule for billing it incident
 * to the supervising practitioner's service: direct supervision always does; general supervision does only for
 * behavioral health services on a date of service from 2024-01-01 (42 CFR 410.26(b)(5) as amended by the CY 2024
 * physician fee schedule rule); and the supervisor must be a practitioner whose Medicare benefit includes
 * services incident to their own (not a clinical social worker, marriage and family therapist or mental health
 * counselor). Supervision or supervisor not recorded is `undecided`, never met.
 *
 * Only the supervision is decided here: the supervising practitioner's own Medicare enrollment is
 * `evaluatePayerNetworkStatus`'s, and the other incident-to conditions (an initial service by the practitioner,
 * their continuing involvement, state law) are the practice's.
 *
 * @param query - the date of service, the service, the supervision given and who gave it
 * @returns `supervision_met`; `refused` (`billing.incident_to.direct_supervision_required`) for general
 *   supervision of another service, or of any service before 2024-01-01, or
 *   (`billing.incident_to.supervisor_not_eligible`) for a supervisor who may not bill incident to their
 *   services; `undecided` (`billing.incident_to.supervision_unknown`,
 *   `billing.incident_to.supervisor_unknown`) when the supervision or the supervisor's kind is not given
 * @throws {@link ValidationError} listing every problem of the query by path
 * @remarks 42 CFR 410.26 [sources: cfr-42-410.26]; the CY 2024 physician fee schedule final rule
 *   [sources: fr-2023-24184]; who may bill incident to their services, Medicare Benefit Policy Manual
 *   chapter 15 section 60 [sources: cms-mbpm-ch15-60].
 * @example
 * ```ts
 * evaluateMedicareIncidentToSupervision({ serviceDate: '2024-01-02', service: 'behavioral_health',
 *   supervision: 'general', supervisingPractitioner: 'clinical_psychologist' });
 * //=> { outcome: 'supervision_met', requiredSupervision: 'general',
 * //     reasons: [{ code: 'billing.incident_to.supervision_met', severity: 'info', … }] }
 * evaluateMedicareIncidentToSupervision({ serviceDate: '2023-12-29', service: 'behavioral_health',
 *   supervision: 'general', supervisingPractitioner: 'physician' });
 * //=> { outcome: 'refused', requiredSupervision: 'direct',
 * //     reasons: [{ code: 'billing.incident_to.direct_supervision_required', severity: 'error', … }] }
 * evaluateMedicareIncidentToSupervision({ serviceDate: '2026-03-02', service: 'behavioral_health',
 *   supervision: 'direct', supervisingPractitioner: 'clinical_social_worker' });
 * //=> { outcome: 'refused', requiredSupervision: 'general',
 * //     reasons: [{ code: 'billing.incident_to.supervisor_not_eligible', severity: 'error', … }] }
 * ```
 */
export function evaluateMedicareIncidentToSupervision(
  query: MedicareIncidentToQuery,
): MedicareIncidentToDecision {
  const [q] = validateArguments([['query', MedicareIncidentToQuery, query, 'Medicare incident-to query']]);
  const from = MEDICARE_INCIDENT_TO_GENERAL_SUPERVISION_FROM;
  const generalAllowed = q.service === 'behavioral_health' && compareDates(q.serviceDate, from) >= 0;
  const requiredSupervision: IncidentToSupervision = generalAllowed ? 'general' : 'direct';
  const facts = {
    serviceDate: q.serviceDate,
    service: q.service,
    supervision: q.supervision ?? null,
    supervisingPractitioner: q.supervisingPractitioner ?? null,
    requiredSupervision,
    generalSupervisionFrom: from,
  };
  const refusals: Reason<BillingReasonCode>[] = [];
  const unknowns: Reason<BillingReasonCode>[] = [];
  if (q.supervision === undefined) {
    unknowns.push(
      reason(
        'billing.incident_to.supervision_unknown',
        'warning',
        `Billing this session under the supervising practitioner needs ${requiredSupervision} supervision, and the supervision given is not recorded: record it before billing Medicare.`,
        facts,
      ),
    );
  } else if (q.supervision === 'general' && !generalAllowed) {
    const why =
      q.service === 'behavioral_health'
        ? `general supervision of behavioral health services is allowed only for dates of service from ${from}`
        : 'general supervision is allowed for behavioral health services only; this service needs direct supervision';
    refusals.push(
      reason(
        'billing.incident_to.direct_supervision_required',
        'error',
        `Medicare pays a service incident to a practitioner's only under direct supervision here: ${why}. Do not bill it under the supervisor's NPI.`,
        facts,
      ),
    );
  }
  if (q.supervisingPractitioner === undefined) {
    unknowns.push(
      reason(
        'billing.incident_to.supervisor_unknown',
        'warning',
        'What kind of practitioner supervised the session is not recorded: Medicare pays services incident to a physician, physician assistant, nurse practitioner, clinical nurse specialist, certified nurse-midwife or clinical psychologist only. Record it before billing Medicare.',
        facts,
      ),
    );
  } else if (!MAY_BILL_INCIDENT_TO.has(q.supervisingPractitioner)) {
    refusals.push(
      reason(
        'billing.incident_to.supervisor_not_eligible',
        'error',
        'Medicare does not pay services incident to a clinical social worker’s, marriage and family therapist’s or mental health counselor’s: do not bill this session under the supervisor’s NPI.',
        facts,
      ),
    );
  }
  // A rule broken outweighs a fact missing: refused lists only what refuses it.
  if (isNonEmpty(refusals)) return { outcome: 'refused', requiredSupervision, reasons: refusals };
  if (isNonEmpty(unknowns)) return { outcome: 'undecided', requiredSupervision, reasons: unknowns };
  return {
    outcome: 'supervision_met',
    requiredSupervision,
    reasons: [
      reason(
        'billing.incident_to.supervision_met',
        'info',
        `The ${q.supervision} supervision given by a ${q.supervisingPractitioner?.replaceAll('_', ' ')} meets Medicare's incident-to rule for this service on this date (${requiredSupervision} supervision needed).`,
        facts,
      ),
    ],
  };
}
