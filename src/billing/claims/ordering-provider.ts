import * as z from 'zod';
import { Npi } from '../../core/index.js';
import { OrderingMedicareStanding, OrderingPractitionerType } from '../medicare-claims/ordering-referring.js';

/**
 * The practitioner who referred a claim's services (837P loop 2310A, NM1*DN) or ordered one line's service
 * (loop 2420E, NM1*DK): a psychological test a primary care physician referred, a lithium level a psychiatrist
 * ordered. Often outside the practice, so named here rather than by clinician id: their NPI and name, and for a
 * Medicare claim what the scrubber needs to ask 42 CFR 424.507 (their type, and their standing in PECOS on the
 * date of service; each left out when not known).
 *
 * @remarks Loops 2310A and 2420E of 005010X222A1 [sources: x12-837p-cg-cms]; the Medicare rule
 * [sources: cfr-42-424.507]. Names keep to NM103 (60) and NM104 (35).
 * @example
 * ```ts
 * ClaimOrderingProvider.parse({ npi: '1234567893', lastName: 'RIVERA', firstName: 'ANA', type: 'physician',
 *   medicareStanding: 'approved' }).type; //=> 'physician'
 * ```
 */
export const ClaimOrderingProvider = z.strictObject({
  npi: Npi,
  /** Last name (NM103): 1 to 60 characters. */
  lastName: z.string().trim().min(1).max(60),
  /** First name (NM104): 1 to 35 characters. */
  firstName: z.string().trim().min(1).max(35).optional(),
  type: OrderingPractitionerType.optional(),
  medicareStanding: OrderingMedicareStanding.optional(),
});
export type ClaimOrderingProvider = z.infer<typeof ClaimOrderingProvider>;
