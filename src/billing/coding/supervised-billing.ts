import * as z from 'zod';
import { ClinicianId, type Decision, reason } from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';
import { PayerProfile } from '../coverage/payer-profile.js';
import {
  evaluateMedicareIncidentToSupervision,
  MedicareIncidentToQuery,
} from '../medicare-claims/incident-to-supervision.js';
import type { BillingReasonCode } from '../reason-codes.js';

/**
 * Who delivered a session: the clinician, whether they are independently licensed or pre-licensed
 * (associate, intern), and for a pre-licensed clinician the supervising clinician on record, if any.
 *
 * @example
 * ```ts
 * RenderingClinician.parse({ clinicianId: 'assoc-kim', licensure: 'pre_licensed', supervisorId: 'dr-lee' });
 * ```
 */
export const RenderingClinician = z.strictObject({
  clinicianId: ClinicianId,
  licensure: z.enum(['independently_licensed', 'pre_licensed']),
  supervisorId: ClinicianId.optional(),
});
export type RenderingClinician = z.infer<typeof RenderingClinician>;

/**
 * Whose name a session is billed under for a payer: `bill_as_rendering` (the clinician's own),
 * `bill_under_supervisor` (the supervisor's), `not_billable` to this payer, or `undecided` when the
 * payer's policy, the supervisor or (for Medicare) the session's supervision is not known.
 *
 * @example
 * ```ts
 * // { outcome: 'bill_under_supervisor', billingClinicianId: 'dr-lee', reasons: [{ code: 'billing.supervision.billed_under_supervisor', … }] }
 * ```
 */
export type SupervisedBillingDecision = Decision<
  'bill_as_rendering' | 'bill_under_supervisor',
  'not_billable' | 'undecided',
  BillingReasonCode,
  { readonly billingClinicianId: ClinicianId | null }
>;

/**
 * Applies a payer's supervised-billing rule to a session: an independently licensed clinician bills under
 * their own NPI; a pre-licensed one bills under their supervisor only where the payer allows it (a payer
 * whose policy is `null`, not known, gives `undecided`), and for Medicare (fee-for-service,
 * `kind: 'medicare'`) only when the supervision given and the supervisor's kind meet the incident-to rule
 * for the session's date and service ({@link evaluateMedicareIncidentToSupervision}).
 *
 * @param profile - the payer's profile (`preLicensedMayBillUnderSupervisor`, `kind`)
 * @param clinician - who delivered the session
 * @param session - the session's date of service, its service (`behavioral_health` or `other`), the
 *   supervision given (`direct`, `general`) and the kind of practitioner who gave it (each left out when not
 *   recorded); read for Medicare only. Left out for Medicare, the decision is `undecided`
 *   (`billing.supervision.session_unknown`), never billed.
 * @throws {@link ValidationError} listing the profile's, the clinician's and the session's problems at once,
 * each path under its parameter's name (`$.profile.payerId`, `$.clinician.licensure`, `$.session.serviceDate`)
 * @remarks Whether a payer allows it is payer data (credentialing files carry a supervision agreement for a
 * provisionally licensed clinician); the example profiles say no (assumption, adjust per contract). Medicare's
 * supervision level: 42 CFR 410.26(b)(5) as amended by the CY 2024 physician fee schedule rule
 * [sources: cfr-42-410.26, fr-2023-24184]. A Medicare Advantage plan's own rules are its contract's: the flag.
 * @example
 * ```ts
 * evaluateSupervisedBilling(MEDICARE_PAYER_PROFILE_EXAMPLE, { clinicianId: 'assoc-kim', licensure: 'pre_licensed', supervisorId: 'dr-lee' });
 * //=> { outcome: 'not_billable', billingClinicianId: null, reasons: [{ code: 'billing.supervision.not_allowed', … }] }
 * evaluateSupervisedBilling({ ...MEDICARE_PAYER_PROFILE_EXAMPLE, preLicensedMayBillUnderSupervisor: true },
 *   { clinicianId: 'assoc-kim', licensure: 'pre_licensed', supervisorId: 'dr-lee' },
 *   { serviceDate: '2023-12-29', service: 'behavioral_health', supervision: 'general',
 *     supervisingPractitioner: 'clinical_psychologist' });
 * //=> { outcome: 'not_billable', billingClinicianId: null,
 * //     reasons: [{ code: 'billing.incident_to.direct_supervision_required', … }] }
 * evaluateSupervisedBilling({ ...COMMERCIAL_PAYER_PROFILE_EXAMPLE, preLicensedMayBillUnderSupervisor: null },
 *   { clinicianId: 'assoc-kim', licensure: 'pre_licensed', supervisorId: 'dr-lee' });
 * //=> { outcome: 'undecided', billingClinicianId: null,
 * //     reasons: [{ code: 'billing.supervision.payer_policy_unknown', … }] }
 * ```
 */
