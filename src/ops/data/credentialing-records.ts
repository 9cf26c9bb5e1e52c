import { z } from 'zod';
import { ClinicianId, LocalDate, PayerId, UsState } from '../../core/index.js';

/** A clinician's license or compact authorization in one state. */
export const DataCredential = z.strictObject({
  id: z.string().min(1).max(128),
  clinicianId: ClinicianId,
  kind: z.enum(['license', 'psypact', 'counseling_compact', 'social_work_compact', 'malpractice', 'caqh']),
  /** The state it covers (licenses and compact privileges). */
  state: UsState.optional(),
  licenseType: z.enum(['LCSW', 'LPC', 'LMFT', 'psychologist', 'psychiatrist', 'associate']).optional(),
  issuedOn: LocalDate,
  expiresOn: LocalDate,
  /** For CAQH: the last attestation date. */
  attestedOn: LocalDate.optional(),
  telehealthOnly: z.boolean().default(false),
});

/** A clinician's enrollment with a payer. */
export const DataEnrollment = z.strictObject({
  id: z.string().min(1).max(128),
  clinicianId: ClinicianId,
  payerId: PayerId,
  status: z.enum([
    'not_started',
    'gathering_documents',
    'submitted',
    'in_review',
    'more_information_requested',
    'approved',
    'denied',
    'terminated',
  ]),
  submittedOn: LocalDate.optional(),
  lastContactOn: LocalDate.optional(),
  effectiveOn: LocalDate.optional(),
  terminatedOn: LocalDate.optional(),
  recredentialDueOn: LocalDate.optional(),
});
