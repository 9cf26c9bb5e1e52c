import * as z from 'zod';
import { ClinicianId, type Decision, reason } from '../../core/index.js';
import { validateArguments } from '../../core/internal.js';
import { PayerProfile } from '../coverage/payer-profile.js';
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
 * supervisor is missing.
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
 * their own NPI; a pre-licensed one bills under their supervisor only where the payer allows it.
 *
 * @param profile - the payer's profile (`preLicensedMayBillUnderSupervisor`)
 * @param clinician - who delivered the session
 * @throws {@link ValidationError} listing the profile's and the clinician's problems at once, each path
 * under its parameter's name (`$.profile.payerId`, `$.clinician.licensure`)
 * @remarks Whether a payer allows it is payer data (credentialing files carry a supervision agreement for a
 * provisionally licensed clinician); the example profiles say no (assumption, adjust per contract).
 * @example
 * ```ts
 * evaluateSupervisedBilling(MEDICARE_PAYER_PROFILE_EXAMPLE, { clinicianId: 'assoc-kim', licensure: 'pre_licensed', supervisorId: 'dr-lee' });
 * //=> { outcome: 'not_billable', billingClinicianId: null, reasons: [{ code: 'billing.supervision.not_allowed', … }] }
 * ```
 */
export function evaluateSupervisedBilling(
  profile: z.input<typeof PayerProfile>,
  clinician: z.input<typeof RenderingClinician>,
): SupervisedBillingDecision {
  // Both arguments' problems at once, each under its parameter's name (`$.clinician.licensure`).
  const [p, c] = validateArguments([
    ['profile', PayerProfile, profile, 'payer profile'],
    ['clinician', RenderingClinician, clinician, 'rendering clinician'],
  ]);
  if (c.licensure === 'independently_licensed') {
    return { outcome: 'bill_as_rendering', billingClinicianId: c.clinicianId, reasons: [] };
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
  return {
    outcome: 'bill_under_supervisor',
    billingClinicianId: c.supervisorId,
    reasons: [
      reason(
        'billing.supervision.billed_under_supervisor',
        'info',
        'Billed under the supervising clinician, as this payer allows.',
        { payerId: p.payerId, clinicianId: c.clinicianId, supervisorId: c.supervisorId },
      ),
    ],
  };
}