export function evaluateSupervisedBilling(
  profile: z.input<typeof PayerProfile>,
  clinician: z.input<typeof RenderingClinician>,
  session?: z.input<typeof MedicareIncidentToQuery>,
): SupervisedBillingDecision {
  // Every argument's problems at once, each under its parameter's name (`$.clinician.licensure`).
  const [p, c, s] = validateArguments([
    ['profile', PayerProfile, profile, 'payer profile'],
    ['clinician', RenderingClinician, clinician, 'rendering clinician'],
    ['session', MedicareIncidentToQuery.optional(), session, 'supervised session'],
  ]);
  if (c.licensure === 'independently_licensed') {
    return { outcome: 'bill_as_rendering', billingClinicianId: c.clinicianId, reasons: [] };
  }
  if (p.preLicensedMayBillUnderSupervisor === null) {
    // Unknown is never "may bill": the payer's own policy decides, and it is not on file.
    return {
      outcome: 'undecided',
      billingClinicianId: null,
      reasons: [
        reason(
          'billing.supervision.payer_policy_unknown',
          'warning',
          'Whether this payer accepts a pre-licensed clinician’s sessions billed under a supervisor is not on file: confirm it with the payer (provider manual or contract) before billing the session under the supervisor.',
          { payerId: p.payerId, clinicianId: c.clinicianId },
        ),
      ],
    };
  }
  if (!p.preLicensedMayBillUnderSupervisor) {
    return {
      outcome: 'not_billable',
      billingClinicianId: null,
      reasons: [
        reason(
          'billing.supervision.not_allowed',
          'error',
          'This payer does not accept sessions by pre-licensed clinicians billed under a supervisor.',
          { payerId: p.payerId, clinicianId: c.clinicianId },
        ),
      ],
    };
  }
  if (c.supervisorId === undefined) {
    return {
      outcome: 'undecided',
      billingClinicianId: null,
      reasons: [
        reason(
          'billing.supervision.supervisor_missing',
          'error',
          'The pre-licensed clinician has no supervisor on record to bill under.',
          { clinicianId: c.clinicianId },
        ),
      ],
    };
  }
  const billed = reason(
    'billing.supervision.billed_under_supervisor',
    'info',
    'Billed under the supervising clinician, as this payer allows.',
    { payerId: p.payerId, clinicianId: c.clinicianId, supervisorId: c.supervisorId },
  );
  if (p.kind !== 'medicare') {
    return { outcome: 'bill_under_supervisor', billingClinicianId: c.supervisorId, reasons: [billed] };
  }
  // Medicare pays it incident to the supervisor's service only under the supervision the date and the
  // service require [sources: cfr-42-410.26, fr-2023-24184]: without them, nothing is billed.
  if (s === undefined) {
    return {
      outcome: 'undecided',
      billingClinicianId: null,
      reasons: [
        reason(
          'billing.supervision.session_unknown',
          'warning',
          'Medicare pays a supervised clinician’s session under the supervisor only with the supervision its date and service require, given by a practitioner who may bill incident to their services: give the date of service, the service, the supervision given and who gave it.',
          { payerId: p.payerId, clinicianId: c.clinicianId, supervisorId: c.supervisorId },
        ),
      ],
    };
  }
  const incidentTo = evaluateMedicareIncidentToSupervision(s);
  switch (incidentTo.outcome) {
    case 'supervision_met':
      return {
        outcome: 'bill_under_supervisor',
        billingClinicianId: c.supervisorId,
        reasons: [billed, ...incidentTo.reasons],
      };
    case 'refused':
      return { outcome: 'not_billable', billingClinicianId: null, reasons: incidentTo.reasons };
    case 'undecided':
      return { outcome: 'undecided', billingClinicianId: null, reasons: incidentTo.reasons };
    default: {
      const exhausted: never = incidentTo;
      return exhausted;
    }
  }
}
